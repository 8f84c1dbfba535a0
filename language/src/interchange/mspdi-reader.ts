// MS Project XML (MSPDI) read into a plan: the project, its calendars, phases (summary tasks),
// tasks and milestones, links, constraints, progress, resources and assignments. What Proj
// cannot hold is named in the notes, one sentence each, never dropped without a word.
import { XMLParser } from 'fast-xml-parser';
import { isPlanDate, WEEKDAYS, type IsoDate, type WeekdayName } from '../engine/calendar-dates.js';
import type { SpanUnit, WorkingSpan } from '../engine/durations.js';
import type { AssignmentInput, ConstraintInput, DependencyInput, DependencyType, LeaveInput, PlanInput, PlanItemInput, ResourceInput } from '../engine/plan-model.js';
import { workCalendarsOf } from '../engine/work-calendars.js';
import { workdaysOf, type CalendarInput, type WorkingCalendar } from '../engine/working-calendar.js';
import { clockMinutes, clockText, DEFAULT_WORKING_HOURS, minutesOfWorkingHours, type WorkingInterval } from '../engine/working-hours.js';
import { planIdOf, RESERVED_WORDS } from '../templates/new-plan.js';
import type { InterchangePlan, ResourceRate, TitledDays } from './interchange-plan.js';
import {
    AS_LATE_AS_POSSIBLE, CONSTRAINT_TYPE_CODES, DAILY_EXCEPTION, DURATION_FORMAT_NAMES, durationMinutes, ESTIMATED_FORMAT_OFFSET, LINK_TYPE_CODES,
    PROJ_ID_ALIAS, RATE_FORMAT_CODES, UNASSIGNED_RESOURCE_UID, WEEKDAY_CODES, WORK_RESOURCE,
} from './mspdi-schema.js';

export interface MspdiImport {
    readonly interchange: InterchangePlan;
    /** What the file holds that the plan does not carry, one sentence each. */
    readonly notes: readonly string[];
}

/** A file that is not MS Project XML, or lacks what a plan needs (a start date). */
export class MspdiError extends Error {}

type Node = { readonly [name: string]: unknown };

/** Elements that may repeat, read as lists even when there is one. */
const REPEATED = new Set(['Calendar', 'WeekDay', 'WorkingTime', 'Exception', 'WorkWeek', 'Task', 'PredecessorLink', 'ExtendedAttribute', 'Baseline', 'Resource', 'Rate', 'AvailabilityPeriod', 'Assignment', 'TimephasedData']);

const LINK_TYPES = Object.fromEntries(Object.entries(LINK_TYPE_CODES).map(([type, code]) => [String(code), type as DependencyType]));
const CONSTRAINT_KINDS = Object.fromEntries(Object.entries(CONSTRAINT_TYPE_CODES).map(([kind, code]) => [String(code), kind as ConstraintInput['kind']]));
const WEEKDAYS_BY_CODE = Object.fromEntries(Object.entries(WEEKDAY_CODES).map(([day, code]) => [String(code), day as WeekdayName]));
const CONTOURS = ['flat', 'back loaded', 'front loaded', 'double peak', 'early peak', 'late peak', 'bell', 'turtle', 'contoured'];

export function readMspdi(xml: string): MspdiImport {
    let document: Node;
    try {
        document = new XMLParser({ ignoreAttributes: true, parseTagValue: false, removeNSPrefix: true, isArray: name => REPEATED.has(name) }).parse(xml, true) as Node;
    } catch (error) {
        throw new MspdiError(`not well-formed XML: ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`);
    }
    const project = document.Project as Node | undefined;
    if (!project || typeof project !== 'object') {
        throw new MspdiError('not MS Project XML: it has no <Project> element.');
    }
    return new MspdiReading(project).read();
}

class MspdiReading {
    private readonly notes: string[] = [];
    private readonly ids = new Set<string>();
    private readonly minutesPerDay: number;
    private readonly minutesPerWeek: number;

    constructor(private readonly project: Node) {
        this.minutesPerDay = positive(num(text(project.MinutesPerDay))) ?? 480;
        this.minutesPerWeek = positive(num(text(project.MinutesPerWeek))) ?? this.minutesPerDay * 5;
    }

    read(): MspdiImport {
        const project = this.project;
        const start = dateOf(text(project.StartDate));
        if (!start) {
            throw new MspdiError('the project has no StartDate, which a plan needs.');
        }
        if (text(project.ScheduleFromStart) === '0') {
            this.note('The project is scheduled from its finish date; the plan is scheduled from its start.');
        }
        const title = text(project.Title) ?? text(project.Name);
        const name = text(project.Name);
        const id = name !== undefined && isFreeId(name) ? name : planIdOf(title ?? 'imported plan');
        this.ids.add(id);

        const calendars = this.readCalendars();
        const projectCalendarUid = text(project.CalendarUID) ?? [...calendars.raw.keys()][0];
        const projectCalendar = (projectCalendarUid !== undefined && calendars.base.get(projectCalendarUid)) || { workdays: [], holidays: [] };
        const { name: _unnamed, ...projectCalendarInput } = projectCalendar;
        const named = [...calendars.base].filter(([uid]) => uid !== projectCalendarUid).map(([, calendar]) => calendar);

        const resources = this.readResources(calendars, projectCalendarUid);
        const tasks = this.readTasks(calendars.base, projectCalendarInput);
        this.readAssignments(tasks, resources);

        const assigned = tasks.items.map(item => {
            const assignments = tasks.assignments.get(item.id);
            return assignments && assignments.length > 0 ? { ...item, assignments } : item;
        });
        const draft: PlanInput = {
            id,
            title,
            start,
            status: dateOf(text(project.StatusDate)),
            deadline: tasks.projectDeadline,
            calendar: projectCalendarInput,
            items: assigned,
            resources: resources.inputs.length > 0 ? resources.inputs : undefined,
        };
        // A duration is working time of the calendar the task works: its own, else its resources'
        // (as MS Project counts it), else the project's; its unit's length is that calendar's.
        const lines = itemCalendarsOf(draft);
        const items = assigned.map((item, index) => {
            const duration = tasks.durations.get(item.id);
            const line = lines?.[index];
            return duration && line ? { ...item, duration: spanOf(duration.minutes, duration.format, line.minutesPerDay, line.minutesPerDay * line.workdaysPerWeek) } : item;
        });
        return {
            interchange: {
                plan: { ...draft, items },
                calendars: named,
                rates: resources.rates,
                currency: validId(text(project.CurrencyCode)),
            },
            notes: this.notes,
        };
    }

    private note(sentence: string): void {
        this.notes.push(sentence);
    }

    /** A Proj id for a name: the one given (the custom field Proj ids travel in) if free, else made from the name. */
    private idFor(given: string | undefined, name: string | undefined, fallback: string): string {
        let id = given !== undefined && isFreeId(given) ? given : planIdOf(name ?? fallback);
        if (id === 'plan' && !name) {
            id = fallback;
        }
        let unique = id;
        for (let index = 2; this.ids.has(unique); index++) {
            unique = `${id}_${index}`;
        }
        this.ids.add(unique);
        return unique;
    }

    // ---- Calendars -------------------------------------------------------------

    private readCalendars(): { raw: Map<string, Node>; base: Map<string, CalendarInput> } {
        const raw = new Map<string, Node>();
        for (const calendar of list(child(this.project.Calendars, 'Calendar'))) {
            const uid = text(calendar.UID);
            if (uid !== undefined) {
                raw.set(uid, calendar);
            }
        }
        const base = new Map<string, CalendarInput>();
        for (const [uid, calendar] of raw) {
            if (text(calendar.IsBaseCalendar) !== '0') {
                const name = text(calendar.Name) ?? `Calendar ${uid}`;
                base.set(uid, { name: this.idFor(undefined, name, `calendar_${uid}`), ...this.calendarDays(calendar, name) });
            }
        }
        return { raw, base };
    }

    /** A base calendar's week, hours and exceptions; MS Project's standard week where it gives no days. */
    private calendarDays(calendar: Node, name: string): Omit<CalendarInput, 'name'> {
        const weekDays = list(child(calendar.WeekDays, 'WeekDay'));
        const workdays: WeekdayName[] = [];
        const patterns: WorkingInterval[][] = [];
        for (const weekDay of weekDays) {
            const day = WEEKDAYS_BY_CODE[text(weekDay.DayType) ?? ''];
            if (day && text(weekDay.DayWorking) === '1') {
                workdays.push(day);
                patterns.push(workingIntervals(weekDay) ?? [...DEFAULT_WORKING_HOURS]);
            }
        }
        const anyDays = weekDays.some(weekDay => WEEKDAYS_BY_CODE[text(weekDay.DayType) ?? '']);
        const hours = this.commonHours(patterns, `Calendar ${name}`);
        const exceptions = this.calendarExceptions(calendar, name, hours ?? DEFAULT_WORKING_HOURS);
        if (list(child(calendar.WorkWeeks, 'WorkWeek')).length > 0) {
            this.note(`Calendar ${name} has work weeks for some periods (WorkWeeks): not carried; the plan uses its default week all year.`);
        }
        const sorted = WEEKDAYS.filter(day => workdays.includes(day));
        return {
            workdays: anyDays && !isMondayToFriday(sorted) ? sorted : [],
            holidays: exceptions.holidays,
            ...(hours && !sameHours(hours, DEFAULT_WORKING_HOURS) ? { hours } : {}),
            ...(exceptions.workedDays.length > 0 ? { workedDays: exceptions.workedDays } : {}),
        };
    }

    /** The hours most working days share; a note names the days whose hours differ. */
    private commonHours(patterns: readonly WorkingInterval[][], what: string): WorkingInterval[] | undefined {
        if (patterns.length === 0) {
            return undefined;
        }
        const counts = new Map<string, { hours: WorkingInterval[]; count: number }>();
        for (const hours of patterns) {
            const key = hoursText(hours);
            counts.set(key, { hours, count: (counts.get(key)?.count ?? 0) + 1 });
        }
        const [common] = [...counts.values()].sort((a, b) => b.count - a.count);
        if (counts.size > 1) {
            this.note(`${what} works different hours on different days (${[...counts.keys()].join('; ')}): a Proj calendar has one day's hours, so every working day works ${hoursText(common.hours)}.`);
        }
        return common.hours;
    }

    /** Exceptions of either form: Exceptions (MS Project 2007 on) and WeekDay with DayType 0 (2003). */
    private calendarExceptions(calendar: Node, name: string, hours: readonly WorkingInterval[]): { holidays: TitledDays[]; workedDays: TitledDays[] } {
        const holidays: TitledDays[] = [];
        const workedDays: TitledDays[] = [];
        const add = (exception: Node, title: string | undefined) => {
            const period = exception.TimePeriod as Node | undefined;
            const from = dateOf(text(period?.FromDate));
            const to = dateOf(text(period?.ToDate)) ?? from;
            if (!from || !to) {
                this.note(`Calendar ${name} has an exception without dates${title ? ` (${title})` : ''}: not carried.`);
                return;
            }
            const days: TitledDays = { from, ...(to !== from ? { to } : {}), ...(title ? { title } : {}) };
            if (text(exception.DayWorking) === '1') {
                const own = workingIntervals(exception);
                if (own && !sameHours(own, hours)) {
                    this.note(`Calendar ${name} works ${hoursText(own)} on ${rangeText(days)}: a day worked by exception works the calendar's hours, ${hoursText(hours)}.`);
                }
                workedDays.push(days);
            } else {
                holidays.push(days);
            }
        };
        for (const weekDay of list(child(calendar.WeekDays, 'WeekDay'))) {
            if (text(weekDay.DayType) === '0') {
                add(weekDay, undefined);
            }
        }
        for (const exception of list(child(calendar.Exceptions, 'Exception'))) {
            const type = text(exception.Type) ?? String(DAILY_EXCEPTION);
            const period = num(text(exception.Period)) ?? 1;
            const title = text(exception.Name);
            if (type !== String(DAILY_EXCEPTION) || period !== 1) {
                this.note(`Calendar ${name} has a recurring exception${title ? ` "${title}"` : ''} (type ${type}): not carried; write its days as holidays.`);
                continue;
            }
            add(exception, title);
        }
        const byDate = (a: TitledDays, b: TitledDays) => a.from.localeCompare(b.from);
        return { holidays: holidays.sort(byDate), workedDays: workedDays.sort(byDate) };
    }

    // ---- Resources -------------------------------------------------------------

    private readResources(calendars: { raw: Map<string, Node>; base: Map<string, CalendarInput> }, projectCalendarUid: string | undefined) {
        const inputs: ResourceInput[] = [];
        const rates = new Map<string, ResourceRate>();
        const byUid = new Map<string, string>();
        const textField = this.customFieldFor('2055');
        for (const resource of list(child(this.project.Resources, 'Resource'))) {
            const uid = text(resource.UID);
            const name = text(resource.Name);
            if (uid === undefined || text(resource.IsNull) === '1' || (name === undefined && uid === '0')) {
                continue;
            }
            const type = text(resource.Type) ?? String(WORK_RESOURCE);
            if (type !== String(WORK_RESOURCE)) {
                this.note(`Resource ${name ?? uid} is a ${type === '0' ? 'material' : 'cost'} resource: Proj's resources work in time, so it and its assignments are not carried.`);
                continue;
            }
            const id = this.idFor(customValue(resource, textField), name, `resource_${uid}`);
            byUid.set(uid, id);
            const units = positive(num(text(resource.MaxUnits))) ?? 1;
            const rate = this.rateOf(resource, name ?? id);
            if (rate) {
                rates.set(id, rate);
            }
            const { calendar, leave } = this.resourceCalendar(resource, name ?? id, calendars, projectCalendarUid);
            inputs.push({ id, ...(name !== undefined && name !== id ? { name } : {}), units, calendar, leave });
        }
        return { inputs, rates, byUid };
    }

    private rateOf(resource: Node, name: string): ResourceRate | undefined {
        const hourly = num(text(resource.StandardRate)) ?? 0;
        for (const [field, what] of [['OvertimeRate', 'an overtime rate'], ['CostPerUse', 'a cost per use']] as const) {
            if ((num(text(resource[field])) ?? 0) > 0) {
                this.note(`Resource ${name} has ${what} (${text(resource[field])}): not carried; Proj costs work at one rate.`);
            }
        }
        const rateRows = list(child(resource.Rates, 'Rate'));
        if (rateRows.filter(row => (text(row.RateTable) ?? '0') === '0').length > 1 || rateRows.some(row => (text(row.RateTable) ?? '0') !== '0' && (num(text(row.StandardRate)) ?? 0) > 0)) {
            this.note(`Resource ${name} has rates that change over time or other cost rate tables: only its standard rate is carried.`);
        }
        if (list(child(resource.AvailabilityPeriods, 'AvailabilityPeriod')).length > 0) {
            this.note(`Resource ${name} has availability periods: not carried; it has its maximum units throughout.`);
        }
        if (hourly <= 0) {
            return undefined;
        }
        const format = num(text(resource.StandardRateFormat)) ?? RATE_FORMAT_CODES.h;
        if (format === RATE_FORMAT_CODES.d) {
            return { amount: round(hourly * this.minutesPerDay / 60), per: 'd' };
        }
        if (format === RATE_FORMAT_CODES.w) {
            return { amount: round(hourly * this.minutesPerWeek / 60), per: 'w' };
        }
        return { amount: round(hourly), per: 'h' };
    }

    /**
     * A resource's calendar: the base calendar it derives from (none where that is the project's)
     * and its own days off as leave; a week or working days of its own are noted.
     */
    private resourceCalendar(resource: Node, name: string, calendars: { raw: Map<string, Node>; base: Map<string, CalendarInput> }, projectCalendarUid: string | undefined): { calendar?: CalendarInput; leave: LeaveInput[] } {
        const uid = text(resource.CalendarUID);
        const own = uid !== undefined ? calendars.raw.get(uid) : undefined;
        if (!own || uid === projectCalendarUid) {
            return { leave: [] };
        }
        if (text(own.IsBaseCalendar) !== '0') {
            return { calendar: calendars.base.get(uid!), leave: [] };
        }
        const baseUid = text(own.BaseCalendarUID);
        const calendar = baseUid !== undefined && baseUid !== projectCalendarUid ? calendars.base.get(baseUid) : undefined;
        if (list(child(own.WeekDays, 'WeekDay')).some(weekDay => text(weekDay.DayType) !== '0')) {
            this.note(`Resource ${name}'s calendar changes its working week: not carried; give the resource a named calendar with that week.`);
        }
        const { holidays, workedDays } = this.calendarExceptions(own, `of ${name}`, calendar?.hours ?? DEFAULT_WORKING_HOURS);
        if (workedDays.length > 0) {
            this.note(`Resource ${name} works ${workedDays.map(rangeText).join(', ')} by exception: not carried; Proj's resources take days off as leave, and work their calendar's days.`);
        }
        return { calendar, leave: holidays.map(days => ({ from: days.from, to: days.to, title: days.title })) };
    }

    // ---- Tasks -----------------------------------------------------------------

    private readTasks(calendars: Map<string, CalendarInput>, projectCalendar: CalendarInput) {
        const textField = this.customFieldFor('1887');
        const rows = list(child(this.project.Tasks, 'Task'));
        const idsByUid = new Map<string, string>();
        const kinds = new Map<string, PlanItemInput['kind']>();
        const parents: Array<{ level: number; id: string }> = [];
        const items: PlanItemInput[] = [];
        const pendingLinks: Array<{ item: number; links: Node[]; name: string }> = [];
        const baselines = new Map<string, number>();
        const durations = new Map<string, { minutes: number; format: number }>();
        let projectDeadline: IsoDate | undefined;
        let blank = 0;

        for (const row of rows) {
            const uid = text(row.UID);
            const level = num(text(row.OutlineLevel)) ?? 1;
            if (uid === undefined || uid === '0' || level === 0) {
                projectDeadline = dateOf(text(row.Deadline)) ?? projectDeadline;
                continue;
            }
            if (text(row.IsNull) === '1') {
                blank++;
                continue;
            }
            const name = text(row.Name);
            const label = name ?? `task ${uid}`;
            const id = this.idFor(customValue(row, textField), name, `task_${uid}`);
            idsByUid.set(uid, id);
            while (parents.length > 0 && parents[parents.length - 1].level >= level) {
                parents.pop();
            }
            const phase = parents[parents.length - 1]?.id;
            const summary = text(row.Summary) === '1';
            const calendarUid = text(row.CalendarUID);
            const calendar = calendarUid !== undefined && calendarUid !== '-1' ? calendars.get(calendarUid) : undefined;
            const itemCalendar = calendar ?? projectCalendar;
            const minutesPerDay = minutesOfWorkingHours(itemCalendar.hours ?? DEFAULT_WORKING_HOURS);
            const minutes = durationMinutes(text(row.Duration)) ?? 0;
            const milestoneFlag = text(row.Milestone) === '1';
            const kind: PlanItemInput['kind'] = summary ? 'phase' : minutes === 0 ? 'milestone' : 'task';
            if (milestoneFlag && !summary && minutes > 0) {
                this.note(`${label} is marked a milestone but lasts ${text(row.Duration)}: imported as a task of that duration.`);
            }
            kinds.set(id, kind);
            for (const baseline of list(row.Baseline)) {
                const number = text(baseline.Number) ?? '0';
                baselines.set(number, (baselines.get(number) ?? 0) + 1);
            }
            this.noteTaskFeatures(row, label, kind);

            const constraints: ConstraintInput[] = [];
            let schedule: PlanItemInput['schedule'];
            const constraintType = text(row.ConstraintType) ?? '0';
            const constraintDate = dateOf(text(row.ConstraintDate));
            if (constraintType === String(AS_LATE_AS_POSSIBLE)) {
                if (kind === 'phase') {
                    this.note(`${label} (a summary task) is As Late As Possible: not carried; a phase's work is placed by its own tasks.`);
                } else {
                    schedule = 'alap';
                }
            } else if (CONSTRAINT_KINDS[constraintType]) {
                const kindOfConstraint = CONSTRAINT_KINDS[constraintType];
                if (!constraintDate) {
                    this.note(`${label} has a constraint (${kindOfConstraint.replace(/-/g, ' ')}) without a date: not carried.`);
                } else if (kind === 'phase' && kindOfConstraint !== 'start-no-earlier-than' && kindOfConstraint !== 'finish-no-later-than') {
                    this.note(`${label} (a summary task) has the constraint ${kindOfConstraint.replace(/-/g, ' ')} ${constraintDate}: not carried; a phase takes only start no earlier than and finish no later than.`);
                } else {
                    constraints.push({ kind: kindOfConstraint, date: constraintDate });
                }
            }

            const format = num(text(row.DurationFormat)) ?? 7;
            if (kind === 'task') {
                durations.set(id, { minutes, format });
            }
            const item: PlanItemInput = {
                id,
                ...(name !== undefined && name !== id ? { name } : {}),
                kind,
                ...(phase !== undefined ? { phase } : {}),
                ...(kind === 'task' ? { duration: spanOf(minutes, format, minutesPerDay, minutesPerDay * workdaysOf(itemCalendar.workdays).size) } : {}),
                dependencies: [],
                constraints,
                ...optionalNumber('progress', kind === 'phase' ? undefined : positive(num(text(row.PercentComplete)))),
                ...(kind !== 'phase' && dateOf(text(row.ActualStart)) ? { actualStart: dateOf(text(row.ActualStart)) } : {}),
                ...(kind !== 'phase' && dateOf(text(row.ActualFinish)) ? { actualFinish: dateOf(text(row.ActualFinish)) } : {}),
                ...optionalNumber('cost', kind === 'phase' ? undefined : positive(num(text(row.FixedCost)))),
                ...optionalNumber('spent', kind === 'phase' ? undefined : positive(num(text(row.ActualCost)))),
                ...(calendar && kind !== 'phase' ? { calendar } : {}),
                ...optionalNumber('priority', kind === 'phase' ? undefined : this.priorityOf(row, label)),
                ...(schedule ? { schedule } : {}),
                ...(kind !== 'phase' && dateOf(text(row.Deadline)) ? { deadline: dateOf(text(row.Deadline)) } : {}),
            };
            if (kind === 'phase') {
                if (dateOf(text(row.Deadline))) {
                    this.note(`${label} (a summary task) has a deadline, ${dateOf(text(row.Deadline))}: not carried; give it to the phase's last task.`);
                }
                if (calendar) {
                    this.note(`${label} (a summary task) names a calendar: not carried; its tasks use their own.`);
                }
            }
            items.push(item);
            pendingLinks.push({ item: items.length - 1, links: list(row.PredecessorLink), name: label });
            if (summary) {
                parents.push({ level, id });
            }
        }

        for (const { item, links, name } of pendingLinks) {
            const dependencies = links.flatMap(link => this.dependencyOf(link, name, items[item], idsByUid, kinds));
            items[item] = { ...items[item], dependencies };
        }
        if (blank > 0) {
            this.note(`${blank} blank task row${blank === 1 ? '' : 's'} left out.`);
        }
        for (const [number, count] of [...baselines].sort()) {
            this.note(`Baseline ${number} of ${count} task${count === 1 ? '' : 's'}: not carried; Proj keeps baselines in git: commit the imported plan and name that revision in \`baseline "…"\` to measure against it.`);
        }
        return { items, idsByUid, kinds, projectDeadline, durations, assignments: new Map<string, AssignmentInput[]>() };
    }

    private dependencyOf(link: Node, name: string, item: PlanItemInput, idsByUid: Map<string, string>, kinds: Map<string, PlanItemInput['kind']>): DependencyInput[] {
        const predecessor = idsByUid.get(text(link.PredecessorUID) ?? '');
        if (text(link.CrossProject) === '1') {
            this.note(`${name} follows a task of another project (${text(link.CrossProjectName) ?? 'external'}): not carried.`);
            return [];
        }
        if (!predecessor) {
            this.note(`${name} follows task UID ${text(link.PredecessorUID)}, which the file does not hold: not carried.`);
            return [];
        }
        const type = LINK_TYPES[text(link.Type) ?? '1'] ?? 'FS';
        if (item.kind === 'phase' && (type === 'FF' || type === 'SF')) {
            this.note(`${name} (a summary task) has a ${type} link from ${predecessor}: not carried; a phase takes FS and SS links.`);
            return [];
        }
        const tenths = num(text(link.LinkLag)) ?? 0;
        const format = num(text(link.LagFormat)) ?? 7;
        const plain = format >= ESTIMATED_FORMAT_OFFSET + 3 ? format - ESTIMATED_FORMAT_OFFSET : format;
        if (tenths !== 0 && (plain === 19 || plain === 20)) {
            this.note(`${name}'s link from ${predecessor} has a lag in percent of the predecessor's duration: not carried; give it in working time.`);
            return [{ predecessor, type }];
        }
        const lag = tenths === 0 ? undefined : spanOf(tenths / 10, format, this.minutesPerDay, this.minutesPerWeek);
        void kinds;
        return [{ predecessor, type, ...(lag ? { lag } : {}) }];
    }

    private priorityOf(row: Node, label: string): number | undefined {
        const priority = num(text(row.Priority));
        if (priority === undefined || priority === 500) {
            return undefined;
        }
        if (priority < 1) {
            this.note(`${label} has priority ${priority}: Proj's priorities run from 1, so it has 1.`);
            return 1;
        }
        return Math.min(1000, Math.round(priority));
    }

    /** MS Project's features a task may use that Proj does not have. */
    private noteTaskFeatures(row: Node, label: string, kind: PlanItemInput['kind']): void {
        const flags: Array<[unknown, string]> = [
            [text(row.Recurring) === '1', 'is a recurring task: its occurrences are imported as they stand in the file, not as a recurrence'],
            [text(row.Manual) === '1', 'is scheduled manually: the plan schedules it from its links and constraints'],
            [text(row.IsSubproject) === '1' || text(row.ExternalTask) === '1', 'is an inserted or external project: its tasks are not carried'],
            [(num(text(row.LevelingDelay)) ?? 0) > 0, 'has a levelling delay: not carried; `level` in the plan levels it'],
            [text(row.Notes) !== undefined, 'has notes: not carried'],
            [kind === 'phase' && (num(text(row.FixedCost)) ?? 0) > 0, '(a summary task) has a fixed cost: not carried; a phase has a `budget`'],
            [kind !== 'phase' && (num(text(row.FixedCost)) ?? 0) > 0 && (text(row.FixedCostAccrual) ?? '2') !== '2', `accrues its fixed cost at its ${text(row.FixedCostAccrual) === '1' ? 'start' : 'end'}: Proj spreads it over the work`],
        ];
        for (const [applies, sentence] of flags) {
            if (applies) {
                this.note(`${label} ${sentence}.`);
            }
        }
    }

    // ---- Assignments -----------------------------------------------------------

    private readAssignments(tasks: ReturnType<MspdiReading['readTasks']>, resources: ReturnType<MspdiReading['readResources']>): void {
        const units = new Map(resources.inputs.map(resource => [resource.id, resource.units]));
        for (const assignment of list(child(this.project.Assignments, 'Assignment'))) {
            const resourceUid = text(assignment.ResourceUID);
            if (resourceUid === undefined || resourceUid === UNASSIGNED_RESOURCE_UID) {
                continue;
            }
            const task = tasks.idsByUid.get(text(assignment.TaskUID) ?? '');
            const resource = resources.byUid.get(resourceUid);
            if (!task || !resource) {
                // A material or cost resource was noted with the resource.
                if (!resource && !this.notes.some(note => note.includes('its assignments are not carried'))) {
                    this.note(`An assignment of resource UID ${resourceUid} to task UID ${text(assignment.TaskUID)} names what the file does not hold: not carried.`);
                }
                continue;
            }
            if (tasks.kinds.get(task) === 'phase') {
                this.note(`${resource} is assigned to ${task}, a summary task: not carried; assign it to the phase's tasks.`);
                continue;
            }
            const contour = num(text(assignment.WorkContour)) ?? 0;
            if (contour !== 0) {
                this.note(`${resource} works on ${task} with a ${CONTOURS[contour] ?? `type ${contour}`} work contour: not carried; Proj spreads work evenly.`);
            }
            if ((durationMinutes(text(assignment.Delay)) ?? num(text(assignment.Delay)) ?? 0) > 0) {
                this.note(`${resource}'s assignment to ${task} is delayed (${text(assignment.Delay)}): not carried; it works from the task's start.`);
            }
            const taken = Math.min(positive(num(text(assignment.Units))) ?? 1, units.get(resource) ?? 1);
            const list = tasks.assignments.get(task) ?? [];
            list.push({ resource, units: round(taken) });
            tasks.assignments.set(task, list);
        }
    }

    /** The FieldID of the custom field (of tasks, `1887…`, or resources, `2055…`) aliased "Proj id". */
    private customFieldFor(prefix: string): string | undefined {
        const definitions = list(child(this.project.ExtendedAttributes, 'ExtendedAttribute'));
        return definitions.map(definition => ({ field: text(definition.FieldID), alias: text(definition.Alias) }))
            .find(({ field, alias }) => alias === PROJ_ID_ALIAS && field?.startsWith(prefix))?.field;
    }
}

/**
 * A span of working (or elapsed) minutes in the unit MS Project shows it in, as far as Proj has
 * it: minutes and months become hours and days; a unit that gives no short number, hours.
 */
export function spanOf(minutes: number, format: number, minutesPerDay: number, minutesPerWeek: number): WorkingSpan {
    const plain = format >= ESTIMATED_FORMAT_OFFSET + 3 ? format - ESTIMATED_FORMAT_OFFSET : format;
    const name = DURATION_FORMAT_NAMES[plain] ?? 'd';
    const [unit, perUnit]: [SpanUnit, number] =
        name === 'em' || name === 'eh' ? ['eh', 60]
            : name === 'ed' || name === 'emo' || name === 'e%' ? ['ed', 1440]
                : name === 'ew' ? ['ew', 10080]
                    : name === 'm' || name === 'h' ? ['h', 60]
                        : name === 'w' ? ['w', minutesPerWeek]
                            : ['d', minutesPerDay];
    const amount = minutes / perUnit;
    if (Math.abs(amount * 100 - Math.round(amount * 100)) < 1e-6) {
        return { amount: round(amount), unit };
    }
    // Eight decimals keep the span within a millionth of a minute, which Proj reads as the whole minute.
    return { amount: Math.round(minutes / 60 * 1e8) / 1e8, unit: unit.startsWith('e') ? 'eh' : 'h' };
}

/** The calendar each item works, in the plan's order; none where the engine cannot make them. */
function itemCalendarsOf(plan: PlanInput): readonly WorkingCalendar[] | undefined {
    try {
        return workCalendarsOf(plan).items;
    } catch {
        return undefined;
    }
}

// ---- Reading the parsed XML --------------------------------------------------------

function text(value: unknown): string | undefined {
    if (value === undefined || value === null || typeof value === 'object') {
        return undefined;
    }
    const trimmed = String(value).trim();
    return trimmed === '' ? undefined : trimmed;
}

function num(value: string | undefined): number | undefined {
    const number = value === undefined ? NaN : Number(value);
    return Number.isFinite(number) ? number : undefined;
}

function positive(value: number | undefined): number | undefined {
    return value !== undefined && value > 0 ? value : undefined;
}

function child(node: unknown, name: string): unknown {
    return node && typeof node === 'object' ? (node as Node)[name] : undefined;
}

function list(value: unknown): Node[] {
    return Array.isArray(value) ? value.filter(entry => entry && typeof entry === 'object') as Node[] : value && typeof value === 'object' ? [value as Node] : [];
}

/** The date of an MSPDI date-time, `2027-01-04T08:00:00`; undefined for none or `NA`. */
function dateOf(value: string | undefined): IsoDate | undefined {
    const date = value?.slice(0, 10);
    return date !== undefined && isPlanDate(date) ? date : undefined;
}

function customValue(node: Node, field: string | undefined): string | undefined {
    return field === undefined ? undefined : list(node.ExtendedAttribute).find(attribute => text(attribute.FieldID) === field)?.Value as string | undefined;
}

function workingIntervals(node: Node): WorkingInterval[] | undefined {
    const times = list(child(node.WorkingTimes, 'WorkingTime'))
        .map(time => ({ from: text(time.FromTime), to: text(time.ToTime) }))
        .filter((time): time is { from: string; to: string } => time.from !== undefined && time.to !== undefined)
        .map(time => {
            const from = clockMinutes(time.from);
            const to = clockMinutes(time.to);
            // A period ending at midnight ends at 00:00.
            return { from, to: to === 0 && from > 0 ? 1440 : to };
        });
    return times.length > 0 ? times : undefined;
}

function sameHours(a: readonly WorkingInterval[], b: readonly WorkingInterval[]): boolean {
    return hoursText(a) === hoursText(b);
}

function hoursText(hours: readonly WorkingInterval[]): string {
    return hours.map(interval => `${clockText(interval.from)}-${clockText(interval.to)}`).join(' ');
}

function rangeText(days: TitledDays): string {
    return days.to ? `${days.from} to ${days.to}` : days.from;
}

function isMondayToFriday(days: readonly WeekdayName[]): boolean {
    return days.join(' ') === 'mon tue wed thu fri';
}

function isFreeId(candidate: string): boolean {
    return /^[_a-zA-Z]\w*$/.test(candidate) && !RESERVED_WORDS.has(candidate);
}

function validId(candidate: string | undefined): string | undefined {
    return candidate !== undefined && isFreeId(candidate) ? candidate : undefined;
}

function optionalNumber<Key extends string>(key: Key, value: number | undefined): Partial<Record<Key, number>> {
    return value === undefined ? {} : { [key]: value } as Record<Key, number>;
}

function round(value: number): number {
    return Math.round(value * 1e6) / 1e6;
}
