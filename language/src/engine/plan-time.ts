// The unit a plan is scheduled in, and its work and lags measured in it. A plan whose durations,
// lags and remaining work are all whole days (of the calendar each is on) is scheduled in days,
// as it always was. Any part day (`4h`, `1.5d`, `0.3d` of work left) makes it scheduled in ticks
// of the largest number of minutes that divides the day, every calendar's working hours and every
// span, so that times stay whole numbers (working-line.ts). A plan *uses hours*, and shows times,
// when a span it writes is a part day: work left that is a part day alone changes the days, not
// what is shown.
// Elapsed spans (`3ed`) run on a line on which every day and hour works; elapsed work makes a plan
// use hours too.
import { isElapsed, MINUTES_PER_ELAPSED_DAY, pert, spanMinutes, type WorkingSpan } from './durations.js';
import type { DependencyInput, PlanInput, PlanItemInput } from './plan-model.js';
import { workCalendarsOf, type WorkCalendars } from './work-calendars.js';
import { dayNumberOf, WEEKDAYS, type IsoDate } from './calendar-dates.js';
import { WorkingCalendar } from './working-calendar.js';
import { MINUTES_PER_DAY } from './working-hours.js';
import { PartDayCalendar, type WorkingLine } from './working-line.js';

export interface PlanTime {
    /** True when some span the plan writes is not a whole number of days: times of day then matter. */
    readonly usesHours: boolean;
    /** True when the plan is scheduled in ticks of part days rather than in days. */
    readonly inTicks: boolean;
    /** Minutes in a unit of the lines: a day (1440) for a plan in whole days. */
    readonly tickMinutes: number;
    readonly ticksPerDay: number;
    /** The calendars as lines of the plan's unit. */
    readonly calendars: WorkCalendars<WorkingLine>;
    /** The line each item's work runs on: its calendar's, or the elapsed line for elapsed work. */
    readonly lines: readonly WorkingLine[];
    /** Every day and hour, for elapsed work and lags. */
    readonly elapsed: WorkingLine;
    /** Each item's work in units of its line; 0 for milestones and phases. */
    readonly work: Float64Array;
    /** Each task's work left after the status date in units of its line: duration x (1 - progress). */
    readonly remaining: Float64Array;
    /** The PERT standard deviation of each estimated task, in days of its line; NaN for others. */
    readonly deviationDays: Float64Array;
    /** Each dependency's lag in units of its line, and whether it is elapsed (on the elapsed line) or not (the project's). */
    readonly lags: ReadonlyMap<DependencyInput, { readonly units: number; readonly elapsed: boolean }>;
    /** Working minutes in a day of each item's line: for durations and floats in days. */
    readonly minutesPerDay: readonly number[];
}

export function planTimeOf(plan: PlanInput): PlanTime {
    const days = workCalendarsOf(plan);
    const everyDay = new WorkingCalendar({ workdays: [...WEEKDAYS], holidays: [], hours: [{ from: 0, to: MINUTES_PER_DAY }] }, plan.start);
    const lineCalendars = plan.items.map((item, i) => elapsedWork(item) ? everyDay : days.items[i]);
    const minutesPerDay = lineCalendars.map(calendar => calendar.minutesPerDay);
    const afterStatus = plan.status !== undefined;

    // Every span in minutes first: whether they are all whole days decides the unit.
    const work: number[] = [];
    const remaining: number[] = [];
    const deviationDays = new Float64Array(plan.items.length).fill(NaN);
    const spans: Array<{ minutes: number; perDay: number; left?: boolean }> = [];
    plan.items.forEach((item, i) => {
        const calendar = lineCalendars[i];
        const minutes = (span: WorkingSpan) => spanMinutes(span, calendar.minutesPerDay, calendar.workdaysPerWeek);
        let total = 0;
        if (item.kind === 'task' && item.duration) {
            total = Math.max(0, minutes(item.duration));
        } else if (item.kind === 'task' && item.estimate) {
            const points = [item.estimate.optimistic, item.estimate.mostLikely, item.estimate.pessimistic];
            const [o, m, p] = points.map(minutes);
            const { mean, standardDeviation } = pert(o, m, p);
            // The mean rounds up to a whole day, or to a minute when the estimate is in hours.
            const step = points.some(span => span.unit === 'h' || span.unit === 'eh') ? 1 : calendar.minutesPerDay;
            total = Math.max(0, Math.ceil(mean / step - 1e-9) * step);
            deviationDays[i] = standardDeviation / calendar.minutesPerDay;
        }
        work.push(total);
        const progress = Math.min(100, Math.max(0, item.progress ?? 0));
        const started = progress > 0 || item.actualStart !== undefined;
        // Work left is duration x (1 - progress), rounded up to the minute: work not done is never nothing.
        const left = afterStatus && started && progress < 100 ? Math.ceil(total * (100 - progress) / 100 - 1e-9) : 0;
        remaining.push(left);
        spans.push({ minutes: total, perDay: calendar.minutesPerDay });
        if (left > 0) {
            spans.push({ minutes: left, perDay: calendar.minutesPerDay, left: true });
        }
    });
    const lagMinutes = plan.items.flatMap(item => item.dependencies.map(dependency => {
        const lag = dependency.lag;
        const elapsed = lag !== undefined && isElapsed(lag);
        const calendar = elapsed ? everyDay : days.project;
        const minutes = lag ? spanMinutes(lag, calendar.minutesPerDay, calendar.workdaysPerWeek) : 0;
        spans.push({ minutes, perDay: calendar.minutesPerDay });
        return { dependency, minutes, elapsed };
    }));

    // Elapsed work runs around the clock from the moment it can start (17:00 after a day's work),
    // which days alone cannot say; elapsed lags can, and keep a plan in days.
    const writtenInDays = spans.every(({ minutes, perDay, left }) => left || minutes % perDay === 0) && !plan.items.some(elapsedWork);
    const wholeDays = writtenInDays && spans.every(({ minutes, perDay }) => minutes % perDay === 0);
    if (wholeDays) {
        const unitsOf = (minutes: number, i: number) => minutes / minutesPerDay[i];
        return {
            usesHours: false, inTicks: false, tickMinutes: MINUTES_PER_DAY, ticksPerDay: 1,
            calendars: days, lines: lineCalendars, elapsed: everyDay,
            work: Float64Array.from(work, unitsOf), remaining: Float64Array.from(remaining, unitsOf), deviationDays,
            lags: new Map(lagMinutes.map(({ dependency, minutes, elapsed }) =>
                [dependency, { units: minutes / (elapsed ? MINUTES_PER_ELAPSED_DAY : days.project.minutesPerDay), elapsed }])),
            minutesPerDay,
        };
    }
    const calendarsInUse = new Set<WorkingCalendar>([days.project, ...days.items, ...days.resources.values(), everyDay]);
    let tick = MINUTES_PER_DAY;
    for (const calendar of calendarsInUse) {
        for (const interval of calendar.hours) {
            tick = gcd(gcd(tick, interval.from), interval.to);
        }
    }
    for (const { minutes } of spans) {
        tick = gcd(tick, Math.abs(minutes));
    }
    const lines = new Map<WorkingCalendar, PartDayCalendar>();
    const lineOf = (calendar: WorkingCalendar): PartDayCalendar => {
        let line = lines.get(calendar);
        if (!line) {
            lines.set(calendar, line = new PartDayCalendar(calendar, tick));
        }
        return line;
    };
    const ticksOf = (minutes: number) => minutes / tick;
    return {
        usesHours: !writtenInDays, inTicks: true, tickMinutes: tick, ticksPerDay: MINUTES_PER_DAY / tick,
        calendars: {
            project: lineOf(days.project),
            items: days.items.map(lineOf),
            resources: new Map([...days.resources].map(([id, calendar]) => [id, lineOf(calendar)])),
        },
        lines: lineCalendars.map(lineOf), elapsed: lineOf(everyDay),
        work: Float64Array.from(work, ticksOf), remaining: Float64Array.from(remaining, ticksOf), deviationDays,
        lags: new Map(lagMinutes.map(({ dependency, minutes, elapsed }) => [dependency, { units: ticksOf(minutes), elapsed }])),
        minutesPerDay,
    };
}

/** Work whose duration (or most likely estimate) is elapsed time runs through nights and weekends. */
export function elapsedWork(item: PlanItemInput): boolean {
    const span = item.duration ?? item.estimate?.mostLikely;
    return item.kind === 'task' && span !== undefined && isElapsed(span);
}

/** The first point of a date on a line of `ticksPerDay` points a day. */
export function pointOfDate(date: IsoDate, ticksPerDay: number): number {
    return dayNumberOf(date) * ticksPerDay;
}

function gcd(a: number, b: number): number {
    while (b !== 0) {
        [a, b] = [b, a % b];
    }
    return a;
}
