import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';
import { isProject } from '../../language/src/generated/ast.js';

const examplesDir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir).filter(name => name.endsWith('.proj'));

describe('bundled examples', () => {
    test('there is the reference plan and a starter plan', () => {
        expect(examples).toEqual(expect.arrayContaining(['office-move.proj', 'starter.proj']));
    });

    test.each(examples)('%s parses, links and validates with no diagnostics', async name => {
        const services = await createTestServices();
        const { document, diagnostics } = await validatePlan(services, readFileSync(join(examplesDir, name), 'utf8'));
        expect(diagnostics).toEqual([]);
        expect(document.parseResult.value.elements.some(isProject)).toBe(true);
    });

    test('the reference plan keeps every construct it writes', async () => {
        const services = await createTestServices();
        const { document } = await validatePlan(services, readFileSync(join(examplesDir, 'office-move.proj'), 'utf8'));
        const project = document.parseResult.value.elements.find(isProject)!;
        expect(project).toMatchObject({
            name: 'office_move', start: '2027-01-04', status: '2027-03-01', currency: 'GBP', budget: 60000,
            lifecycle: 'hybrid', structure: 'matrix', deadline: '2027-06-30'
        });
        expect(project.calendars[0].workdays).toEqual(['mon', 'tue', 'wed', 'thu', 'fri']);
        expect(project.calendars[0].publicHolidays.map(holidays => holidays.code)).toEqual(['GB-ENG']);
        expect(project.items.map(item => item.name)).toEqual(['initiation', 'delivery']);
        expect(project.items[1].dependencies.map(d => [d.predecessor.ref?.name, d.type])).toEqual([['approval', undefined]]);
        const [fitout, , it] = project.items[1].$type === 'Phase' ? project.items[1].items.slice(1, 4) : [];
        expect(fitout).toMatchObject({ name: 'fitout', cost: 48000, progress: 65, spent: 32000, estimate: { optimistic: '10d', mostLikely: '15d', pessimistic: '25d' } });
        expect(fitout.$type === 'Task' && fitout.dependencies.map(d => [d.predecessor.ref?.name, d.type, d.lag])).toEqual([['survey', undefined, '+2d']]);
        expect(fitout.$type === 'Task' && fitout.constraints.map(c => [c.edge, c.bound, c.date])).toEqual([['start', 'earlier', '2027-02-15']]);
        expect(it.$type === 'Task' && it.dependencies.map(d => [d.predecessor.ref?.name, d.type])).toEqual([['fitout', 'FF']]);
        expect(project.risks.map(risk => [risk.kind, risk.name, risk.response, risk.owner?.ref?.name])).toEqual([
            ['risk', 'lease_delay', 'reduce', 'alex'], ['risk', 'lift_capacity', 'avoid', 'crew'],
            ['risk', 'data_loss', 'transfer', 'alex'], ['opportunity', 'early_keys', 'exploit', 'alex'],
        ]);
        expect(project.risks[0]).toMatchObject({ residualLikelihood: 2, residualImpact: 3, proximity: '2027-04-30' });
        expect(project.tolerance).toMatchObject({ cpi: 0.95, spi: 0.9, riskAmber: 6, riskRed: 15 });
        expect(project.kpis.map(kpi => [kpi.name, kpi.target, kpi.direction, kpi.actual, kpi.objective?.ref?.name]))
            .toEqual([['downtime', 1, 'less', 0, 'on_time'], ['carbon', 12, 'less', 9.5, 'low_carbon']]);
        expect(project.stakeholders.map(stakeholder => [stakeholder.name, stakeholder.power, stakeholder.interest])).toEqual([
            ['finance', 'high', 'high'], ['staff', 'low', 'high'], ['landlord', 'high', 'low'], ['union', 'medium', 'high'], ['council', 'medium', 'low'],
        ]);
        expect(project.issues.map(issue => [issue.name, issue.severity, issue.status])).toEqual([['lift_broken', 'high', undefined], ['parking', 'low', 'closed']]);
        expect(project.qualities.map(quality => [quality.name, quality.status, quality.owner?.ref?.name])).toEqual([['fitout_signoff', 'pending', 'crew'], ['case_review', 'passed', 'finance']]);
        expect(project.risks[0].ksbs.map(ksb => ksb.ref?.text)).toEqual([
            'Principles of project risk and issue management.',
            'Identify and monitor project risks and issues; and plan and implement responses to them.'
        ]);
        expect(project.changes[0]).toMatchObject({ status: 'approved', timeImpact: '5d', costImpact: 12000, scope: 'Fit out the second floor as well' });
    });
});
