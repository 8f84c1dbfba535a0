import { describe, expect, test } from 'vitest';
import type { ExternalItemInput, PlanInput } from '../../../language/src/engine/plan-model.js';
import { analyseScheduleRisk } from '../../../language/src/engine/schedule-risk/monte-carlo.js';
import { NetworkPasses } from '../../../language/src/engine/schedule-risk/network-passes.js';
import { inWorkingDays, riskNetworkOf } from '../../../language/src/engine/schedule-risk/risk-network.js';
import { schedulePlan } from '../../../language/src/engine/scheduler.js';
import { dayNumberOf, isoDateOfDayNumber } from '../../../language/src/engine/calendar-dates.js';
import { generatePlan } from '../../../bench/generate-plan.js';
import { calendar, plan } from '../plan-builder.js';
import { randomPlan } from './random-plan.js';
import { Random } from '../../support/seeded-random.js';

// A plan with nothing uncertain is one schedule: every iteration must give the scheduler's dates,
// through the risk network's own passes (typed arrays, not schedulePlan).

/**
 * Each item's first and last day from one pass of the risk network with the planned work: on the
 * working days' indices where the plan is all on one calendar in days, unless `points`.
 */
function networkDates(input: PlanInput, points = false): Record<string, string> {
    const network = points ? riskNetworkOf(input) : inWorkingDays(riskNetworkOf(input));
    const passes = new NetworkPasses(network);
    passes.run({ work: network.work, remaining: network.remaining, wait: new Float64Array(network.count) });
    const dates: Record<string, string> = {};
    input.items.forEach((item, i) => {
        if (item.kind === 'phase' || network.onCycle[i]) {
            return;
        }
        const last = passes.lastDay(i);
        const first = passes.earlyEnd[i] > passes.earlyStart[i] ? passes.earlyStart[i] : last;
        const day = (point: number) => isoDateOfDayNumber(network.dayOfPoint(point));
        dates[item.id] = `${day(first)}..${day(last)}`;
    });
    return dates;
}

function scheduledDates(input: PlanInput): Record<string, string> {
    return Object.fromEntries(schedulePlan(input).items.filter(item => item.kind !== 'phase').map(item => [item.id, `${item.start}..${item.finish}`]));
}

describe('a plan with nothing uncertain', () => {
    test('the network\'s pass gives the scheduler\'s dates, with every link type, lags, calendars, constraints and progress', () => {
        const sketch = plan({
            a: { duration: '5d' },
            b: { duration: '3d', after: ['a SS +2d'] },
            c: { duration: '4d', after: ['a FF +1d'], calendar: calendar(['mon', 'wed', 'fri']) },
            d: { duration: '2d', after: ['b SF'] },
            e: { after: ['c', 'd -1d'] },
            f: { duration: '2d', after: ['e'], constraints: [['start-no-earlier-than', '2027-01-20']] },
            g: { duration: '6d', progress: 50, actualStart: '2027-01-05' },
            h: { duration: '3d', progress: 0, after: ['g SS'] },
            i: { duration: '2d', after: ['f'], schedule: 'alap' },
            j: { after: ['i', 'h'] },
        }, { status: '2027-01-08', holidays: ['2027-01-12'] });
        expect(networkDates(sketch)).toEqual(scheduledDates(sketch));
    });

    test('work of other plans it waits for stands where those plans have them, with every link type and lag, milestones too, in days and in part days', () => {
        let moved = 0;
        for (let seed = 1; seed <= 60; seed++) {
            const hours = seed % 2 === 0;
            const random = randomPlan(seed, hours);
            const draw = new Random(seed);
            const step = hours ? 60 : 1440;
            const firstDay = dayNumberOf(random.start) * 1440;
            const external: ExternalItemInput[] = Array.from({ length: 3 }, (_, k) => {
                const start = firstDay + draw.between(0, 20 * 1440 / step) * step;
                const milestone = k === 2;
                return { project: 'other', id: `w${k}`, start, end: milestone ? start : start + draw.between(1, 5 * 1440 / step) * step, ...(milestone && draw.chance(0.5) ? { atEndOfDay: true } : {}) };
            });
            const types = ['FS', 'SS', 'FF', 'SF'] as const;
            const items = random.items.map(item => item.kind === 'phase' || !draw.chance(0.2) ? item : {
                ...item, dependencies: [...item.dependencies, { project: 'other', predecessor: `w${draw.int(3)}`, type: types[draw.int(4)], lag: draw.chance(0.5) ? { amount: draw.between(-1, 2), unit: 'd' as const } : undefined }],
            });
            const linked: PlanInput = { ...random, items, external };
            moved += JSON.stringify(scheduledDates(linked)) === JSON.stringify(scheduledDates(random)) ? 0 : 1;
            expect(networkDates(linked), `seed ${seed}`).toEqual(scheduledDates(linked));
            expect(networkDates(linked, true), `seed ${seed} on points`).toEqual(scheduledDates(linked));
        }
        // The links move most plans: the test would notice them left out.
        expect(moved).toBeGreaterThan(40);
    });

    test('a hundred random plans in days give the scheduler\'s dates', () => {
        for (let seed = 1; seed <= 100; seed++) {
            const random = randomPlan(seed, false);
            expect(networkDates(random), `seed ${seed}`).toEqual(scheduledDates(random));
        }
    });

    test('a hundred random plans with part days and elapsed time give the scheduler\'s dates', () => {
        for (let seed = 1; seed <= 100; seed++) {
            const random = randomPlan(1000 + seed, true);
            expect(networkDates(random), `seed ${seed}`).toEqual(scheduledDates(random));
        }
    });

    test('the benchmark\'s generated plan of 2,000 tasks gives the scheduler\'s dates, on the working days\' indices and on day numbers', () => {
        const generated = generatePlan(2000);
        expect(networkDates(generated)).toEqual(scheduledDates(generated));
        expect(networkDates(generated, true)).toEqual(scheduledDates(generated));
    });

    test('a hundred random plans in days give the scheduler\'s dates on day numbers too, not only on the working days\' indices', () => {
        for (let seed = 1; seed <= 100; seed++) {
            const random = randomPlan(seed, false);
            expect(networkDates(random, true), `seed ${seed}`).toEqual(scheduledDates(random));
        }
    });

    test('the planned start, finish and milestones are the scheduler\'s, on random plans in days and in part days', () => {
        for (let seed = 1; seed <= 60; seed++) {
            const random = randomPlan(seed, seed % 2 === 0);
            const schedule = schedulePlan(random);
            const analysis = analyseScheduleRisk(random, [], { iterations: 1 });
            const milestones = schedule.items.filter(item => item.kind === 'milestone').map(item => ({ id: item.id, planned: item.finish }));
            expect({ start: analysis.start, finish: analysis.plannedFinish, milestones: analysis.milestones.map(({ id, planned }) => ({ id, planned })) }, `seed ${seed}`)
                .toEqual({ start: schedule.start, finish: schedule.finish, milestones });
        }
    });

    test('every percentile of the finish and of each milestone is its scheduled date, and criticality is 0 or 1 as scheduled', () => {
        const sketch = plan({
            a: { duration: '5d' },
            b: { duration: '3d', after: ['a'] },
            c: { duration: '2d', after: ['a'] },
            done: { after: ['b', 'c'] },
            e: { estimate: ['4d', '4d', '4d'], after: ['done'] },
        }, { holidays: ['2027-01-12'] });
        const schedule = schedulePlan(sketch);
        const analysis = analyseScheduleRisk(sketch, [], { iterations: 50 });
        const same = (date: string) => ({ p10: date, p50: date, p80: date, p90: date });
        expect(analysis.finish).toEqual(same(schedule.finish));
        expect(analysis.plannedFinish).toBe(schedule.finish);
        expect(analysis.plannedFinishProbability).toBe(1);
        expect(analysis.milestones).toEqual([{ id: 'done', name: undefined, planned: '2027-01-14', finish: same('2027-01-14') }]);
        expect(Object.fromEntries(analysis.tasks.map(task => [task.id, task.criticality])))
            .toEqual(Object.fromEntries(schedule.items.map(item => [item.id, item.critical ? 1 : 0])));
        expect(analysis.histogram.bins).toEqual([{ from: schedule.finish, to: schedule.finish, count: 50, cumulative: 1 }]);
    });
});
