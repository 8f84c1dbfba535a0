/**
 * A span of time as written in a plan: `5d`, `2w`, `4h`, `+2d`, `-1d`, in working time; `3ed`,
 * `1ew`, `12eh` in elapsed time, which runs through nights, weekends and holidays.
 */
export interface WorkingSpan {
    readonly amount: number;
    readonly unit: SpanUnit;
}

export type SpanUnit = 'h' | 'd' | 'w' | 'eh' | 'ed' | 'ew';

export function parseWorkingSpan(text: string): WorkingSpan | undefined {
    const match = /^([+-]?\d+(?:\.\d+)?)(e?[hdw])$/.exec(text.trim());
    return match ? { amount: Number(match[1]), unit: match[2] as SpanUnit } : undefined;
}

/** Elapsed time: 24-hour days, every day of the week. */
export function isElapsed(span: WorkingSpan): boolean {
    return span.unit.startsWith('e');
}

/** A working day of 8 hours, 08:00-12:00 13:00-17:00, unless a calendar says otherwise. */
export const DEFAULT_MINUTES_PER_DAY = 480;
export const MINUTES_PER_ELAPSED_DAY = 1440;

/**
 * The minutes of a span: working minutes on a calendar working `minutesPerDay` a day and
 * `workdaysPerWeek` days a week, or wall-clock minutes for elapsed time. Plans write amounts with a
 * few decimals, so the product is a whole number of minutes up to rounding error, which is
 * dropped; a span finer than a minute (reported by validation) is rounded up to the minute.
 */
export function spanMinutes(span: WorkingSpan, minutesPerDay: number, workdaysPerWeek: number): number {
    const minutes = span.amount * minutesPerUnit(span.unit, minutesPerDay, workdaysPerWeek);
    const whole = Math.round(minutes);
    return Math.abs(minutes - whole) < 1e-6 ? whole : Math.sign(minutes) * Math.ceil(Math.abs(minutes));
}

/** True when the span is a whole number of minutes: `0.1h` is 6 minutes, `0.01h` is not. */
export function isWholeMinutes(span: WorkingSpan, minutesPerDay = DEFAULT_MINUTES_PER_DAY, workdaysPerWeek = 5): boolean {
    const minutes = span.amount * minutesPerUnit(span.unit, minutesPerDay, workdaysPerWeek);
    return Math.abs(minutes - Math.round(minutes)) < 1e-6;
}

function minutesPerUnit(unit: SpanUnit, minutesPerDay: number, workdaysPerWeek: number): number {
    switch (unit) {
        case 'h':
        case 'eh':
            return 60;
        case 'd':
            return minutesPerDay;
        case 'w':
            return minutesPerDay * workdaysPerWeek;
        case 'ed':
            return MINUTES_PER_ELAPSED_DAY;
        case 'ew':
            return 7 * MINUTES_PER_ELAPSED_DAY;
    }
}

/**
 * Days in a span, for a calendar with `workdaysPerWeek` working days a week of `minutesPerDay`
 * working minutes: working days, or for elapsed time 24-hour days.
 */
export function spanInWorkingDays(span: WorkingSpan, workdaysPerWeek: number, minutesPerDay = DEFAULT_MINUTES_PER_DAY): number {
    switch (span.unit) {
        case 'd':
            return span.amount;
        case 'w':
            return span.amount * workdaysPerWeek;
        case 'ed':
            return span.amount;
        case 'ew':
            return span.amount * 7;
        case 'h':
            return span.amount * 60 / minutesPerDay;
        case 'eh':
            return span.amount / 24;
    }
}

/** Whole working days of a span: work is scheduled in whole days, so a part day takes a day. */
export function wholeWorkingDays(span: WorkingSpan, workdaysPerWeek: number): number {
    return Math.ceil(spanInWorkingDays(span, workdaysPerWeek) - 1e-9);
}

/** A lag or lead in whole working days: a part day counts as a day, either way. */
export function lagInWorkingDays(lag: WorkingSpan | undefined, workdaysPerWeek: number): number {
    if (!lag) {
        return 0;
    }
    const days = spanInWorkingDays(lag, workdaysPerWeek);
    return Math.sign(days) * Math.ceil(Math.abs(days) - 1e-9);
}

/** The PERT mean (o + 4m + p) / 6 and standard deviation (p - o) / 6 of a three-point estimate, in working days. */
export function pert(optimistic: number, mostLikely: number, pessimistic: number): { mean: number; standardDeviation: number } {
    return { mean: (optimistic + 4 * mostLikely + pessimistic) / 6, standardDeviation: (pessimistic - optimistic) / 6 };
}

/** A lag or lead as written in a plan, signed: `+2d`, `-1w`. */
export function signedSpanText(span: WorkingSpan): string {
    return `${span.amount >= 0 ? '+' : ''}${span.amount}${span.unit}`;
}
