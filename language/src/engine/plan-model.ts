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
    /** The id of a task, milestone or phase: of the same plan, or of plan `project`. */
    readonly predecessor: string;
    /** The plan the predecessor is in, where it is another plan of a programme (programme.ts). */
    readonly project?: string;
    readonly type: DependencyType;
    /** Lag (positive) or lead (negative) in working time. */
    readonly lag?: WorkingSpan;
}

/** How a link names its predecessor: `id` within the plan, `project.id` in another plan of a programme. */
export function linkedId(dependency: DependencyInput): string {
    return dependency.project === undefined ? dependency.predecessor : `${dependency.project}.${dependency.predecessor}`;
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

/** Days a resource is away, on top of its calendar's days off. */
export interface LeaveInput {
    readonly from: IsoDate;
    /** The last day away, inclusive; absent for one day. */
    readonly to?: IsoDate;
    readonly title?: string;
}

export interface ResourceInput {
    readonly id: string;
    readonly name?: string;
    /** How many of it work at once: 1 for a person, 4 for a crew of four. */
    readonly units: number;
    /** The calendar it works; absent, the project's. Its own calendar replaces the project's holidays. */
    readonly calendar?: CalendarInput;
    readonly leave: readonly LeaveInput[];
}

export interface AssignmentInput {
    /** The id of a resource of the plan. */
    readonly resource: string;
    /** Units it takes on each working day of the work: 3 of a crew of 4, or 2 for `assign crew 50%`. */
    readonly units: number;
}

/** Levelling delays lower priorities first, and never work of this priority. */
export const DO_NOT_LEVEL_PRIORITY = 1000;
export const DEFAULT_PRIORITY = 500;

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
    /** Who does the work, and how many units of each. */
    readonly assignments?: readonly AssignmentInput[];
    /**
     * The task's own calendar. Without one, its working days are those of the project calendar
     * and, if resources are assigned, those that every one of them works (as in MS Project).
     */
    readonly calendar?: CalendarInput;
    /** 1 to 1000, 500 unless given: levelling delays lower priorities first and never 1000. */
    readonly priority?: number;
    /** `alap`: placed at its late dates, as MS Project's As Late As Possible; absent, the plan's default. */
    readonly schedule?: ScheduleMode;
    /** A date to finish by: it does not move the work, but limits its late finish (float may go negative). */
    readonly deadline?: IsoDate;
    /** Schedule risk analysis: how its estimate is read; absent, the plan's (PERT-Beta unless it says). */
    readonly distribution?: DurationDistribution;
    /** Schedule risk analysis: the range of a plain `duration`; absent, the plan's (a duration is fixed unless one says). */
    readonly uncertainty?: DurationUncertainty;
}

/** How a three-point estimate is sampled in schedule risk analysis. */
export type DurationDistribution = 'pert' | 'triangular';

/**
 * The range a plain duration may take, as fractions of it: `uncertainty -10% +30%` is
 * `{ low: -0.1, high: 0.3 }`, a 10-day task taking 9 to 13 days, most likely 10.
 */
export interface DurationUncertainty {
    readonly low: number;
    readonly high: number;
}

/** As soon as possible (the default) or as late as possible. */
export type ScheduleMode = 'asap' | 'alap';

/**
 * A moment: minutes since 1970-01-01 00:00. Plans of one programme share their days (each plan's
 * dates are local dates), so a moment means the same in each.
 */
export type Moment = number;

/**
 * Work of another plan that links of this plan wait for, where that plan's schedule has it
 * (programme.ts): it stands there, and is never output. Its boundaries are those of its work: a
 * task from the start of its first working unit to the end of its last, a milestone at one moment.
 */
export interface ExternalItemInput {
    readonly project: string;
    readonly id: string;
    readonly start: Moment;
    readonly end: Moment;
    /** A milestone placed by a finish stands at the end of the working time before it. */
    readonly atEndOfDay?: boolean;
}

/**
 * How late work of this plan may start and end for its successors in other plans (`lateStart`,
 * `lateEnd`) to keep their late dates, and for them to keep their early dates (`freeStart`,
 * `freeEnd`): their floats and critical path run across plans.
 */
export interface SuccessorBounds {
    readonly lateStart?: Moment;
    readonly lateEnd?: Moment;
    readonly freeStart?: Moment;
    readonly freeEnd?: Moment;
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
    readonly resources?: readonly ResourceInput[];
    /** Level the plan: delay work so that no resource is over its units on any day. */
    readonly level?: boolean;
    /** How work without its own `schedule` is placed: as soon as possible unless `alap`. */
    readonly schedule?: ScheduleMode;
    /** Schedule risk analysis: how estimates are sampled unless a task says; PERT-Beta when absent. */
    readonly distribution?: DurationDistribution;
    /** Schedule risk analysis: the range of every plain duration that does not give its own. */
    readonly uncertainty?: DurationUncertainty;
    /** In a programme, the work of other plans that links of this one wait for. */
    readonly external?: readonly ExternalItemInput[];
    /** In a programme, what the successors of its items in other plans allow them. */
    readonly successorBounds?: ReadonlyArray<SuccessorBounds & { readonly item: string }>;
}

/** What placed an item's early start when no predecessor did. */
export type StartReason = 'project-start' | 'status-date' | 'constraint' | 'actual-start' | 'levelling' | 'as-late-as-possible';

export interface ScheduledItem {
    readonly id: string;
    readonly name?: string;
    readonly kind: PlanItemKind;
    readonly phase?: string;
    /** Dates are shown inclusive: a 5-day task from Monday finishes on Friday. */
    readonly start: IsoDate;
    readonly finish: IsoDate;
    /**
     * In a plan scheduled to the minute, the times of day work starts and finishes, `HH:MM`: a
     * task finishing at the end of its day finishes at `17:00`; a milestone's two are its moment.
     * Shown where the schedule `usesHours`; a plan whose work left alone is a part day has them
     * too, for what needs them exactly (levelling, resource loading), but shows days.
     */
    readonly startTime?: string;
    readonly finishTime?: string;
    readonly lateStart: IsoDate;
    readonly lateFinish: IsoDate;
    /**
     * Working days of work: the duration, or the PERT mean of an estimate rounded up; part days
     * in a plan that uses hours (1.5). Elapsed work counts 24-hour days.
     */
    readonly durationDays: number;
    /** Working days the item can slip without delaying the project (total) or any successor (free). */
    readonly totalFloat: number;
    readonly freeFloat: number;
    /** In a plan scheduled to the minute, the same exactly, in working minutes (elapsed minutes for elapsed work). */
    readonly durationMinutes?: number;
    readonly totalFloatMinutes?: number;
    readonly freeFloatMinutes?: number;
    readonly critical: boolean;
    /** The predecessor whose link sets the early start, if one does: `project.id` where it is in another plan. */
    readonly drivingPredecessor?: string;
    /** The phase around the item whose link (`phase delivery { after approval }`) is that link, when it is a phase's. */
    readonly drivingPhase?: string;
    readonly startReason?: StartReason;
    /** The PERT standard deviation, (pessimistic - optimistic) / 6, in working days. */
    readonly standardDeviationDays?: number;
    readonly progress: number;
    /** A milestone placed by a finish stands at the end of its day; one placed by a start at its beginning. */
    readonly atEndOfDay?: boolean;
    /** In a levelled plan, the working days levelling delayed the start by: it waited for `delayedBy`. */
    readonly levellingDelay?: number;
    /** The resource the delayed work waited for, and the work that held it. */
    readonly delayedBy?: { readonly resource: string; readonly items: readonly string[] };
}

/** A constraint, a task's deadline or the project's deadline that the logic of the plan cannot meet. */
export interface MissedDate {
    /** The item whose constraint is missed (a phase's holds the work inside it); absent for the project deadline. */
    readonly item?: string;
    /** Which of the item's constraints. */
    readonly constraintIndex?: number;
    /** `deadline` is the project's; `task-deadline` the item's own `deadline`. */
    readonly kind: ConstraintKind | 'deadline' | 'task-deadline';
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
    /** Levelled: no resource over its units where waiting could help; floats allow for resources. */
    readonly levelled?: boolean;
    /**
     * Some duration, lag or work left is a part day: the plan is scheduled to the minute, and
     * its items carry times of day.
     */
    readonly usesHours?: boolean;
    /**
     * In a programme, what this plan's links allow the work of other plans they wait for, by
     * `project` and `id` of that work (programme.ts gives it to that plan as its successor bounds).
     */
    readonly externalBounds?: ReadonlyArray<SuccessorBounds & { readonly project: string; readonly id: string }>;
}
