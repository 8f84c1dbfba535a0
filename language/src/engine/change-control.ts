// Change control against a baseline: changes approved since the baseline was taken move it forward,
// changes approved before it are already in it, and no change is counted twice. The original
// baseline plus the approved changes is the current baseline; the plan as scheduled today is the
// forecast, measured against the current baseline.
import type { IsoDate } from './calendar-dates.js';
import { budgetAtCompletion, type ScheduledPlan } from './baseline-variance.js';
import type { Schedule, ScheduledItem } from './plan-model.js';
import type { ChangeInput, RegistersInput } from './register-model.js';
import { WorkingCalendar } from './working-calendar.js';

/** A plan's baseline as read from history: the plan then, and its registers then. */
export interface BaselinePlan extends ScheduledPlan {
    readonly registers: RegistersInput;
}

export interface ChangeControl {
    /** The baseline as it was taken: its finish and budget at completion. */
    readonly original: { readonly finish: IsoDate; readonly bac: number };
    /** Approved or implemented since the baseline: these move it, by what each says it adds. */
    readonly approvedSince: readonly ChangeInput[];
    /** Approved or implemented when the baseline was taken: part of it already, not counted again. */
    readonly inBaseline: readonly ChangeInput[];
    /** The original baseline moved by the changes approved since: their working days and cost added. */
    readonly current: { readonly finish: IsoDate; readonly bac: number };
    /** Today's schedule: its finish, and working days from the current baseline's (positive: later). */
    readonly forecast: { readonly finish: IsoDate; readonly finishVariance: number };
}

const isApproved = (change: ChangeInput) => change.status === 'approved' || change.status === 'implemented';

/** The changes approved since the baseline, and those it holds already. */
export function changesAgainst(current: RegistersInput, baseline: RegistersInput): Pick<ChangeControl, 'approvedSince' | 'inBaseline'> {
    const approvedThen = new Set(baseline.changes.filter(isApproved).map(change => change.id));
    const approved = current.changes.filter(isApproved);
    return {
        approvedSince: approved.filter(change => !approvedThen.has(change.id)),
        inBaseline: approved.filter(change => approvedThen.has(change.id)),
    };
}

/** Today's plan (as scheduled, `registers` today) against its baseline, under change control. */
export function changeControlOf(current: ScheduledPlan & { readonly registers: RegistersInput }, baseline: BaselinePlan): ChangeControl {
    const { approvedSince, inBaseline } = changesAgainst(current.registers, baseline.registers);
    const calendar = new WorkingCalendar(current.plan.calendar, current.plan.start);
    const original = { finish: baseline.schedule.finish, bac: budgetAtCompletion(baseline) };
    const days = Math.round(approvedSince.reduce((sum, change) => sum + (change.timeImpactDays ?? 0), 0));
    const cost = approvedSince.reduce((sum, change) => sum + (change.costImpact ?? 0), 0);
    const currentFinish = calendar.dateOf(calendar.indexOnOrBefore(original.finish) + days);
    return {
        original,
        approvedSince,
        inBaseline,
        current: { finish: currentFinish, bac: original.bac + cost },
        forecast: {
            finish: current.schedule.finish,
            finishVariance: calendar.indexOnOrBefore(current.schedule.finish) - calendar.indexOnOrBefore(currentFinish),
        },
    };
}

/**
 * The current baseline item by item: the work an approved-since change `affects` takes today's
 * planned dates and budget (the change re-baselined it); everything else keeps the baseline's.
 * `planned` is today's plan scheduled without its progress.
 */
export function currentBaseline(baseline: BaselinePlan, planned: ScheduledPlan, current: RegistersInput): BaselinePlan {
    const affected = new Set(changesAgainst(current, baseline.registers).approvedSince.flatMap(change => change.affects));
    if (affected.size === 0) {
        return baseline;
    }
    const plannedItems = new Map(planned.plan.items.map(item => [item.id, item]));
    const plannedDates = new Map(planned.schedule.items.map(item => [item.id, item]));
    const rebaselined = <T extends { readonly id: string }>(items: readonly T[], today: ReadonlyMap<string, T>): T[] => {
        const kept = items.map(item => affected.has(item.id) ? today.get(item.id) ?? item : item);
        const known = new Set(items.map(item => item.id));
        // Work a change added (and names in `affects`) joins the baseline too.
        return [...kept, ...[...affected].filter(id => !known.has(id) && today.has(id)).map(id => today.get(id)!)];
    };
    const items = rebaselined(baseline.schedule.items, plannedDates);
    return {
        ...baseline,
        plan: { ...baseline.plan, items: rebaselined(baseline.plan.items, plannedItems) },
        schedule: { ...baseline.schedule, items, finish: latestFinish(items, baseline.schedule) },
    };
}

function latestFinish(items: readonly ScheduledItem[], schedule: Schedule): IsoDate {
    return items.reduce((latest, item) => item.finish > latest ? item.finish : latest, schedule.start);
}
