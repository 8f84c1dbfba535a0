import { describe, expect, test } from 'vitest';
import type { PlanInput } from '../../language/src/engine/plan-model.js';
import { DEFAULT_TOLERANCES, type RegistersInput, type RiskInput } from '../../language/src/engine/register-model.js';
import { scheduleDiffChart } from '../../language/src/engine/mermaid/schedule-diff-chart.js';
import { isUnchanged, scheduleDiff, type DiffSide } from '../../language/src/engine/schedule-diff.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { plan, type ItemSketch } from './plan-builder.js';

const risk = (id: string, likelihood: number, impact: number, more: Partial<RiskInput> = {}): RiskInput =>
    ({ id, kind: 'risk', title: id, likelihood, impact, affects: [], ...more });

function registers(risks: RiskInput[] = []): RegistersInput {
    return { tolerances: DEFAULT_TOLERANCES, risks, issues: [], stakeholders: [], changes: [], qualities: [], lessons: [], objectives: [], kpis: [] };
}

function side(items: Record<string, ItemSketch>, options: Parameters<typeof plan>[1] = {}, risks: RiskInput[] = []): DiffSide {
    const input: PlanInput = plan(items, { start: '2027-03-01', ...options });
    return { plan: input, schedule: schedulePlan(input), registers: registers(risks) };
}

// Mon 1 Mar 2027: the survey takes the first week; the fit-out the next two, to Fri 19 Mar.
const approved = side({
    survey: { duration: '5d', cost: 1000 },
    fitout: { duration: '10d', after: ['survey'], cost: 20000 },
    paint: { duration: '2d', after: ['survey'], cost: 500 },
    signage: { duration: '1d', after: ['survey'] },
    live: { after: ['fitout'] },
}, {}, [risk('delay', 2, 3), risk('flood', 1, 5), risk('supplier', 2, 2)]);

// The fit-out takes 3 days more, over a weekend and the holiday of Mon 22 Mar; snagging is added
// before going live; the painting is dropped; the signage starts 2 days after the survey starts.
const today = side({
    survey: { duration: '5d', cost: 1500 },
    fitout: { duration: '13d', after: ['survey'], cost: 20000 },
    signage: { duration: '1d', after: ['survey SS +2d'] },
    snagging: { duration: '2d', after: ['fitout'], cost: 800 },
    live: { after: ['snagging'] },
}, { holidays: ['2027-03-22'] }, [risk('delay', 4, 3), risk('flood', 1, 5), risk('strike', 3, 3)]);

describe('what changed in the schedule', () => {
    const diff = scheduleDiff(approved, today);

    test('the project finish: Fri 19 Mar then, Mon 29 Mar now, 5 working days on today\'s calendar (not the 10 calendar days)', () => {
        // Working days from Mon 1 Mar: 19 Mar is day 14; 22 Mar is a holiday, so 23, 24, 25, 26 and 29 Mar are days 15 to 19.
        expect(diff.finish).toEqual({ before: '2027-03-19', after: '2027-03-29', shift: 5 });
        expect(diff.start).toEqual({ before: '2027-03-01', after: '2027-03-01', shift: 0 });
    });

    test('work added, with its dates now, and removed, with its dates then', () => {
        // Snagging follows the fit-out (which now ends Thu 25 Mar): Fri 26 and Mon 29 Mar.
        expect(diff.added).toEqual([{ id: 'snagging', name: undefined, kind: 'task', start: '2027-03-26', finish: '2027-03-29', durationDays: 2 }]);
        expect(diff.removed).toEqual([{ id: 'paint', name: undefined, kind: 'task', start: '2027-03-08', finish: '2027-03-09', durationDays: 2 }]);
    });

    test('dates moved, in working days: later is positive, earlier negative', () => {
        expect(diff.moved).toEqual([
            // 13 days from Mon 8 Mar: 8-12, 15-19, then 23-25 Mar (22 Mar is off): 3 working days later.
            { id: 'fitout', name: undefined, kind: 'task', before: { start: '2027-03-08', finish: '2027-03-19' }, after: { start: '2027-03-08', finish: '2027-03-25' }, startShift: 0, finishShift: 3 },
            // Start-to-start +2d: Wed 3 Mar rather than Mon 8 Mar, 3 working days earlier.
            { id: 'signage', name: undefined, kind: 'task', before: { start: '2027-03-08', finish: '2027-03-08' }, after: { start: '2027-03-03', finish: '2027-03-03' }, startShift: -3, finishShift: -3 },
            { id: 'live', name: undefined, kind: 'milestone', before: { start: '2027-03-19', finish: '2027-03-19' }, after: { start: '2027-03-29', finish: '2027-03-29' }, startShift: 5, finishShift: 5 },
        ]);
        expect(diff.durations).toEqual([{ id: 'fitout', name: undefined, before: 10, after: 13, change: 3 }]);
    });

    test('links added, removed and changed in type or lag', () => {
        expect(diff.links.added).toEqual([
            { predecessor: 'fitout', successor: 'snagging', type: 'FS' },
            { predecessor: 'snagging', successor: 'live', type: 'FS' },
        ]);
        // In the order of the plan they were removed from.
        expect(diff.links.removed).toEqual([
            { predecessor: 'survey', successor: 'paint', type: 'FS' },
            { predecessor: 'fitout', successor: 'live', type: 'FS' },
        ]);
        expect(diff.links.changed).toEqual([
            { predecessor: 'survey', successor: 'signage', before: { type: 'FS' }, after: { type: 'SS', lag: { amount: 2, unit: 'd' } } },
        ]);
    });

    test('the critical path before and after, and who joined it', () => {
        expect(diff.criticalPath).toEqual({
            before: ['survey', 'fitout', 'live'],
            after: ['survey', 'fitout', 'snagging', 'live'],
            joined: ['snagging'],
            left: [],
        });
    });

    test('the budget at completion: 1,000 + 20,000 + 500 then; 1,500 + 20,000 + 800 now', () => {
        expect(diff.budget).toEqual({ bac: { before: 21_500, after: 22_300, change: 800 }, stated: { before: undefined, after: undefined }, phases: [] });
    });

    test('risks whose score moved (2 × 3 to 4 × 3), added and removed; an unchanged one is not listed', () => {
        expect(diff.risks.changed).toEqual([{
            id: 'delay', title: 'delay', kind: 'risk',
            before: { score: 6, rag: 'amber', residualScore: undefined, residualRag: undefined },
            after: { score: 12, rag: 'amber', residualScore: undefined, residualRag: undefined },
        }]);
        expect(diff.risks.added).toEqual([{ id: 'strike', title: 'strike', kind: 'risk', score: 9, rag: 'amber', residualScore: undefined, residualRag: undefined }]);
        expect(diff.risks.removed).toEqual([{ id: 'supplier', title: 'supplier', kind: 'risk', score: 4, rag: 'green', residualScore: undefined, residualRag: undefined }]);
    });

    test('a plan against itself has not changed', () => {
        const same = scheduleDiff(approved, approved);
        expect(isUnchanged(same)).toBe(true);
        expect(same.moved).toEqual([]);
        expect(isUnchanged(diff)).toBe(false);
    });
});

describe('what is and is not a change', () => {
    test('a lag written another way but as long (1w, 5d) is the same link; no lag and +0d are the same', () => {
        const before = side({ a: { duration: '1d' }, b: { duration: '1d', after: ['a FS +1w'] }, c: { duration: '1d', after: ['a'] } });
        const after = side({ a: { duration: '1d' }, b: { duration: '1d', after: ['a FS +5d'] }, c: { duration: '1d', after: ['a FS +0d'] } });
        const diff = scheduleDiff(before, after);
        expect(diff.links).toEqual({ added: [], removed: [], changed: [] });
        expect(isUnchanged(diff)).toBe(true);
    });

    test('a week of lag on a six-day week is 6 days: changed from 5d', () => {
        const sixDays = { workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'] } satisfies Parameters<typeof plan>[1];
        const before = side({ a: { duration: '1d' }, b: { duration: '1d', after: ['a FS +5d'] } }, sixDays);
        const after = side({ a: { duration: '1d' }, b: { duration: '1d', after: ['a FS +1w'] } }, sixDays);
        expect(scheduleDiff(before, after).links.changed).toEqual([
            { predecessor: 'a', successor: 'b', before: { type: 'FS', lag: { amount: 5, unit: 'd' } }, after: { type: 'FS', lag: { amount: 1, unit: 'w' } } },
        ]);
    });

    test('two links between the same items: the one kept is unchanged, the other changed', () => {
        const before = side({ a: { duration: '3d' }, b: { duration: '3d', after: ['a SS +1d', 'a FF'] } });
        const after = side({ a: { duration: '3d' }, b: { duration: '3d', after: ['a FF +1d', 'a SS +1d'] } });
        expect(scheduleDiff(before, after).links).toEqual({
            added: [], removed: [],
            changed: [{ predecessor: 'a', successor: 'b', before: { type: 'FF' }, after: { type: 'FF', lag: { amount: 1, unit: 'd' } } }],
        });
    });

    test('a later project start moves everything by working days: Fri 5 to Mon 8 Mar is one', () => {
        const before = side({ a: { duration: '2d' } }, { start: '2027-03-05' });
        const after = side({ a: { duration: '2d' } }, { start: '2027-03-08' });
        const diff = scheduleDiff(before, after);
        expect(diff.start).toEqual({ before: '2027-03-05', after: '2027-03-08', shift: 1 });
        // Fri 5 to Mon 8 Mar then; Mon 8 to Tue 9 Mar now.
        expect(diff.finish).toEqual({ before: '2027-03-08', after: '2027-03-09', shift: 1 });
        expect(diff.moved.map(item => [item.id, item.startShift, item.finishShift])).toEqual([['a', 1, 1]]);
    });

    test('phase budgets: the work in a phase costs more, and the stated budgets of the phase and the project change', () => {
        const before = side({ build: { kind: 'phase', budget: 5000 }, wall: { duration: '2d', phase: 'build', cost: 3000 }, roof: { duration: '2d', phase: 'build', after: ['wall'], cost: 1000 } }, { budget: 6000 });
        const after = side({ build: { kind: 'phase', budget: 6000 }, wall: { duration: '2d', phase: 'build', cost: 3000 }, roof: { duration: '2d', phase: 'build', after: ['wall'], cost: 2500 } });
        expect(scheduleDiff(before, after).budget).toEqual({
            bac: { before: 4000, after: 5500, change: 1500 },
            stated: { before: 6000, after: undefined },
            phases: [{ id: 'build', name: undefined, bac: { before: 4000, after: 5500, change: 1500 }, stated: { before: 5000, after: 6000 } }],
        });
    });

    test('a risk whose residual score alone moved is listed; one whose band alone moved (new tolerances) is not', () => {
        const before = side({ a: { duration: '1d' } }, {}, [risk('r', 3, 3, { residualLikelihood: 1, residualImpact: 3 }), risk('s', 2, 3)]);
        const after = side({ a: { duration: '1d' } }, {}, [risk('r', 3, 3, { residualLikelihood: 2, residualImpact: 3 }), risk('s', 2, 3)]);
        const stricter = { ...after, registers: { ...after.registers, tolerances: { ...DEFAULT_TOLERANCES, riskAmber: 8 } } };
        const diff = scheduleDiff(before, stricter);
        expect(diff.risks.changed.map(change => [change.id, change.before.residualScore, change.after.residualScore])).toEqual([['r', 3, 6]]);
    });
});

describe('the chart of what moved', () => {
    test('a Mermaid Gantt on today\'s calendar: the project, then each item moved (before, grey, above after), added and removed', () => {
        const { mermaid, omitted } = scheduleDiffChart(scheduleDiff(approved, today), today.plan.calendar);
        expect(mermaid).toBe([
            'gantt',
            '    dateFormat YYYY-MM-DD',
            '    axisFormat %d %b',
            '    inclusiveEndDates',
            '    todayMarker off',
            '    excludes saturday, sunday, 2027-03-22',
            '    section Project',
            '    before:done, b0_, 2027-03-01, 2027-03-19',
            '    after:active, a0_, 2027-03-01, 2027-03-29',
            '    section fitout',
            '    before:done, b1_fitout, 2027-03-08, 2027-03-19',
            '    after:active, a1_fitout, 2027-03-08, 2027-03-25',
            '    section signage',
            '    before:done, b2_signage, 2027-03-08, 2027-03-08',
            '    after:active, a2_signage, 2027-03-03, 2027-03-03',
            '    section live',
            '    before:done, milestone, b3_live, 2027-03-19, 2027-03-19',
            '    after:active, milestone, a3_live, 2027-03-29, 2027-03-29',
            '    section snagging',
            '    added:active, a4_snagging, 2027-03-26, 2027-03-29',
            '    section paint',
            '    removed:done, b5_paint, 2027-03-08, 2027-03-09',
            '',
        ].join('\n'));
        expect(omitted).toBe(0);
    });

    test('names reach the chart only as Mermaid entities; past the limit, items are left out and counted', () => {
        const hostile = '<img src=x onerror=alert(1)>: a;b #c';
        const before = side({ a: { duration: '1d' }, b: { duration: '1d' }, c: { duration: '1d' } });
        const after = side({ a: { duration: '2d' }, b: { duration: '2d' }, c: { duration: '2d' } });
        const diff = scheduleDiff(before, { ...after, schedule: { ...after.schedule, items: after.schedule.items.map(item => ({ ...item, name: hostile })) } });
        const { mermaid, omitted } = scheduleDiffChart(diff, after.plan.calendar, 2);
        expect(mermaid).toContain('    section #60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c\n');
        expect(mermaid).not.toMatch(/<img|onerror=/);
        expect(mermaid.match(/^    section /gm)).toHaveLength(3);
        expect(omitted).toBe(1);
    });
});
