// Which days each piece of work and each resource works. A resource works its own calendar, or
// the project's (holidays included), less its leave. A task works its own calendar if it names
// one; otherwise the days that every resource assigned to it works, as MS Project schedules a
// task without a task calendar on its resources' calendars (so that a night-shift crew's work
// runs on the crew's nights); otherwise the project's calendar. Phases and lags keep the project's.
import { dayNumberOf, isoDateOfDayNumber, weekdayOfDayNumber, WEEKDAYS, type IsoDate } from './calendar-dates.js';
import type { PlanInput, PlanItemInput, ResourceInput } from './plan-model.js';
import { resourcesOf } from './plan-resources.js';
import { SchedulingError, WorkingCalendar, workdaysOf, type CalendarInput } from './working-calendar.js';
import { sharedWorkingHours, DEFAULT_WORKING_HOURS } from './working-hours.js';
import type { WorkingLine } from './working-line.js';

/** Whole-day calendars (workCalendarsOf), or the same cut into ticks for a plan that uses hours (plan-time.ts). */
export interface WorkCalendars<Line extends WorkingLine = WorkingCalendar> {
    readonly project: Line;
    /** Each item's, in the plan's order: the project's for phases. */
    readonly items: readonly Line[];
    /** Each resource's, less its leave, by id. */
    readonly resources: ReadonlyMap<string, Line>;
}

export class NoSharedWorkdayError extends SchedulingError {
    constructor(readonly item: string, resources: readonly string[], unit: 'day' | 'hour' = 'day') {
        super(unit === 'day'
            ? `'${item}' has no day on which all of ${resources.map(id => `'${id}'`).join(', ')} work: their calendars share no workday.`
            : `'${item}' has no hour in which all of ${resources.map(id => `'${id}'`).join(', ')} work: their calendars share no working hours.`);
    }
}

export function workCalendarsOf(plan: PlanInput): WorkCalendars {
    const made = new Map<string, WorkingCalendar>();
    // Plans name a handful of calendars; their items share them.
    const calendarOf = (input: CalendarInput): WorkingCalendar => {
        const key = JSON.stringify([input.workdays, input.holidays, input.workedDays ?? [], input.hours]);
        let calendar = made.get(key);
        if (!calendar) {
            made.set(key, calendar = new WorkingCalendar(input, plan.start));
        }
        return calendar;
    };
    const resourceInputs = new Map(resourcesOf(plan).map(resource => [resource.id, resourceCalendarInput(resource, plan.calendar)]));
    const resources = new Map([...resourceInputs].map(([id, input]) => [id, calendarOf(input)]));
    const project = calendarOf(plan.calendar);
    const items = plan.items.map(item => {
        if (item.kind === 'phase') {
            return project;
        }
        if (item.calendar) {
            return calendarOf(item.calendar);
        }
        if (!item.assignments?.length) {
            return project;
        }
        const assigned = assignedCalendars(item, resourceInputs);
        return assigned.length === 0 ? project : calendarOf(sharedCalendar(item, assigned));
    });
    return { project, items, resources };
}

/** A resource's calendar with its leave as days off: leave wins over a day the calendar works by exception. */
function resourceCalendarInput(resource: ResourceInput, projectCalendar: CalendarInput): CalendarInput {
    const calendar = resource.calendar ?? projectCalendar;
    const leave = resource.leave.map(leave => ({ from: leave.from, to: leave.to }));
    const away = new Set(leave.flatMap(daysOf));
    const workedDays = (calendar.workedDays ?? []).flatMap(daysOf).filter(day => !away.has(day)).map(from => ({ from }));
    return {
        name: calendar.name,
        workdays: calendar.workdays,
        hours: calendar.hours,
        holidays: [...calendar.holidays, ...leave],
        ...(workedDays.length > 0 ? { workedDays } : {}),
    };
}

function worksOn(input: CalendarInput, day: IsoDate): boolean {
    const within = (range: { readonly from: IsoDate; readonly to?: IsoDate }) => range.from <= day && day <= (range.to ?? range.from);
    return (input.workedDays ?? []).some(within)
        || (workdaysOf(input.workdays).has(weekdayOfDayNumber(dayNumberOf(day))) && !input.holidays.some(within));
}

/** Each day of a range, inclusive. */
function daysOf(range: { readonly from: IsoDate; readonly to?: IsoDate }): IsoDate[] {
    const days: IsoDate[] = [];
    const last = dayNumberOf(range.to ?? range.from);
    for (let day = dayNumberOf(range.from); day <= last; day++) {
        days.push(isoDateOfDayNumber(day));
    }
    return days;
}

function assignedCalendars(item: PlanItemInput, resources: ReadonlyMap<string, CalendarInput>): Array<{ readonly id: string; readonly input: CalendarInput }> {
    const assigned = new Map<string, CalendarInput>();
    for (const assignment of item.assignments ?? []) {
        const input = resources.get(assignment.resource);
        if (input && assignment.units > 0) {
            assigned.set(assignment.resource, input);
        }
    }
    return [...assigned].map(([id, input]) => ({ id, input }));
}

/** The days all of them work: the workdays they share, less every one's days off. */
function sharedCalendar(item: PlanItemInput, assigned: ReadonlyArray<{ readonly id: string; readonly input: CalendarInput }>): CalendarInput {
    if (assigned.length === 1) {
        return assigned[0].input;
    }
    const shared = WEEKDAYS.filter(day => assigned.every(({ input }) => workdaysOf(input.workdays).has(day)));
    if (shared.length === 0) {
        throw new NoSharedWorkdayError(item.id, assigned.map(({ id }) => id));
    }
    const hours = sharedWorkingHours(assigned.map(({ input }) => input.hours ?? DEFAULT_WORKING_HOURS));
    if (hours.length === 0) {
        throw new NoSharedWorkdayError(item.id, assigned.map(({ id }) => id), 'hour');
    }
    // A day one of them works by exception counts where every one of them works it.
    const workedDays = [...new Set(assigned.flatMap(({ input }) => (input.workedDays ?? []).flatMap(daysOf)))]
        .filter(day => assigned.every(({ input }) => worksOn(input, day)))
        .map(from => ({ from }));
    return { workdays: shared, holidays: assigned.flatMap(({ input }) => input.holidays), hours, ...(workedDays.length > 0 ? { workedDays } : {}) };
}
