// The planning engine's input and output: plain data, so that the engine runs the same under the
// language server, the CLI, the tests and the benchmarks.
import type { IsoDate } from './calendar-dates.js';
import type { WorkingSpan } from './durations.js';
import type { CalendarInput } from './working-calendar.js';

export type DependencyType = 'FS' | 'SS' | 'FF' | 'SF';

export type ConstraintKind =
    | 'start-no-earlier-than' | 'start-no-later-than' | 'start-on'
    | 'finish-no-earlier-than' | 'finish-no-later-than' | 'finish-on';

export interface DependencyInput {
    /** The id of a task, milestone or phase of the same plan. */
    readonly predecessor: string;
    readonly type: DependencyType;
    /** Lag (positive) or lead (negative) in working time. */
    readonly lag?: WorkingSpan;
}

export interface ConstraintInput {
    readonly kind: ConstraintKind;
    readonly date: IsoDate;
}

export interface ThreePointEstimate {
    readonly optimistic: WorkingSpan;
    readonly mostLikely: WorkingSpan;
    readonly pessimistic: WorkingSpan;
}

export type PlanItemKind = 'task' | 'milestone' | 'phase';

export interface PlanItemInput {
    readonly id: string;
    readonly name?: string;
    readonly kind: PlanItemKind;
    /** The id of the phase this item is in, if any. */
    readonly phase?: string;
    readonly duration?: WorkingSpan;
    readonly estimate?: ThreePointEstimate;
    readonly dependencies: readonly DependencyInput[];
    readonly constraints: readonly ConstraintInput[];
    /** Percent complete, 0 to 100. */
    readonly progress?: number;
    readonly actualStart?: IsoDate;
    readonly actualFinish?: IsoDate;
    /** A task's fixed cost. */
    readonly cost?: number;
    /** What a task's assigned resources cost per working day, together. */
    readonly resourceCostPerDay?: number;
    /** The actual cost so far (AC). */
    readonly spent?: number;
    /** A phase's budget. */
    readonly budget?: number;
    /** Who is assigned, as people read it: `Alex Smith`, `Facilities crew (50%)`. */
    readonly resources?: readonly string[];
}

export interface PlanInput {
    readonly id: string;
    /** The project's title, where it has one. */
    readonly title?: string;
    readonly start: IsoDate;
    /** The status date: progress is as of the end of this day. */
    readonly status?: IsoDate;
    readonly deadline?: IsoDate;
    /** The project's budget. */
    readonly budget?: number;
    readonly calendar: CalendarInput;
    /** Every phase, task and milestone, in source order, phases before what they contain. */
    readonly items: readonly PlanItemInput[];
}

/** What placed an item's early start when no predecessor did. */
export type StartReason = 'project-start' | 'status-date' | 'constraint' | 'actual-start';

export interface ScheduledItem {
    readonly id: string;
    readonly name?: string;
    readonly kind: PlanItemKind;
    readonly phase?: string;
    /** Dates are shown inclusive: a 5-day task from Monday finishes on Friday. */
    readonly start: IsoDate;
    readonly finish: IsoDate;
    readonly lateStart: IsoDate;
    readonly lateFinish: IsoDate;
    /** Working days of work: the duration, or the PERT mean of an estimate rounded up. */
    readonly durationDays: number;
    /** Working days the item can slip without delaying the project (total) or any successor (free). */
    readonly totalFloat: number;
    readonly freeFloat: number;
    readonly critical: boolean;
    /** The predecessor whose link sets the early start, if one does. */
    readonly drivingPredecessor?: string;
    readonly startReason?: StartReason;
    /** The PERT standard deviation, (pessimistic - optimistic) / 6, in working days. */
    readonly standardDeviationDays?: number;
    readonly progress: number;
    /** A milestone placed by a finish stands at the end of its day; one placed by a start at its beginning. */
    readonly atEndOfDay?: boolean;
}

/** A constraint or the deadline that the logic of the plan cannot meet. */
export interface MissedDate {
    /** The item whose constraint is missed; absent for the project deadline. */
    readonly item?: string;
    /** Which of the item's constraints. */
    readonly constraintIndex?: number;
    readonly kind: ConstraintKind | 'deadline';
    readonly date: IsoDate;
    /** By how many working days. */
    readonly workingDays: number;
    /** The chain of items, in precedence order, whose logic drives the miss. */
    readonly drivingChain: readonly string[];
}

export interface Schedule {
    readonly project: string;
    readonly start: IsoDate;
    readonly finish: IsoDate;
    /** Every input item in input order, phases rolled up; items on a dependency cycle are left out. */
    readonly items: readonly ScheduledItem[];
    /** Chains of critical items, in precedence order, each ending where the project finishes. */
    readonly criticalPaths: ReadonlyArray<readonly string[]>;
    readonly missedDates: readonly MissedDate[];
    /** Items that could not be scheduled because they lie on a dependency cycle. */
    readonly unscheduled: readonly string[];
}
