import { describe, expect, test } from 'vitest';
import { parseWorkingSpan } from '../../../language/src/engine/durations.js';
import type { ConstraintKind, DependencyType, PlanInput, PlanItemInput } from '../../../language/src/engine/plan-model.js';
import { analyseScheduleRisk } from '../../../language/src/engine/schedule-risk/monte-carlo.js';
import { NetworkPasses } from '../../../language/src/engine/schedule-risk/network-passes.js';
import { inWorkingDays, riskNetworkOf } from '../../../language/src/engine/schedule-risk/risk-network.js';
import { schedulePlan } from '../../../language/src/engine/scheduler.js';
import { isoDateOfDayNumber } from '../../../language/src/engine/calendar-dates.js';
import { generatePlan } from '../../../bench/generate-plan.js';
import { Random } from '../../support/seeded-random.js';
import { calendar, plan } from '../plan-builder.js';

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

const SPANS = ['1d', '2d', '3d', '5d', '8d', '2w', '4h', '1.5d', '2ed'];
const LAGS = ['+1d', '+2d', '-1d', '+3ed', '+4h'];
const CONSTRAINTS: ConstraintKind[] = ['start-no-earlier-than', 'finish-no-earlier-than', 'finish-no-later-than', 'start-no-later-than', 'start-on', 'finish-on'];
const TYPES: DependencyType[] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

/**
 * A random plan of everything the scheduler honours: links of every type with lags and leads
 * (elapsed too), phases with links of their own, milestones, constraints, deadlines, task
 * calendars, work as late as possible, and progress against a status date; part days when `hours`.
 */
function randomPlan(seed: number, hours: boolean): PlanInput {
    const random = new Random(seed);
    const items: PlanItemInput[] = [];
    const ids: string[] = [];
    const day = (offset: number) => isoDateOfDayNumber(19726 + offset);
    for (let k = 0; k < 40; k++) {
        if (k % 10 === 0) {
            const phase = `p${k / 10}`;
            items.push({
                id: phase, kind: 'phase', dependencies: k > 0 && random.chance(0.5) ? [{ predecessor: random.pick(ids), type: 'FS' }] : [],
                constraints: random.chance(0.2) ? [{ kind: 'start-no-earlier-than', date: day(random.between(0, 30)) }] : [],
            });
        }
        const id = `t${k}`;
        const milestone = random.chance(0.15);
        const spans = hours ? SPANS : SPANS.filter(span => !span.endsWith('h') && !span.includes('.') && !span.endsWith('ed'));
        const dependencies = ids.length === 0 ? [] : Array.from({ length: random.between(0, 2) }, () => {
            const lags = hours ? LAGS : LAGS.filter(lag => !lag.endsWith('h'));
            return { predecessor: random.pick(ids), type: random.pick(TYPES), lag: random.chance(0.3) ? parseWorkingSpan(random.pick(lags)) : undefined };
        });
        const progress = random.chance(0.3) ? random.pick([0, 25, 50, 100]) : undefined;
        items.push({
            id, kind: milestone ? 'milestone' : 'task', phase: `p${Math.floor(k / 10)}`,
            duration: milestone ? undefined : parseWorkingSpan(random.pick(spans)),
            dependencies,
            constraints: random.chance(0.15) ? [{ kind: random.pick(CONSTRAINTS), date: day(random.between(0, 60)) }] : [],
            progress,
            actualStart: progress !== undefined && progress > 0 && random.chance(0.5) ? day(random.between(0, 5)) : undefined,
            actualFinish: progress === 100 && random.chance(0.5) ? day(random.between(6, 10)) : undefined,
            calendar: random.chance(0.1) ? calendar(['mon', 'tue', 'wed', 'thu']) : undefined,
            schedule: random.chance(0.1) ? 'alap' : undefined,
            deadline: random.chance(0.1) ? day(random.between(10, 60)) : undefined,
        });
        ids.push(id);
    }
    return {
        id: 'random', start: '2027-01-04', status: random.chance(0.7) ? '2027-01-20' : undefined, deadline: random.chance(0.5) ? '2027-03-01' : undefined,
        calendar: { workdays: [], holidays: [{ from: '2027-01-18' }, { from: '2027-02-15', to: '2027-02-16' }] }, items,
    };
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
