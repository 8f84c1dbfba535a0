// A calendar's days off and days worked by exception, as MS Project keeps them: runs of days,
// none overlapping, each wholly off or wholly worked. Proj lets them overlap (a holiday range
// with a worked day inside it; a public holiday also written by hand), and a worked day wins.
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from '../engine/calendar-dates.js';
import type { CalendarInput } from '../engine/working-calendar.js';
import { titleOfDays } from './interchange-plan.js';

export interface CalendarException {
    readonly from: IsoDate;
    readonly to: IsoDate;
    readonly working: boolean;
    readonly title?: string;
}

/** The exceptions of a calendar in date order, runs of consecutive days with the same state and title merged. */
export function calendarExceptionsOf(calendar: Pick<CalendarInput, 'holidays' | 'workedDays'>): CalendarException[] {
    const days = new Map<number, { working: boolean; title?: string }>();
    const mark = (ranges: CalendarInput['holidays'], working: boolean) => {
        for (const range of ranges) {
            const title = titleOfDays(range);
            for (let day = dayNumberOf(range.from); day <= dayNumberOf(range.to ?? range.from); day++) {
                const known = days.get(day);
                if (!known || working || (!known.working && known.title === undefined)) {
                    days.set(day, { working, title: title ?? (known?.working === working ? known.title : undefined) });
                }
            }
        }
    };
    mark(calendar.holidays, false);
    mark(calendar.workedDays ?? [], true);
    const exceptions: CalendarException[] = [];
    let run: { from: number; to: number; working: boolean; title?: string } | undefined;
    for (const day of [...days.keys()].sort((a, b) => a - b)) {
        const state = days.get(day)!;
        if (run && run.to === day - 1 && run.working === state.working && run.title === state.title) {
            run.to = day;
            continue;
        }
        if (run) {
            exceptions.push(exceptionOf(run));
        }
        run = { from: day, to: day, ...state };
    }
    if (run) {
        exceptions.push(exceptionOf(run));
    }
    return exceptions;
}

function exceptionOf(run: { from: number; to: number; working: boolean; title?: string }): CalendarException {
    return { from: isoDateOfDayNumber(run.from), to: isoDateOfDayNumber(run.to), working: run.working, ...(run.title !== undefined ? { title: run.title } : {}) };
}
