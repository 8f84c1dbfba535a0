import { dayNumberOf, FIRST_PLAN_YEAR, isoDateOfDayNumber, LAST_PLAN_YEAR, weekdayOfDayNumber, WEEKDAYS, type IsoDate, type WeekdayName } from './calendar-dates.js';
import { DEFAULT_WORKING_HOURS, minutesOfWorkingHours, type WorkingInterval } from './working-hours.js';
import type { WorkingLine } from './working-line.js';

export interface CalendarInput {
    /** The name it has in the plan, for messages; the project's default calendar has none. */
    readonly name?: string;
    /** The days of the week that are worked; Monday to Friday when empty. */
    readonly workdays: readonly WeekdayName[];
    /** Days off: one day, or `from` to `to` inclusive. */
    readonly holidays: ReadonlyArray<{ readonly from: IsoDate; readonly to?: IsoDate }>;
    /** The working hours of each working day; 08:00-12:00 13:00-17:00 when absent. */
    readonly hours?: readonly WorkingInterval[];
    /** Days worked although the weekday is off or a holiday falls on them: one day, or `from` to `to` inclusive. */
    readonly workedDays?: ReadonlyArray<{ readonly from: IsoDate; readonly to?: IsoDate }>;
}

/** The days of the week a calendar works: Monday to Friday unless it names its own. */
export function workdaysOf(workdays: readonly WeekdayName[]): ReadonlySet<WeekdayName> {
    return new Set(workdays.length > 0 ? workdays : WEEKDAYS.slice(0, 5));
}

/**
 * Working time as a line of working days numbered from the first working day on or after an
 * anchor (the project start): day 0, 1, 2, ... and -1, -2, ... before it. Work that takes d days
 * from day s occupies [s, s + d).
 */
export class WorkingCalendar implements WorkingLine {
    readonly workdaysPerWeek: number;
    /** A line of whole days: each working day is one unit of work. */
    readonly ticksPerDay = 1;
    readonly workingTicksPerDay = 1;
    readonly hours: readonly WorkingInterval[];
    /** Working minutes in each working day: what a `1d` of work takes. */
    readonly minutesPerDay: number;
    private readonly workdays: ReadonlySet<WeekdayName>;
    private readonly holidays = new Set<number>();
    private readonly workedDays = new Set<number>();
    /** Day numbers of working days 0, 1, 2, ... and of -1, -2, ..., grown on demand. */
    private readonly forward: number[] = [];
    private readonly backward: number[] = [];
    private readonly forwardDates: IsoDate[] = [];
    private readonly backwardDates: IsoDate[] = [];
    /** `dense[day - denseFrom]`: the index of the first working day on or after `day`, for days near the work. */
    private dense = new Int32Array(0);
    private denseFrom = 0;

    constructor(input: CalendarInput, anchor: IsoDate) {
        this.workdays = workdaysOf(input.workdays);
        this.workdaysPerWeek = this.workdays.size;
        this.hours = input.hours ?? DEFAULT_WORKING_HOURS;
        this.minutesPerDay = minutesOfWorkingHours(this.hours);
        for (const [days, ranges] of [[this.holidays, input.holidays], [this.workedDays, input.workedDays ?? []]] as const) {
            for (const range of ranges) {
                const from = dayNumberOf(range.from);
                const to = range.to === undefined ? from : dayNumberOf(range.to);
                for (let day = from; day <= to; day++) {
                    days.add(day);
                }
            }
        }
        this.forward.push(this.nextWorkingDay(dayNumberOf(anchor), 1));
    }

    isWorkingDay(day: number): boolean {
        return this.workedDays.has(day) || (this.workdays.has(weekdayOfDayNumber(day)) && !this.holidays.has(day));
    }

    /** The day number of working day `index`. */
    dayOf(index: number): number {
        if (index >= 0) {
            while (this.forward.length <= index) {
                this.forward.push(this.nextWorkingDay(this.forward[this.forward.length - 1] + 1, 1));
            }
            return this.forward[index];
        }
        while (this.backward.length < -index) {
            const after = this.backward.length === 0 ? this.forward[0] : this.backward[this.backward.length - 1];
            this.backward.push(this.nextWorkingDay(after - 1, -1));
        }
        return this.backward[-index - 1];
    }

    dateOf(index: number): IsoDate {
        if (index >= 0) {
            return this.forwardDates[index] ??= isoDateOfDayNumber(this.dayOf(index));
        }
        return this.backwardDates[-index - 1] ??= isoDateOfDayNumber(this.dayOf(index));
    }

    /** The index of the first working day on or after `date`. */
    indexOnOrAfter(date: IsoDate): number {
        const day = dayNumberOf(date);
        return this.search(day, true);
    }

    /** The index of the last working day on or before `date`. */
    indexOnOrBefore(date: IsoDate): number {
        const day = dayNumberOf(date);
        return this.search(day, false);
    }

    /** The index of the first working day on or after day number `day`. */
    indexOnOrAfterDay(day: number): number {
        const at = day - this.denseFrom;
        return at >= 0 && at < this.dense.length ? this.dense[at] : this.cover(day);
    }

    /** The index of the last working day on or before day number `day`. */
    indexOnOrBeforeDay(day: number): number {
        const after = this.indexOnOrAfterDay(day);
        return this.dayOf(after) === day ? after : after - 1;
    }

    /**
     * Widens the table of indices by day (at least doubling it, so that scheduling a plan widens it
     * a few times, not once per task) to cover `day`, and answers for it.
     */
    private cover(day: number): number {
        const length = this.dense.length;
        // Clear of the years schedules keep within, where looking for a working day stops.
        const from = Math.max(FIRST_DAY + 7, length === 0 ? day - DENSE_MARGIN : Math.min(day - DENSE_MARGIN, this.denseFrom - length));
        const to = Math.min(LAST_DAY - 7, length === 0 ? day + DENSE_MARGIN : Math.max(day + DENSE_MARGIN, this.denseFrom + 2 * length));
        if (day < from || day >= to) {
            return this.search(day, true);
        }
        const dense = new Int32Array(to - from);
        let index = this.search(from, true);
        for (let at = 0; at < dense.length; at++) {
            while (this.dayOf(index) < from + at) {
                index++;
            }
            dense[at] = index;
        }
        this.dense = dense;
        this.denseFrom = from;
        return dense[day - from];
    }

    private search(day: number, onOrAfter: boolean): number {
        // Grow the table until it brackets the day, then binary-search it.
        let low = -1;
        while (this.dayOf(low) >= day) {
            low *= 2;
        }
        let high = 1;
        while (this.dayOf(high) < day) {
            high *= 2;
        }
        while (high - low > 1) {
            const middle = Math.floor((low + high) / 2);
            if (this.dayOf(middle) < day) {
                low = middle;
            } else {
                high = middle;
            }
        }
        // dayOf(low) < day <= dayOf(high)
        if (this.dayOf(high) === day || onOrAfter) {
            return high;
        }
        return low;
    }

    /** The first working day from `day` on, stepping by `step` (1 or -1). */
    private nextWorkingDay(day: number, step: 1 | -1): number {
        const from = day;
        for (let tried = 0; tried < MAX_DAYS_WITHOUT_WORK; tried++, day += step) {
            if (day < FIRST_DAY || day > LAST_DAY) {
                throw new ScheduleOutOfRangeError();
            }
            if (this.isWorkingDay(day)) {
                return day;
            }
        }
        throw new CalendarWithoutWorkError(isoDateOfDayNumber(from), step === 1 ? 'from' : 'up to');
    }
}

/** Days either side of a day first asked about that the table of indices by day covers. */
const DENSE_MARGIN = 366;

/**
 * Schedules stay within these years: a duration or lag of millions of days is a typo, and
 * following it would fill memory with working days.
 */
const FIRST_DAY = dayNumberOf(`${FIRST_PLAN_YEAR}-01-01`);
const LAST_DAY = dayNumberOf(`${LAST_PLAN_YEAR}-12-31`);

/** A plan the engine cannot schedule as written: the message says why, to the user. */
export class SchedulingError extends Error {}

export class ScheduleOutOfRangeError extends SchedulingError {
    constructor() {
        super(`The schedule runs outside the years ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}: is a duration, lag or date far too large?`);
    }
}

/** Ten years without a working day: the calendar's holidays cover all of its workdays. */
const MAX_DAYS_WITHOUT_WORK = 3660;

export class CalendarWithoutWorkError extends SchedulingError {
    constructor(readonly date: IsoDate, direction: 'from' | 'up to') {
        super(`The calendar has no working day in the ten years ${direction} ${date}.`);
    }
}
