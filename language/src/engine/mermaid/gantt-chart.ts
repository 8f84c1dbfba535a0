import { dayNumberOf, isoDateOfDayNumber, WEEKDAYS, type IsoDate, type WeekdayName } from '../calendar-dates.js';
import { ganttRows, type GanttOptions, type GanttRow, type GanttRows } from '../gantt-rows.js';
import type { PlanInput, PlanItemKind, Schedule } from '../plan-model.js';
import { workdaysOf, type CalendarInput } from '../working-calendar.js';
import { mermaidId, mermaidText } from './mermaid-text.js';

export { DEFAULT_GANTT_COLLAPSE_ABOVE, type GanttOptions } from '../gantt-rows.js';

/** A row with the Mermaid task id of its bar. */
export type GanttChartRow = GanttRow & { readonly mermaidId: string };

export interface GanttChartOptions extends GanttOptions {
    /**
     * How the status date is marked: a vertical `line` (Mermaid's `vert`, which the preview's own
     * Mermaid draws and restyles), or a `milestone` row of its own, for Markdown: hosts draw it with
     * their own, often older, Mermaid, and before 11.8 a `vert` breaks the whole chart.
     */
    readonly statusMarker?: 'line' | 'milestone';
}

export interface GanttChart extends GanttRows {
    readonly mermaid: string;
    readonly rows: readonly GanttChartRow[];
}

const DAY_NAMES: Record<WeekdayName, string> = {
    mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
};

function dayAfter(date: IsoDate): IsoDate {
    return isoDateOfDayNumber(dayNumberOf(date) + 1);
}

/**
 * The schedule as a Mermaid Gantt chart: a bar per row of `ganttRows` (a phase's summary bar heads
 * its section), on the computed dates (never Mermaid's own `after` arithmetic), `crit` on critical
 * work, `done`/`active` from progress, each milestone centred in the day it falls on, the status
 * date as a marker (see `statusMarker`), weekends and holidays shaded.
 */
export function ganttChart(plan: PlanInput, schedule: Schedule, options: GanttChartOptions = {}): GanttChart {
    const gantt = ganttRows(plan, schedule, options);
    const lastDay = [schedule.finish, plan.status].filter((date): date is IsoDate => date !== undefined).sort().at(-1)!;
    const lines = ganttHeader(plan.calendar, { from: schedule.start, to: dayAfter(lastDay) }, schedule.usesHours);
    // Progress is as of the end of the status day.
    const statusMoment = plan.status !== undefined && schedule.usesHours ? `${dayAfter(plan.status)} 00:00` : undefined;
    if (plan.status !== undefined && options.statusMarker === 'milestone') {
        // Inside its day, as the plan's milestones are; at the end of it where bars run by the hour.
        const when = statusMoment ?? plan.status;
        lines.push('    section Status date', `    Status date:milestone, status_date, ${when}, ${when}`);
    }
    let section: string | undefined;
    const rows = gantt.rows.map(row => {
        if (row.section !== section) {
            section = row.section;
            lines.push(`    section ${mermaidText(section)}`);
        }
        // Work of another plan (`alpha.done`) has ids of its own, apart from this plan's (`alpha_done`).
        const id = mermaidId(row.elsewhere ? 'x' : 't', row.id);
        const tags = [
            row.critical ? 'crit' : '',
            row.progress >= 100 ? 'done' : row.progress > 0 ? 'active' : '',
        ];
        const label = row.folded ? `${row.title} (${row.contains} items)` : row.title;
        lines.push(ganttBar({ label, tags, id, kind: row.kind, start: row.start, finish: row.finish, startTime: row.startTime, finishTime: row.finishTime }));
        return { ...row, mermaidId: id };
    });
    if (plan.status !== undefined && options.statusMarker !== 'milestone') {
        lines.push(`    Status date:vert, status_date, ${statusMoment ?? dayAfter(plan.status)}, 0d`);
    }
    return { ...gantt, rows, mermaid: lines.join('\n') + '\n' };
}

/** One bar of a Gantt chart: `label` is plain text (escaped here), `tags` Mermaid's (`crit`, `done`…). */
export function ganttBar(bar: {
    readonly label: string; readonly tags: readonly string[]; readonly id: string;
    readonly kind: PlanItemKind; readonly start: IsoDate; readonly finish: IsoDate;
    /** In a plan that uses hours: the bar runs from time to time, and a milestone stands at its moment. */
    readonly startTime?: string; readonly finishTime?: string;
}): string {
    const tags = [...bar.tags, bar.kind === 'milestone' ? 'milestone' : ''].filter(Boolean);
    if (bar.startTime !== undefined && bar.finishTime !== undefined) {
        const when = `${dateTime(bar.start, bar.startTime)}, ${dateTime(bar.finish, bar.finishTime)}`;
        return `    ${mermaidText(bar.label)}:${[...tags, bar.id, when].join(', ')}`;
    }
    // A milestone spans its whole day (inclusive end dates), so that Mermaid, which centres a
    // milestone's diamond in its span, draws it inside the day it falls on.
    const when = bar.kind === 'milestone' ? `${bar.start}, ${bar.start}` : `${bar.start}, ${bar.finish}`;
    // No space before the colon: Mermaid would keep it at the end of the label.
    return `    ${mermaidText(bar.label)}:${[...tags, bar.id, when].join(', ')}`;
}

/**
 * The lines that open a Gantt chart on a plan's calendar: dates as plans write them, end dates
 * inclusive, Mermaid's "today" line off (a chart is read long after it is drawn), and the weekends
 * and holidays shaded: those within `span`, if given (public holidays fill whole years).
 */
export function ganttHeader(calendar: CalendarInput, span?: { readonly from: IsoDate; readonly to: IsoDate }, withTimes = false): string[] {
    const workdays = workdaysOf(calendar.workdays);
    // Mermaid cannot work an excluded weekday by exception; a worked holiday it can leave unshaded.
    const worked = new Set((calendar.workedDays ?? []).flatMap(range => holidayDays(range.from, range.to)));
    const excluded = [
        ...WEEKDAYS.filter(day => !workdays.has(day)).map(day => DAY_NAMES[day]),
        ...calendar.holidays.flatMap(holiday => holidayDays(holiday.from, holiday.to))
            .filter(day => !worked.has(day) && (!span || (span.from <= day && day <= span.to))),
    ];
    // With times, bars end at the time work ends, not inclusive of a last day.
    const lines = withTimes
        ? ['gantt', '    dateFormat YYYY-MM-DD HH:mm', '    axisFormat %d %b', '    todayMarker off']
        : ['gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %d %b', '    inclusiveEndDates', '    todayMarker off'];
    if (excluded.length > 0) {
        lines.push(`    excludes ${excluded.join(', ')}`);
    }
    return lines;
}

/** `2027-01-04 17:00`; work that ends at midnight ends at 00:00 of the next day. */
function dateTime(date: IsoDate, time: string): string {
    return time === '24:00' ? `${dayAfter(date)} 00:00` : `${date} ${time}`;
}

function holidayDays(from: IsoDate, to: IsoDate | undefined): IsoDate[] {
    const days = [from];
    for (let day = from; to !== undefined && day < to;) {
        day = dayAfter(day);
        days.push(day);
    }
    return days;
}
