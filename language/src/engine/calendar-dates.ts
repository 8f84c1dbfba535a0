/** A calendar day written as in a plan: `YYYY-MM-DD`. */
export type IsoDate = string;

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type WeekdayName = typeof WEEKDAYS[number];

const WEEKDAY_TITLES: Record<WeekdayName, string> = {
    mon: 'Monday', tue: 'Tuesday', wed: 'Wednesday', thu: 'Thursday', fri: 'Friday', sat: 'Saturday', sun: 'Sunday'
};

/** Years that divide by 4 leap, but centuries only when they divide by 400 (the Gregorian rule, for every year). */
export function isLeapYear(year: number): boolean {
    return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** The days in a month (1 to 12) of a year. */
export function daysInMonth(year: number, month: number): number {
    return month === 2 && isLeapYear(year) ? 29 : MONTH_DAYS[month - 1];
}

/**
 * True for a date that exists on the calendar, read as written: `2027-02-28` yes, `2027-02-30`
 * no, `0027-03-01` (the year 27, not 1927) yes, `0000-01-01` no (there is no year 0).
 */
export function isRealDate(date: IsoDate): boolean {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
        return false;
    }
    const year = Number(date.slice(0, 4));
    const month = Number(date.slice(5, 7));
    const day = Number(date.slice(8, 10));
    return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * The years schedules stay within: a duration or lag of millions of days is a typo, and following
 * it would fill memory with working days. The working calendar stops a schedule at the same bounds.
 */
export const FIRST_PLAN_YEAR = 1900;
export const LAST_PLAN_YEAR = 2299;

/** A real date within the years plans are scheduled in (see `FIRST_PLAN_YEAR`): one the engine can take. */
export function isPlanDate(date: IsoDate): boolean {
    // Partial input can leave a date out of the AST: a real date is a string first.
    return isRealDate(date) && Number(date.slice(0, 4)) >= FIRST_PLAN_YEAR && Number(date.slice(0, 4)) <= LAST_PLAN_YEAR;
}

/** The day of the week of a real date. */
export function weekdayOf(date: IsoDate): WeekdayName {
    return weekdayOfDayNumber(dayNumberOf(date));
}

export function weekdayTitle(day: WeekdayName): string {
    return WEEKDAY_TITLES[day];
}

/**
 * Days since 1970-01-01 of a real date: plain integers make calendar arithmetic cheap. By Howard
 * Hinnant's days-from-civil, the inverse of `isoDateOfDayNumber`: `Date.UTC` would read the years
 * 0 to 99 as 1900 to 1999.
 */
export function dayNumberOf(date: IsoDate): number {
    const month = Number(date.slice(5, 7));
    const year = Number(date.slice(0, 4)) - (month <= 2 ? 1 : 0);
    const era = Math.floor(year / 400);
    const yearOfEra = year - era * 400;
    const dayOfYear = Math.floor((153 * (month > 2 ? month - 3 : month + 9) + 2) / 5) + Number(date.slice(8, 10)) - 1;
    const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
    return era * 146097 + dayOfEra - 719468;
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
    return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${dayOfMonth < 10 ? '0' : ''}${dayOfMonth}`;
}

/** 1970-01-01 was a Thursday. */
export function weekdayOfDayNumber(day: number): WeekdayName {
    return WEEKDAYS[(((day + 3) % 7) + 7) % 7];
}
