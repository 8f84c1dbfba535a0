// Priority rules for the serial scheme (Kolisch 1996; Kolisch and Hartmann 1999): values by which
// work that could be placed next is taken, lower first, all from the network without resources.
// Ties go to MS Project's "standard" order: least total slack, then earliest unlevelled start,
// then the order of the plan.
import type { LevellingNetwork } from './levelling-network.js';

/** Start and finish without resources: the earliest the links allow, and the latest that keeps the finish. */
export interface CriticalPath {
    readonly earlyStart: Int32Array;
    readonly lateStart: Int32Array;
    readonly lateFinish: Int32Array;
    /** The earliest finish of all the work: no levelled plan ends sooner. */
    readonly finish: number;
}

export function criticalPath(network: LevellingNetwork): CriticalPath {
    const { count, movable, duration, line: lines } = network;
    const earlyStart = new Int32Array(count);
    const lateStart = new Int32Array(count);
    const lateFinish = new Int32Array(count);
    let finish = network.fixedFinish;
    for (let a = 0; a < count; a++) {
        if (network.fixed[a]) {
            earlyStart[a] = lateStart[a] = network.fixedStart[a];
            lateFinish[a] = network.fixedEnd[a];
        }
    }
    for (const a of movable) {
        let earliest = network.earliestStart[a];
        for (let l = network.predecessorFrom[a]; l < network.predecessorFrom[a + 1]; l++) {
            earliest = Math.max(earliest, network.predecessorBound[l].earliest.at(earlyStart[network.predecessor[l]]));
        }
        earlyStart[a] = earliest;
        const end = duration[a] > 0 ? lines[a].endFromIndex(lines[a].indexOnOrAfter(earliest), duration[a]) : earliest;
        finish = Math.max(finish, end);
    }
    for (let i = movable.length - 1; i >= 0; i--) {
        const a = movable[i];
        let latest = finish;
        for (let l = network.successorFrom[a]; l < network.successorFrom[a + 1]; l++) {
            latest = Math.min(latest, network.successorBound[l].latest.at(lateStart[network.successor[l]]));
        }
        const d = duration[a];
        if (d === 0) {
            lateStart[a] = lateFinish[a] = Math.max(latest, earlyStart[a]);
            continue;
        }
        const line = lines[a];
        const byLinks = latest < earlyStart[a] ? -Infinity : line.indexOnOrBefore(latest);
        const first = Math.max(line.indexOnOrAfter(earlyStart[a]), Math.min(line.latestStartIndexToEndBy(finish, d), byLinks));
        lateStart[a] = line.at[first];
        lateFinish[a] = line.endFromIndex(first, d);
    }
    return { earlyStart, lateStart, lateFinish, finish };
}

export type PriorityRuleName = 'LFT' | 'LST' | 'MSLK' | 'MTS' | 'GRPW';

export interface PriorityRule {
    readonly name: PriorityRuleName;
    /** Lower values are taken first. */
    readonly value: Float64Array;
}

/** Most total successors needs the transitive closure: beyond this much work it is left out. */
const MOST_SUCCESSORS_LIMIT = 4096;

/**
 * The rules that do best in Kolisch's experiments, latest finish time first (the sampling's
 * guide): latest start, minimum slack, most total successors, greatest rank positional weight.
 */
export function priorityRules(network: LevellingNetwork, path: CriticalPath): PriorityRule[] {
    const { count, duration } = network;
    const rules: PriorityRule[] = [
        { name: 'LFT', value: Float64Array.from(path.lateFinish) },
        { name: 'LST', value: Float64Array.from(path.lateStart) },
        { name: 'MSLK', value: Float64Array.from(path.lateStart, (late, a) => late - path.earlyStart[a]) },
    ];
    if (network.movable.length <= MOST_SUCCESSORS_LIMIT) {
        rules.push({ name: 'MTS', value: mostTotalSuccessors(network) });
    }
    const weight = new Float64Array(count);
    for (const a of network.movable) {
        let sum = duration[a];
        for (let l = network.successorFrom[a]; l < network.successorFrom[a + 1]; l++) {
            sum += duration[network.successor[l]];
        }
        weight[a] = -sum;
    }
    rules.push({ name: 'GRPW', value: weight });
    return rules;
}

/** Negated counts of all work after each activity, through any chain of links. */
function mostTotalSuccessors(network: LevellingNetwork): Float64Array {
    const { count, movable } = network;
    const words = Math.ceil(count / 32);
    const reach = new Uint32Array(count * words);
    const value = new Float64Array(count);
    for (let i = movable.length - 1; i >= 0; i--) {
        const a = movable[i];
        const row = a * words;
        for (let l = network.successorFrom[a]; l < network.successorFrom[a + 1]; l++) {
            const s = network.successor[l];
            reach[row + (s >> 5)] |= 1 << (s & 31);
            const other = s * words;
            for (let w = 0; w < words; w++) {
                reach[row + w] |= reach[other + w];
            }
        }
        let total = 0;
        for (let w = 0; w < words; w++) {
            let bits = reach[row + w];
            while (bits) {
                bits &= bits - 1;
                total++;
            }
        }
        value[a] = -total;
    }
    return value;
}

/**
 * MS Project's "standard" order as ranks, the tie-break of every rule: least total slack first,
 * then earliest unlevelled start, then the order of the plan.
 */
export function standardRank(network: LevellingNetwork, path: CriticalPath): Float64Array {
    const activities = network.problem.activities;
    const order = Array.from({ length: network.count }, (_, a) => a);
    const slack = (a: number) => path.lateStart[a] - path.earlyStart[a];
    order.sort((a, b) => slack(a) - slack(b) || activities[a].unlevelledStart - activities[b].unlevelledStart || a - b);
    const rank = new Float64Array(network.count);
    order.forEach((a, position) => { rank[a] = position; });
    return rank;
}
