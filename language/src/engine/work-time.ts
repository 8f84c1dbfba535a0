// Work placed on the calendar, in day numbers (days since 1970-01-01), each piece of work on its
// own working calendar: the arithmetic that the scheduler and levelling share, so that a link or
// a lag means the same in both. A plan that uses hours runs the same arithmetic on ticks of part
// days (working-line.ts): read "day" below as "unit of the line".
//
// Work of d > 0 working days that starts on working day `start` occupies its calendar's first d
// working days from `start`; its `end` is the day after the last of them (an exclusive boundary,
// which may be a day off). Work of no duration (a milestone) starts and ends on one boundary.
// Lags count working days of the lag calendar (the project's), from the boundary they follow.
import type { DependencyType } from './plan-model.js';
import type { WorkingLine } from './working-line.js';

/** The first working day on or after `day`. */
export function startOnOrAfter(calendar: WorkingLine, day: number): number {
    return calendar.dayOf(calendar.indexOnOrAfterDay(day));
}

/** The last working day on or before `day`. */
export function workingDayOnOrBefore(calendar: WorkingLine, day: number): number {
    return calendar.dayOf(calendar.indexOnOrBeforeDay(day));
}

/** Where work of `duration` working days that starts on working day `start` ends. */
export function endOf(calendar: WorkingLine, start: number, duration: number): number {
    return duration <= 0 ? start : calendar.dayOf(calendar.indexOnOrAfterDay(start) + duration - 1) + 1;
}

/** The earliest start of work of `duration` working days that ends on or after `bound`. */
export function earliestStartToEndBy(calendar: WorkingLine, bound: number, duration: number): number {
    return duration <= 0 ? bound : calendar.dayOf(calendar.indexOnOrAfterDay(bound - 1) - duration + 1);
}

/** The latest start of work of `duration` working days that ends on or before `bound`. */
export function latestStartToEndBy(calendar: WorkingLine, bound: number, duration: number): number {
    return duration <= 0 ? bound : calendar.dayOf(calendar.indexOnOrBeforeDay(bound - 1) - duration + 1);
}

/** The latest end on or before `bound` of work of `duration` working days: its last working day's boundary. */
export function latestEndBy(calendar: WorkingLine, bound: number, duration: number): number {
    return duration <= 0 ? bound : workingDayOnOrBefore(calendar, bound - 1) + 1;
}

/**
 * The boundary `lag` working days after `day`: a lag of 2 after Friday's end is the end of
 * Tuesday; a lead (negative) steps back over working days from the first one on or after `day`.
 */
export function afterLag(lagCalendar: WorkingLine, day: number, lag: number): number {
    if (lag === 0) {
        return day;
    }
    const first = lagCalendar.indexOnOrAfterDay(day);
    return lag > 0 ? lagCalendar.dayOf(first + lag - 1) + 1 : lagCalendar.dayOf(first + lag);
}

/** The latest boundary `b` whose `afterLag(b, lag)` is on or before `day`: `afterLag` undone, for backward passes. */
export function beforeLag(lagCalendar: WorkingLine, day: number, lag: number): number {
    if (lag === 0) {
        return day;
    }
    return lag > 0
        ? lagCalendar.dayOf(lagCalendar.indexOnOrBeforeDay(day - 1) - lag + 1)
        : lagCalendar.dayOf(lagCalendar.indexOnOrBeforeDay(day) - lag);
}

/** Working days of `calendar` from `from` up to (not including) `to`; negative when `to` comes first. */
export function workingDaysBetween(calendar: WorkingLine, from: number, to: number): number {
    return calendar.indexOnOrAfterDay(to) - calendar.indexOnOrAfterDay(from);
}

/** Where a predecessor's work is, and the link from it. */
export interface PlacedLink {
    readonly type: DependencyType;
    /** Working days of the lag calendar; negative for a lead. */
    readonly lag: number;
    readonly predecessorStart: number;
    readonly predecessorEnd: number;
}

/**
 * The earliest start a link allows its successor, work of `duration` working days on `calendar`:
 * FS: start after the predecessor's end; SS: start after its start; FF: end after its end;
 * SF: end after its start; each `lag` working days later.
 */
export function earliestStartByLink(link: PlacedLink, lagCalendar: WorkingLine, calendar: WorkingLine, duration: number): number {
    const fromStart = link.type === 'SS' || link.type === 'SF';
    const bound = afterLag(lagCalendar, fromStart ? link.predecessorStart : link.predecessorEnd, link.lag);
    return link.type === 'FS' || link.type === 'SS'
        ? (duration <= 0 ? bound : startOnOrAfter(calendar, bound))
        : earliestStartToEndBy(calendar, bound, duration);
}
