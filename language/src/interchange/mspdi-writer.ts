// A plan and its schedule as MS Project XML (MSPDI), for MS Project to open: each element's
// children in the schema's order (mspdi-schema.ts), durations in working minutes (`PT8H0M0S`),
// lags in tenths of a minute, Proj's ids in the custom field Text1 so that an import gives them back.
import { XMLBuilder } from 'fast-xml-parser';
import { WEEKDAYS } from '../engine/calendar-dates.js';
import { isElapsed, spanMinutes, MINUTES_PER_ELAPSED_DAY, type WorkingSpan } from '../engine/durations.js';
import { linkedId, type PlanInput, type PlanItemInput, type Schedule, type ScheduledItem } from '../engine/plan-model.js';
import { workCalendarsOf } from '../engine/work-calendars.js';
import { workdaysOf, type CalendarInput, type WorkingCalendar } from '../engine/working-calendar.js';
import { clockText, DEFAULT_WORKING_HOURS, minutesOfWorkingHours, type WorkingInterval } from '../engine/working-hours.js';
import { calendarExceptionsOf } from './calendar-exceptions.js';
import { namedCalendarsOf, type InterchangePlan, type ResourceRate } from './interchange-plan.js';
import {
    AS_LATE_AS_POSSIBLE, CONSTRAINT_TYPE_CODES, DAILY_EXCEPTION, DURATION_FORMAT_CODES, durationText, LINK_TYPE_CODES, MSPDI_NAMESPACE,
    MSPDI_SEQUENCES, PROJ_ID_ALIAS, RATE_FORMAT_CODES, RESOURCE_TEXT1_FIELD, TASK_TEXT1_FIELD, WEEKDAY_CODES, WORK_RESOURCE, type MspdiSequence,
} from './mspdi-schema.js';

export interface MspdiDocument {
    readonly xml: string;
    /** What MS Project cannot hold as Proj writes it, and how it was written instead: one sentence each. */
    readonly notes: readonly string[];
}

type Value = string | number | XmlElement | readonly XmlElement[] | undefined;
type XmlElement = { readonly [name: string]: Value };

/**
 * The children of an element of `sequence`, in the schema's order, leaving out those with no
 * value. A name outside the sequence is a bug in the writer: MS Project would drop it.
 */
export function inSchemaOrder(sequence: MspdiSequence, fields: Readonly<Record<string, Value>>): XmlElement {
    const order: readonly string[] = MSPDI_SEQUENCES[sequence];
    const unknown = Object.keys(fields).find(name => !order.includes(name));
    if (unknown !== undefined) {
        throw new Error(`${unknown} is not a child of ${sequence} in the MSPDI schema.`);
    }
    const element: Record<string, Value> = {};
    for (const name of order) {
        if (fields[name] !== undefined) {
            element[name] = fields[name];
        }
    }
    return element;
}

const PROJECT_CALENDAR_UID = 1;

/** MS Project's XML of `interchange`'s plan, scheduled as `schedule`. */
export function mspdiOf(interchange: InterchangePlan, schedule: Schedule): MspdiDocument {
    const { plan } = interchange;
    const notes: string[] = [];
    const projectHours = plan.calendar.hours ?? DEFAULT_WORKING_HOURS;
    const minutesPerDay = minutesOfWorkingHours(projectHours);
    const workdaysPerWeek = workdaysOf(plan.calendar.workdays).size;

    const named = namedCalendarsOf(interchange);
    const calendarUids = new Map<string, number>(named.map((calendar, index) => [calendar.name!, PROJECT_CALENDAR_UID + 1 + index]));
    const resources = plan.resources ?? [];
    const resourceCalendarUid = (index: number) => PROJECT_CALENDAR_UID + 1 + named.length + index;
    const calendars = [
        calendarElement(PROJECT_CALENDAR_UID, 'Standard', plan.calendar),
        ...named.map(calendar => calendarElement(calendarUids.get(calendar.name!)!, calendar.name!, calendar)),
        // Each resource works a calendar of its own, based on its named calendar (or the
        // project's), whose exceptions are its leave: as MS Project keeps resources' time off.
        ...resources.map((resource, index) => inSchemaOrder('Calendar', {
            UID: resourceCalendarUid(index),
            Name: resource.name ?? resource.id,
            IsBaseCalendar: 0,
            BaseCalendarUID: resource.calendar?.name !== undefined ? calendarUids.get(resource.calendar.name) : PROJECT_CALENDAR_UID,
            Exceptions: exceptionsElement({ holidays: resource.leave, workedDays: [] }, resource.calendar?.hours ?? projectHours),
        })),
    ];

    const scheduled = new Map(schedule.items.map(item => [item.id, item]));
    const workLines = itemCalendarsOf(plan);
    const uids = new Map(plan.items.map((item, index) => [item.id, index + 1]));
    const outline = outlineOf(plan);
    for (const item of plan.items) {
        for (const dependency of item.dependencies.filter(candidate => candidate.project !== undefined)) {
            notes.push(`${item.id} waits for ${linkedId(dependency)}, work of another plan: the file has no link to it (MS Project links projects in a master project), `
                + 'and its dates are those the wait gives.');
        }
    }
    const tasks = [projectSummaryTask(plan, schedule, projectHours), ...plan.items.flatMap((item, index) => {
        const at = scheduled.get(item.id);
        if (!at) {
            notes.push(`${item.id} is not scheduled (it lies on a dependency cycle) and is left out.`);
            return [];
        }
        return [taskElement(item, at, workLines?.[index], { interchange, uids, calendarUids, outline, projectHours, minutesPerDay, workdaysPerWeek, notes })];
    })];

    const resourceUids = new Map(resources.map((resource, index) => [resource.id, index + 1]));
    const resourceElements = resources.map((resource, index) => {
        const rate = interchange.rates?.get(resource.id);
        return inSchemaOrder('Resource', {
            UID: index + 1,
            ID: index + 1,
            Name: resource.name ?? resource.id,
            Type: WORK_RESOURCE,
            MaxUnits: resource.units,
            StandardRate: rate ? numberText(hourlyRate(rate, minutesPerDay, workdaysPerWeek)) : undefined,
            StandardRateFormat: rate ? RATE_FORMAT_CODES[rate.per] : undefined,
            CalendarUID: resourceCalendarUid(index),
            ExtendedAttribute: [inSchemaOrder('ExtendedAttribute', { FieldID: RESOURCE_TEXT1_FIELD, Value: resource.id })],
        });
    });

    let assignmentUid = 0;
    const assignments = plan.items.flatMap((item, index) => (item.assignments ?? []).flatMap(assignment => {
        const at = scheduled.get(item.id);
        const resource = resourceUids.get(assignment.resource);
        if (!at || resource === undefined) {
            return [];
        }
        const hours = workLines?.[index].hours ?? calendarHours(item.calendar, projectHours);
        return [inSchemaOrder('Assignment', {
            UID: ++assignmentUid,
            TaskUID: uids.get(item.id),
            ResourceUID: resource,
            Finish: dateTime(at.finish, finishTimeOf(at, hours)),
            Start: dateTime(at.start, startTimeOf(at, hours)),
            Units: numberText(assignment.units),
            Work: item.kind === 'task' ? durationText(workingMinutesOf(at, minutesOfWorkingHours(hours)) * assignment.units) : undefined,
        })];
    }));

    if (plan.level) {
        notes.push('The plan is levelled: the dates written are the levelled ones, but MS Project schedules the links and constraints alone until it levels the plan itself (Resource > Level All).');
    }
    if (plan.schedule === 'alap') {
        notes.push('The plan schedules its work as late as possible: each task without a date constraint is written As Late As Possible.');
    }

    const project = inSchemaOrder('Project', {
        SaveVersion: 12,
        Name: plan.id,
        Title: plan.title ?? plan.id,
        ScheduleFromStart: 1,
        StartDate: dateTime(plan.start, clockText(projectHours[0].from)),
        FinishDate: dateTime(schedule.finish, clockText(projectHours[projectHours.length - 1].to)),
        CurrencyCode: interchange.currency,
        CalendarUID: PROJECT_CALENDAR_UID,
        DefaultStartTime: `${clockText(projectHours[0].from)}:00`,
        DefaultFinishTime: `${clockText(projectHours[projectHours.length - 1].to)}:00`,
        MinutesPerDay: minutesPerDay,
        MinutesPerWeek: minutesPerDay * workdaysPerWeek,
        DaysPerMonth: 20,
        StatusDate: plan.status ? dateTime(plan.status, clockText(projectHours[projectHours.length - 1].to)) : undefined,
        ExtendedAttributes: {
            ExtendedAttribute: [
                inSchemaOrder('ExtendedAttributeDefinition', { FieldID: TASK_TEXT1_FIELD, FieldName: 'Text1', Alias: PROJ_ID_ALIAS }),
                inSchemaOrder('ExtendedAttributeDefinition', { FieldID: RESOURCE_TEXT1_FIELD, FieldName: 'Text1', Alias: PROJ_ID_ALIAS }),
            ],
        },
        Calendars: { Calendar: calendars },
        Tasks: { Task: tasks },
        Resources: resourceElements.length > 0 ? { Resource: resourceElements } : undefined,
        Assignments: assignments.length > 0 ? { Assignment: assignments } : undefined,
    });
    const builder = new XMLBuilder({ format: true, indentBy: '  ', ignoreAttributes: false, attributeNamePrefix: '@_', suppressEmptyNode: false });
    const xml = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${builder.build({ Project: { '@_xmlns': MSPDI_NAMESPACE, ...project } })}`;
    return { xml, notes };
}

interface TaskContext {
    readonly interchange: InterchangePlan;
    readonly uids: ReadonlyMap<string, number>;
    readonly calendarUids: ReadonlyMap<string, number>;
    readonly outline: ReadonlyMap<string, { level: number; number: string }>;
    readonly projectHours: readonly WorkingInterval[];
    readonly minutesPerDay: number;
    readonly workdaysPerWeek: number;
    readonly notes: string[];
}

function taskElement(item: PlanItemInput, at: ScheduledItem, line: WorkingCalendar | undefined, context: TaskContext): XmlElement {
    const { interchange, uids, calendarUids, outline, projectHours, notes } = context;
    const plan = interchange.plan;
    // The task's working time: its own calendar, else its resources', else the project's, as
    // MS Project counts a duration on the calendars the task works.
    const hours = line?.hours ?? calendarHours(item.calendar, projectHours);
    const itemMinutesPerDay = minutesOfWorkingHours(hours);
    const itemWorkdays = line?.workdaysPerWeek ?? workdaysOf((item.calendar ?? plan.calendar).workdays).size;

    let minutes: number;
    let format: number;
    if (item.kind === 'milestone') {
        minutes = 0;
        format = DURATION_FORMAT_CODES.d;
    } else if (item.duration) {
        minutes = spanMinutes(item.duration, itemMinutesPerDay, itemWorkdays);
        format = DURATION_FORMAT_CODES[item.duration.unit];
    } else {
        minutes = workingMinutesOf(at, itemMinutesPerDay);
        format = DURATION_FORMAT_CODES.d;
        if (item.estimate) {
            notes.push(`${item.id}: MS Project has no three-point estimate; its PERT mean, ${at.durationDays} working days, is written as the duration.`);
        }
    }

    const [constraint, ...moreConstraints] = item.constraints;
    if (moreConstraints.length > 0) {
        notes.push(`${item.id}: MS Project holds one constraint a task; ${constraintText(constraint)} is written, ${moreConstraints.map(constraintText).join(', ')} not.`);
    }
    const alap = item.kind !== 'phase' && (item.schedule ?? plan.schedule) === 'alap';
    if (alap && constraint) {
        notes.push(`${item.id}: MS Project's As Late As Possible is a constraint, and a task holds one; ${constraintText(constraint)} is written, not As Late As Possible.`);
    }
    const outlined = outline.get(item.id)!;
    const baseline = interchange.baseline?.get(item.id);
    return inSchemaOrder('Task', {
        UID: uids.get(item.id),
        ID: uids.get(item.id),
        Name: item.name ?? item.id,
        OutlineNumber: outlined.number,
        OutlineLevel: outlined.level,
        Priority: item.priority ?? 500,
        Start: dateTime(at.start, startTimeOf(at, hours)),
        Finish: dateTime(at.finish, finishTimeOf(at, hours)),
        Duration: durationText(minutes),
        DurationFormat: format,
        Milestone: item.kind === 'milestone' ? 1 : 0,
        Summary: item.kind === 'phase' ? 1 : 0,
        Critical: at.critical ? 1 : 0,
        FixedCost: item.cost,
        FixedCostAccrual: item.cost !== undefined ? 2 : undefined,
        PercentComplete: item.progress,
        ActualStart: item.actualStart ? dateTime(item.actualStart, clockText(hours[0].from)) : undefined,
        ActualFinish: item.actualFinish ? dateTime(item.actualFinish, clockText(hours[hours.length - 1].to)) : undefined,
        ActualCost: item.spent,
        ConstraintType: constraint ? CONSTRAINT_TYPE_CODES[constraint.kind] : alap ? AS_LATE_AS_POSSIBLE : undefined,
        CalendarUID: item.calendar?.name !== undefined ? calendarUids.get(item.calendar.name) : undefined,
        ConstraintDate: constraint
            ? dateTime(constraint.date, constraint.kind.startsWith('start') ? clockText(hours[0].from) : clockText(hours[hours.length - 1].to))
            : undefined,
        Deadline: item.deadline ? dateTime(item.deadline, clockText(hours[hours.length - 1].to)) : undefined,
        PredecessorLink: item.dependencies.filter(dependency => dependency.project === undefined && uids.has(dependency.predecessor)).map(dependency => inSchemaOrder('PredecessorLink', {
            PredecessorUID: uids.get(dependency.predecessor),
            Type: LINK_TYPE_CODES[dependency.type],
            LinkLag: dependency.lag ? Math.round(lagMinutes(dependency.lag, context) * 10) : 0,
            LagFormat: DURATION_FORMAT_CODES[dependency.lag?.unit ?? 'd'],
        })),
        ExtendedAttribute: [inSchemaOrder('ExtendedAttribute', { FieldID: TASK_TEXT1_FIELD, Value: item.id })],
        Baseline: baseline ? [inSchemaOrder('TaskBaseline', {
            Number: 0,
            Start: dateTime(baseline.start, clockText(hours[0].from)),
            Finish: dateTime(baseline.finish, clockText(hours[hours.length - 1].to)),
        })] : undefined,
    });
}

/** The calendar each item works, in the plan's order; none where the engine cannot make them (it says why when scheduling). */
function itemCalendarsOf(plan: PlanInput): readonly WorkingCalendar[] | undefined {
    try {
        return workCalendarsOf(plan).items;
    } catch {
        return undefined;
    }
}

/** Task 0, the project summary task: the project's span, and its deadline. */
function projectSummaryTask(plan: PlanInput, schedule: Schedule, hours: readonly WorkingInterval[]): XmlElement {
    return inSchemaOrder('Task', {
        UID: 0,
        ID: 0,
        Name: plan.title ?? plan.id,
        OutlineNumber: '0',
        OutlineLevel: 0,
        Start: dateTime(schedule.start, clockText(hours[0].from)),
        Finish: dateTime(schedule.finish, clockText(hours[hours.length - 1].to)),
        Summary: 1,
        Deadline: plan.deadline ? dateTime(plan.deadline, clockText(hours[hours.length - 1].to)) : undefined,
    });
}

/** Each item's outline level (1 at the top) and number (`2.3`), from the phases around it. */
function outlineOf(plan: PlanInput): Map<string, { level: number; number: string }> {
    const outline = new Map<string, { level: number; number: string }>();
    const children = new Map<string | undefined, number>();
    for (const item of plan.items) {
        const parent = item.phase !== undefined ? outline.get(item.phase) : undefined;
        const index = (children.get(item.phase) ?? 0) + 1;
        children.set(item.phase, index);
        outline.set(item.id, { level: (parent?.level ?? 0) + 1, number: parent ? `${parent.number}.${index}` : `${index}` });
    }
    return outline;
}

function calendarElement(uid: number, name: string, calendar: CalendarInput): XmlElement {
    const workdays = workdaysOf(calendar.workdays);
    const hours = calendar.hours ?? DEFAULT_WORKING_HOURS;
    return inSchemaOrder('Calendar', {
        UID: uid,
        Name: name,
        IsBaseCalendar: 1,
        BaseCalendarUID: -1,
        WeekDays: {
            WeekDay: [...WEEKDAYS.slice(6), ...WEEKDAYS.slice(0, 6)].map(day => inSchemaOrder('WeekDay', {
                DayType: WEEKDAY_CODES[day],
                DayWorking: workdays.has(day) ? 1 : 0,
                WorkingTimes: workdays.has(day) ? workingTimes(hours) : undefined,
            })),
        },
        Exceptions: exceptionsElement(calendar, hours),
    });
}

function exceptionsElement(calendar: Pick<CalendarInput, 'holidays' | 'workedDays'>, hours: readonly WorkingInterval[]): XmlElement | undefined {
    const exceptions = calendarExceptionsOf(calendar);
    return exceptions.length === 0 ? undefined : {
        Exception: exceptions.map(exception => inSchemaOrder('Exception', {
            EnteredByOccurrences: 0,
            TimePeriod: inSchemaOrder('TimePeriod', { FromDate: `${exception.from}T00:00:00`, ToDate: `${exception.to}T23:59:00` }),
            Occurrences: 1,
            Name: exception.title,
            Type: DAILY_EXCEPTION,
            DayWorking: exception.working ? 1 : 0,
            WorkingTimes: exception.working ? workingTimes(hours) : undefined,
        })),
    };
}

function workingTimes(hours: readonly WorkingInterval[]): XmlElement {
    return {
        WorkingTime: hours.map(interval => inSchemaOrder('WorkingTime', {
            FromTime: `${clockText(interval.from)}:00`,
            // MS Project ends a day's last period at midnight as 00:00.
            ToTime: `${clockText(interval.to % 1440)}:00`,
        })),
    };
}

function calendarHours(calendar: CalendarInput | undefined, projectHours: readonly WorkingInterval[]): readonly WorkingInterval[] {
    return calendar?.hours ?? (calendar ? DEFAULT_WORKING_HOURS : projectHours);
}

function startTimeOf(at: ScheduledItem, hours: readonly WorkingInterval[]): string {
    if (at.kind === 'milestone' && at.atEndOfDay) {
        return at.finishTime ?? clockText(hours[hours.length - 1].to);
    }
    return at.startTime ?? clockText(hours[0].from);
}

function finishTimeOf(at: ScheduledItem, hours: readonly WorkingInterval[]): string {
    if (at.kind === 'milestone' && !at.atEndOfDay) {
        return at.startTime ?? clockText(hours[0].from);
    }
    return at.finishTime ?? clockText(hours[hours.length - 1].to);
}

/** The working minutes of scheduled work: exact where the schedule counts minutes. */
function workingMinutesOf(at: ScheduledItem, minutesPerDay: number): number {
    return at.durationMinutes ?? Math.round(at.durationDays * minutesPerDay);
}

function lagMinutes(lag: WorkingSpan, context: TaskContext): number {
    return isElapsed(lag) ? spanMinutes(lag, MINUTES_PER_ELAPSED_DAY, 7) : spanMinutes(lag, context.minutesPerDay, context.workdaysPerWeek);
}

/** MS Project stores a rate per hour, whatever unit it is shown in. */
function hourlyRate(rate: ResourceRate, minutesPerDay: number, workdaysPerWeek: number): number {
    const hours = rate.per === 'h' ? 1 : rate.per === 'd' ? minutesPerDay / 60 : minutesPerDay * workdaysPerWeek / 60;
    return rate.amount / hours;
}

function constraintText(constraint: PlanItemInput['constraints'][number]): string {
    return `${constraint.kind.replace(/-/g, ' ')} ${constraint.date}`;
}

function dateTime(date: string, time: string): string {
    return `${date}T${time === '24:00' ? '23:59' : time}:00`;
}

/** A number as MS Project writes decimals: no exponent, no trailing zeros, to six places. */
function numberText(value: number): string {
    return String(Math.round(value * 1e6) / 1e6);
}
