// The levelling problem compiled for the search: day offsets from the first day anything can
// start, flat arrays by activity, the links between movable work with their bounds, demands
// merged by resource, and the demands no wait can meet set aside.
import { DO_NOT_LEVEL_PRIORITY } from '../plan-model.js';
import { earliestStartByLink, endOf } from '../work-time.js';
import { DayLines, type DayLine } from './day-line.js';
import type { LevellingProblem } from './levelling-problem.js';
import { LinkBounds, type LinkBound } from './link-bounds.js';

/** How far a search for room looks past the point where nothing else is in the way: ten years. */
export const SEARCH_DAYS = 3660;
/** Units are compared with this slack, so that 0.1 + 0.2 of a resource fits in 0.3. */
export const UNITS_EPSILON = 1e-9;

export interface UnmetDemand {
    readonly activity: number;
    readonly resource: number;
}

export class LevellingNetwork {
    readonly count: number;
    /** The day number of offset 0: the first day anything starts. */
    readonly base: number;
    readonly duration: Int32Array;
    readonly line: readonly DayLine[];
    readonly priority: Float64Array;
    /** 1 for work that keeps its days: started or done, or of the priority that is never levelled. */
    readonly fixed: Uint8Array;
    /** The work levelling places, in an order that puts every predecessor first. */
    readonly movable: Int32Array;
    /** Where fixed work is; for movable work, where its release and its fixed predecessors let it start. */
    readonly fixedStart: Int32Array;
    readonly fixedEnd: Int32Array;
    readonly earliestStart: Int32Array;
    /** The latest end of fixed work (offset 0 when there is none). */
    readonly fixedFinish: number;

    /**
     * The units each activity takes, by activity: [demandFrom[a], demandFrom[a + 1]). Fixed work
     * takes all it asks for; movable work only what some wait can give it, and placement finds
     * room for all of that.
     */
    readonly demandFrom: Int32Array;
    readonly demandResource: Int32Array;
    readonly demandUnits: Float64Array;
    /** The units left on a day that let the demand in: its units, less the slack of rounding. */
    readonly demandFits: Float64Array;

    /** Links between movable work, both ways, as [from[a], from[a + 1]) ranges. */
    readonly predecessorFrom: Int32Array;
    readonly predecessor: Int32Array;
    readonly predecessorBound: readonly LinkBound[];
    readonly successorFrom: Int32Array;
    readonly successor: Int32Array;
    readonly successorBound: readonly LinkBound[];

    readonly resourceUnits: Float64Array;
    readonly resourceLine: readonly DayLine[];
    readonly unmet: UnmetDemand[] = [];

    constructor(readonly problem: LevellingProblem) {
        const activities = problem.activities;
        const n = this.count = activities.length;
        let base = Infinity;
        for (const activity of activities) {
            base = Math.min(base, activity.pinned?.start
                ?? (activity.priority >= DO_NOT_LEVEL_PRIORITY ? activity.unlevelledStart : activity.release));
        }
        this.base = base = n === 0 ? 0 : base;
        const lines = new DayLines(base);
        // Work is placed in whole days: a part day takes a day, as in the scheduler.
        this.duration = Int32Array.from(activities, activity => Math.max(0, Math.ceil(activity.duration - 1e-9)));
        this.line = activities.map(activity => lines.of(activity.calendar));
        this.priority = Float64Array.from(activities, activity => activity.priority);
        this.fixed = Uint8Array.from(activities, activity => activity.pinned || activity.priority >= DO_NOT_LEVEL_PRIORITY ? 1 : 0);
        this.resourceUnits = Float64Array.from(problem.resources, resource => resource.units);
        this.resourceLine = problem.resources.map(resource => lines.of(resource.calendar));

        this.fixedStart = new Int32Array(n);
        this.fixedEnd = new Int32Array(n);
        let fixedFinish = 0;
        activities.forEach((activity, a) => {
            if (!this.fixed[a]) {
                return;
            }
            const start = activity.pinned?.start ?? activity.unlevelledStart;
            const end = activity.pinned?.end ?? endOf(activity.calendar, start, this.duration[a]);
            this.fixedStart[a] = start - base;
            this.fixedEnd[a] = end - base;
            fixedFinish = Math.max(fixedFinish, end - base);
        });
        this.fixedFinish = fixedFinish;

        const asked = this.mergedDemands();
        this.earliestStart = new Int32Array(n);
        const links = this.movableLinks();
        this.movable = this.precedenceOrder(links);
        ({ from: this.predecessorFrom, other: this.predecessor, bound: this.predecessorBound } = byActivity(n, links, 'to', 'from'));
        ({ from: this.successorFrom, other: this.successor, bound: this.successorBound } = byActivity(n, links, 'from', 'to'));
        ({ from: this.demandFrom, resource: this.demandResource, units: this.demandUnits } = this.demandsToMeet(asked));
        this.demandFits = this.demandUnits.map(units => units - UNITS_EPSILON);
    }

    /** The working days fixed work takes, as indices [first, last) of its calendar's line. */
    fixedDays(a: number): { first: number; last: number } {
        const line = this.line[a];
        const first = line.indexOnOrAfter(this.fixedStart[a]);
        if (this.problem.activities[a].pinned) {
            // Started work keeps every working day it has, however many its duration says.
            return { first, last: line.indexOnOrAfter(this.fixedEnd[a]) };
        }
        return { first, last: first + this.duration[a] };
    }

    private mergedDemands(): Demands {
        const from = new Int32Array(this.count + 1);
        const resources: number[] = [];
        const units: number[] = [];
        this.problem.activities.forEach((activity, a) => {
            const merged = new Map<number, number>();
            for (const demand of activity.demands) {
                if (!(demand.resource >= 0 && demand.resource < this.resourceUnits.length)) {
                    throw new RangeError(`${activity.id} needs resource ${demand.resource} of ${this.resourceUnits.length}`);
                }
                if (demand.units > 0 && this.duration[a] > 0) {
                    merged.set(demand.resource, (merged.get(demand.resource) ?? 0) + demand.units);
                }
            }
            for (const [resource, amount] of [...merged].sort((x, y) => x[0] - y[0])) {
                resources.push(resource);
                units.push(amount);
            }
            from[a + 1] = resources.length;
        });
        return { from, resource: Int32Array.from(resources), units: Float64Array.from(units) };
    }

    /**
     * Links between movable work. A link into fixed work is dropped (it keeps its days whatever
     * its predecessors do); a link from it is a fixed bound, folded into the successor's earliest
     * start with its release.
     */
    private movableLinks(): MovableLink[] {
        const { problem, base } = this;
        const links: MovableLink[] = [];
        const bounds = new LinkBounds(problem.lagCalendar, base);
        problem.activities.forEach((activity, to) => {
            if (this.fixed[to]) {
                return;
            }
            const duration = this.duration[to];
            const release = activity.release - base;
            let earliest = duration > 0 ? this.line[to].startOnOrAfter(release) : release;
            for (const link of activity.predecessors) {
                const from = link.activity;
                if (!(from >= 0 && from < this.count)) {
                    throw new RangeError(`${activity.id} follows activity ${from} of ${this.count}`);
                }
                if (from === to) {
                    continue;
                }
                if (this.fixed[from]) {
                    const bound = earliestStartByLink({
                        type: link.type, lag: link.lag,
                        predecessorStart: base + this.fixedStart[from], predecessorEnd: base + this.fixedEnd[from],
                    }, link.lagCalendar ?? problem.lagCalendar, activity.calendar, duration) - base;
                    earliest = Math.max(earliest, bound);
                    continue;
                }
                links.push({
                    from, to, bound: bounds.of({
                        type: link.type, lag: link.lag, lagCalendar: link.lagCalendar,
                        predecessorCalendar: problem.activities[from].calendar, predecessorDuration: this.duration[from],
                        successorCalendar: activity.calendar, successorDuration: duration,
                    }),
                });
            }
            this.earliestStart[to] = earliest;
        });
        return links;
    }

    /**
     * Movable work with every predecessor first (Kahn's algorithm). A cycle of links (which the
     * scheduler reports) is broken where it is found, by dropping the links that close it, so
     * that levelling always ends.
     */
    private precedenceOrder(links: MovableLink[]): Int32Array {
        const n = this.count;
        const incoming = new Int32Array(n);
        const outgoing: number[][] = Array.from({ length: n }, () => []);
        links.forEach((link, index) => {
            incoming[link.to]++;
            outgoing[link.from].push(index);
        });
        const placed = new Uint8Array(n);
        const order: number[] = [];
        const ready: number[] = [];
        for (let a = n - 1; a >= 0; a--) {
            if (!this.fixed[a] && incoming[a] === 0) {
                ready.push(a);
            }
        }
        const dropped = new Set<number>();
        let nextUnplaced = 0;
        const movableCount = n - this.fixed.reduce((sum, fixed) => sum + fixed, 0);
        while (order.length < movableCount) {
            if (ready.length === 0) {
                while (placed[nextUnplaced] || this.fixed[nextUnplaced]) {
                    nextUnplaced++;
                }
                const stuck = nextUnplaced;
                links.forEach((link, index) => {
                    if (link.to === stuck && !placed[link.from]) {
                        dropped.add(index);
                    }
                });
                ready.push(stuck);
                incoming[stuck] = 0;
            }
            const a = ready.pop()!;
            placed[a] = 1;
            order.push(a);
            for (const index of outgoing[a]) {
                const to = links[index].to;
                if (!placed[to] && !dropped.has(index) && --incoming[to] === 0) {
                    ready.push(to);
                }
            }
        }
        if (dropped.size > 0) {
            const kept = links.filter((_, index) => !dropped.has(index));
            links.length = 0;
            links.push(...kept);
        }
        return Int32Array.from(order);
    }

    /**
     * Demands set aside as unmet: more units than the resource has, or, for movable work, a
     * resource that never works all of the activity's working days in ten years. Fixed work
     * keeps every demand, since it takes its units whether they are there or not.
     */
    private demandsToMeet(asked: Demands): Demands {
        const from = new Int32Array(this.count + 1);
        const resources: number[] = [];
        const units: number[] = [];
        for (let a = 0; a < this.count; a++) {
            for (let q = asked.from[a]; q < asked.from[a + 1]; q++) {
                const resource = asked.resource[q];
                const impossible = asked.units[q] > this.resourceUnits[resource] + UNITS_EPSILON
                    || (!this.fixed[a] && !this.worksSometime(a, resource));
                if (impossible) {
                    this.unmet.push({ activity: a, resource });
                }
                if (!impossible || this.fixed[a]) {
                    resources.push(resource);
                    units.push(asked.units[q]);
                }
            }
            from[a + 1] = resources.length;
        }
        return { from, resource: Int32Array.from(resources), units: Float64Array.from(units) };
    }

    /** Whether the resource works every working day of the activity from some start within ten years of its earliest. */
    private worksSometime(a: number, resource: number): boolean {
        const line = this.line[a];
        const works = this.resourceLine[resource];
        const duration = this.duration[a];
        const earliest = this.earliestStart[a];
        let first = line.indexOnOrAfter(earliest);
        for (;;) {
            line.coverWorkingDay(first + duration - 1);
            if (line.at[first] - earliest > SEARCH_DAYS) {
                return false;
            }
            let k = duration - 1;
            for (; k >= 0; k--) {
                const day = line.at[first + k];
                works.cover(day);
                if (!works.works[day]) {
                    break;
                }
            }
            if (k < 0) {
                return true;
            }
            first += k + 1;
        }
    }
}

interface Demands {
    readonly from: Int32Array;
    readonly resource: Int32Array;
    readonly units: Float64Array;
}

interface MovableLink {
    readonly from: number;
    readonly to: number;
    readonly bound: LinkBound;
}

function byActivity(n: number, links: readonly MovableLink[], key: 'from' | 'to', otherKey: 'from' | 'to'): { from: Int32Array; other: Int32Array; bound: LinkBound[] } {
    const from = new Int32Array(n + 1);
    for (const link of links) {
        from[link[key] + 1]++;
    }
    for (let a = 0; a < n; a++) {
        from[a + 1] += from[a];
    }
    const fill = from.slice(0, n);
    const other = new Int32Array(links.length);
    const bound = new Array<LinkBound>(links.length);
    for (const link of links) {
        const slot = fill[link[key]]++;
        other[slot] = link[otherKey];
        bound[slot] = link.bound;
    }
    return { from, other, bound };
}
