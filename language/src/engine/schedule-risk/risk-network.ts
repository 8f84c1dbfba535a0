// The plan as the scheduler sees it, built once into typed arrays for the iterations of schedule
// risk analysis: the same unit, work and lags (plan-time.ts), calendars (work-calendars.ts), phase
// logic pushed onto the work (phase-logic.ts), topological order and handling of cycles as
// scheduler.ts, so that an iteration with nothing sampled gives the scheduler's dates. Only what
// varies between iterations (durations, work left, a risk's wait) is left to the passes.
import { dayNumberOf } from '../calendar-dates.js';
import { topologicalOrder } from '../network-order.js';
import { externalPoints } from '../external-work.js';
import { linkedId, type ConstraintKind, type DependencyType, type PlanInput } from '../plan-model.js';
import { withPhaseLogicOnWork } from '../phase-logic.js';
import { planTimeOf, type PlanTime } from '../plan-time.js';
import { startOnOrAfter, workingDayOnOrBefore } from '../work-time.js';
import type { WorkingLine } from '../working-line.js';

export const FS = 0;
export const SS = 1;
export const FF = 2;
export const SF = 3;
/** From a task or milestone to each phase around it: a phase stands for all of its work. */
export const MEMBER = 4;

const TYPE_CODE: Readonly<Record<DependencyType, number>> = { FS, SS, FF, SF };

/** Links of each node as compressed rows: node i's are `first[i]` up to `first[i + 1]`. */
export interface LinkRows {
    readonly first: Int32Array;
    /** The other end: the predecessor of an incoming link, the successor of an outgoing one. */
    readonly node: Int32Array;
    readonly type: Uint8Array;
    /** In units of the lag's line. */
    readonly lag: Float64Array;
    /** 1 when the lag counts on the elapsed line, 0 on the project's calendar. */
    readonly elapsed: Uint8Array;
}

export interface RiskNetwork {
    /** The plan with its phases' logic on their work, as the scheduler schedules it. */
    readonly plan: PlanInput;
    readonly time: PlanTime;
    /** Nodes: the plan's items, then the work of other plans its links wait for, which is no part of its finish. */
    readonly count: number;
    readonly itemCount: number;
    readonly ticksPerDay: number;
    /** The project's first working point. */
    readonly projectStart: number;
    readonly projectLine: WorkingLine;
    readonly elapsedLine: WorkingLine;
    /** The line each item's work runs on. */
    readonly lines: readonly WorkingLine[];
    /** Items in topological order; items on a dependency cycle are left out. */
    readonly order: Int32Array;
    /** Items neither on a cycle nor ordered (behind one): they keep their first dates, as in the scheduler. */
    readonly unordered: Int32Array;
    readonly onCycle: Uint8Array;
    readonly isPhase: Uint8Array;
    /** Where each item starts before any link or constraint: the project start on its calendar. */
    readonly initialStart: Float64Array;
    /** Incoming links, in the order the scheduler's forward pass pushes them (it breaks ties by it). */
    readonly incoming: LinkRows;
    readonly outgoing: LinkRows;
    /** Work and work left after the status date, in units of each item's line, as planned. */
    readonly work: Float64Array;
    readonly remaining: Float64Array;
    readonly complete: Uint8Array;
    /** Progress or an actual start recorded. */
    readonly started: Uint8Array;
    /** Progress recorded (`progress 0%` too): not-started work waits for the status date. */
    readonly tracked: Uint8Array;
    /** First working points of actual starts, end boundaries of actual finishes; NaN where none. */
    readonly actualStart: Float64Array;
    readonly actualEnd: Float64Array;
    /** The first point after the status date; NaN without one. */
    readonly afterStatus: number;
    /** Scheduled as late as possible, and free to be (not started or finished). */
    readonly asLateAsPossible: Uint8Array;
    readonly anyAsLateAsPossible: boolean;
    /** Each item's constraints, its phases' included, as points on its line. */
    readonly constraints: ReadonlyArray<readonly ConstraintAnchor[]>;
    /** The end boundary of each item's deadline day on its calendar; Infinity without one. */
    readonly deadlineEnd: Float64Array;
    /** The same for the project's deadline. */
    readonly projectDeadlineEnd: number;
    /** Item ids to indices, the first of each id. */
    readonly indexOf: ReadonlyMap<string, number>;
    /** The phase each item is in; -1 for none. */
    readonly parent: Int32Array;
    /** Each task's and milestone's phases, innermost first. */
    readonly phasesAround: ReadonlyArray<readonly number[]>;
    /** The day number a point of the passes falls on. */
    dayOfPoint(point: number): number;
    /** Points are the indices of the project's working days (inWorkingDays): work-time arithmetic is addition. */
    readonly onWorkingDays: boolean;
}

/** A constraint's date as the points constraint-dates.ts reads it on the item's line. */
export interface ConstraintAnchor {
    readonly kind: ConstraintKind;
    /** The first working point on or after the date. */
    readonly first: number;
    /** The last working point on or before the end of the date. */
    readonly last: number;
}

const NONE = -1;

export function riskNetworkOf(original: PlanInput): RiskNetwork {
    const plan = withPhaseLogicOnWork(original);
    const time = planTimeOf(plan);
    const items = plan.items;
    // Work of other plans that links wait for (programme.ts) follows the items, as finished work
    // standing where its plan has it: it varies in no iteration, as its plan is not simulated here.
    const external = (plan.external ?? []).map(item => ({ item, points: externalPoints(item, time.tickMinutes) }));
    const ownCount = items.length;
    const n = ownCount + external.length;
    const ticksPerDay = time.ticksPerDay;
    const projectLine = time.calendars.project;
    const lines = [...time.lines, ...external.map(() => projectLine)];
    const startOfDate = (date: string) => dayNumberOf(date) * ticksPerDay;
    const endOfDate = (date: string) => (dayNumberOf(date) + 1) * ticksPerDay;
    const projectStart = startOnOrAfter(projectLine, startOfDate(plan.start));

    const indexOf = new Map<string, number>();
    items.forEach((item, i) => {
        if (!indexOf.has(item.id)) {
            indexOf.set(item.id, i);
        }
    });
    const externalIndex = new Map(external.map(({ item }, k) => [`${item.project}.${item.id}`, ownCount + k]));
    const own = <T>(forItem: (item: PlanInput['items'][number], i: number) => T, forExternal: (k: number) => T): T[] =>
        [...items.map(forItem), ...external.map((_, k) => forExternal(k))];
    const isPhase = Uint8Array.from(own(item => item.kind === 'phase' ? 1 : 0, () => 0));
    const parent = own(item => item.phase === undefined ? NONE : indexOf.get(item.phase) ?? NONE, () => NONE);

    // The scheduler's links, in its order: member links, then the item's dependencies.
    interface Link { from: number; to: number; type: number; lag: number; elapsed: number }
    const outgoingLists: Link[][] = Array.from({ length: n }, () => []);
    const incomingCount = new Int32Array(n);
    const phasesAround: number[][] = Array.from({ length: n }, () => []);
    items.forEach((item, i) => {
        if (isPhase[i]) {
            return;
        }
        const ancestors = new Set<number>();
        for (let phase = parent[i]; phase !== NONE && !ancestors.has(phase); phase = parent[phase]) {
            ancestors.add(phase);
            phasesAround[i].push(phase);
            outgoingLists[i].push({ from: i, to: phase, type: MEMBER, lag: 0, elapsed: 0 });
            incomingCount[phase]++;
        }
        for (const dependency of item.dependencies) {
            const from = dependency.project === undefined ? indexOf.get(dependency.predecessor) : externalIndex.get(linkedId(dependency));
            if (from !== undefined && from !== i && !ancestors.has(from)) {
                const lag = time.lags.get(dependency)!;
                outgoingLists[from].push({ from, to: i, type: TYPE_CODE[dependency.type], lag: lag.units, elapsed: lag.elapsed ? 1 : 0 });
                incomingCount[i]++;
            }
        }
    });

    const { order, onCycle } = topologicalOrder(n, outgoingLists, incomingCount);
    const ordered = new Uint8Array(n);
    order.forEach(i => ordered[i] = 1);
    const unordered: number[] = [];
    for (let i = 0; i < n; i++) {
        if (!ordered[i] && !onCycle[i]) {
            unordered.push(i);
        }
    }
    const incomingLists: Link[][] = Array.from({ length: n }, () => []);
    const outgoingKept: Link[][] = Array.from({ length: n }, () => []);
    for (const from of order) {
        for (const link of outgoingLists[from]) {
            if (!onCycle[link.to]) {
                incomingLists[link.to].push(link);
                outgoingKept[from].push(link);
            }
        }
    }

    // Most work is on the project's calendar: each line's first working point, found once.
    const starts = new Map<WorkingLine, number>();
    const startOnLine = (line: WorkingLine) => {
        let start = starts.get(line);
        if (start === undefined) {
            starts.set(line, start = startOnOrAfter(line, projectStart));
        }
        return start;
    };
    const afterStatus = plan.status === undefined ? NaN : endOfDate(plan.status);
    // A milestone of another plan at the start of its day stands at its first point, as work of no
    // length with nothing before it; other work as finished, which stands at its end.
    const atStartOfDay = (k: number) => external[k].points.end === external[k].points.start && !external[k].points.atEndOfDay;
    const complete = Uint8Array.from(own(item => item.kind !== 'phase' && (item.progress ?? 0) >= 100 ? 1 : 0, k => atStartOfDay(k) ? 0 : 1));
    const started = Uint8Array.from(own(item => (item.progress ?? 0) > 0 || item.actualStart !== undefined ? 1 : 0, k => atStartOfDay(k) ? 0 : 1));
    const asLateAsPossible = Uint8Array.from(own((item, i) =>
        (item.schedule ?? plan.schedule) === 'alap' && !isPhase[i] && !onCycle[i] && !complete[i] && !started[i] ? 1 : 0, () => 0));
    return {
        plan, time, count: n, itemCount: ownCount, ticksPerDay, projectStart, projectLine, elapsedLine: time.elapsed, lines,
        order: Int32Array.from(order), unordered: Int32Array.from(unordered), onCycle, isPhase,
        initialStart: Float64Array.from(own((_, i) => isPhase[i] ? projectStart : startOnLine(lines[i]), k => external[k].points.start)),
        incoming: linkRows(incomingLists, link => link.from),
        outgoing: linkRows(outgoingKept, link => link.to),
        // Finished work of no length stands at its end: other plans' tasks keep their length.
        work: Float64Array.from(own((_, i) => time.work[i], k => external[k].points.end > external[k].points.start ? 1 : 0)),
        remaining: Float64Array.from(own((_, i) => time.remaining[i], () => 0)),
        complete, started,
        tracked: Uint8Array.from(own(item => item.progress !== undefined ? 1 : 0, () => 0)),
        actualStart: Float64Array.from(own((item, i) => item.actualStart === undefined ? NaN : startOnOrAfter(lines[i], startOfDate(item.actualStart)), k => atStartOfDay(k) ? NaN : external[k].points.start)),
        actualEnd: Float64Array.from(own((item, i) => item.actualFinish === undefined ? NaN : workingDayOnOrBefore(lines[i], endOfDate(item.actualFinish) - 1) + 1, k => atStartOfDay(k) ? NaN : external[k].points.end)),
        afterStatus,
        asLateAsPossible, anyAsLateAsPossible: asLateAsPossible.some(flag => flag === 1),
        constraints: own((item, i) => item.constraints.map(constraint => ({
            kind: constraint.kind,
            first: startOnOrAfter(lines[i], startOfDate(constraint.date)),
            last: workingDayOnOrBefore(lines[i], endOfDate(constraint.date) - 1),
        })), () => []),
        deadlineEnd: Float64Array.from(own((item, i) => item.deadline === undefined ? Infinity : workingDayOnOrBefore(lines[i], endOfDate(item.deadline) - 1) + 1, () => Infinity)),
        projectDeadlineEnd: plan.deadline === undefined ? Infinity : workingDayOnOrBefore(projectLine, endOfDate(plan.deadline) - 1) + 1,
        indexOf, parent: Int32Array.from(parent), phasesAround,
        dayOfPoint: point => Math.floor(point / ticksPerDay),
        onWorkingDays: false,
    };
}

/**
 * A line whose points are the working days themselves: where every piece of work and every lag
 * is on the project's calendar in whole days, the passes run on the indices of its working days,
 * and work-time.ts's arithmetic becomes additions (an end is a start plus the work).
 */
class WorkingDayIndices implements WorkingLine {
    readonly workdaysPerWeek: number;
    readonly ticksPerDay = 1;
    readonly workingTicksPerDay = 1;

    constructor(workdaysPerWeek: number) {
        this.workdaysPerWeek = workdaysPerWeek;
    }

    isWorkingDay(): boolean {
        return true;
    }

    dayOf(index: number): number {
        return index;
    }

    indexOnOrAfterDay(point: number): number {
        return point;
    }

    indexOnOrBeforeDay(point: number): number {
        return point;
    }
}

/**
 * The network on the indices of the project's working days, where it is all on that calendar in
 * whole days; otherwise the network itself. Boundaries map to indices (an end after Friday's work
 * is Monday's index), which is all the passes distinguish.
 */
export function inWorkingDays(network: RiskNetwork): RiskNetwork {
    const calendar = network.projectLine;
    const oneCalendar = !network.time.inTicks && network.lines.every(line => line === calendar)
        && network.incoming.elapsed.every(flag => flag === 0);
    if (!oneCalendar) {
        return network;
    }
    const index = (point: number) => Number.isFinite(point) ? calendar.indexOnOrAfterDay(point) : point;
    const line = new WorkingDayIndices(calendar.workdaysPerWeek);
    return {
        ...network,
        projectStart: index(network.projectStart),
        projectLine: line, elapsedLine: line,
        lines: network.lines.map(() => line),
        initialStart: network.initialStart.map(index),
        actualStart: network.actualStart.map(index),
        actualEnd: network.actualEnd.map(index),
        afterStatus: index(network.afterStatus),
        constraints: network.constraints.map(anchors => anchors.map(anchor => ({ kind: anchor.kind, first: index(anchor.first), last: index(anchor.last) }))),
        deadlineEnd: network.deadlineEnd.map(index),
        projectDeadlineEnd: index(network.projectDeadlineEnd),
        dayOfPoint: point => calendar.dayOf(point),
        onWorkingDays: true,
    };
}

function linkRows<Link extends { type: number; lag: number; elapsed: number }>(lists: Link[][], other: (link: Link) => number): LinkRows {
    const first = new Int32Array(lists.length + 1);
    lists.forEach((list, i) => first[i + 1] = first[i] + list.length);
    const count = first[lists.length];
    const rows = { first, node: new Int32Array(count), type: new Uint8Array(count), lag: new Float64Array(count), elapsed: new Uint8Array(count) };
    let l = 0;
    for (const list of lists) {
        for (const link of list) {
            rows.node[l] = other(link);
            rows.type[l] = link.type;
            rows.lag[l] = link.lag;
            rows.elapsed[l] = link.elapsed;
            l++;
        }
    }
    return rows;
}
