// The budget's S-curve: cumulative planned value over the whole plan, and earned value and actual
// cost up to the status date, at the end of each week (or month, for plans longer than half a
// year) and at the status date itself.
//
// The plan records progress and spend as totals at the status date, not their history, so the
// curve spreads each task's EV and AC evenly over the working days it has run: from its start to
// its finish or to the status date, whichever is first. At the status date the curve's EV and AC
// are exactly the earned-value report's.
import { dayNumberOf, daysInMonth, isoDateOfDayNumber, type IsoDate } from './calendar-dates.js';
import { taskBudget } from './earned-value.js';
import type { ScheduledPlan } from './baseline-variance.js';
import type { PlanInput, Schedule } from './plan-model.js';
import { WorkingCalendar } from './working-calendar.js';

export interface BudgetCurvePoint {
    readonly date: IsoDate;
    readonly pv: number;
    /** Up to the status date only. */
    readonly ev?: number;
    readonly ac?: number;
}

export interface BudgetCurve {
    readonly interval: 'week' | 'month';
    readonly status: IsoDate;
    readonly points: readonly BudgetCurvePoint[];
}

/** Plans up to about half a year are drawn week by week. */
const WEEKLY_UP_TO_DAYS = 183;

/** A span of working-day indices over which an amount accrues evenly. */
interface Accrual {
    readonly amount: number;
    readonly first: number;
    readonly last: number;
}

/**
 * The curve of a plan with a status date. `planned` is the plan scheduled without progress (PV's
 * dates), `actual` the plan's schedule (where work with progress really ran). With a `baseline`,
 * PV accrues over the baseline's dates and budgets instead, as in the earned-value report.
 */
export function budgetCurve(plan: PlanInput, planned: Schedule, actual: Schedule, baseline?: ScheduledPlan): BudgetCurve | undefined {
    const status = plan.status;
    if (!status) {
        return undefined;
    }
    const calendar = new WorkingCalendar(plan.calendar, plan.start);
    const statusIndex = calendar.indexOnOrBefore(status);
    const plannedItems = new Map(planned.items.map(item => [item.id, item]));
    const actualItems = new Map(actual.items.map(item => [item.id, item]));

    const pv: Accrual[] = [];
    const ev: Accrual[] = [];
    const ac: Accrual[] = [];
    const pvFrom = baseline ?? { plan, schedule: planned };
    const pvDates = pvFrom === baseline ? new Map(baseline.schedule.items.map(item => [item.id, item])) : plannedItems;
    for (const item of pvFrom.plan.items) {
        const scheduled = pvDates.get(item.id);
        if (item.kind === 'task' && scheduled) {
            const first = calendar.indexOnOrAfter(scheduled.start);
            pv.push({ amount: taskBudget(item, scheduled.durationDays), first, last: first + Math.max(scheduled.durationDays, 1) - 1 });
        }
    }
    for (const item of plan.items) {
        const scheduled = plannedItems.get(item.id);
        if (item.kind !== 'task' || !scheduled) {
            continue;
        }
        const ran = actualItems.get(item.id) ?? scheduled;
        // Work reported before its scheduled start (validation warns) counts at the status date.
        const start = Math.min(calendar.indexOnOrAfter(ran.start), statusIndex);
        const end = Math.max(start, Math.min(calendar.indexOnOrBefore(ran.finish), statusIndex));
        const earned = taskBudget(item, scheduled.durationDays) * Math.min(100, Math.max(0, item.progress ?? 0)) / 100;
        ev.push({ amount: earned, first: start, last: end });
        ac.push({ amount: item.spent ?? 0, first: start, last: end });
    }

    const finish = [planned.finish, actual.finish, status, ...(baseline ? [baseline.schedule.finish] : [])].sort().at(-1)!;
    const dates = periodEnds(plan.start, finish, status);
    const interval = dayNumberOf(finish) - dayNumberOf(plan.start) <= WEEKLY_UP_TO_DAYS ? 'week' : 'month';
    return {
        interval, status,
        points: dates.map(date => {
            const index = calendar.indexOnOrBefore(date);
            const point: BudgetCurvePoint = { date, pv: accrued(pv, index) };
            return date <= status ? { ...point, ev: accrued(ev, index), ac: accrued(ac, index) } : point;
        }),
    };
}

/** What has accrued by the end of the working day with this index. */
function accrued(accruals: readonly Accrual[], index: number): number {
    let total = 0;
    for (const { amount, first, last } of accruals) {
        if (index >= last) {
            total += amount;
        } else if (index >= first) {
            total += amount * (index - first + 1) / (last - first + 1);
        }
    }
    return total;
}

/** The last day of each week (or month) from the start through the finish, and the status date. */
function periodEnds(start: IsoDate, finish: IsoDate, status: IsoDate): IsoDate[] {
    const first = dayNumberOf(start);
    const last = dayNumberOf(finish);
    const ends = new Set<IsoDate>([status]);
    if (last - first <= WEEKLY_UP_TO_DAYS) {
        for (let day = first + 6; ; day += 7) {
            ends.add(isoDateOfDayNumber(Math.min(day, last)));
            if (day >= last) {
                break;
            }
        }
    } else {
        let [year, month] = [Number(start.slice(0, 4)), Number(start.slice(5, 7))];
        for (;;) {
            const monthEnd = dayNumberOf(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-01`) + daysInMonth(year, month) - 1;
            ends.add(isoDateOfDayNumber(Math.min(monthEnd, last)));
            if (monthEnd >= last) {
                break;
            }
            [year, month] = month === 12 ? [year + 1, 1] : [year, month + 1];
        }
    }
    return [...ends].filter(date => date >= start).sort();
}
