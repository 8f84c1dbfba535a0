// The serial schedule-generation scheme on days (Kelley; Kolisch 1996): work is taken one piece
// at a time in a precedence-feasible order, each placed where its links and release allow and
// every resource it needs has the units on each of its working days. The backward pass is its
// mirror, right-justifying work against a finish, for justification and for resource-aware late
// starts.
import type { LevellingNetwork } from './levelling-network.js';
import { SEARCH_DAYS } from './levelling-network.js';
import { ResourceProfile } from './resource-profile.js';

/** A schedule in day offsets: where each activity starts and ends, and the latest end. */
export interface PlacedSchedule {
    readonly start: Int32Array;
    readonly end: Int32Array;
    finish: number;
    /**
     * 1 where no room was found within the search's bound: the work went where its links allow,
     * taking no units (its demands are then reported as unmet).
     */
    readonly unplaceable: Uint8Array;
}

export function emptySchedule(network: LevellingNetwork): PlacedSchedule {
    const n = network.count;
    const schedule: PlacedSchedule = { start: new Int32Array(n), end: new Int32Array(n), finish: 0, unplaceable: new Uint8Array(n) };
    for (let a = 0; a < n; a++) {
        if (network.fixed[a]) {
            schedule.start[a] = network.fixedStart[a];
            schedule.end[a] = network.fixedEnd[a];
        }
    }
    schedule.finish = network.fixedFinish;
    return schedule;
}

export function copySchedule(from: PlacedSchedule, to: PlacedSchedule): void {
    to.start.set(from.start);
    to.end.set(from.end);
    to.unplaceable.set(from.unplaceable);
    to.finish = from.finish;
}

export class SerialScheduler {
    readonly profile: ResourceProfile;
    /** Schedules generated so far, forward and backward. */
    generated = 0;

    constructor(private readonly network: LevellingNetwork) {
        this.profile = new ResourceProfile(network.resourceUnits, network.resourceLine);
        this.profile.cover(network.fixedFinish);
        for (let a = 0; a < network.count; a++) {
            if (network.fixed[a]) {
                const { first, last } = network.fixedDays(a);
                const line = network.line[a];
                line.coverWorkingDay(last);
                for (let k = first; k < last; k++) {
                    for (let q = network.demandFrom[a]; q < network.demandFrom[a + 1]; q++) {
                        this.profile.reserve(network.demandResource[q], line.at[k], network.demandUnits[q]);
                    }
                }
            }
        }
        this.profile.reset();
    }

    /**
     * Places the movable work of `list` (every predecessor before its successors), each at the
     * earliest day its links, release and resources allow. Fixed work keeps its days in `into`.
     */
    forward(list: Int32Array, into: PlacedSchedule): number {
        const network = this.network;
        const { duration, line: lines, earliestStart, predecessorFrom, predecessor, predecessorBound } = network;
        const { demandFrom, demandResource, demandFits } = network;
        const profile = this.profile;
        const { start, end, unplaceable } = into;
        profile.reset();
        this.generated++;
        let finish = network.fixedFinish;
        for (let i = 0; i < list.length; i++) {
            const a = list[i];
            let earliest = earliestStart[a];
            for (let l = predecessorFrom[a]; l < predecessorFrom[a + 1]; l++) {
                const bound = predecessorBound[l].earliest.at(start[predecessor[l]]);
                if (bound > earliest) {
                    earliest = bound;
                }
            }
            const d = duration[a];
            unplaceable[a] = 0;
            if (d === 0) {
                start[a] = end[a] = earliest;
                finish = Math.max(finish, earliest);
                continue;
            }
            const line = lines[a];
            const fromQ = demandFrom[a];
            const toQ = demandFrom[a + 1];
            let first = line.indexOnOrAfter(earliest);
            // Past the end of all work placed so far nothing is in the way but the calendars:
            // room not found ten years beyond that will never be found.
            const limit = Math.max(earliest, finish) + SEARCH_DAYS;
            for (;;) {
                line.coverWorkingDay(first + d - 1);
                const at = line.at;
                if (at[first] > limit) {
                    unplaceable[a] = 1;
                    first = line.indexOnOrAfter(earliest);
                    break;
                }
                profile.cover(at[first + d - 1]);
                const free = profile.free;
                const stride = profile.stride;
                // From the last day back: a clash on day k moves the start past it, and the
                // latest clash moves it furthest.
                let k = d - 1;
                scan: for (; k >= 0; k--) {
                    const day = at[first + k];
                    for (let q = fromQ; q < toQ; q++) {
                        if (free[demandResource[q] * stride + day] < demandFits[q]) {
                            break scan;
                        }
                    }
                }
                if (k < 0) {
                    break;
                }
                first += k + 1;
            }
            if (!unplaceable[a]) {
                this.take(a, first, 1);
            }
            start[a] = line.at[first];
            end[a] = line.at[first + d - 1] + 1;
            if (end[a] > finish) {
                finish = end[a];
            }
        }
        into.finish = finish;
        return finish;
    }

    /**
     * Right-justifies the movable work of `list` (every successor before its predecessors)
     * against `deadline`: each as late as its successors' new starts, the deadline and the
     * resources allow, but never before where `placed` has it. Where no such room is left (a
     * successor by a start or finish link that ends first may have moved into it), the work stays
     * where `placed` has it, even if that takes more units than there are: the pass is then a
     * cautious bound, not a schedule.
     */
    backward(list: Int32Array, placed: PlacedSchedule, deadline: number, into: PlacedSchedule): void {
        const network = this.network;
        const { duration, line: lines, successorFrom, successor, successorBound } = network;
        const { demandFrom, demandResource, demandFits } = network;
        const profile = this.profile;
        const start = into.start;
        const end = into.end;
        profile.reset();
        this.generated++;
        for (let i = 0; i < list.length; i++) {
            const a = list[i];
            const d = duration[a];
            let latest = deadline;
            for (let l = successorFrom[a]; l < successorFrom[a + 1]; l++) {
                const bound = successorBound[l].latest.at(start[successor[l]]);
                if (bound < latest) {
                    latest = bound;
                }
            }
            const lowest = placed.start[a];
            if (d === 0) {
                start[a] = end[a] = Math.max(lowest, latest);
                continue;
            }
            const line = lines[a];
            // The latest start that keeps the work's last day before `latest` allows: by the
            // deadline, that is its end on or before it; by a link, the link's own latest start.
            const byDeadline = line.latestStartIndexToEndBy(deadline, d);
            const lowestIndex = line.indexOnOrAfter(lowest);
            let first = latest < lowest ? lowestIndex : Math.min(byDeadline, line.indexOnOrBefore(latest));
            // Work no room was found for takes no units, so it needs none here either.
            const fromQ = demandFrom[a];
            const toQ = placed.unplaceable[a] ? fromQ : demandFrom[a + 1];
            for (;;) {
                if (first <= lowestIndex) {
                    first = lowestIndex;
                    break;
                }
                const at = line.at;
                profile.cover(at[first + d - 1]);
                const free = profile.free;
                const stride = profile.stride;
                let k = 0;
                scan: for (; k < d; k++) {
                    const day = at[first + k];
                    for (let q = fromQ; q < toQ; q++) {
                        if (free[demandResource[q] * stride + day] < demandFits[q]) {
                            break scan;
                        }
                    }
                }
                if (k === d) {
                    break;
                }
                first += k - d;
            }
            if (!placed.unplaceable[a]) {
                this.take(a, first, 1);
            }
            start[a] = line.at[first];
            end[a] = line.at[first + d - 1] + 1;
        }
        into.finish = deadline;
    }

    /** Takes (sign 1) or gives back (sign -1) the units of `a`'s work from working day index `first`. */
    take(a: number, first: number, sign: 1 | -1): void {
        const { line: lines, duration, demandFrom, demandResource, demandUnits } = this.network;
        const line = lines[a];
        const last = first + duration[a] - 1;
        line.coverWorkingDay(last);
        const profile = this.profile;
        profile.cover(line.at[last]);
        const { free, stride } = profile;
        const at = line.at;
        const fromQ = demandFrom[a];
        const toQ = demandFrom[a + 1];
        for (let q = fromQ; q < toQ; q++) {
            const row = demandResource[q] * stride;
            const units = sign * demandUnits[q];
            for (let k = first; k <= last; k++) {
                free[row + at[k]] -= units;
            }
        }
    }
}
