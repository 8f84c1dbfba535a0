// One iteration's passes for the common case: a plan all on one calendar in whole days (its points
// the indices of the working days, inWorkingDays) with no work as late as possible. There every
// step of the general passes (network-passes.ts) is an addition or a comparison of whole numbers,
// and what does not vary between iterations is folded in once: each item's earliest start by its
// start constraints and the status date, its finish constraints' bound, links from empty phases
// dropped, the work behind a dependency cycle placed, and a phase that no link leaves left alone
// (its dates bound nothing: links to it from its work are dropped). The items are renumbered in topological
// order and each link is three numbers in a row (its other end, its type, its lag), so that both
// passes read memory front to back; the loops allocate nothing, the late dates keep only what
// predecessors read, and criticality is counted as they are found.
// working-day-passes.test.ts holds the two passes to the same figures on random plans.
import type { IterationInput, IterationPasses } from './network-passes.js';
import { FF, FS, MEMBER, SF, SS, type RiskNetwork } from './risk-network.js';

/** Bits of each incoming link's code. */
const FROM_START = 1;
const TO_END = 2;
const FROM_PHASE = 4;

/** Kinds of phase. */
const PHASE = 1;
const IDLE_PHASE = 2;

/** Beyond any working day's index: no bound (Infinity in the general passes). */
const UNBOUNDED = 2 ** 30;

/**
 * Whether the network is one these passes take: on working days' indices, nothing as late as
 * possible, and every lag and planned duration a whole number of days (as a plan in days has them).
 */
export function fitsWorkingDayPasses(network: RiskNetwork): boolean {
    return network.onWorkingDays && !network.anyAsLateAsPossible
        && network.incoming.lag.every(Number.isInteger) && network.work.every(Number.isInteger) && network.remaining.every(Number.isInteger);
}

export class WorkingDayPasses implements IterationPasses {
    /** Iterations in which each item (by its index in the plan) was on the critical path. */
    readonly criticalCount: Int32Array;

    // Everything below is by position in the topological order, unless it says otherwise.
    private readonly itemAt: Int32Array;
    /** Each item's position; -1 for items left out of the order. */
    private readonly positionOf: Int32Array;
    /** PHASE for a phase that links leave, IDLE_PHASE for one that none leaves, 0 for work. */
    private readonly isPhase: Uint8Array;
    /** The waits of the iteration, gathered by the forward pass for the backward one. */
    private readonly waitAt: Int32Array;
    /** Work started or finished: placed by its actual dates and progress. */
    private readonly underway: Uint8Array;
    private readonly complete: Uint8Array;
    /** The earliest start before links: the project start, start constraints and, for work not started, the status date. */
    private readonly startFloor: Int32Array;
    /** The latest end boundary of finish constraints (-UNBOUNDED without one): work starts its work before it. */
    private readonly finishFloor: Int32Array;
    /** Incoming links as (predecessor's position, code of FROM_START, TO_END and FROM_PHASE, lag), from empty phases left out. */
    private readonly inFirst: Int32Array;
    private readonly inLinks: Int32Array;
    /** Outgoing links as (successor's position, type, lag). */
    private readonly outFirst: Int32Array;
    private readonly outLinks: Int32Array;
    private readonly earlyStart: Int32Array;
    private readonly earlyEnd: Int32Array;
    /** A milestone placed by a finish stands at the end of its day. */
    private readonly endOfDay: Uint8Array;
    /** The late boundaries predecessors see (before the item's wait); a phase's are its own. */
    private readonly lateStartBeforeWait: Int32Array;
    private readonly lateEndBeforeWait: Int32Array;

    /** By item: actual dates, and the first dates of items left out of the order. */
    private readonly actualStart: Float64Array;
    private readonly actualEnd: Float64Array;
    private readonly fixedStart: Float64Array;
    private readonly afterStatus: number;
    private readonly projectStart: number;
    /** The last day and the end of the work behind a cycle, which keeps its first dates. */
    /** The plan's own items: the first nodes. */
    private readonly itemCount: number;
    private readonly unorderedLast: number;
    private readonly unorderedEnd: number;

    constructor(network: RiskNetwork) {
        if (!fitsWorkingDayPasses(network)) {
            throw new Error('The passes on working days take a network on one calendar in whole days with no work as late as possible.');
        }
        const n = network.count;
        const order = network.order;
        const m = order.length;
        this.criticalCount = new Int32Array(n);
        this.itemAt = Int32Array.from(order);
        this.positionOf = new Int32Array(n).fill(-1);
        order.forEach((i, p) => this.positionOf[i] = p);
        const byPosition = <T>(read: (i: number) => T) => Array.from(order, read);
        const linksLeave = (i: number) => network.outgoing.first[i + 1] > network.outgoing.first[i];
        this.isPhase = Uint8Array.from(byPosition(i => network.isPhase[i] ? (linksLeave(i) ? PHASE : IDLE_PHASE) : 0));
        this.waitAt = new Int32Array(m);
        this.complete = Uint8Array.from(byPosition(i => network.complete[i]));
        this.underway = Uint8Array.from(byPosition(i => network.complete[i] || network.started[i] ? 1 : 0));
        this.earlyStart = new Int32Array(m);
        this.earlyEnd = new Int32Array(m);
        this.endOfDay = new Uint8Array(m);
        this.lateStartBeforeWait = new Int32Array(m);
        this.lateEndBeforeWait = new Int32Array(m);
        // A phase that no link leaves has no late bounds.
        this.isPhase.forEach((kind, p) => {
            if (kind === IDLE_PHASE) {
                this.lateStartBeforeWait[p] = this.lateEndBeforeWait[p] = UNBOUNDED;
            }
        });
        this.actualStart = network.actualStart;
        this.actualEnd = network.actualEnd;
        this.afterStatus = network.afterStatus;
        this.projectStart = network.projectStart;

        // The general passes apply start constraints and the status date after the links, each
        // taking over (and clearing the end of day) only when later: the same as starting from the latest.
        this.startFloor = Int32Array.from(byPosition(i => {
            let floor = network.initialStart[i];
            for (const constraint of network.constraints[i]) {
                if (constraint.kind === 'start-no-earlier-than' || constraint.kind === 'start-on') {
                    floor = Math.max(floor, constraint.first);
                }
            }
            const notStarted = !network.complete[i] && !network.started[i];
            return notStarted && network.tracked[i] && !Number.isNaN(network.afterStatus) ? Math.max(floor, network.afterStatus) : floor;
        }));
        this.finishFloor = Int32Array.from(byPosition(i => network.constraints[i].reduce((floor, constraint) =>
            constraint.kind === 'finish-no-earlier-than' || constraint.kind === 'finish-on' ? Math.max(floor, constraint.last + 1) : floor, -UNBOUNDED)));

        const incoming = network.incoming;
        const hasMember = (phase: number) => incoming.first[phase + 1] > incoming.first[phase];
        this.inFirst = new Int32Array(m + 1);
        const inLinks: number[] = [];
        order.forEach((i, p) => {
            for (let l = incoming.first[i]; l < incoming.first[i + 1]; l++) {
                const from = incoming.node[l];
                const type = incoming.type[l];
                if (network.isPhase[from] && !hasMember(from)) {
                    continue;
                }
                const code = (type === SS || type === SF ? FROM_START : 0) | (type === FF || type === SF ? TO_END : 0) | (network.isPhase[from] ? FROM_PHASE : 0);
                inLinks.push(this.positionOf[from], code, incoming.lag[l]);
            }
            this.inFirst[p + 1] = inLinks.length;
        });
        this.inLinks = Int32Array.from(inLinks);
        const outgoing = network.outgoing;
        this.outFirst = new Int32Array(m + 1);
        const outLinks: number[] = [];
        order.forEach((i, p) => {
            for (let l = outgoing.first[i]; l < outgoing.first[i + 1]; l++) {
                if (outgoing.type[l] === MEMBER && !linksLeave(outgoing.node[l])) {
                    continue;
                }
                outLinks.push(this.positionOf[outgoing.node[l]], outgoing.type[l], outgoing.lag[l]);
            }
            this.outFirst[p + 1] = outLinks.length;
        });
        this.outLinks = Int32Array.from(outLinks);

        this.fixedStart = new Float64Array(n);
        let unorderedLast = network.projectStart;
        let unorderedEnd = network.projectStart;
        for (const i of network.unordered) {
            this.fixedStart[i] = network.initialStart[i];
            unorderedLast = Math.max(unorderedLast, network.initialStart[i]);
            if (!network.isPhase[i]) {
                unorderedEnd = Math.max(unorderedEnd, network.initialStart[i]);
            }
        }
        this.itemCount = network.itemCount;
        this.unorderedLast = unorderedLast;
        this.unorderedEnd = unorderedEnd;
    }

    /**
     * Early dates, then late dates by the links to the iteration's finish; returns the point of the
     * finish's day. The work, work left and waits are whole units, as the Monte Carlo loop rounds them.
     */
    run(input: IterationInput, countCritical = true): number {
        const { earlyStart, earlyEnd, endOfDay, itemAt, isPhase, waitAt, underway, startFloor, finishFloor, inFirst, inLinks } = this;
        const work = input.work;
        const wait = input.wait;
        const m = itemAt.length;
        const itemCount = this.itemCount;
        let finish = this.unorderedLast;
        let projectEnd = this.unorderedEnd;
        for (let p = 0; p < m; p++) {
            if (isPhase[p] !== 0) {
                if (isPhase[p] === PHASE) {
                    this.placePhase(p);
                }
                continue;
            }
            const i = itemAt[p];
            const units = work[i];
            let start = startFloor[p];
            const bound = finishFloor[p];
            if (bound !== -UNBOUNDED) {
                const allowed = units > 0 ? bound - units : bound;
                if (allowed > start) {
                    start = allowed;
                }
            }
            // The link that drives the start, if any: the first predecessor to reach the earliest start still counts.
            let driving = -1;
            for (let l = inFirst[p]; l < inFirst[p + 1]; l += 3) {
                const from = inLinks[l];
                let candidate = ((inLinks[l + 1] & FROM_START) !== 0 ? earlyStart[from] : earlyEnd[from]) + inLinks[l + 2];
                if ((inLinks[l + 1] & TO_END) !== 0 && units > 0) {
                    candidate -= units;
                }
                if (candidate > start || (candidate === start && driving === -1)) {
                    start = candidate;
                    driving = l;
                }
            }
            // A start driven by a finish is at the end of that day, unless it follows a milestone at the start of its day.
            let atEndOfDay = 0;
            if (driving !== -1 && (inLinks[driving + 1] & FROM_START) === 0) {
                const from = inLinks[driving];
                const fromMilestoneAtStartOfDay = (inLinks[driving + 1] & FROM_PHASE) === 0 && earlyEnd[from] === earlyStart[from] && endOfDay[from] === 0;
                atEndOfDay = fromMilestoneAtStartOfDay && inLinks[driving + 2] <= 0 ? 0 : 1;
            }
            const waited = wait[i];
            waitAt[p] = waited;
            if (underway[p] === 1) {
                this.placeUnderway(p, i, start, atEndOfDay, units, input.remaining[i]);
            } else {
                if (waited > 0) {
                    // A milestone waited for stands at the end of the working time it waited.
                    start += waited;
                    atEndOfDay = units > 0 ? 0 : 1;
                }
                earlyStart[p] = start;
                earlyEnd[p] = units > 0 ? start + units : start;
                endOfDay[p] = atEndOfDay;
            }
            if (i >= itemCount) {
                // Work of another plan is no part of this one's finish.
                continue;
            }
            const end = earlyEnd[p];
            const last = end > earlyStart[p] ? end - 1 : end - endOfDay[p];
            if (last > finish) {
                finish = last;
            }
            if (end > projectEnd) {
                projectEnd = end;
            }
        }
        if (countCritical) {
            this.backward(projectEnd);
        }
        return finish;
    }

    /** The point of the working day on which an item is shown to finish. */
    lastDay(i: number): number {
        const p = this.positionOf[i];
        if (p === -1) {
            return this.fixedStart[i];
        }
        const end = this.earlyEnd[p];
        return end > this.earlyStart[p] ? end - 1 : end - this.endOfDay[p];
    }

    /** The item's early start and end in the last iteration (a phase's only where links leave it). */
    startOf(i: number): number {
        const p = this.positionOf[i];
        return p === -1 ? this.fixedStart[i] : this.earlyStart[p];
    }

    endOf(i: number): number {
        const p = this.positionOf[i];
        return p === -1 ? this.fixedStart[i] : this.earlyEnd[p];
    }

    /** A phase spans its work: its latest member start and end. */
    private placePhase(p: number): void {
        const { earlyStart, earlyEnd, inFirst, inLinks } = this;
        const first = inFirst[p];
        if (first === inFirst[p + 1]) {
            // No work in it: the project start, and links from it are dropped.
            earlyStart[p] = earlyEnd[p] = this.projectStart;
            this.endOfDay[p] = 0;
            return;
        }
        let start = earlyStart[inLinks[first]];
        let end = earlyEnd[inLinks[first]];
        for (let l = first + 3; l < inFirst[p + 1]; l += 3) {
            const from = inLinks[l];
            if (earlyStart[from] > start) {
                start = earlyStart[from];
            }
            if (earlyEnd[from] > end) {
                end = earlyEnd[from];
            }
        }
        earlyStart[p] = start;
        earlyEnd[p] = end;
        this.endOfDay[p] = 0;
    }

    /** Work started or finished: its actual start, and what is left resumed after the status date. */
    private placeUnderway(p: number, i: number, linkedStart: number, linkedEndOfDay: number, units: number, left: number): void {
        let start = linkedStart;
        let atEndOfDay = linkedEndOfDay;
        const actual = this.actualStart[i];
        if (!Number.isNaN(actual)) {
            start = actual;
            atEndOfDay = 0;
        }
        let end = units > 0 ? start + units : start;
        if (this.complete[p] && !Number.isNaN(this.actualEnd[i])) {
            end = this.actualEnd[i];
            if (units === 0) {
                start = end;
                atEndOfDay = 1;
            }
        } else if (!this.complete[p] && !Number.isNaN(this.afterStatus)) {
            end = Math.max(end, left > 0 ? this.afterStatus + left : this.afterStatus);
        }
        this.earlyStart[p] = start;
        this.earlyEnd[p] = Math.max(end, start);
        this.endOfDay[p] = atEndOfDay;
    }

    /** Late dates by the links alone to the project's end, counting the work with no float. */
    private backward(projectEnd: number): void {
        const { earlyStart, earlyEnd, itemAt, isPhase, waitAt, complete, outFirst, outLinks, lateStartBeforeWait, lateEndBeforeWait, criticalCount } = this;
        for (let p = itemAt.length - 1; p >= 0; p--) {
            if (isPhase[p] === IDLE_PHASE) {
                continue;
            }
            if (isPhase[p] === PHASE) {
                let lateStart = UNBOUNDED;
                let lateEnd = UNBOUNDED;
                for (let l = outFirst[p]; l < outFirst[p + 1]; l += 3) {
                    const to = outLinks[l];
                    const type = outLinks[l + 1];
                    const bound = (type === FS || type === SS ? lateStartBeforeWait[to] : lateEndBeforeWait[to]) - outLinks[l + 2];
                    if (type === FS || type === FF) {
                        lateEnd = Math.min(lateEnd, bound);
                    } else {
                        lateStart = Math.min(lateStart, bound);
                    }
                }
                lateStartBeforeWait[p] = lateStart;
                lateEndBeforeWait[p] = lateEnd;
                continue;
            }
            if (complete[p] === 1) {
                // Finished work is never critical.
                lateStartBeforeWait[p] = earlyStart[p];
                lateEndBeforeWait[p] = earlyEnd[p];
                continue;
            }
            const span = earlyEnd[p] - earlyStart[p];
            let end = projectEnd;
            for (let l = outFirst[p]; l < outFirst[p + 1]; l += 3) {
                const to = outLinks[l];
                const type = outLinks[l + 1];
                let bound: number;
                if (type === FS) {
                    bound = lateStartBeforeWait[to] - outLinks[l + 2];
                } else if (type === MEMBER) {
                    // A phase's late end bounds the end, its late start the start.
                    if (lateEndBeforeWait[to] < end) {
                        end = lateEndBeforeWait[to];
                    }
                    bound = span > 0 ? lateStartBeforeWait[to] + span : lateStartBeforeWait[to];
                } else if (type === FF) {
                    bound = lateEndBeforeWait[to] - outLinks[l + 2];
                } else {
                    bound = (type === SS ? lateStartBeforeWait[to] : lateEndBeforeWait[to]) - outLinks[l + 2];
                    if (span > 0) {
                        bound += span;
                    }
                }
                if (bound < end) {
                    end = bound;
                }
            }
            // No float by the links to this iteration's finish: on its critical path.
            if (end <= earlyEnd[p]) {
                criticalCount[itemAt[p]]++;
            }
            const waited = waitAt[p];
            lateStartBeforeWait[p] = (span > 0 ? end - span : end) - waited;
            lateEndBeforeWait[p] = end - waited;
        }
    }
}
