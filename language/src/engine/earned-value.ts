// Earned value at the status date, per task, phase and project, from plain plan data.
//
// - BAC, the budget at completion of a task: its fixed cost plus its resources' cost per working
//   day times its planned working days. Phases and the project add up their tasks.
// - PV, planned value: the share of BAC the plan meant to have done by the end of the status
//   date, accrued evenly over the task's planned working days. "Planned" is the baseline where
//   the plan names one (its dates and budgets; work added since has none), else the plan's own
//   schedule with no progress recorded.
// - EV, earned value: BAC x progress. AC, actual cost: what was spent.
// - SV = EV - PV, CV = EV - AC, SPI = EV / PV, CPI = EV / AC, EAC = BAC / CPI (BAC while nothing
//   is spent), ETC = EAC - AC, VAC = BAC - EAC, TCPI = (BAC - EV) / (BAC - AC). A ratio whose
//   divisor is zero is left undefined, and so is a forecast from a CPI of 0 (money spent,
//   nothing earned): at that rate the work would never finish. TCPI is undefined too with no work
//   left (finished work has no efficiency to reach: 0.00 would read as "none needed" or alarm) or
//   no budget left (no efficiency finishes the work within it; the ratio would be negative).
import type { ScheduledPlan } from './baseline-variance.js';
import type { PlanInput, PlanItemInput, Schedule } from './plan-model.js';
import { levelledScheduleOf } from './levelling/plan-levelling.js';
import { schedulePlan } from './scheduler.js';
import { SchedulingError, WorkingCalendar } from './working-calendar.js';
import type { IsoDate } from './calendar-dates.js';

export interface EarnedValueFigures {
    readonly bac: number;
    readonly pv: number;
    readonly ev: number;
    readonly ac: number;
    readonly sv: number;
    readonly cv: number;
    readonly spi?: number;
    readonly cpi?: number;
    readonly eac?: number;
    readonly etc?: number;
    readonly vac?: number;
    readonly tcpi?: number;
}

export interface EarnedValueLine extends EarnedValueFigures {
    /** A task's or phase's id; the project's for the project line. */
    readonly id: string;
    readonly kind: 'task' | 'phase' | 'project';
    /** Phases and the project: their budget, when the plan gives one. */
    readonly budget?: number;
    /** Tasks: the planned start (with no progress recorded), when the task could be scheduled. */
    readonly plannedStart?: IsoDate;
}

export interface EarnedValueReport {
    readonly status: IsoDate;
    /** Tasks and phases in plan order (milestones carry no cost), then the project. */
    readonly lines: readonly EarnedValueLine[];
}

interface Amounts {
    bac: number;
    pv: number;
    ev: number;
    ac: number;
}

/** Sums of progress shares carry rounding: less than this left is nothing left. */
const HALF_A_PENNY = 0.005;

const ratio = (numerator: number, divisor: number) => divisor === 0 ? undefined : numerator / divisor;

/** The derived figures of summed amounts. */
export function earnedValueFigures({ bac, pv, ev, ac }: Amounts): EarnedValueFigures {
    const cpi = ratio(ev, ac);
    const eac = cpi === undefined ? bac : cpi === 0 ? undefined : bac / cpi;
    return {
        bac, pv, ev, ac, sv: ev - pv, cv: ev - ac, spi: ratio(ev, pv), cpi,
        eac, etc: eac === undefined ? undefined : eac - ac, vac: eac === undefined ? undefined : bac - eac,
        tcpi: bac - ev > HALF_A_PENNY && bac - ac > HALF_A_PENNY ? (bac - ev) / (bac - ac) : undefined,
    };
}

/** The plan with its progress taken away: what was planned, not what happened. */
export function plannedOnly(plan: PlanInput): PlanInput {
    return {
        ...plan,
        status: undefined,
        items: plan.items.map(item => ({ ...item, progress: undefined, actualStart: undefined, actualFinish: undefined })),
    };
}

/**
 * The plan scheduled without its progress: the planned dates PV accrues over. Undefined when the
 * calendar cannot hold it, which can happen where the plan itself could be scheduled.
 */
export function plannedScheduleOf(plan: PlanInput): Schedule | undefined {
    try {
        return plannedSchedule(plan);
    } catch (error) {
        if (error instanceof SchedulingError) {
            return undefined;
        }
        throw error;
    }
}

/** The plan's planned dates: scheduled without its progress, and levelled if the plan is. */
function plannedSchedule(plan: PlanInput): Schedule {
    const planned = plannedOnly(plan);
    const schedule = schedulePlan(planned);
    return plan.level ? levelledScheduleOf(planned, schedule) : schedule;
}

/** A task's budget at completion: its fixed cost and its resources for its working days. */
export function taskBudget(item: PlanItemInput, workingDays: number): number {
    return (item.cost ?? 0) + (item.resourceCostPerDay ?? 0) * workingDays;
}

/**
 * Earned value as of the plan's status date; undefined when the plan has none. `planned` is the
 * plan scheduled without its progress, when the caller has it already. With a `baseline`, planned
 * value accrues over the baseline's dates and budgets instead.
 */
export function earnedValueOf(plan: PlanInput, planned: Schedule = plannedSchedule(plan), baseline?: ScheduledPlan): EarnedValueReport | undefined {
    if (!plan.status) {
        return undefined;
    }
    const status = plan.status;
    const calendar = new WorkingCalendar(plan.calendar, plan.start);
    const statusIndex = calendar.indexOnOrBefore(status);
    const scheduled = new Map(planned.items.map(item => [item.id, item]));
    const baselineDates = baseline && new Map(baseline.schedule.items.map(item => [item.id, item]));
    const baselineItems = baseline && new Map(baseline.plan.items.map(item => [item.id, item]));

    /** The share of a piece of work planned to be done by the status date. */
    const plannedShare = (dates: { readonly start: IsoDate; readonly durationDays: number } | undefined): number => {
        if (dates && dates.durationDays > 0) {
            const elapsed = statusIndex - calendar.indexOnOrAfter(dates.start) + 1;
            return Math.min(dates.durationDays, Math.max(0, elapsed)) / dates.durationDays;
        }
        return dates && dates.start <= status ? 1 : 0;
    };
    const plannedValue = (item: PlanItemInput, bac: number): number => {
        if (!baselineDates || !baselineItems) {
            return bac * plannedShare(scheduled.get(item.id));
        }
        const then = baselineDates.get(item.id);
        const thenItem = baselineItems.get(item.id);
        return then && thenItem ? taskBudget(thenItem, then.durationDays) * plannedShare(then) : 0;
    };

    const taskAmounts = (item: PlanItemInput): Amounts => {
        const bac = taskBudget(item, scheduled.get(item.id)?.durationDays ?? 0);
        return { bac, pv: plannedValue(item, bac), ev: bac * Math.min(100, Math.max(0, item.progress ?? 0)) / 100, ac: item.spent ?? 0 };
    };

    const phaseTotals = new Map<string, Amounts>();
    const project: Amounts = { bac: 0, pv: 0, ev: 0, ac: 0 };
    const add = (into: Amounts, amounts: Amounts) => {
        into.bac += amounts.bac;
        into.pv += amounts.pv;
        into.ev += amounts.ev;
        into.ac += amounts.ac;
    };
    const phaseOf = new Map(plan.items.map(item => [item.id, item.phase]));
    const taskLines = new Map<string, Amounts>();
    for (const item of plan.items) {
        if (item.kind !== 'task') {
            continue;
        }
        const amounts = taskAmounts(item);
        taskLines.set(item.id, amounts);
        add(project, amounts);
        // A task counts in its phase and in every phase around it (once each: in a plan with
        // duplicate ids, validation's error, the containment could otherwise loop).
        const counted = new Set<string>();
        for (let phase = item.phase; phase !== undefined && !counted.has(phase); phase = phaseOf.get(phase)) {
            counted.add(phase);
            let phaseTotal = phaseTotals.get(phase);
            if (!phaseTotal) {
                phaseTotals.set(phase, phaseTotal = { bac: 0, pv: 0, ev: 0, ac: 0 });
            }
            add(phaseTotal, amounts);
        }
    }

    const lines: EarnedValueLine[] = [];
    for (const item of plan.items) {
        if (item.kind === 'task') {
            lines.push({ id: item.id, kind: 'task', plannedStart: scheduled.get(item.id)?.start, ...earnedValueFigures(taskLines.get(item.id)!) });
        } else if (item.kind === 'phase') {
            lines.push({ id: item.id, kind: 'phase', budget: item.budget, ...earnedValueFigures(phaseTotals.get(item.id) ?? { bac: 0, pv: 0, ev: 0, ac: 0 }) });
        }
    }
    lines.push({ id: plan.id, kind: 'project', budget: plan.budget, ...earnedValueFigures(project) });
    return { status: plan.status, lines };
}
