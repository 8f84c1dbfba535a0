// A calendar's working hours: the same intervals of every working day, in minutes from midnight.
// MS Project's standard calendar works 08:00-12:00 and 13:00-17:00, and so does Proj's unless a
// calendar says `hours 6` (that shape, shortened or lengthened in the afternoon) or lists its
// own intervals (`hours 09:00-12:30 13:30-17:30`).

/** Working time of a day from `from` up to (not including) `to`, in minutes from midnight. */
export interface WorkingInterval {
    readonly from: number;
    readonly to: number;
}

export const MINUTES_PER_DAY = 1440;

export const DEFAULT_WORKING_HOURS: readonly WorkingInterval[] = [{ from: 8 * 60, to: 12 * 60 }, { from: 13 * 60, to: 17 * 60 }];

/** The longest day `hours N` lays out: 08:00-12:00 then 13:00 to midnight. */
export const MAX_HOURS_A_DAY = 15;

/**
 * `hours N`: N hours from 08:00, with an hour for lunch at 12:00 when the day is longer than
 * four hours, as MS Project's standard calendar for N = 8.
 */
export function workingHoursOfLength(hours: number): WorkingInterval[] {
    const minutes = Math.round(hours * 60);
    const morning = Math.min(minutes, 4 * 60);
    const intervals = [{ from: 8 * 60, to: 8 * 60 + morning }];
    if (minutes > morning) {
        intervals.push({ from: 13 * 60, to: 13 * 60 + minutes - morning });
    }
    return intervals;
}

/** `09:00-12:30` as minutes from midnight; `24:00` ends a day. */
export function parseTimeRange(text: string): WorkingInterval | undefined {
    const match = /^(\d{2}):(\d{2})-(\d{2}):(\d{2})$/.exec(text.trim());
    if (!match) {
        return undefined;
    }
    const [fromHours, fromMinutes, toHours, toMinutes] = match.slice(1).map(Number);
    if (fromMinutes > 59 || toMinutes > 59) {
        return undefined;
    }
    return { from: fromHours * 60 + fromMinutes, to: toHours * 60 + toMinutes };
}

/** What is wrong with working hours as written, and which interval (by index) is wrong. */
export interface WorkingHoursProblem {
    readonly message: string;
    readonly index?: number;
}

/** What is wrong with a day's intervals, or undefined when they are in order and within the day. */
export function workingHoursProblem(intervals: readonly WorkingInterval[]): WorkingHoursProblem | undefined {
    for (const [index, interval] of intervals.entries()) {
        if (interval.to > MINUTES_PER_DAY || interval.from >= MINUTES_PER_DAY) {
            return { index, message: `${intervalText(interval)} runs past midnight: a day's working hours end by 24:00.` };
        }
        if (interval.to <= interval.from) {
            return { index, message: `${intervalText(interval)} ends before it starts: a day's working hours run from an earlier time to a later one.` };
        }
        const previous = intervals[index - 1];
        if (previous && interval.from < previous.to) {
            return {
                index,
                message: `${intervalText(interval)} ${interval.from < previous.from ? 'comes before' : 'overlaps'} ${intervalText(previous)}: list a day's working hours in order, without overlaps.`,
            };
        }
    }
    return undefined;
}

/**
 * A calendar's working hours as written, `hours 8` or `hours 09:00-12:30 13:30-17:30`: undefined
 * (the default day) when it gives none, and what is wrong when they cannot be used.
 */
export function workingHoursAsWritten(hoursPerDay: number | undefined, ranges: readonly string[]): { hours?: WorkingInterval[]; problem?: WorkingHoursProblem } {
    if (hoursPerDay !== undefined && ranges.length > 0) {
        return { problem: { message: 'Give a day\'s working hours once: a number of hours (`hours 8`) or the times (`hours 09:00-12:30 13:30-17:30`), not both.' } };
    }
    if (hoursPerDay !== undefined) {
        if (hoursPerDay <= 0) {
            return { problem: { message: 'A working day needs some working hours: `hours 8` is the usual day.' } };
        }
        if (hoursPerDay > MAX_HOURS_A_DAY) {
            return { problem: { message: `\`hours ${hoursPerDay}\` runs past midnight from 08:00 with an hour for lunch: give the times instead (\`hours 00:00-24:00\` works around the clock).` } };
        }
        if (Math.abs(hoursPerDay * 60 - Math.round(hoursPerDay * 60)) > 1e-6) {
            return { problem: { message: `\`hours ${hoursPerDay}\` is not a whole number of minutes: the engine works to the minute.` } };
        }
        return { hours: workingHoursOfLength(hoursPerDay) };
    }
    if (ranges.length === 0) {
        return {};
    }
    const intervals: WorkingInterval[] = [];
    for (const [index, text] of ranges.entries()) {
        const interval = parseTimeRange(text);
        if (!interval || interval.from > MINUTES_PER_DAY || interval.to > MINUTES_PER_DAY) {
            return { problem: { index, message: `${text} is not a time range of a day: write \`HH:MM-HH:MM\` between 00:00 and 24:00.` } };
        }
        intervals.push(interval);
    }
    const problem = workingHoursProblem(intervals);
    return problem ? { problem } : { hours: intervals };
}

export function minutesOfWorkingHours(intervals: readonly WorkingInterval[]): number {
    return intervals.reduce((sum, interval) => sum + interval.to - interval.from, 0);
}

/** The hours that all of several calendars work: what work on all of them at once can use. */
export function sharedWorkingHours(patterns: ReadonlyArray<readonly WorkingInterval[]>): WorkingInterval[] {
    let shared: WorkingInterval[] = [...patterns[0] ?? DEFAULT_WORKING_HOURS];
    for (const pattern of patterns.slice(1)) {
        const next: WorkingInterval[] = [];
        for (const a of shared) {
            for (const b of pattern) {
                const from = Math.max(a.from, b.from);
                const to = Math.min(a.to, b.to);
                if (from < to) {
                    next.push({ from, to });
                }
            }
        }
        shared = next;
    }
    return shared;
}

/** `08:00`, `17:30`, `24:00`: a time of day in minutes from midnight. */
export function clockText(minutes: number): string {
    const hours = Math.floor(minutes / 60);
    const rest = minutes - hours * 60;
    return `${hours < 10 ? '0' : ''}${hours}:${rest < 10 ? '0' : ''}${rest}`;
}

/** Minutes from midnight of `HH:MM`. */
export function clockMinutes(text: string): number {
    return Number(text.slice(0, 2)) * 60 + Number(text.slice(3, 5));
}

function intervalText(interval: WorkingInterval): string {
    return `${clockText(interval.from)}-${clockText(interval.to)}`;
}
