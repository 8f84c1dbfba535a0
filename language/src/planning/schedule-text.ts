import { format, parseISO } from 'date-fns';
import type { ScheduledItem } from '../engine/plan-model.js';

/** `Mon 15 Feb 2027`: the day of the week matters to people reading a schedule. */
export function longDate(date: string): string {
    return format(parseISO(date), 'EEE d MMM yyyy');
}

/** `Mon 15 Feb 2027 13:00` in a plan that uses hours (the time given), else `Mon 15 Feb 2027`. */
export function longDateTime(date: string, time: string | undefined): string {
    return time === undefined ? longDate(date) : `${longDate(date)} ${time}`;
}

/** `15 Feb`: for hints beside the text, where space is short. */
export function shortDate(date: string): string {
    return format(parseISO(date), 'd MMM');
}

/** `15–19 Feb`, `26 Feb–3 Mar`, `15 Feb`: a stretch of days, as short as it reads. */
export function dayRangeText(from: string, to: string): string {
    if (from === to) {
        return shortDate(from);
    }
    const sameMonth = from.slice(0, 7) === to.slice(0, 7);
    return `${sameMonth ? String(Number(from.slice(8))) : shortDate(from)}–${shortDate(to)}`;
}

const START_REASONS: Record<NonNullable<ScheduledItem['startReason']>, string> = {
    'project-start': 'the project start',
    'status-date': 'the status date (not started yet)',
    'levelling': 'levelling (it waits for a resource)',
    'constraint': 'its date constraint',
    'actual-start': 'its actual start',
    'as-late-as-possible': 'its late start (as late as possible)',
};

export function startReasonText(reason: ScheduledItem['startReason']): string | undefined {
    return reason ? START_REASONS[reason] : undefined;
}
