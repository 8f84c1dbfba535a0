// A calendar's working days as flat arrays over day offsets from a first day: levelling asks
// "where does this work end?" and "is this a working day?" millions of times, and an array
// lookup is what makes that affordable. It is built day by day from `WorkingCalendar.isWorkingDay`,
// so it agrees with work-time.ts (a test holds it to that).
import { isoDateOfDayNumber } from '../calendar-dates.js';
import { CalendarWithoutWorkError } from '../working-calendar.js';
import type { WorkingLine } from '../working-line.js';

/** As in working-calendar.ts: ten years without a working day means the calendar has none. */
const MAX_DAYS_WITHOUT_WORK = 3660;

export class DayLine {
    /** 1 on the calendar's working days, by offset. */
    works = new Uint8Array(0);
    /** Working days before offset t: also the index of the first working day on or after t. */
    before = new Int32Array(1);
    /** The offset of working day k. */
    at = new Int32Array(0);
    /** Offsets [0, length) are laid out. */
    length = 0;
    /** Working days in [0, length). */
    count = 0;
    private lastWorkingDay = -1;

    /** `base` is the day number of offset 0. */
    constructor(readonly calendar: WorkingLine, readonly base: number) {}

    /** Lays out offsets up to and including `offset`. */
    cover(offset: number): void {
        if (offset >= this.length) {
            this.grow(Math.max(offset + 1, this.length * 2, 64));
        }
    }

    /** Lays out at least k + 1 working days: working day k exists. */
    coverWorkingDay(k: number): void {
        while (this.count <= k) {
            const perDay = this.calendar.ticksPerDay;
            if (this.length - this.lastWorkingDay > MAX_DAYS_WITHOUT_WORK * perDay) {
                throw new CalendarWithoutWorkError(isoDateOfDayNumber(Math.floor((this.base + Math.max(0, this.lastWorkingDay)) / perDay)), 'from');
            }
            this.grow(Math.max(this.length * 2, 64));
        }
    }

    /** The index of the first working day on or after `offset`. */
    indexOnOrAfter(offset: number): number {
        this.cover(offset);
        return this.before[offset];
    }

    /** The index of the last working day on or before `offset`. */
    indexOnOrBefore(offset: number): number {
        this.cover(offset);
        return this.works[offset] ? this.before[offset] : this.before[offset] - 1;
    }

    /** The first working day on or after `offset`. */
    startOnOrAfter(offset: number): number {
        const k = this.indexOnOrAfter(offset);
        this.coverWorkingDay(k);
        return this.at[k];
    }

    /** The boundary after `duration` working days from working day index `k` (a milestone's is its start). */
    endFromIndex(k: number, duration: number): number {
        this.coverWorkingDay(k + duration - 1);
        return this.at[k + duration - 1] + 1;
    }

    /** The index of the first of `duration` working days that end on or before `offset` (the latest start). */
    latestStartIndexToEndBy(offset: number, duration: number): number {
        // Working days before `offset` number before[offset]: the last of them is the work's last day.
        return this.indexOnOrAfter(offset) - duration;
    }

    private grow(length: number): void {
        if (length > this.works.length) {
            const capacity = Math.max(length, this.works.length * 2);
            const works = new Uint8Array(capacity);
            works.set(this.works.subarray(0, this.length));
            const before = new Int32Array(capacity + 1);
            before.set(this.before.subarray(0, this.length + 1));
            this.works = works;
            this.before = before;
        }
        for (let t = this.length; t < length; t++) {
            const working = this.calendar.isWorkingDay(this.base + t);
            this.works[t] = working ? 1 : 0;
            if (working) {
                if (this.count >= this.at.length) {
                    const at = new Int32Array(Math.max(64, this.at.length * 2));
                    at.set(this.at);
                    this.at = at;
                }
                this.at[this.count++] = t;
                this.lastWorkingDay = t;
            }
            this.before[t + 1] = this.count;
        }
        this.length = length;
    }
}

/** One line per calendar, shared by everything on that calendar. */
export class DayLines {
    private readonly lines = new Map<WorkingLine, DayLine>();

    constructor(readonly base: number) {}

    of(calendar: WorkingLine): DayLine {
        let line = this.lines.get(calendar);
        if (!line) {
            line = new DayLine(calendar, this.base);
            this.lines.set(calendar, line);
        }
        return line;
    }
}
