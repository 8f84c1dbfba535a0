// A resource's load week by week (ISO weeks, from Monday): its day-by-day loading summed, in
// unit-days, for reports that read better by the week than by the day.
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from './calendar-dates.js';
import type { ResourceLoad } from './resource-loading.js';

export interface WeekLoad {
    /** The Monday the week starts on (its first days may lie before the schedule's start). */
    readonly week: IsoDate;
    /** Units asked for on each of the week's days, summed: unit-days. */
    readonly required: number;
    /** Units the resource has on each of the week's days (none on its days off), summed. */
    readonly available: number;
    /**
     * Units asked for beyond what it has, day by day, summed: a day on which 5 of a crew of 4 are
     * asked for counts 1, and a day off on which 1 is asked for counts 1. Not required − available:
     * a quiet day does not make up for a day over.
     */
    readonly over: number;
    /** How many of the week's days are over. */
    readonly daysOver: number;
}

/** Below this, a difference of units is rounding, not a day over. */
const EPSILON = 1e-9;

/** The Monday of the ISO week a date is in. */
export function mondayOf(date: IsoDate): IsoDate {
    const day = dayNumberOf(date);
    // Day 0, 1970-01-01, was a Thursday: Monday is 3 days before it.
    const sinceMonday = (((day + 3) % 7) + 7) % 7;
    return isoDateOfDayNumber(day - sinceMonday);
}

/**
 * The load's days grouped by week, in order, one entry per week the days touch. Only the days of
 * the load count: the first and last weeks of a schedule that starts or finishes mid-week are
 * partial.
 */
export function weeklyLoading(load: ResourceLoad): WeekLoad[] {
    const weeks: Array<{ week: IsoDate; required: number; available: number; over: number; daysOver: number }> = [];
    for (const day of load.days) {
        const week = mondayOf(day.day);
        let current = weeks.at(-1);
        if (current?.week !== week) {
            weeks.push(current = { week, required: 0, available: 0, over: 0, daysOver: 0 });
        }
        current.required += day.required;
        current.available += day.available;
        if (day.required > day.available + EPSILON) {
            current.over += day.required - day.available;
            current.daysOver += 1;
        }
    }
    return weeks;
}
