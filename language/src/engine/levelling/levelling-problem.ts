// What levelling solves, as plain data: work with durations on working calendars, links with lags,
// and renewable resources with units per working day (the resource-constrained project scheduling
// problem, RCPSP, with calendars and generalised minimum time lags). The planning layer builds one
// from a plan and its unlevelled schedule; the PSPLIB benchmark builds one from each instance.
// Days are day numbers (days since 1970-01-01); work-time.ts says how work and lags sit on them.
import type { DependencyType } from '../plan-model.js';
import type { WorkingLine } from '../working-line.js';

export interface LevellingLink {
    /** The predecessor's index in `LevellingProblem.activities`. */
    readonly activity: number;
    readonly type: DependencyType;
    /** Working days of the problem's lag calendar (or of `lagCalendar`); negative for a lead. */
    readonly lag: number;
    /** An elapsed lag's line, which works every day and hour. */
    readonly lagCalendar?: WorkingLine;
}

export interface LevellingDemand {
    /** The resource's index in `LevellingProblem.resources`. */
    readonly resource: number;
    /** Units taken on every working day of the activity. */
    readonly units: number;
}

export interface LevellingActivity {
    readonly id: string;
    /** Working days of work on `calendar`; 0 for a milestone. */
    readonly duration: number;
    readonly calendar: WorkingLine;
    /** The earliest start that the project start, constraints and the status date allow (a day number). */
    readonly release: number;
    /** Where it starts unlevelled: kept by work that must not move, and the order's last tie-break. */
    readonly unlevelledStart: number;
    /** Work already started or done keeps its days, [start, end), whatever its links say. */
    readonly pinned?: { readonly start: number; readonly end: number };
    /** 1 to 1000: lower priorities wait first; work of priority 1000 stays at `unlevelledStart`. */
    readonly priority: number;
    readonly demands: readonly LevellingDemand[];
    /** Links from other activities (a phase's links come as links from or to each of its tasks). */
    readonly predecessors: readonly LevellingLink[];
}

export interface LevellingResource {
    readonly id: string;
    readonly units: number;
    /** The days it works (its calendar less its leave): it has no units on other days. */
    readonly calendar: WorkingLine;
}

export interface LevellingProblem {
    readonly activities: readonly LevellingActivity[];
    readonly resources: readonly LevellingResource[];
    /** The calendar that lags count on: the project's. */
    readonly lagCalendar: WorkingLine;
    /**
     * How hard to look for a shorter levelled plan, in schedules generated; the same problem and
     * budget always give the same answer. Absent, a default that suits plans of any size.
     * Each pass of the serial scheme, forward or backward, counts one; there is always a first.
     */
    readonly schedules?: number;
    /** The sampling's seed (a fixed one if absent). */
    readonly seed?: number;
}

/** Why an activity starts later than its links allow: the resource it waits for, and who holds it. */
export interface LevellingDelay {
    /** Working days of the activity's calendar from the start its links allow to the levelled start. */
    readonly days: number;
    readonly resource: number;
    /**
     * Activities using that resource on the last day the activity's start was refused: none when
     * the resource itself was not working that day.
     */
    readonly busyWith: readonly number[];
}

export interface LevelledActivity {
    readonly start: number;
    readonly end: number;
    /**
     * The latest start that keeps the levelled finish, with the links and every resource within its
     * units (the other work right-justified): the resource-aware float is measured to it. Never
     * before `start`; for work that does not move, its start.
     */
    readonly lateStart: number;
    readonly delay?: LevellingDelay;
}

export interface LevellingResult {
    /** In the order of `LevellingProblem.activities`. */
    readonly activities: readonly LevelledActivity[];
    /** The levelled plan's end: the latest `end`. */
    readonly finish: number;
    /**
     * Demands that no wait can meet (more units than the resource has, or a resource that never
     * works on the activity's days): levelling leaves them to the over-allocation check. Movable
     * work is placed as if it did not need them, and takes none of those units; fixed work takes
     * all it asks for.
     */
    readonly unmet: ReadonlyArray<{ readonly activity: number; readonly resource: number }>;
    readonly schedulesTried: number;
}
