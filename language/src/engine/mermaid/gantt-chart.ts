import { addDays, format, parseISO } from 'date-fns';
import { WEEKDAYS, type IsoDate, type WeekdayName } from '../calendar-dates.js';
import type { PlanInput, Schedule, ScheduledItem } from '../plan-model.js';
import { mermaidId, mermaidText } from './mermaid-text.js';

export interface GanttOptions {
    /** Past this many tasks and milestones, phases are drawn as summary bars. */
    readonly collapseAbove?: number;
    /** A phase to draw in full even when the others are collapsed. */
    readonly expandedPhase?: string;
}

export interface GanttChart {
    readonly mermaid: string;
    /** Whether phases are drawn as summary bars. */
    readonly collapsed: boolean;
    /** The Mermaid task id of each bar, with the plan id it stands for (a task, milestone or phase). */
    readonly bars: ReadonlyArray<{ readonly mermaidId: string; readonly id: string }>;
    /** The top-level phases, for a control that expands one of a collapsed chart. */
    readonly phases: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

export const DEFAULT_GANTT_COLLAPSE_ABOVE = 300;

const DAY_NAMES: Record<WeekdayName, string> = {
    mon: 'monday', tue: 'tuesday', wed: 'wednesday', thu: 'thursday', fri: 'friday', sat: 'saturday', sun: 'sunday',
};

/** A day after `date`: Mermaid places a point in time at the start of the day it names. */
function dayAfter(date: IsoDate): IsoDate {
    return format(addDays(parseISO(date), 1), 'yyyy-MM-dd');
}

/**
 * The schedule as a Mermaid Gantt chart: one section per phase (nested phases flattened with
 * their path), the computed dates (never Mermaid's own `after` arithmetic), `crit` on critical
 * work, `done`/`active` from progress, milestones where the schedule puts them, the status date
 * as a marker, weekends and holidays shaded.
 */
export function ganttChart(plan: PlanInput, schedule: Schedule, options: GanttOptions = {}): GanttChart {
    const items = schedule.items;
    const byId = new Map(items.map(item => [item.id, item]));
    const workCount = items.filter(item => item.kind !== 'phase').length;
    const collapsed = workCount > (options.collapseAbove ?? DEFAULT_GANTT_COLLAPSE_ABOVE);
    const titleOf = (item: ScheduledItem) => item.name ?? item.id;
    const topPhaseOf = (item: ScheduledItem): ScheduledItem | undefined => {
        let phase: ScheduledItem | undefined;
        for (let at = item.phase === undefined ? undefined : byId.get(item.phase); at; at = at.phase === undefined ? undefined : byId.get(at.phase)) {
            phase = at;
        }
        return phase;
    };
    const sectionOf = (item: ScheduledItem): string => {
        const path: string[] = [];
        for (let at = item.phase === undefined ? undefined : byId.get(item.phase); at; at = at.phase === undefined ? undefined : byId.get(at.phase)) {
            path.unshift(titleOf(at));
        }
        return path.length > 0 ? path.join(' / ') : (plan.id);
    };

    const workdays = new Set(plan.calendar.workdays.length > 0 ? plan.calendar.workdays : WEEKDAYS.slice(0, 5));
    const excluded = [
        ...WEEKDAYS.filter(day => !workdays.has(day)).map(day => DAY_NAMES[day]),
        ...plan.calendar.holidays.flatMap(holiday => holidayDays(holiday.from, holiday.to)),
    ];
    const lines = [
        'gantt',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %d %b',
        '    inclusiveEndDates',
        '    todayMarker off',
    ];
    if (excluded.length > 0) {
        lines.push(`    excludes ${excluded.join(', ')}`);
    }
    const bars: Array<{ mermaidId: string; id: string }> = [];
    const bar = (item: ScheduledItem, text: string) => {
        const id = mermaidId('t', item.id);
        bars.push({ mermaidId: id, id: item.id });
        const tags = [
            item.critical ? 'crit' : '',
            item.progress >= 100 ? 'done' : item.progress > 0 ? 'active' : '',
            item.kind === 'milestone' ? 'milestone' : '',
        ].filter(Boolean);
        const when = item.kind === 'milestone'
            ? `${item.atEndOfDay ? dayAfter(item.start) : item.start}, 0d`
            : `${item.start}, ${item.finish}`;
        // No space before the colon: Mermaid would keep it at the end of the label.
        lines.push(`    ${mermaidText(text)}:${[...tags, id, when].join(', ')}`);
    };

    let section: string | undefined;
    const enter = (name: string) => {
        if (name !== section) {
            lines.push(`    section ${mermaidText(name)}`);
            section = name;
        }
    };
    const workIn = new Map<string, number>();
    if (collapsed) {
        for (const item of items) {
            const top = item.kind === 'phase' ? undefined : topPhaseOf(item);
            if (top) {
                workIn.set(top.id, (workIn.get(top.id) ?? 0) + 1);
            }
        }
    }
    const summarised = new Set<string>();
    for (const item of items) {
        if (item.kind === 'phase') {
            continue;
        }
        const top = collapsed ? topPhaseOf(item) : undefined;
        if (top && top.id !== options.expandedPhase) {
            if (!summarised.has(top.id)) {
                summarised.add(top.id);
                enter('Phases');
                bar(top, `${titleOf(top)} (${workIn.get(top.id)} items)`);
            }
            continue;
        }
        enter(sectionOf(item));
        bar(item, titleOf(item));
    }
    if (plan.status !== undefined) {
        // Progress is as of the end of the status day.
        lines.push(`    Status date:vert, status_date, ${dayAfter(plan.status)}, 0d`);
    }
    const phases = items.filter(item => item.kind === 'phase' && item.phase === undefined).map(item => ({ id: item.id, title: titleOf(item) }));
    return { mermaid: lines.join('\n') + '\n', collapsed, bars, phases };
}

function holidayDays(from: IsoDate, to: IsoDate | undefined): IsoDate[] {
    const days = [from];
    for (let day = from; to !== undefined && day < to;) {
        day = dayAfter(day);
        days.push(day);
    }
    return days;
}
