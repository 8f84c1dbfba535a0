import { describe, expect, test } from 'vitest';
import { earnedValueOf, type EarnedValueLine } from '../../language/src/engine/earned-value.js';
import { plan } from './plan-builder.js';

/**
 * Status Friday 15 January 2027, end of day: ten working days into a plan that starts Monday the
 * 4th. Figures worked by hand:
 * - a, 5 days at 400 a day: BAC 2,000, planned 4-8 Jan, so PV 2,000; done (EV 2,000); spent 2,500.
 * - b, 10 days at 100 a day plus 3,000 fixed: BAC 4,000, planned 11-22 Jan, so by the 15th five of
 *   ten days, PV 2,000; 25% done, EV 1,000; spent 1,500.
 * - phase p (a, b; budget 7,000): BAC 6,000, PV 4,000, EV 3,000, AC 4,000.
 * - d, after b, 1,000 fixed: BAC 1,000, planned 25-29 Jan, nothing due, nothing earned or spent.
 * - project: BAC 7,000, PV 4,000, EV 3,000, AC 4,000.
 */
const example = plan({
    p: { kind: 'phase', budget: 7_000 },
    a: { phase: 'p', duration: '5d', resourceCostPerDay: 400, progress: 100, spent: 2_500 },
    b: { phase: 'p', duration: '10d', after: ['a'], cost: 3_000, resourceCostPerDay: 100, progress: 25, spent: 1_500 },
    d: { duration: '5d', after: ['b'], cost: 1_000 },
    m: { after: ['d'] },
}, { status: '2027-01-15', budget: 8_000 });

function line(id: string): EarnedValueLine {
    const found = earnedValueOf(example)?.lines.find(candidate => candidate.id === id);
    expect(found, id).toBeDefined();
    return found!;
}

function expectFigures(actual: EarnedValueLine, expected: Partial<Record<keyof EarnedValueLine, number | undefined>>): void {
    for (const [key, value] of Object.entries(expected)) {
        const figure = actual[key as keyof EarnedValueLine];
        if (value === undefined) {
            expect(figure, `${actual.id} ${key}`).toBeUndefined();
        } else {
            expect(figure, `${actual.id} ${key}`).toBeCloseTo(value, 6);
        }
    }
}

describe('earned value at the status date', () => {
    test('a task done on plan but over cost: with no work left, TCPI means nothing and is left undefined, not 0', () => {
        expectFigures(line('a'), { bac: 2_000, pv: 2_000, ev: 2_000, ac: 2_500, sv: 0, cv: -500, spi: 1, cpi: 0.8, eac: 2_500, etc: 0, vac: -500, tcpi: undefined });
    });

    test('work left but its budget spent: no efficiency could finish it within budget, so TCPI is undefined, not negative', () => {
        const overspent = plan({ a: { duration: '5d', cost: 1_000, progress: 50, spent: 1_200 } }, { status: '2027-01-15' });
        expectFigures(earnedValueOf(overspent)!.lines.find(candidate => candidate.id === 'a')!, { bac: 1_000, ev: 500, ac: 1_200, cpi: 500 / 1_200, tcpi: undefined });
        const exactlySpent = plan({ a: { duration: '5d', cost: 1_000, progress: 50, spent: 1_000 } }, { status: '2027-01-15' });
        expectFigures(earnedValueOf(exactlySpent)!.lines.find(candidate => candidate.id === 'a')!, { tcpi: undefined });
    });

    test('a task half-way through its planned days, a quarter done: PV accrues by working day, EV by progress', () => {
        expectFigures(line('b'), { bac: 4_000, pv: 2_000, ev: 1_000, ac: 1_500, sv: -1_000, cv: -500, spi: 0.5, cpi: 1_000 / 1_500, eac: 6_000, etc: 4_500, vac: -2_000, tcpi: 3_000 / 2_500 });
    });

    test('work not yet due has no PV, and ratios over nothing are left undefined; EAC is the BAC until money is spent', () => {
        expectFigures(line('d'), { bac: 1_000, pv: 0, ev: 0, ac: 0, spi: undefined, cpi: undefined, eac: 1_000, etc: 1_000, vac: 0, tcpi: 1 });
    });

    test('a phase adds up its tasks and keeps its budget beside them', () => {
        expectFigures(line('p'), { bac: 6_000, pv: 4_000, ev: 3_000, ac: 4_000, sv: -1_000, cv: -1_000, spi: 0.75, cpi: 0.75, eac: 8_000, etc: 4_000, vac: -2_000, tcpi: 1.5 });
        expect(line('p').budget).toBe(7_000);
    });

    test('the project adds up every task', () => {
        expectFigures(line('test'), { bac: 7_000, pv: 4_000, ev: 3_000, ac: 4_000, spi: 0.75, cpi: 0.75, eac: 28_000 / 3, etc: 16_000 / 3, vac: -7_000 / 3, tcpi: 4_000 / 3_000 });
        expect(line('test').budget).toBe(8_000);
    });

    test('lines come in plan order, tasks and phases only, then the project', () => {
        expect(earnedValueOf(example)?.lines.map(candidate => `${candidate.kind} ${candidate.id}`)).toEqual(['phase p', 'task a', 'task b', 'task d', 'project test']);
    });

    test('PV follows the plan, not the dates the remaining work was moved to', () => {
        // b is reported not started at the status date, so its schedule moves it after that day;
        // its planned value still counts the five of its ten planned days that were due.
        const late = plan({ b: { duration: '10d', resourceCostPerDay: 100, progress: 0 } }, { status: '2027-01-08', start: '2027-01-04' });
        expectFigures(earnedValueOf(late)!.lines.find(candidate => candidate.id === 'b')!, { pv: 500, ev: 0 });
    });

    test('money spent with nothing earned: CPI 0 and no forecast, since at that rate the work never ends', () => {
        const stuck = plan({ a: { duration: '5d', cost: 1_000, spent: 300 } }, { status: '2027-01-06' });
        expectFigures(earnedValueOf(stuck)!.lines.find(candidate => candidate.id === 'a')!, { pv: 600, ev: 0, ac: 300, cpi: 0, spi: 0, eac: undefined, etc: undefined, vac: undefined, tcpi: 1_000 / 700 });
    });

    test('without a status date there is nothing to measure', () => {
        expect(earnedValueOf(plan({ a: { duration: '5d' } }))).toBeUndefined();
    });
});

describe('earned value of a broken plan', () => {
    test('a phase and a task with the same id (an error validation reports) still give figures, without looping', () => {
        const clash = plan({ x: { kind: 'phase' }, y: { phase: 'x', duration: '2d', cost: 100 } }, { status: '2027-01-05' });
        const looping = { ...clash, items: [...clash.items, { ...clash.items[1], id: 'x', phase: 'x' }] };
        expect(earnedValueOf(looping)?.lines.at(-1)).toMatchObject({ kind: 'project', bac: 200 });
    });
});
