import { getISODay, isValid, parseISO } from 'date-fns';

/** A calendar day written as in a plan: `YYYY-MM-DD`. */
export type IsoDate = string;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayName = typeof WEEKDAYS[number];

const WEEKDAY_TITLES: Record<WeekdayName, string> = {
    mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday'
};

/** True for a date that exists on the calendar: `2027-02-28` yes, `2027-02-30` no. */
export function isRealDate(date: IsoDate): boolean {
    return /^\d{4}-\d{2}-\d{2}$/.test(date) && isValid(parseISO(date));
}

/** The day of the week of a real date. */
export function weekdayOf(date: IsoDate): WeekdayName {
    return WEEKDAYS[getISODay(parseISO(date)) - 1];
}

export function weekdayTitle(day: WeekdayName): string {
    return WEEKDAY_TITLES[day];
}
