// The working days each item is shown to take, in hover, the schedule table and JSON, exports and
// the preview. The schedule keeps the planned duration of finished work (its budget is spread over
// those days), but a finished task that took four days should not read "3 working days".
import type { PlanInput, Schedule } from './plan-model.js';
import { workCalendarsOf } from './work-calendars.js';

const shown = new WeakMap<Schedule, ReadonlyMap<string, number>>();

/**
 * Each item's working days: for a finished task with actual dates, the days from its actual start
 * to its actual finish on its calendar; for anything else, the planned ones.
 */
export function shownDurations(plan: PlanInput, schedule: Schedule): ReadonlyMap<string, number> {
    let days = shown.get(schedule);
    if (!days) {
        shown.set(schedule, days = measure(plan, schedule));
    }
    return days;
}

/** The schedule as people read it: each item's `durationDays` the shown one (see `shownDurations`). Never for earned value or costs. */
export function withShownDurations(plan: PlanInput, schedule: Schedule): Schedule {
    const days = shownDurations(plan, schedule);
    const changed = schedule.items.some(item => days.get(item.id) !== item.durationDays);
    return changed ? { ...schedule, items: schedule.items.map(item => ({ ...item, durationDays: days.get(item.id) ?? item.durationDays })) } : schedule;
}

function measure(plan: PlanInput, schedule: Schedule): ReadonlyMap<string, number> {
    const days = new Map(schedule.items.map(item => [item.id, item.durationDays]));
    const finished = plan.items.some(item => item.kind === 'task' && (item.progress ?? 0) >= 100 && (item.actualStart ?? item.actualFinish) !== undefined);
    if (!finished) {
        return days;
    }
    const calendars = workCalendarsOf(plan).items;
    const scheduled = new Map(schedule.items.map(item => [item.id, item]));
    plan.items.forEach((item, i) => {
        const dates = scheduled.get(item.id);
        if (item.kind === 'task' && (item.progress ?? 0) >= 100 && (item.actualStart ?? item.actualFinish) !== undefined && dates) {
            // The scheduled dates of finished work are its actual ones, on working days.
            days.set(item.id, Math.max(0, calendars[i].indexOnOrBefore(dates.finish) - calendars[i].indexOnOrAfter(dates.start) + 1));
        }
    });
    return days;
}
