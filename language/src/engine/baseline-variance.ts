// The plan against its baseline, item by item, as MS Project's variance columns: baseline start and
// finish, how many working days the start, the finish and the duration moved (positive: later or
// longer), and the cost at completion against the baseline's; work added since, and work removed.
// Working days are counted on today's project calendar.
import type { IsoDate } from './calendar-dates.js';
import { taskBudget } from './earned-value.js';
import type { PlanInput, PlanItemKind, Schedule, ScheduledItem } from './plan-model.js';
import { WorkingCalendar } from './working-calendar.js';

/** A plan and its schedule. */
export interface ScheduledPlan {
    readonly plan: PlanInput;
    readonly schedule: Schedule;
}

export interface Variance {
    readonly baselineStart: IsoDate;
    readonly baselineFinish: IsoDate;
    /** Working days from the baseline's start to today's (positive: later). */
    readonly startVariance: number;
    readonly finishVariance: number;
    /** Working days longer than in the baseline (negative: shorter). */
    readonly durationVariance: number;
    /** Budget at completion in the baseline, and today's less it. */
    readonly baselineCost: number;
    readonly costVariance: number;
}

export interface ItemVariance extends Variance {
    readonly id: string;
}

export interface RemovedItem {
    readonly id: string;
    readonly name?: string;
    readonly kind: PlanItemKind;
    readonly baselineStart: IsoDate;
    readonly baselineFinish: IsoDate;
}

export interface BaselineComparison {
    /** Items in both, in today's order. */
    readonly items: readonly ItemVariance[];
    /** Ids of today's items that the baseline does not have. */
    readonly added: readonly string[];
    /** The baseline's items that today's plan no longer has, in the baseline's order. */
    readonly removed: readonly RemovedItem[];
    /** The project as a whole: its start, finish and budget at completion. */
    readonly project: Variance;
}

/** Today's plan against its baseline. */
export function compareWithBaseline(current: ScheduledPlan, baseline: ScheduledPlan): BaselineComparison {
    const calendar = new WorkingCalendar(current.plan.calendar, current.plan.start);
    const startShift = (from: IsoDate, to: IsoDate) => calendar.indexOnOrAfter(to) - calendar.indexOnOrAfter(from);

    const currentCosts = costsAtCompletion(current);
    const baselineCosts = costsAtCompletion(baseline);
    const baselineItems = new Map(baseline.schedule.items.map(item => [item.id, item]));
    const currentIds = new Set(current.schedule.items.map(item => item.id));

    const variance = (now: Pick<ScheduledItem, 'start' | 'finish' | 'durationDays'>, then: Pick<ScheduledItem, 'start' | 'finish' | 'durationDays'>, nowCost: number, thenCost: number): Variance => ({
        baselineStart: then.start,
        baselineFinish: then.finish,
        startVariance: startShift(then.start, now.start),
        finishVariance: finishShift(calendar, then.finish, now.finish),
        durationVariance: now.durationDays - then.durationDays,
        baselineCost: thenCost,
        costVariance: nowCost - thenCost,
    });

    const items: ItemVariance[] = [];
    const added: string[] = [];
    for (const item of current.schedule.items) {
        const then = baselineItems.get(item.id);
        if (then) {
            items.push({ id: item.id, ...variance(item, then, currentCosts.get(item.id) ?? 0, baselineCosts.get(item.id) ?? 0) });
        } else {
            added.push(item.id);
        }
    }
    const removed = baseline.schedule.items
        .filter(item => !currentIds.has(item.id))
        .map(item => ({ id: item.id, name: item.name, kind: item.kind, baselineStart: item.start, baselineFinish: item.finish }));
    const projectDays = (schedule: Schedule) => ({
        start: schedule.start,
        finish: schedule.finish,
        durationDays: calendar.indexOnOrBefore(schedule.finish) - calendar.indexOnOrAfter(schedule.start) + 1,
    });
    return {
        items, added, removed,
        project: variance(projectDays(current.schedule), projectDays(baseline.schedule), currentCosts.get(PROJECT) ?? 0, baselineCosts.get(PROJECT) ?? 0),
    };
}

/** Working days from a finish on `from` to one on `to` (positive: later), as the variance columns count them. */
export function finishShift(calendar: WorkingCalendar, from: IsoDate, to: IsoDate): number {
    return calendar.indexOnOrBefore(to) - calendar.indexOnOrBefore(from);
}

const PROJECT = '\0project';

/** The budget at completion of a scheduled plan: its tasks' budgets over their scheduled working days. */
export function budgetAtCompletion(scheduled: ScheduledPlan): number {
    return costsAtCompletion(scheduled).get(PROJECT) ?? 0;
}

/** Each task's budget at completion, each phase's (its tasks'), and the project's under PROJECT. */
function costsAtCompletion({ plan, schedule }: ScheduledPlan): Map<string, number> {
    const days = new Map(schedule.items.map(item => [item.id, item.durationDays]));
    const phaseOf = new Map(plan.items.map(item => [item.id, item.phase]));
    const costs = new Map<string, number>([[PROJECT, 0]]);
    for (const item of plan.items) {
        if (item.kind !== 'task') {
            continue;
        }
        const cost = taskBudget(item, days.get(item.id) ?? 0);
        costs.set(item.id, cost);
        costs.set(PROJECT, costs.get(PROJECT)! + cost);
        // Once per enclosing phase, even where duplicate ids (an error) would make the chain loop.
        const counted = new Set<string>();
        for (let phase = item.phase; phase !== undefined && !counted.has(phase); phase = phaseOf.get(phase)) {
            counted.add(phase);
            costs.set(phase, (costs.get(phase) ?? 0) + cost);
        }
    }
    return costs;
}
