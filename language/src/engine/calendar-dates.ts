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

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of a real date: plain integers make calendar arithmetic cheap. */
export function dayNumberOf(date: IsoDate): number {
    return Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / MS_PER_DAY;
}

export function isoDateOfDayNumber(day: number): IsoDate {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(day: number): WeekdayName {
    return WEEKDAYS[(((day + 3) % 7) + 7) % 7];
}
