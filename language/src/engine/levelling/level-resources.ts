// Resource levelling: the shortest plan found, within a budget of schedules, in which no
// resource is asked for more units than it has on any day; why each delayed activity waits;
// and the resource-aware late starts, from a backward pass over the levelled plan.
//
// The same problem, budget and seed always give the same plan: the budget counts schedules, not
// time. A wall-clock cap (MAX_LEVELLING_MS) guards the editor against a pathological plan only:
// the default budget stays far within it, and when it does cut a search short the plan is still
// levelled, just less well.
import { endOf } from '../work-time.js';
import { delayReasons } from './delay-reasons.js';
import { LevellingNetwork } from './levelling-network.js';
import type { LevelledActivity, LevellingProblem, LevellingResult } from './levelling-problem.js';
import { ScheduleSearch } from './schedule-search.js';
import { emptySchedule, type PlacedSchedule } from './serial-schedule.js';

/** The most schedules the default budget asks for: PSPLIB's j30 is at its optimum or near it by then. */
export const MAX_DEFAULT_SCHEDULES = 5000;
/** The fewest: even the largest plan gets its rules and a few justified samples. */
export const MIN_DEFAULT_SCHEDULES = 30;
/** Activities times schedules in the default budget: a 10,000-activity plan gets 50 schedules. */
const DEFAULT_ACTIVITY_SCHEDULES = 500_000;
/** The safety cap on one levelling's time. */
export const MAX_LEVELLING_MS = 10_000;
const DEFAULT_SEED = 0x5eed;

/** How many schedules levelling tries when the problem does not say: many for small plans, fewer for large ones. */
export function defaultScheduleBudget(activities: number): number {
    return Math.max(MIN_DEFAULT_SCHEDULES, Math.min(MAX_DEFAULT_SCHEDULES, Math.round(DEFAULT_ACTIVITY_SCHEDULES / Math.max(1, activities))));
}

export function levelResources(problem: LevellingProblem): LevellingResult {
    const network = new LevellingNetwork(problem);
    const budget = Math.max(1, Math.floor(problem.schedules ?? defaultScheduleBudget(network.movable.length)));
    const search = new ScheduleSearch(network, budget, problem.seed ?? DEFAULT_SEED, Date.now() + MAX_LEVELLING_MS);
    search.run();
    const schedulesTried = search.schedulesTried;
    const best = search.best;
    const delays = delayReasons(network, search.scheduler, best);
    const late = emptySchedule(network);
    search.justification.rightJustify(best, best.finish, late);
    const activities = problem.activities.map((activity, a): LevelledActivity => {
        if (network.fixed[a]) {
            const start = network.base + network.fixedStart[a];
            return { start, end: network.base + network.fixedEnd[a], lateStart: start };
        }
        const start = network.base + best.start[a];
        const levelled = {
            start,
            end: endOf(activity.calendar, start, network.duration[a]),
            lateStart: network.base + late.start[a],
        };
        return delays[a] ? { ...levelled, delay: delays[a] } : levelled;
    });
    return {
        activities,
        finish: network.count === 0 ? 0 : network.base + best.finish,
        unmet: unmetDemands(network, best),
        schedulesTried,
    };
}

/** Demands no wait can meet, and those of work no room was found for within the search's bound. */
function unmetDemands(network: LevellingNetwork, best: PlacedSchedule): LevellingResult['unmet'] {
    const unmet = [...network.unmet];
    for (const a of network.movable) {
        if (best.unplaceable[a]) {
            for (let q = network.demandFrom[a]; q < network.demandFrom[a + 1]; q++) {
                unmet.push({ activity: a, resource: network.demandResource[q] });
            }
        }
    }
    return unmet.sort((x, y) => x.activity - y.activity || x.resource - y.resource);
}
