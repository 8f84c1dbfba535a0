// One iteration's passes for the common case: a plan all on one calendar in whole days (its points
// the indices of the working days, inWorkingDays) with no work as late as possible. There every
// step of the general passes (network-passes.ts) is an addition or a comparison, and what does not
// vary between iterations is folded in once: each item's earliest start by its start constraints
// and the status date, its finish constraints' bound, links from empty phases dropped, the work
// behind a dependency cycle placed. The loops read typed arrays only and allocate nothing; the
// late dates keep only what predecessors read, and criticality is counted as they are found.
// working-day-passes.test.ts holds the two to the same figures on random plans.
import type { IterationInput, IterationPasses } from './network-passes.js';
import { FF, FS, MEMBER, SF, SS, type RiskNetwork } from './risk-network.js';

/** Bits of each incoming link's code. */
const FROM_START = 1;
const TO_END = 2;
const FROM_PHASE = 4;

/** Whether the network is one these passes take: on working days' indices, nothing as late as possible. */
export function fitsWorkingDayPasses(network: RiskNetwork): boolean {
    return network.onWorkingDays && !network.anyAsLateAsPossible;
}

export class WorkingDayPasses implements IterationPasses {
    readonly earlyStart: Float64Array;
    readonly earlyEnd: Float64Array;
    /** A milestone placed by a finish stands at the end of its day. */
    readonly endOfDay: Uint8Array;
    readonly criticalCount: Int32Array;
    /** The late boundaries predecessors see (before the item's wait); a phase's are its own. */
    private readonly lateStartBeforeWait: Float64Array;
    private readonly lateEndBeforeWait: Float64Array;

    private readonly order: Int32Array;
    private readonly isPhase: Uint8Array;
    /** Work started or finished: placed by its actual dates and progress. */
    private readonly underway: Uint8Array;
    private readonly complete: Uint8Array;
    /** The earliest start before links: the project start, start constraints and, for work not started, the status date. */
    private readonly startFloor: Float64Array;
    /** The latest end boundary of finish constraints (-Infinity without one): work starts its work before it. */
    private readonly finishFloor: Float64Array;
    private readonly actualStart: Float64Array;
    private readonly actualEnd: Float64Array;
    private readonly afterStatus: number;
    private readonly projectStart: number;
    /** Incoming links, those from empty phases left out, coded by FROM_START, TO_END and FROM_PHASE. */
    private readonly inFirst: Int32Array;
    private readonly inNode: Int32Array;
    private readonly inCode: Uint8Array;
    private readonly inLag: Float64Array;
    private readonly outFirst: Int32Array;
    private readonly outNode: Int32Array;
    private readonly outType: Uint8Array;
    private readonly outLag: Float64Array;
    /** The last day and the end of the work behind a cycle, which keeps its first dates. */
    private readonly unorderedLast: number;
    private readonly unorderedEnd: number;

    constructor(network: RiskNetwork) {
        if (!fitsWorkingDayPasses(network)) {
            throw new Error('The passes on working days take a network on one calendar in whole days with no work as late as possible.');
        }
        const n = network.count;
        this.earlyStart = new Float64Array(n);
        this.earlyEnd = new Float64Array(n);
        this.endOfDay = new Uint8Array(n);
        this.criticalCount = new Int32Array(n);
        this.lateStartBeforeWait = new Float64Array(n);
        this.lateEndBeforeWait = new Float64Array(n);
        this.order = network.order;
        this.isPhase = network.isPhase;
        this.complete = network.complete;
        this.underway = Uint8Array.from(network.complete, (complete, i) => complete || network.started[i] ? 1 : 0);
        this.actualStart = network.actualStart;
        this.actualEnd = network.actualEnd;
        this.afterStatus = network.afterStatus;
        this.projectStart = network.projectStart;

        // The general passes apply start constraints and the status date after the links, each
        // taking over (and clearing the end of day) only when later: the same as starting from the latest.
        this.startFloor = Float64Array.from(network.initialStart);
        this.finishFloor = new Float64Array(n).fill(-Infinity);
        for (let i = 0; i < n; i++) {
            for (const constraint of network.constraints[i]) {
                if (constraint.kind === 'start-no-earlier-than' || constraint.kind === 'start-on') {
                    this.startFloor[i] = Math.max(this.startFloor[i], constraint.first);
                } else if (constraint.kind === 'finish-no-earlier-than' || constraint.kind === 'finish-on') {
                    this.finishFloor[i] = Math.max(this.finishFloor[i], constraint.last + 1);
                }
            }
            if (!this.underway[i] && network.tracked[i] && !Number.isNaN(network.afterStatus)) {
                this.startFloor[i] = Math.max(this.startFloor[i], network.afterStatus);
            }
        }

        const incoming = network.incoming;
        const hasMember = (phase: number) => incoming.first[phase + 1] > incoming.first[phase];
        const kept: number[] = [];
        for (let l = 0; l < incoming.node.length; l++) {
            if (!network.isPhase[incoming.node[l]] || hasMember(incoming.node[l])) {
                kept.push(l);
            }
        }
        this.inFirst = new Int32Array(n + 1);
        for (let i = 0, k = 0; i < n; i++) {
            while (k < kept.length && kept[k] < incoming.first[i + 1]) {
                k++;
            }
            this.inFirst[i + 1] = k;
        }
        this.inNode = Int32Array.from(kept, l => incoming.node[l]);
        this.inLag = Float64Array.from(kept, l => incoming.lag[l]);
        this.inCode = Uint8Array.from(kept, l => {
            const type = incoming.type[l];
            return (type === SS || type === SF ? FROM_START : 0) | (type === FF || type === SF ? TO_END : 0) | (network.isPhase[incoming.node[l]] ? FROM_PHASE : 0);
        });
        this.outFirst = network.outgoing.first;
        this.outNode = network.outgoing.node;
        this.outType = network.outgoing.type;
        this.outLag = network.outgoing.lag;

        let unorderedLast = network.projectStart;
        let unorderedEnd = network.projectStart;
        for (const i of network.unordered) {
            this.earlyStart[i] = this.earlyEnd[i] = network.initialStart[i];
            unorderedLast = Math.max(unorderedLast, network.initialStart[i]);
            if (!network.isPhase[i]) {
                unorderedEnd = Math.max(unorderedEnd, network.initialStart[i]);
            }
        }
        this.unorderedLast = unorderedLast;
        this.unorderedEnd = unorderedEnd;
    }

    /** Early dates, then late dates by the links to the iteration's finish; returns the point of the finish's day. */
    run(input: IterationInput): number {
        const { earlyStart, earlyEnd, endOfDay, order, isPhase, underway, startFloor, finishFloor, inFirst, inNode, inCode, inLag } = this;
        const work = input.work;
        const wait = input.wait;
        let finish = this.unorderedLast;
        let projectEnd = this.unorderedEnd;
        for (let k = 0; k < order.length; k++) {
            const i = order[k];
            if (isPhase[i]) {
                this.placePhase(i);
                continue;
            }
            const units = work[i];
            let start = startFloor[i];
            const bound = finishFloor[i];
            if (bound !== -Infinity) {
                const allowed = units > 0 ? bound - units : bound;
                if (allowed > start) {
                    start = allowed;
                }
            }
            let driven = false;
            let atEndOfDay = 0;
            for (let l = inFirst[i]; l < inFirst[i + 1]; l++) {
                const from = inNode[l];
                const code = inCode[l];
                const lag = inLag[l];
                let candidate = ((code & FROM_START) !== 0 ? earlyStart[from] : earlyEnd[from]) + lag;
                if ((code & TO_END) !== 0 && units > 0) {
                    candidate -= units;
                }
                // The first predecessor to reach the earliest start still counts as driving it.
                if (candidate > start || (candidate === start && !driven)) {
                    start = candidate;
                    driven = true;
                    const fromMilestoneAtStartOfDay = (code & FROM_PHASE) === 0 && earlyEnd[from] === earlyStart[from] && endOfDay[from] === 0;
                    atEndOfDay = (code & FROM_START) === 0 && !(fromMilestoneAtStartOfDay && lag <= 0) ? 1 : 0;
                }
            }
            let end: number;
            if (underway[i]) {
                end = this.placeUnderway(i, start, atEndOfDay, units, input.remaining[i]);
            } else {
                const waited = wait[i];
                if (waited > 0) {
                    // A milestone waited for stands at the end of the working time it waited.
                    start += waited;
                    atEndOfDay = units > 0 ? 0 : 1;
                }
                end = units > 0 ? start + units : start;
                earlyStart[i] = start;
                earlyEnd[i] = end;
                endOfDay[i] = atEndOfDay;
            }
            const last = end > earlyStart[i] ? end - 1 : end - endOfDay[i];
            if (last > finish) {
                finish = last;
            }
            if (end > projectEnd) {
                projectEnd = end;
            }
        }
        this.backward(wait, projectEnd);
        return finish;
    }

    /** The point of the working day on which an item is shown to finish. */
    lastDay(i: number): number {
        const end = this.earlyEnd[i];
        return end > this.earlyStart[i] ? end - 1 : end - this.endOfDay[i];
    }

    /** A phase spans its work: its latest member start and end. */
    private placePhase(i: number): void {
        const { earlyStart, earlyEnd, inFirst, inNode } = this;
        const firstLink = inFirst[i];
        if (firstLink === inFirst[i + 1]) {
            // No work in it: the project start, and links from it are dropped.
            earlyStart[i] = earlyEnd[i] = this.projectStart;
            this.endOfDay[i] = 0;
            return;
        }
        let start = earlyStart[inNode[firstLink]];
        let end = earlyEnd[inNode[firstLink]];
        for (let l = firstLink + 1; l < inFirst[i + 1]; l++) {
            const from = inNode[l];
            if (earlyStart[from] > start) {
                start = earlyStart[from];
            }
            if (earlyEnd[from] > end) {
                end = earlyEnd[from];
            }
        }
        earlyStart[i] = start;
        earlyEnd[i] = end;
        this.endOfDay[i] = 0;
    }

    /** Work started or finished: its actual start, and what is left resumed after the status date. Returns its end. */
    private placeUnderway(i: number, linkedStart: number, linkedEndOfDay: number, units: number, left: number): number {
        let start = linkedStart;
        let atEndOfDay = linkedEndOfDay;
        const actual = this.actualStart[i];
        if (!Number.isNaN(actual)) {
            start = actual;
            atEndOfDay = 0;
        }
        let end = units > 0 ? start + units : start;
        if (this.complete[i] && !Number.isNaN(this.actualEnd[i])) {
            end = this.actualEnd[i];
            if (units === 0) {
                start = end;
                atEndOfDay = 1;
            }
        } else if (!this.complete[i] && !Number.isNaN(this.afterStatus)) {
            const resumed = left > 0 ? this.afterStatus + left : this.afterStatus;
            end = Math.max(end, resumed);
        }
        end = Math.max(end, start);
        this.earlyStart[i] = start;
        this.earlyEnd[i] = end;
        this.endOfDay[i] = atEndOfDay;
        return end;
    }

    /** Late dates by the links alone to the project's end, counting the work with no float. */
    private backward(wait: Float64Array, projectEnd: number): void {
        const { earlyStart, earlyEnd, order, isPhase, complete, outFirst, outNode, outType, outLag, lateStartBeforeWait, lateEndBeforeWait, criticalCount } = this;
        for (let k = order.length - 1; k >= 0; k--) {
            const i = order[k];
            if (isPhase[i]) {
                let lateStart = Infinity;
                let lateEnd = Infinity;
                for (let l = outFirst[i]; l < outFirst[i + 1]; l++) {
                    const to = outNode[l];
                    const type = outType[l];
                    if (type === FS || type === FF) {
                        lateEnd = Math.min(lateEnd, (type === FS ? lateStartBeforeWait[to] : lateEndBeforeWait[to]) - outLag[l]);
                    } else {
                        lateStart = Math.min(lateStart, (type === SS ? lateStartBeforeWait[to] : lateEndBeforeWait[to]) - outLag[l]);
                    }
                }
                lateStartBeforeWait[i] = lateStart;
                lateEndBeforeWait[i] = lateEnd;
                continue;
            }
            if (complete[i]) {
                // Finished work is never critical.
                lateStartBeforeWait[i] = earlyStart[i];
                lateEndBeforeWait[i] = earlyEnd[i];
                continue;
            }
            const span = earlyEnd[i] - earlyStart[i];
            let end = projectEnd;
            for (let l = outFirst[i]; l < outFirst[i + 1]; l++) {
                const to = outNode[l];
                const type = outType[l];
                let bound: number;
                if (type === MEMBER) {
                    // A phase's late end bounds the end, its late start the start.
                    if (lateEndBeforeWait[to] < end) {
                        end = lateEndBeforeWait[to];
                    }
                    bound = span > 0 ? lateStartBeforeWait[to] + span : lateStartBeforeWait[to];
                } else if (type === FS) {
                    bound = lateStartBeforeWait[to] - outLag[l];
                } else if (type === FF) {
                    bound = lateEndBeforeWait[to] - outLag[l];
                } else {
                    bound = (type === SS ? lateStartBeforeWait[to] : lateEndBeforeWait[to]) - outLag[l];
                    if (span > 0) {
                        bound += span;
                    }
                }
                if (bound < end) {
                    end = bound;
                }
            }
            // No float by the links to this iteration's finish: on its critical path.
            if (end <= earlyEnd[i]) {
                criticalCount[i]++;
            }
            const waited = wait[i];
            lateStartBeforeWait[i] = (span > 0 ? end - span : end) - waited;
            lateEndBeforeWait[i] = end - waited;
        }
    }
}
