// Calendar arithmetic for the peer tests, written independently of the engine's WorkingCalendar
// so that a shared mistake cannot hide a mismatch: days are whole days since 1970-01-01 (UTC),
// and a working day is Monday to Friday and not a holiday.

const MS_PER_DAY = 86_400_000;

/** Days since 1970-01-01 of `YYYY-MM-DD`. */
export function dayNumber(date: string): number {
    const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
    if (!match) {
        throw new Error(`Not a date: ${date}`);
    }
    return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** `YYYY-MM-DD` of a day number. */
export function isoDate(day: number): string {
    return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** 0 = Sunday ... 6 = Saturday, as `Date.getUTCDay`. */
export function weekday(day: number): number {
    return new Date(day * MS_PER_DAY).getUTCDay();
}

export function isWeekend(day: number): boolean {
    const dow = weekday(day);
    return dow === 0 || dow === 6;
}

export interface HolidaySpan {
    readonly from: string;
    /** Inclusive; absent for a one-day holiday. */
    readonly to?: string;
}

/** Monday to Friday, less holidays. */
export class WorkWeek {
    private readonly holidays = new Set<number>();

    constructor(holidays: readonly HolidaySpan[]) {
        for (const holiday of holidays) {
            const from = dayNumber(holiday.from);
            const to = holiday.to === undefined ? from : dayNumber(holiday.to);
            for (let day = from; day <= to; day++) {
                this.holidays.add(day);
            }
        }
    }

    isWorkingDay(day: number): boolean {
        return !isWeekend(day) && !this.holidays.has(day);
    }

    /** The first working day on or after `day`. */
    onOrAfter(day: number): number {
        return this.step(day, 1);
    }

    /** The last working day on or before `day`. */
    onOrBefore(day: number): number {
        return this.step(day, -1);
    }

    private step(day: number, by: 1 | -1): number {
        for (let tried = 0; tried < 3660; tried++, day += by) {
            if (this.isWorkingDay(day)) {
                return day;
            }
        }
        throw new Error('No working day within ten years');
    }
}
