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
        expect(project.tolerance).toMatchObject({ cpi: 0.95, spi: 0.9, riskAmber: 6, riskRed: 15, confidence: 80 });
        // Schedule risk: a delay on the critical fit-out.
        expect(project.risks[0].delay).toMatchObject({ optimistic: '2d', mostLikely: '4d', pessimistic: '8d' });
        expect(project.kpis.map(kpi => [kpi.name, kpi.target, kpi.direction, kpi.actual, kpi.objective?.ref?.name]))
            .toEqual([['downtime', 1, 'less', 0, 'on_time'], ['carbon', 12, 'less', 9.5, 'low_carbon'], ['rent', 70000, 'less', undefined, undefined]]);
        expect(project.kpis[2]).toMatchObject({ baseline: 95000, history: [{ date: '2027-01-31', value: 95000 }, { date: '2027-02-28', value: 95000 }] });
        // The business case, the scope and the reserves.
        expect(project).toMatchObject({ contingency: 5000, reserve: 2000, discount: 3.5, appraisal: 5, inScope: [expect.any(String)], outOfScope: [expect.any(String), expect.any(String)] });
        expect(project.options.map(option => [option.name, option.cost, option.benefit, option.chosen])).toEqual([['stay', 0, 0, false], ['move', 60000, 150000, true]]);
        expect(project.benefits.map(benefit => [benefit.name, benefit.value, benefit.per, benefit.owner?.ref?.name, benefit.objective?.ref?.name, benefit.kpi?.ref?.name]))
            .toEqual([['lower_rent', 25000, 'year', 'finance', 'on_time', 'rent'], ['less_travel', 5000, 'year', 'staff', 'low_carbon', 'carbon']]);
        expect(project.deliverables.map(deliverable => [deliverable.name, deliverable.acceptance.length, deliverable.owner?.ref?.name]))
            .toEqual([['approved_case', 1, 'finance'], ['fitted_office', 2, 'crew'], ['briefed_staff', 1, 'alex'], ['working_it', 1, 'alex']]);
        expect(fitout.$type === 'Task' && fitout.produces.map(deliverable => deliverable.ref?.name)).toEqual(['fitted_office']);
        expect(project.risks.map(risk => [risk.name, risk.cost, risk.probability])).toEqual([
            ['lease_delay', 4000, undefined], ['lift_capacity', 2000, undefined], ['data_loss', 15000, 10], ['early_keys', 3000, undefined],
        ]);
        expect(project.issues[1]).toMatchObject({ resolution: 'Council issued temporary permits', closed: '2027-02-26' });
        expect(project.lessons.map(lesson => [lesson.name, lesson.owner?.ref?.name, lesson.status, !!lesson.description, !!lesson.action]))
            .toEqual([['book_lifts', 'crew', 'actioned', true, true], ['survey_first', 'alex', 'open', true, true]]);
        expect(project.stakeholders.slice(0, 2).map(stakeholder => [stakeholder.method, stakeholder.next])).toEqual([['Meeting', '2027-03-08'], ['Town hall and email', '2027-03-12']]);
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
