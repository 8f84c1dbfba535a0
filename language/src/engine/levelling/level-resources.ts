// Resource levelling: the shortest plan found, within a budget of schedules, in which no
// resource is asked for more units than it has on any day (Kolisch and Hartmann's survey of
// heuristics for the resource-constrained project scheduling problem, 2006, for the methods).
//
// 1. Each priority rule's list through the serial scheme, each result justified (forward-backward
//    improvement); then regret-based biased random sampling on the latest-finish rule, each
//    sample justified, until the budget is spent or a schedule reaches a finish no plan can beat.
// 2. Priority dominates every list: work that could be placed next is taken highest priority
//    first, and the rules and the sampling only order work of equal priority; so lower priorities
//    wait first. Work of priority 1000 and started work stay where they are.
// 3. The best schedule's delays are explained, and a backward pass over it gives the
//    resource-aware late starts.
//
// The same problem, budget and seed always give the same plan: the budget counts schedules, not
// time. A wall-clock cap guards the editor against a pathological plan only; the default budget
// stays well within it.
import { endOf } from '../work-time.js';
import { ActivityOrder } from './activity-order.js';
import { delayReasons } from './delay-reasons.js';
import { isBetter, Justification } from './justification.js';
import { LevellingNetwork } from './levelling-network.js';
import type { LevelledActivity, LevellingProblem, LevellingResult } from './levelling-problem.js';
import { finishLowerBound } from './lower-bound.js';
import { criticalPath, priorityRules, standardRank } from './priority-rules.js';
import { RegretSampler } from './sampling.js';
import { seededRandom } from './seeded-random.js';
import { copySchedule, emptySchedule, SerialScheduler } from './serial-schedule.js';

/** The most schedules the default budget asks for: PSPLIB's j30 is at its optimum or near it by then. */
export const MAX_DEFAULT_SCHEDULES = 5000;
/** The fewest: even the largest plan gets its rules and a few justified samples. */
export const MIN_DEFAULT_SCHEDULES = 30;
/** Activities times schedules in the default budget: a 10,000-activity plan gets 50 schedules. */
const DEFAULT_ACTIVITY_SCHEDULES = 500_000;
/** The safety cap: a plan this slow to level stops with the best schedule found so far. */
export const MAX_LEVELLING_MS = 10_000;
const DEFAULT_SEED = 0x5eed;

/** How many schedules levelling tries when the problem does not say: many for small plans, fewer for large ones. */
export function defaultScheduleBudget(activities: number): number {
    return Math.max(MIN_DEFAULT_SCHEDULES, Math.min(MAX_DEFAULT_SCHEDULES, Math.round(DEFAULT_ACTIVITY_SCHEDULES / Math.max(1, activities))));
}

export function levelResources(problem: LevellingProblem): LevellingResult {
    const network = new LevellingNetwork(problem);
    const budget = Math.max(1, Math.floor(problem.schedules ?? defaultScheduleBudget(network.movable.length)));
    const stopAt = Date.now() + MAX_LEVELLING_MS;
    const scheduler = new SerialScheduler(network);
    const order = new ActivityOrder(network);
    const path = criticalPath(network);
    const rank = standardRank(network, path);
    const rules = priorityRules(network, path);
    const justification = new Justification(network, scheduler, order, rank);
    const sampler = new RegretSampler(network, seededRandom(problem.seed ?? DEFAULT_SEED));
    const unbeatable = finishLowerBound(network, path);

    const list = new Int32Array(network.movable.length);
    const best = emptySchedule(network);
    const candidate = emptySchedule(network);
    let found = false;
    const mayGenerate = (schedules: number) => scheduler.generated + schedules <= budget && Date.now() < stopAt;
    const done = () => found && best.finish <= unbeatable;
    const consider = () => {
        justification.improve(candidate, mayGenerate);
        if (!found || isBetter(candidate, best, network)) {
            copySchedule(candidate, best);
            found = true;
        }
    };

    for (const rule of rules) {
        if (done() || (found && !mayGenerate(1))) {
            break;
        }
        scheduler.forward(order.forward(rule.value, rank, list), candidate);
        consider();
    }
    const guide = rules[0].value;
    while (!done() && mayGenerate(1)) {
        scheduler.forward(sampler.list(guide, list), candidate);
        consider();
    }
    const schedulesTried = scheduler.generated;

    const delays = delayReasons(network, scheduler, best);
    justification.rightJustify(best, best.finish, candidate);
    const activities = problem.activities.map((activity, a): LevelledActivity => {
        if (network.fixed[a]) {
            const start = network.base + network.fixedStart[a];
            return { start, end: network.base + network.fixedEnd[a], lateStart: start };
        }
        const start = network.base + best.start[a];
        const levelled = {
            start,
            end: endOf(activity.calendar, start, network.duration[a]),
            lateStart: network.base + candidate.start[a],
        };
        return delays[a] ? { ...levelled, delay: delays[a] } : levelled;
    });
    return {
        activities,
        finish: network.count === 0 ? 0 : network.base + best.finish,
        unmet: unmetDemands(network, best.unplaceable),
        schedulesTried,
    };
}

/** Demands no wait can meet, and those of work no room was found for within the search's bound. */
function unmetDemands(network: LevellingNetwork, unplaceable: Uint8Array): LevellingResult['unmet'] {
    const unmet = [...network.unmet];
    for (const a of network.movable) {
        if (unplaceable[a]) {
            for (let q = network.checkFrom[a]; q < network.checkFrom[a + 1]; q++) {
                unmet.push({ activity: a, resource: network.checkResource[q] });
            }
        }
    }
    return unmet.sort((x, y) => x.activity - y.activity || x.resource - y.resource);
}
