// Baselines on the command line: `proj schedule` and `proj evm` measured against a git revision,
// in a real repository (the built binary, as users run it).
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { GitPlanRepository } from '../support/git-plan-repository.js';
import { proj, useScratchFolder } from './support/proj-command.js';
import { APPROVED_PLAN, PLAN_SINCE } from '../support/baseline-plans.js';

useScratchFolder('proj-baseline-');


let repository: GitPlanRepository;
let commit = '';

beforeAll(() => {
    repository = GitPlanRepository.create();
    // The plan, and a copy that the earned value test records progress in.
    commit = repository.write('office.proj', APPROVED_PLAN).write('measured.proj', APPROVED_PLAN).commit('Approved plan');
    repository.tag('v1-approved');
    repository.write('office.proj', PLAN_SINCE).commit('Work since');
});

afterAll(() => repository.remove());

describe('proj schedule against a baseline', () => {
    test('--format json: each task\'s baseline dates and variance in working days, and the baseline itself', () => {
        const run = proj(['schedule', repository.path('office.proj'), '--format', 'json']);
        expect(run.stderr).toBe('');
        const schedule = JSON.parse(run.stdout);
        const task = (id: string) => schedule.tasks.find((candidate: { id: string }) => candidate.id === id);
        // 8–19 Mar then; 8–24 Mar now: 3 working days later.
        expect(task('fitout')).toMatchObject({ start: '2027-03-08', finish: '2027-03-24', baselineStart: '2027-03-08', baselineFinish: '2027-03-19', startVariance: 0, finishVariance: 3 });
        // 19 Mar then; after snagging (25–26 Mar) now: 5 working days later.
        expect(task('live')).toMatchObject({ finish: '2027-03-26', baselineFinish: '2027-03-19', finishVariance: 5 });
        expect(task('snagging')).toMatchObject({ baselineStart: null, baselineFinish: null, startVariance: null, finishVariance: null });
        expect(schedule.baseline).toEqual({
            revision: 'v1-approved', commit, path: 'office.proj', finish: '2027-03-19', finishVariance: 5,
            // 1,000 + 20,000 then; 1,500 + 20,000 + 800 now.
            cost: 21_000, costVariance: 1_300, added: ['snagging'], removed: [],
        });
    });

    test('the table: a column of finish variance, and a line on how far the finish moved', () => {
        const run = proj(['schedule', repository.path('office.proj')]);
        expect(run.lines[2]).toMatch(/Finish var\.$/);
        expect(run.lines.find(line => line.includes('fitout'))).toMatch(/\+3$/);
        expect(run.lines.find(line => line.includes('snagging'))).toMatch(/new$/);
        expect(run.lines).toContain(`Baseline v1-approved (${commit.slice(0, 7)}): finish 2027-03-19, now 5 working days later than the baseline; added since: snagging`);
    });

    test('--baseline measures against another revision; one git does not know is an error', () => {
        const against = proj(['schedule', repository.path('office.proj'), '--format', 'json', '--baseline', 'HEAD']);
        expect(JSON.parse(against.stdout).baseline).toMatchObject({ revision: 'HEAD', finishVariance: 0, added: [] });
        const unknown = proj(['schedule', repository.path('office.proj'), '--baseline', 'v9']);
        expect(unknown.status).toBe(1);
        expect(unknown.stderr).toBe("proj: baseline 'v9' cannot be read: git knows no revision 'v9'.\n");
    });

    test('a baseline the plan names but git cannot read: a note on standard error, and the schedule without variance', () => {
        repository.write('other.proj', PLAN_SINCE.replace('v1-approved', 'v2'));
        const run = proj(['schedule', repository.path('other.proj'), '--format', 'json']);
        expect(run.status).toBe(0);
        expect(run.stderr).toBe("proj: baseline 'v2' cannot be read: git knows no revision 'v2'.\n");
        expect(JSON.parse(run.stdout).baseline).toBeNull();
    });
});

describe('change control against a baseline', () => {
    const withChanges = (plan: string, changes: string) => plan.replace(/\n}\n$/, `\n${changes}}\n`).replace('start 2027-03-01', 'start 2027-03-01\n    currency GBP');
    const approvedThen = withChanges(APPROVED_PLAN, '    change c1 "Wider doors" { status approved impact 2d 1000 }\n');
    // c1 was approved before the baseline; c2 since, and the plan carries it out (the fit-out takes
    // 3 days and 6,500 more); c3 awaits a decision.
    const todayWithChanges = withChanges(
        PLAN_SINCE.replace('duration 13d after survey cost 20000', 'duration 13d after survey cost 26500').replace('cost 1500', 'cost 1000')
            .replace('    task snagging "Snagging" { duration 2d after fitout cost 800 }\n', '').replace('after snagging', 'after fitout'),
        '    change c1 "Wider doors" { status approved impact 2d 1000 }\n'
        + '    change c2 "Second floor" { status approved impact 3d 6500 affects fitout }\n'
        + '    change c3 "Blinds" { status raised impact 1d 300 }\n');

    test('the report shows the original baseline, the changes approved since, the current baseline and the forecast, counting each change once', () => {
        repository.write('changes.proj', approvedThen).commit('Approved with c1');
        repository.tag('v1-changes');
        repository.write('changes.proj', todayWithChanges.replace('v1-approved', 'v1-changes'));
        const run = proj(['report', repository.path('changes.proj')]);
        expect(run.stderr).toBe('');
        const section = run.lines.slice(run.lines.indexOf('## Change requests'));
        const tag = repository.git('rev-parse', '--short=7', 'v1-changes').trim();
        expect(section[2]).toBe('Changes approved since baseline v1-changes add 3 working days and £6,500 to the baseline: it now finishes 2027-03-24 with a budget of £27,500.'
            + ' c1 was approved before v1-changes and is part of it. 1 change awaits a decision; if approved, it would add 1 working day and £300 to the baseline.');
        expect(section.slice(4, 10)).toEqual([
            '| What | Finish | Budget | Note |',
            '| --- | --- | --- | --- |',
            `| Original baseline v1-changes (${tag}) | 2027-03-19 | £21,000 |  |`,
            '| Approved since: c2 Second floor | +3 working days | +£6,500 | approved |',
            '| Current baseline | 2027-03-24 | £27,500 | the original plus the changes approved since |',
            '| Forecast | 2027-03-24 |  | as in the current baseline |',
        ]);
    });

    test('work an approved change re-baselined is measured against its new baseline, not reported as a slip', () => {
        const json = JSON.parse(proj(['schedule', repository.path('changes.proj'), '--format', 'json']).stdout);
        expect(json.tasks.find((task: { id: string }) => task.id === 'fitout')).toMatchObject({ baselineFinish: '2027-03-24', finishVariance: 0 });
    });
});

describe('proj evm against a baseline', () => {
    test('planned value accrues over the baseline\'s dates and budgets, and the output says so', () => {
        const measured = PLAN_SINCE.replace('start 2027-03-01', 'start 2027-03-01\n    status 2027-03-10')
            .replace('cost 1500 }', 'cost 1500 progress 100% spent 1500 }')
            .replace('duration 13d after survey cost 20000 }', 'duration 13d after survey cost 20000 progress 20% spent 5000 }');
        repository.write('measured.proj', measured);
        const json = JSON.parse(proj(['evm', repository.path('measured.proj'), '--format', 'json']).stdout);
        expect(json.plannedValueFrom).toEqual({ baseline: 'v1-approved', commit });
        const line = (id: string) => json.lines.find((candidate: { id: string }) => candidate.id === id);
        // The survey's baseline budget, 1,000, all due by 10 Mar; the fit-out's, 20,000 over 8–19 Mar,
        // 3 of its 10 days due (6,000); snagging was not in the baseline, so nothing is planned for it.
        expect(line('survey')).toMatchObject({ pv: 1_000, ev: 1_500 });
        expect(line('fitout')).toMatchObject({ pv: 6_000, ev: 4_000 });
        expect(line('snagging')).toMatchObject({ pv: 0 });
        // SPI 5,500 / 7,000.
        expect(line('office')).toMatchObject({ pv: 7_000, ev: 5_500, spi: 0.7857 });
        const table = proj(['evm', repository.path('measured.proj')]);
        expect(table.lines.at(-1)).toBe(`Planned value from baseline v1-approved (${commit.slice(0, 7)}): its dates and budgets; work added since plans none.`);
    });
});
