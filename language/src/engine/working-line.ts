// Working time as a line of working units on a line of time points, which the scheduler and
// levelling place work on (work-time.ts). A whole-day plan's unit is a day and its points are day
// numbers (WorkingCalendar). A plan that uses hours cuts every day into ticks of a few minutes (a
// tick divides the day, every calendar's working hours and every span of the plan), so that its
// arithmetic stays in whole numbers: point t is minute t x tickMinutes since 1970-01-01, and a
// calendar's working ticks are those of its working hours on its working days.
import type { WorkingCalendar } from './working-calendar.js';
import { MINUTES_PER_DAY } from './working-hours.js';

export interface WorkingLine {
    readonly workdaysPerWeek: number;
    /** Points per day: 1 on a line of days. */
    readonly ticksPerDay: number;
    /** Working units in each working day: 1 on a line of days. */
    readonly workingTicksPerDay: number;
    isWorkingDay(point: number): boolean;
    /** The point at which working unit `index` starts. */
    dayOf(index: number): number;
    /** The index of the first working unit that starts on or after `point`. */
    indexOnOrAfterDay(point: number): number;
    /** The index of the last working unit that starts on or before `point`. */
    indexOnOrBeforeDay(point: number): number;
}

/**
 * A calendar's working hours cut into ticks of `tickMinutes`. Every working day has the same
 * working ticks, so working tick k is tick k mod W of working day k div W (W working ticks a day):
 * no table beyond the calendar's own days is needed.
 */
export class PartDayCalendar implements WorkingLine {
    readonly workdaysPerWeek: number;
    readonly ticksPerDay: number;
    readonly workingTicksPerDay: number;
    /** The working ticks of a day, in order, as offsets from midnight. */
    private readonly slots: Int32Array;
    /** `before[s]`: working ticks of a day before offset s, which is the first one on or after it. */
    private readonly before: Int32Array;

    constructor(readonly days: WorkingCalendar, readonly tickMinutes: number) {
        this.workdaysPerWeek = days.workdaysPerWeek;
        const perDay = this.ticksPerDay = MINUTES_PER_DAY / tickMinutes;
        const slots: number[] = [];
        this.before = new Int32Array(perDay + 1);
        for (let slot = 0; slot < perDay; slot++) {
            this.before[slot] = slots.length;
            const minute = slot * tickMinutes;
            if (days.hours.some(interval => interval.from <= minute && minute < interval.to)) {
                slots.push(slot);
            }
        }
        this.before[perDay] = slots.length;
        this.slots = Int32Array.from(slots);
        this.workingTicksPerDay = slots.length;
    }

    isWorkingDay(point: number): boolean {
        const day = Math.floor(point / this.ticksPerDay);
        const slot = point - day * this.ticksPerDay;
        return this.days.isWorkingDay(day) && this.before[slot + 1] > this.before[slot];
    }

    dayOf(index: number): number {
        const day = Math.floor(index / this.workingTicksPerDay);
        return this.days.dayOf(day) * this.ticksPerDay + this.slots[index - day * this.workingTicksPerDay];
    }

    indexOnOrAfterDay(point: number): number {
        const day = Math.floor(point / this.ticksPerDay);
        const dayIndex = this.days.indexOnOrAfterDay(day);
        if (this.days.dayOf(dayIndex) !== day) {
            return dayIndex * this.workingTicksPerDay;
        }
        return dayIndex * this.workingTicksPerDay + this.before[point - day * this.ticksPerDay];
    }

    indexOnOrBeforeDay(point: number): number {
        const after = this.indexOnOrAfterDay(point);
        return this.dayOf(after) === point ? after : after - 1;
    }
}
