// The working days each item is shown to take, in hover, the schedule table and JSON, exports and
// the preview. The schedule keeps the planned duration of finished work (its budget is spread over
// those days), but a finished task that took four days should not read "3 working days".
import { dayNumberOf } from './calendar-dates.js';
import type { PlanInput, Schedule } from './plan-model.js';
import { elapsedWork } from './plan-time.js';
import { workCalendarsOf } from './work-calendars.js';
import { MINUTES_PER_DAY } from './working-hours.js';

/** An item's shown days, and for finished work the working minutes in them. */
interface Shown {
    readonly days: number;
    readonly minutes?: number;
}

const shown = new WeakMap<Schedule, ReadonlyMap<string, Shown>>();
const daysShown = new WeakMap<Schedule, ReadonlyMap<string, number>>();

/**
 * Each item's working days: for a finished task with actual dates, the days from its actual start
 * to its actual finish on its calendar (calendar days for elapsed work, whose durations count
 * them); for anything else, the planned ones.
 */
export function shownDurations(plan: PlanInput, schedule: Schedule): ReadonlyMap<string, number> {
    let days = daysShown.get(schedule);
    if (!days) {
        daysShown.set(schedule, days = new Map([...measured(plan, schedule)].map(([id, { days }]) => [id, days])));
    }
    return days;
}

/**
 * The schedule as people read it: each item's `durationDays` the shown one (see `shownDurations`),
 * and in a plan that uses hours its `durationMinutes` the working minutes of those days: the dates
 * of finished work are known, not its times, so it fills them. Never for earned value or costs.
 */
export function withShownDurations(plan: PlanInput, schedule: Schedule): Schedule {
    const all = measured(plan, schedule);
    const changed = schedule.items.some(item => all.get(item.id)?.minutes !== undefined);
    return changed ? {
        ...schedule,
        items: schedule.items.map(item => {
            const finished = all.get(item.id);
            if (finished?.minutes === undefined) {
                return item;
            }
            return { ...item, durationDays: finished.days, ...(item.durationMinutes === undefined ? {} : { durationMinutes: finished.minutes }) };
        }),
    } : schedule;
}

function measured(plan: PlanInput, schedule: Schedule): ReadonlyMap<string, Shown> {
    let found = shown.get(schedule);
    if (!found) {
        shown.set(schedule, found = measure(plan, schedule));
    }
    return found;
}

function measure(plan: PlanInput, schedule: Schedule): ReadonlyMap<string, Shown> {
    const all = new Map<string, Shown>(schedule.items.map(item => [item.id, { days: item.durationDays }]));
    const isFinished = (item: PlanInput['items'][number]) =>
        item.kind === 'task' && (item.progress ?? 0) >= 100 && (item.actualStart ?? item.actualFinish) !== undefined;
    if (!plan.items.some(isFinished)) {
        return all;
    }
    const calendars = workCalendarsOf(plan).items;
    const scheduled = new Map(schedule.items.map(item => [item.id, item]));
    plan.items.forEach((item, i) => {
        const dates = scheduled.get(item.id);
        if (isFinished(item) && dates) {
            // The scheduled dates of finished work are its actual ones: working days, or every day for elapsed work.
            if (elapsedWork(item)) {
                const days = Math.max(0, dayNumberOf(dates.finish) - dayNumberOf(dates.start) + 1);
                all.set(item.id, { days, minutes: days * MINUTES_PER_DAY });
            } else {
                const days = Math.max(0, calendars[i].indexOnOrBefore(dates.finish) - calendars[i].indexOnOrAfter(dates.start) + 1);
                all.set(item.id, { days, minutes: days * calendars[i].minutesPerDay });
            }
        }
    });
    return all;
}
