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

/**
 * The date of a day number, by Howard Hinnant's civil-from-days: schedules format thousands of
 * dates, and this is several times faster than going through `Date#toISOString`.
 */
export function isoDateOfDayNumber(day: number): IsoDate {
    const z = day + 719468;
    const era = Math.floor(z / 146097);
    const dayOfEra = z - era * 146097;
    const yearOfEra = Math.floor((dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365);
    const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
    const shiftedMonth = Math.floor((5 * dayOfYear + 2) / 153);
    const dayOfMonth = dayOfYear - Math.floor((153 * shiftedMonth + 2) / 5) + 1;
    const month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9;
    const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
    return `${year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(day: number): WeekdayName {
    return WEEKDAYS[(((day + 3) % 7) + 7) % 7];
}
