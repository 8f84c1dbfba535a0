// One iteration's forward and backward passes over the network's arrays: the scheduler's passes
// (scheduler.ts) step for step, with the same work-time.ts arithmetic, for durations, work left and
// waits that change between iterations. Levelling is not run; the early dates are the plan's logic.
import {
    afterLag, beforeLag, earliestStartToEndBy, endOf, latestEndBy, latestStartToEndBy, startOnOrAfter,
    workingDayOnOrBefore, workingDaysBetween,
} from '../work-time.js';
import type { WorkingLine } from '../working-line.js';
import { FF, FS, MEMBER, SF, SS, type ConstraintAnchor, type RiskNetwork } from './risk-network.js';

/** What varies between iterations, in units of each item's line. */
export interface IterationInput {
    readonly work: Float64Array;
    readonly remaining: Float64Array;
    /** Working units an item waits after its links and constraints allow it to start (a risk on a milestone or phase). */
    readonly wait: Float64Array;
}

/** An iteration's passes, as the Monte Carlo loop runs them: this general one, or one for a common case. */
export interface IterationPasses {
    /** Iterations in which each item was on the critical path, counted by every run. */
    readonly criticalCount: Int32Array;
    /**
     * Schedules the iteration; returns the point of the project's finish day. Without
     * `countCritical` the backward pass is left out where the dates do not need it.
     */
    run(input: IterationInput, countCritical?: boolean): number;
    /** The point of the working day on which an item is shown to finish. */
    lastDay(i: number): number;
}

export class NetworkPasses implements IterationPasses {
    readonly earlyStart: Float64Array;
    readonly earlyEnd: Float64Array;
    /** A milestone placed by a finish stands at the end of its day. */
    readonly endOfDay: Uint8Array;
    readonly lateStart: Float64Array;
    readonly lateEnd: Float64Array;
    /** A phase with work in it: an empty phase constrains nothing. */
    private readonly hasMember: Uint8Array;
    /** The late boundaries predecessors see: before the item's wait. */
    private readonly lateStartBeforeWait: Float64Array;
    private readonly lateEndBeforeWait: Float64Array;
    /** Where work as late as possible is placed; NaN for other work. */
    private readonly alapStart: Float64Array;
    /** Iterations in which each item was on the critical path, counted by every run. */
    readonly criticalCount: Int32Array;
    /** The point of the last working day of the latest work: the project's finish. */
    private finishPoint = 0;

    constructor(private readonly network: RiskNetwork) {
        const n = network.count;
        this.earlyStart = new Float64Array(n);
        this.earlyEnd = new Float64Array(n);
        this.endOfDay = new Uint8Array(n);
        this.lateStart = new Float64Array(n);
        this.lateEnd = new Float64Array(n);
        this.hasMember = new Uint8Array(n);
        this.lateStartBeforeWait = new Float64Array(n);
        this.lateEndBeforeWait = new Float64Array(n);
        this.alapStart = new Float64Array(n).fill(NaN);
        this.criticalCount = new Int32Array(n);
    }

    /**
     * Early dates, then late dates by the links alone to the iteration's own finish (counting the
     * work on the critical path), then, where the plan has work as late as possible, the
     * scheduler's placement of it (late dates with the deadlines and constraints) and early dates
     * again; the critical path stays that of the early dates before, as the scheduler's floats of
     * such work count from where it could have ended. Returns the point of the finish's day.
     */
    run(input: IterationInput, countCritical = true): number {
        const network = this.network;
        if (network.anyAsLateAsPossible) {
            this.alapStart.fill(NaN);
        }
        this.forward(input);
        const projectEnd = this.projectEnd();
        if (countCritical) {
            this.backward(input, projectEnd, false);
        }
        if (network.anyAsLateAsPossible) {
            this.backward(input, projectEnd, true);
            let any = false;
            for (let i = 0; i < network.count; i++) {
                const late = this.lateStart[i];
                if (network.asLateAsPossible[i] && Number.isFinite(late) && late > this.earlyStart[i]) {
                    this.alapStart[i] = late;
                    any = true;
                }
            }
            if (any) {
                this.forward(input);
            }
        }
        return this.finishPoint;
    }

    /** The point of the working day on which an item is shown to finish. */
    lastDay(i: number): number {
        const start = this.earlyStart[i];
        const end = this.earlyEnd[i];
        if (end > start) {
            return end - 1;
        }
        const line = this.network.lines[i];
        return this.endOfDay[i] ? workingDayOnOrBefore(line, end - 1) : startOnOrAfter(line, end);
    }

    private forward(input: IterationInput): void {
        const { order, unordered, isPhase, initialStart } = this.network;
        let finish = this.network.projectStart;
        for (let k = 0; k < unordered.length; k++) {
            const i = unordered[k];
            this.earlyStart[i] = this.earlyEnd[i] = initialStart[i];
            this.endOfDay[i] = 0;
            finish = Math.max(finish, this.lastDay(i));
        }
        for (let k = 0; k < order.length; k++) {
            const i = order[k];
            if (isPhase[i]) {
                this.placePhase(i);
            } else {
                this.placeWork(i, input);
                const start = this.earlyStart[i];
                const end = this.earlyEnd[i];
                const last = end > start ? end - 1 : this.lastDay(i);
                if (last > finish && i < this.network.itemCount) {
                    finish = last;
                }
            }
        }
        this.finishPoint = finish;
    }

    /** A phase spans its work: its latest member start and end, which links from it read. */
    private placePhase(i: number): void {
        const { first, node } = this.network.incoming;
        let has = 0;
        let start = this.network.projectStart;
        let end = start;
        for (let l = first[i]; l < first[i + 1]; l++) {
            const from = node[l];
            if (!has || this.earlyStart[from] > start) {
                start = this.earlyStart[from];
            }
            if (!has || this.earlyEnd[from] > end) {
                end = this.earlyEnd[from];
            }
            has = 1;
        }
        this.earlyStart[i] = start;
        this.earlyEnd[i] = end;
        this.hasMember[i] = has;
        this.endOfDay[i] = 0;
    }

    private placeWork(i: number, input: IterationInput): void {
        const network = this.network;
        const line = network.lines[i];
        const work = input.work[i];
        const { first, node, type, lag, elapsed } = network.incoming;
        let start = network.initialStart[i];
        let driven = false;
        let endOfDay = 0;
        const onWorkingDays = network.onWorkingDays;
        for (let l = first[i]; l < first[i + 1]; l++) {
            const from = node[l];
            const fromPhase = network.isPhase[from] === 1;
            if (fromPhase && !this.hasMember[from]) {
                continue;
            }
            const linkType = type[l];
            const fromStart = linkType === SS || linkType === SF;
            const predecessor = fromStart ? this.earlyStart[from] : this.earlyEnd[from];
            let candidate: number;
            if (onWorkingDays) {
                // On working days' indices: the lag adds, and work that must end by a bound starts its work earlier.
                const bound = predecessor + lag[l];
                candidate = linkType === FS || linkType === SS || work <= 0 ? bound : bound - work;
            } else {
                const bound = afterLag(elapsed[l] ? network.elapsedLine : network.projectLine, predecessor, lag[l]);
                candidate = linkType === FS || linkType === SS
                    ? (work <= 0 ? bound : startOnOrAfter(line, bound))
                    : earliestStartToEndBy(line, bound, work);
            }
            // The first predecessor to reach the project start still counts as driving it.
            if (candidate > start || (candidate === start && !driven)) {
                start = candidate;
                driven = true;
                const fromMilestoneAtStartOfDay = !fromPhase && this.earlyEnd[from] === this.earlyStart[from] && !this.endOfDay[from];
                endOfDay = !fromStart && !(fromMilestoneAtStartOfDay && lag[l] <= 0) ? 1 : 0;
            }
        }
        const constraints = network.constraints[i];
        for (let c = 0; c < constraints.length; c++) {
            const allowed = earliestStartByConstraint(constraints[c], line, work);
            if (allowed > start) {
                start = allowed;
                endOfDay = 0;
            }
        }
        if (network.complete[i] || network.started[i]) {
            const actual = network.actualStart[i];
            if (!Number.isNaN(actual)) {
                start = actual;
                endOfDay = 0;
            }
            let end = endOf(line, start, work);
            if (network.complete[i] && !Number.isNaN(network.actualEnd[i])) {
                end = network.actualEnd[i];
                if (work === 0) {
                    start = end;
                    endOfDay = 1;
                }
            } else if (!network.complete[i] && !Number.isNaN(network.afterStatus)) {
                // Work left resumes after the status date, as the scheduler reschedules it.
                const left = input.remaining[i];
                const resumed = left > 0
                    ? endOf(line, startOnOrAfter(line, network.afterStatus), left)
                    : workingDayOnOrBefore(line, network.afterStatus - 1) + 1;
                end = Math.max(end, resumed);
            }
            this.earlyStart[i] = start;
            this.earlyEnd[i] = Math.max(end, start);
            this.endOfDay[i] = endOfDay;
            return;
        }
        if (!Number.isNaN(network.afterStatus) && network.tracked[i]) {
            const afterStatus = startOnOrAfter(line, network.afterStatus);
            if (afterStatus > start) {
                start = afterStatus;
                endOfDay = 0;
            }
        }
        const wait = input.wait[i];
        if (wait > 0) {
            // A milestone waited for stands at the end of the working time it waited.
            start = afterLag(line, start, wait);
            if (work > 0) {
                start = startOnOrAfter(line, start);
            }
            endOfDay = work > 0 ? 0 : 1;
        }
        const alap = this.alapStart[i];
        if (alap > start) {
            start = alap;
            endOfDay = work === 0 ? 1 : 0;
        }
        this.earlyStart[i] = start;
        this.earlyEnd[i] = network.onWorkingDays ? (work <= 0 ? start : start + work) : endOf(line, start, work);
        this.endOfDay[i] = endOfDay;
    }

    private projectEnd(): number {
        const { itemCount, isPhase, onCycle } = this.network;
        let end = this.network.projectStart;
        for (let i = 0; i < itemCount; i++) {
            if (!isPhase[i] && !onCycle[i] && this.earlyEnd[i] > end) {
                end = this.earlyEnd[i];
            }
        }
        return end;
    }

    /** Late dates: by the links alone, or as the scheduler has them, with the deadlines and latest constraints too. */
    private backward(input: IterationInput, projectEnd: number, withDates: boolean): void {
        const network = this.network;
        const { order, isPhase } = network;
        const limit = withDates ? Math.min(projectEnd, network.projectDeadlineEnd) : projectEnd;
        for (let k = order.length - 1; k >= 0; k--) {
            const i = order[k];
            if (isPhase[i]) {
                this.boundPhase(i);
            } else {
                this.placeLate(i, input, limit, withDates);
            }
        }
    }

    private boundPhase(phase: number): void {
        const network = this.network;
        const { first, node, type, lag, elapsed } = network.outgoing;
        let lateStart = Infinity;
        let lateEnd = Infinity;
        for (let l = first[phase]; l < first[phase + 1]; l++) {
            const to = node[l];
            const linkType = type[l];
            const successor = linkType === FS || linkType === SS ? this.lateStartBeforeWait[to] : this.lateEndBeforeWait[to];
            const bound = beforeLag(elapsed[l] ? network.elapsedLine : network.projectLine, successor, lag[l]);
            if (linkType === FS || linkType === FF) {
                lateEnd = Math.min(lateEnd, bound);
            } else {
                lateStart = Math.min(lateStart, bound);
            }
        }
        this.lateStart[phase] = this.lateStartBeforeWait[phase] = lateStart;
        this.lateEnd[phase] = this.lateEndBeforeWait[phase] = lateEnd;
    }

    private placeLate(i: number, input: IterationInput, limit: number, withDates: boolean): void {
        const network = this.network;
        if (network.complete[i]) {
            // Finished work is never critical.
            this.lateStart[i] = this.lateStartBeforeWait[i] = this.earlyStart[i];
            this.lateEnd[i] = this.lateEndBeforeWait[i] = this.earlyEnd[i];
            return;
        }
        const line = network.lines[i];
        const span = network.onWorkingDays ? this.earlyEnd[i] - this.earlyStart[i] : workingDaysBetween(line, this.earlyStart[i], this.earlyEnd[i]);
        let end = limit;
        if (withDates) {
            end = Math.min(end, network.deadlineEnd[i]);
            const constraints = network.constraints[i];
            for (let c = 0; c < constraints.length; c++) {
                end = Math.min(end, latestEndByConstraint(constraints[c], line, span));
            }
        }
        const { first, node, type, lag, elapsed } = network.outgoing;
        if (network.onWorkingDays) {
            // On working days' indices: a lag is an addition, and work ends its span after it starts.
            for (let l = first[i]; l < first[i + 1]; l++) {
                const to = node[l];
                const linkType = type[l];
                if (linkType === MEMBER) {
                    end = Math.min(end, this.lateEnd[to], span <= 0 ? this.lateStart[to] : this.lateStart[to] + span);
                    continue;
                }
                const bound = (linkType === FS || linkType === SS ? this.lateStartBeforeWait[to] : this.lateEndBeforeWait[to]) - lag[l];
                end = Math.min(end, linkType === FS || linkType === FF || span <= 0 ? bound : bound + span);
            }
            this.placeLateOnWorkingDays(i, input, end, span, withDates);
            return;
        }
        for (let l = first[i]; l < first[i + 1]; l++) {
            const to = node[l];
            const linkType = type[l];
            if (linkType === MEMBER) {
                end = Math.min(end, this.lateEnd[to]);
                if (this.lateStart[to] !== Infinity) {
                    end = Math.min(end, endStartingBy(line, this.lateStart[to], span));
                }
                continue;
            }
            const successor = linkType === FS || linkType === SS ? this.lateStartBeforeWait[to] : this.lateEndBeforeWait[to];
            if (successor === Infinity) {
                continue;
            }
            const bound = beforeLag(elapsed[l] ? network.elapsedLine : network.projectLine, successor, lag[l]);
            end = Math.min(end, linkType === FS || linkType === FF ? bound : endStartingBy(line, bound, span));
        }
        const lateEnd = latestEndBy(line, end, span);
        const lateStart = latestStartToEndBy(line, lateEnd, span);
        // No float by the links to this iteration's finish: on its critical path.
        if (!withDates && workingDaysBetween(line, this.earlyEnd[i], lateEnd) <= 0) {
            this.criticalCount[i]++;
        }
        this.lateEnd[i] = lateEnd;
        this.lateStart[i] = lateStart;
        const wait = input.wait[i];
        this.lateStartBeforeWait[i] = wait > 0 ? beforeLag(line, lateStart, wait) : lateStart;
        this.lateEndBeforeWait[i] = wait > 0 ? beforeLag(line, lateEnd, wait) : lateEnd;
    }


    /** The late dates of work on working days' indices, its links' bound `end` found. */
    private placeLateOnWorkingDays(i: number, input: IterationInput, end: number, span: number, withDates: boolean): void {
        const lateEnd = end;
        const lateStart = span <= 0 ? lateEnd : lateEnd - span;
        if (!withDates && lateEnd <= this.earlyEnd[i]) {
            this.criticalCount[i]++;
        }
        this.lateEnd[i] = lateEnd;
        this.lateStart[i] = lateStart;
        const wait = input.wait[i];
        this.lateStartBeforeWait[i] = lateStart - wait;
        this.lateEndBeforeWait[i] = lateEnd - wait;
    }
}

/** The latest end of work spanning `span` working units that starts by `bound`. */
function endStartingBy(line: WorkingLine, bound: number, span: number): number {
    return span <= 0 ? bound : endOf(line, workingDayOnOrBefore(line, bound), span);
}

/** constraint-dates.ts's earliest start, from the constraint's points on the line. */
function earliestStartByConstraint(constraint: ConstraintAnchor, line: WorkingLine, work: number): number {
    switch (constraint.kind) {
        case 'start-no-earlier-than':
        case 'start-on':
            return constraint.first;
        case 'finish-no-earlier-than':
        case 'finish-on':
            return earliestStartToEndBy(line, constraint.last + 1, work);
        default:
            return -Infinity;
    }
}

/** constraint-dates.ts's latest end, from the constraint's points on the line. */
function latestEndByConstraint(constraint: ConstraintAnchor, line: WorkingLine, span: number): number {
    switch (constraint.kind) {
        case 'start-no-later-than':
        case 'start-on':
            return span <= 0 ? constraint.last : endOf(line, constraint.last, span);
        case 'finish-no-later-than':
        case 'finish-on':
            return constraint.last + 1;
        default:
            return Infinity;
    }
}
