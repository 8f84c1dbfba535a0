import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { URI } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { isProject, type Model } from '../../../language/src/generated/ast.js';
import { createTestServices } from '../../support/proj-test-services.js';
import { GitPlanRepository } from '../../support/git-plan-repository.js';
import { APPROVED_PLAN, PLAN_SINCE } from '../../support/baseline-plans.js';


let services: Awaited<ReturnType<typeof createTestServices>>;
let repository: GitPlanRepository;

beforeAll(async () => {
    services = await createTestServices();
    repository = GitPlanRepository.create();
    repository.write('plans/office.proj', APPROVED_PLAN).commit('Approved plan');
    repository.tag('v1-approved');
    repository.write('plans/office.proj', PLAN_SINCE.replace('baseline "v1-approved"', '')).commit('Work since');
});

afterAll(() => repository.remove());

async function validate(file: string, text: string) {
    const document = await parseHelper<Model>(services.Proj)(text, { documentUri: URI.file(repository.path(file)).toString(), validation: true });
    const project = document.parseResult.value.elements.find(isProject)!;
    // Out of the workspace again, so that the next test can open the same file.
    await clearDocuments(services.shared, [document]);
    return { document, project, diagnostics: document.diagnostics ?? [] };
}

describe('a baseline is a git revision', () => {
    it('reads the plan as it was at the tag and measures today against it, in working days', async () => {
        const { project, diagnostics } = await validate('plans/office.proj', PLAN_SINCE);
        expect(diagnostics.filter(d => d.code === 'proj/baseline-unavailable')).toEqual([]);
        const comparison = services.Proj.planning.ProjectSchedules.baselineComparisonOf(project)!;
        expect(comparison.source.revision).toBe('v1-approved');
        const fitout = comparison.items.find(item => item.id === 'fitout')!;
        // 8–19 Mar then, 8–24 Mar now: the same start, 3 working days later to finish.
        expect(fitout).toMatchObject({ baselineStart: '2027-03-08', baselineFinish: '2027-03-19', startVariance: 0, finishVariance: 3, durationVariance: 3 });
        const live = comparison.items.find(item => item.id === 'live')!;
        expect(live).toMatchObject({ baselineFinish: '2027-03-19', finishVariance: 5 });
        expect(comparison.items.find(item => item.id === 'survey')).toMatchObject({ baselineCost: 1000, costVariance: 500 });
        expect(comparison.added).toEqual(['snagging']);
        expect(comparison.removed).toEqual([]);
        // 1,000 + 20,000 then; 1,500 + 20,000 + 800 (snagging) now.
        expect(comparison.project).toMatchObject({ baselineFinish: '2027-03-19', finishVariance: 5, baselineCost: 21000, costVariance: 1300 });
    });

    it('hover says how far each item and the project moved since the baseline, and what is new', async () => {
        const { document } = await validate('plans/office.proj', PLAN_SINCE);
        const hoverAt = async (marker: string) => {
            const offset = PLAN_SINCE.indexOf(marker);
            const hover = await services.Proj.lsp.HoverProvider!.getHoverContent(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
            });
            return (hover?.contents as { value: string }).value;
        };
        expect(await hoverAt('fitout')).toContain('- Finishes 3 working days later than `v1-approved` (baseline Fri 19 Mar 2027)');
        expect(await hoverAt('live')).toContain('- Falls 5 working days later than `v1-approved` (baseline Fri 19 Mar 2027)');
        expect(await hoverAt('snagging')).toContain('- Not in baseline `v1-approved`: added since');
        expect(await hoverAt('office')).toContain('- Finishes 5 working days later than `v1-approved` (baseline Fri 19 Mar 2027); since then 1 added');
    });

    it('planned value comes from the baseline, in the earned value and along the S-curve alike', async () => {
        const measured = PLAN_SINCE.replace('start 2027-03-01', 'start 2027-03-01\n    status 2027-03-10').replace('cost 20000 }', 'cost 20000 progress 20% }');
        const { project } = await validate('plans/office.proj', measured);
        const schedules = services.Proj.planning.ProjectSchedules;
        const projectLine = schedules.earnedValueOf(project)!.lines.at(-1)!;
        // The baseline's survey (1,000, done by 5 Mar) and 3 of the fit-out's 10 days (6,000 of 20,000).
        expect(projectLine.pv).toBe(7_000);
        const atStatus = schedules.budgetCurveOf(project)!.points.find(point => point.date === '2027-03-10')!;
        expect(atStatus.pv).toBe(7_000);
    });

    it('warns on the baseline line when git knows no such revision', async () => {
        const text = PLAN_SINCE.replace('"v1-approved"', '"v9"');
        const { diagnostics } = await validate('plans/office.proj', text);
        const warning = diagnostics.find(d => d.code === 'proj/baseline-unavailable')!;
        expect(warning.severity).toBe(2);
        expect(warning.message).toBe("Baseline 'v9' cannot be read: git knows no revision 'v9'.");
        expect(warning.range.start).toEqual({ line: 2, character: 13 });
    });

    it('warns when the plan is in no git repository', async () => {
        const document = await parseHelper<Model>(services.Proj)(PLAN_SINCE, { documentUri: URI.file('/nowhere/office.proj').toString(), validation: true });
        const warning = (document.diagnostics ?? []).find(d => d.code === 'proj/baseline-unavailable')!;
        expect(warning.message).toBe("Baseline 'v1-approved' cannot be read: office.proj is not in a git repository, so it has no revision 'v1-approved'.");
    });

    it('follows the plan through a rename', async () => {
        repository.move('plans/office.proj', 'plans/office-move.proj').commit('Renamed');
        const { project, diagnostics } = await validate('plans/office-move.proj', PLAN_SINCE);
        expect(diagnostics.filter(d => d.code === 'proj/baseline-unavailable')).toEqual([]);
        expect(services.Proj.planning.ProjectSchedules.baselineOf(project)!.source.path).toBe('plans/office.proj');
    });
});
