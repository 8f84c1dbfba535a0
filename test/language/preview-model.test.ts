import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { URI } from 'langium';
import { clearDocuments } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../language/src/generated/ast.js';
import { builtinStandard } from '../../language/src/planning/ksb-evidence.js';
import { previewModelOf, sourceRangeOf } from '../../language/src/preview/preview-model.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

let services: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
    services = await createTestServices();
});

async function preview(text: string) {
    const { document } = await validatePlan(services, text);
    return previewModelOf(document, services.Proj.planning.ProjectSchedules, {});
}

describe('the preview model', () => {
    test('a valid plan: both charts, the project\'s dates, and where each item is declared', async () => {
        const model = await preview(`project move "Move" {
    start 2027-01-04
    task pack "Pack" { duration 2d }
    milestone moved { after pack }
}`);
        expect(model.errors).toBe(0);
        expect(model.project).toEqual({ id: 'move', title: 'Move', start: '2027-01-04', finish: '2027-01-05', status: undefined });
        expect(model.gantt?.rows.map(row => [row.mermaidId, row.id, row.section])).toEqual([['t_pack', 'pack', 'Move'], ['t_moved', 'moved', 'Move']]);
        expect(model.gantt?.links).toEqual([{ from: 'pack', to: 'moved', type: 'FS', critical: true, source: { item: 'moved', index: 0 } }]);
        expect(model.network?.nodes.map(node => node.id)).toEqual(['pack', 'moved']);
        expect(model.locations).toEqual({ move: { line: 0, character: 8 }, pack: { line: 2, character: 9 }, moved: { line: 3, character: 14 } });
        // No baseline named, none compared: the Baseline tab says how to name one.
        expect(model.baseline).toBeUndefined();
    });

    test('a click leads to the name of an item, or to a dependency written in an after clause', async () => {
        const { document } = await validatePlan(services, `project move "Move" {
    start 2027-01-04
    task pack "Pack" { duration 2d }
    milestone moved { after pack }
}`);
        expect(sourceRangeOf(document, { dependency: 'moved#0' })).toEqual({ start: { line: 3, character: 28 }, end: { line: 3, character: 32 } });
        expect(sourceRangeOf(document, { id: 'pack' })).toEqual({ start: { line: 2, character: 9 }, end: { line: 2, character: 13 } });
        expect(sourceRangeOf(document, { id: 'nowhere' })).toBeUndefined();
        expect(sourceRangeOf(document, { dependency: 'moved#1' })).toBeUndefined();
    });

    test('a plan with errors sends no charts, only the count, so the last good chart stays', async () => {
        const model = await preview(`project move {
    start 2027-01-04
    task pack { duration 2d after nowhere }
}`);
        expect(model).toEqual({ uri: expect.any(String), errors: 1, locations: {}, message: undefined });
    });

    test('a plan without a start date says what to add', async () => {
        const model = await preview('project move { task pack { duration 2d } }');
        expect(model.message).toBe("Project 'move' has no start date: add one, such as 'start 2027-01-04', to see its schedule.");
        expect(model.gantt).toBeUndefined();
    });

    test('a file without a project says so', async () => {
        const model = await preview('resource alex "Alex"');
        expect(model.message).toBe('This file has no project to preview.');
    });
});

describe('the registers in the preview model, for the example plan at 1 March 2027', () => {
    let model: Awaited<ReturnType<typeof preview>>;

    beforeAll(async () => {
        const text = readFileSync(join(__dirname, '../../examples/office-move.proj'), 'utf8');
        const { document } = await validatePlan(services, text);
        model = previewModelOf(document, services.Proj.planning.ProjectSchedules, {}, { defaultStandard: builtinStandard(services.shared.workspace.LangiumDocuments) });
    });

    test('budget: the figures of the earned-value report with titles, the plan\'s tolerances, an S-curve ending at the status date', () => {
        const budget = model.budget!;
        expect(budget).toMatchObject({ currency: 'GBP', status: '2027-03-01', tolerances: { cpi: 0.95, spi: 0.9 } });
        expect(budget.lines.at(-1)).toMatchObject({ id: 'office_move', title: 'Office relocation to Leeds', bac: 59_440, pv: 37_390, ev: 35_590, ac: 36_900 });
        expect(budget.lines.find(line => line.id === 'fitout')).toMatchObject({ title: 'Fit-out', pv: 33_000, ev: 31_200, ac: 32_000 });
        // How many phases hold each line: the tasks sit under their phase.
        expect(budget.lines.map(line => [line.id, line.depth])).toEqual([
            ['initiation', 0], ['business_case', 1], ['delivery', 0], ['survey', 1], ['fitout', 1], ['briefing', 1], ['it', 1], ['office_move', 0],
        ]);
        // The S-curve's data, for the webview to plot by date: from nothing the day before the plan
        // starts (Mon 4 Jan), then weekly (the plan runs to 9 Mar) and at the status date.
        const curve = budget.curve!;
        expect(curve.points.slice(0, 3)).toEqual([
            { date: '2027-01-03', pv: 0, ev: 0, ac: 0 },
            { date: '2027-01-10', pv: 1_750, ev: 1_750, ac: 1_800 },
            { date: '2027-01-17', pv: expect.any(Number), ev: expect.any(Number), ac: expect.any(Number) },
        ]);
        const dates = curve.points.map(point => point.date);
        expect(dates).toEqual([...dates].sort());
        expect(dates.at(-1)).toBe('2027-03-09');
        const atStatus = curve.points.find(point => point.date === '2027-03-01')!;
        expect([atStatus.pv, atStatus.ev, atStatus.ac]).toEqual([37_390, 35_590, 36_900]);
        // EV and AC are known up to the status date only; PV runs on to BAC.
        expect(curve.points.filter(point => point.ev !== undefined).at(-1)!.date).toBe('2027-03-01');
        expect(curve.points.filter(point => point.ac !== undefined).at(-1)!.date).toBe('2027-03-01');
        expect(curve.points.at(-1)!.pv).toBe(59_440);
        expect(curve.bac).toBe(59_440);
    });

    test('risks: highest score first, banded 6/15 as the plan sets, critical exposure flagged; issues open first', () => {
        const risks = model.risks!;
        expect(risks.bands).toEqual({ amber: 6, red: 15 });
        expect(risks.rows.map(row => [row.id, row.score, row.rag, row.criticalAffected])).toEqual([
            ['lift_capacity', 16, 'red', []],
            ['lease_delay', 12, 'amber', ['fitout']],
            ['data_loss', 10, 'amber', ['it']],
            ['early_keys', 6, 'amber', []],
        ]);
        expect(risks.heatMap[1][3].risks).toEqual(['lift_capacity']);
        expect(risks.issues.map(issue => [issue.id, issue.status])).toEqual([['lift_broken', 'open'], ['parking', 'closed']]);
    });

    test('stakeholders: one point each, in its quadrant; the grid as a quadrant chart', () => {
        expect(model.stakeholders!.points.map(point => [point.id, point.quadrant])).toEqual([
            ['finance', 'manage-closely'], ['staff', 'keep-informed'], ['landlord', 'keep-satisfied'], ['union', 'keep-informed'], ['council', 'monitor'],
        ]);
        expect(model.stakeholders!.mermaid).toContain('"Finance directorate": [0.78, 0.78]');
    });

    test('resources: Alex and the crew day by day, with the title of each piece of work that asks for them', () => {
        const resources = model.resources!;
        expect(resources.resources.map(resource => [resource.id, resource.units])).toEqual([['alex', 1], ['crew', 4]]);
        // Only the work assigned: the business case and the briefings to Alex, the survey to the crew.
        expect(resources.titles).toEqual({ business_case: 'Draft business case', survey: 'Site survey', briefing: 'Staff briefings' });
    });

        test('KSB coverage of ST0310: 62 KSBs, what the plan evidences, in duty groups, every id revealable', () => {
        const ksb = model.ksb!;
        expect(ksb.standard.id).toBe('ST0310');
        expect(ksb.total).toBe(62);
        const evidenced = Object.fromEntries(ksb.entries.filter(entry => entry.evidence.length > 0).map(entry => [entry.code, entry.evidence.map(evidence => evidence.id)]));
        expect(evidenced).toEqual({
            K1: ['office_move'], K2: ['on_time'], K5: ['approval'], K6: ['office_move'], K8: ['office_move'], K9: ['business_case'], K14: ['staff'],
            K20: ['office_move'], K23: ['lease_delay'], K25: ['fitout_signoff'], K26: ['survey_first'], K27: ['data_loss'], K28: ['low_carbon', 'carbon'],
            S1: ['tolerance'], S2: ['finance'], S5: ['staff'], S8: ['fitout'], S9: ['business_case'], S10: ['extra_floor'], S14: ['lease_delay', 'lift_broken'],
            S15: ['fitout_signoff'], S16: ['book_lifts'], S21: ['fitout'],
        });
        expect(ksb.covered).toBe(23);
        // Every duty of ST0310, in order, each evidenced by the example's practice.
        expect(ksb.groups.map(group => group.duty?.code)).toEqual(Array.from({ length: 14 }, (_, index) => `D${index + 1}`));
        expect(ksb.duties).toEqual({ evidenced: 14, total: 14 });
        for (const evidence of ksb.entries.flatMap(entry => entry.evidence)) {
            expect(model.locations[evidence.id]).toBeDefined();
        }
    });
});

describe('the preview model\'s schedule risk analysis', () => {
    async function riskView(text: string) {
        const { document } = await validatePlan(services, text);
        return previewModelOf(document, services.Proj.planning.ProjectSchedules, {}, { scheduleRisks: services.Proj.planning.ScheduleRisks }).scheduleRisk;
    }

    test('a plan with nothing uncertain runs no simulation, and says how to add some', async () => {
        const view = await riskView('project p { start 2027-01-04 task a { duration 5d } }');
        expect(view?.histogram).toBeUndefined();
        expect(view?.message).toMatch(/estimate 3d 5d 10d.*uncertainty -10% \+30%.*delay 5d 10d 20d/);
    });

    test('an uncertain plan: the editor\'s iterations, the histogram, and the drivers and critical work at most ten each', async () => {
        const tasks = Array.from({ length: 12 }, (_, index) => `task t${index} { estimate 2d ${3 + index}d ${10 + 2 * index}d }`).join('\n    ');
        const view = await riskView(`project p {
    start 2027-01-04
    deadline 2027-06-30
    ${tasks}
    risk late "Supplier late" { probability 40% delay 5d 10d 20d affects t11 }
}`);
        expect(view?.message).toBeUndefined();
        expect(view?.iterations).toBe(500);
        expect(view?.histogram!.bins.reduce((sum, bin) => sum + bin.count, 0)).toBe(500);
        expect(view?.drivers).toHaveLength(10);
        expect(view?.drivers!.map(driver => Math.abs(driver.sensitivity))).toEqual([...view!.drivers!.map(driver => Math.abs(driver.sensitivity))].sort((a, b) => b - a));
        expect(view?.critical!.length).toBeLessThanOrEqual(10);
        expect(view?.dates).toEqual([expect.objectContaining({ kind: 'deadline', date: '2027-06-30' })]);
    });

    test('without the cache (as tests of other tabs build it) there is no analysis at all', async () => {
        expect((await preview('project p { start 2027-01-04 task a { estimate 1d 2d 9d } }')).scheduleRisk).toBeUndefined();
    });
});

describe('the preview of a plan linked with others', () => {
    test('the Gantt shows the work it waits for and the work that waits for it, and a click on it leads to that plan', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const texts = {
            alpha: 'project alpha "Alpha" {\n    start 2027-01-04\n    task build { duration 10d }\n    milestone done "Done" { after build }\n}\n',
            beta: 'project beta {\n    start 2027-01-04\n    task deploy { duration 3d after alpha.done }\n}\n',
            gamma: 'project gamma {\n    start 2027-01-04\n    task release { duration 1d after beta.deploy }\n}\n',
        };
        const documents = Object.entries(texts).map(([name, text]) => LangiumDocumentFactory.fromString<Model>(text, URI.parse(`file:///linked/${name}.proj`)));
        documents.forEach(document => LangiumDocuments.addDocument(document));
        try {
            await DocumentBuilder.build(documents, { validation: true });
            const programmes = services.Proj.planning.Programmes;
            const model = previewModelOf(documents[1], services.Proj.planning.ProjectSchedules, {}, { programmes });
            expect(model.gantt?.rows.map(row => [row.mermaidId, row.id, row.start, row.elsewhere?.project])).toEqual([
                ['x_alpha_done', 'alpha.done', '2027-01-15', 'alpha'],
                ['t_deploy', 'deploy', '2027-01-18', undefined],
                ['x_gamma_release', 'gamma.release', '2027-01-21', 'gamma'],
            ]);
            expect(sourceRangeOf(documents[1], { id: 'alpha.done' }, programmes)).toEqual({
                uri: 'file:///linked/alpha.proj', start: { line: 3, character: 14 }, end: { line: 3, character: 18 },
            });
        } finally {
            await clearDocuments(services.shared, documents);
        }
    });
});
