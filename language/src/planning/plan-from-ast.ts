import { isPhase, isTask, type Assignment, type Calendar, type Constraint, type Milestone, type PlanItem, type Project, type Resource, type Task } from '../generated/ast.js';
import { isPlanDate } from '../engine/calendar-dates.js';
import { parseWorkingSpan } from '../engine/durations.js';
import { workdaysOf, type CalendarInput } from '../engine/working-calendar.js';
import { workingHoursAsWritten } from '../engine/working-hours.js';
import { planItemsOf, projectOf, workItemsOf } from './plan-items.js';
import { publicHolidaysOf } from './public-holidays.js';
import { distributionInputOf, uncertaintyInputOf } from './schedule-risk-from-ast.js';
import { DO_NOT_LEVEL_PRIORITY, type AssignmentInput, type ConstraintInput, type ConstraintKind, type DependencyInput, type LeaveInput, type PlanInput, type PlanItemInput, type ResourceInput } from '../engine/plan-model.js';

/** Years of public holidays a plan is first given: its start year and the next two. */
const YEARS_FIRST_FILLED = 3;

/**
 * The last year whose public holidays (`holidays GB-ENG`) a plan's calendars are first given: two
 * after its start, or that of its deadline or status date if later. The finish is known only
 * once scheduled: the caller schedules again with more years if the work runs past them.
 */
export function firstHolidayYearOf(project: Project): number {
    const years = [project.start, project.deadline, project.status]
        .filter((date): date is string => date !== undefined && isPlanDate(date))
        .map(yearOf);
    return Math.max(yearOf(project.start!) + YEARS_FIRST_FILLED - 1, ...years);
}

export function yearOf(date: string): number {
    return Number(date.slice(0, 4));
}

/**
 * The plain-data plan of a project, for the planning engine. Undefined when the project has no
 * usable start date. Anything the engine cannot use (an unresolved dependency, a date
 * that does not exist or lies outside the years plans are scheduled in, an assignment of no units)
 * is left out here; validation reports it.
 * Calendars' public holidays fill the years from the start to `holidaysThrough`.
 */
export function planInputOf(project: Project, holidaysThrough?: number): PlanInput | undefined {
    if (!project.start || !isPlanDate(project.start)) {
        return undefined;
    }
    const years: HolidayYears = { from: yearOf(project.start), to: holidaysThrough ?? firstHolidayYearOf(project) };
    const calendar = project.calendars.find(candidate => !candidate.name);
    const workdaysPerWeek = workdaysOf(calendar?.workdays ?? []).size;
    const resources = resourcesOf(project);
    return {
        id: project.name,
        title: project.title,
        start: project.start,
        status: realDate(project.status),
        deadline: realDate(project.deadline),
        budget: project.budget,
        calendar: calendarInputOf(calendar, years),
        items: planItemsOf(project).map(item => itemInputOf(item, project, workdaysPerWeek, years)),
        resources: resources.length > 0 ? resources.map(resource => resourceInputOf(resource, years)) : undefined,
        level: project.level || undefined,
        schedule: scheduleModeOf(project.schedule),
        distribution: distributionInputOf(project.distribution),
        uncertainty: uncertaintyInputOf(project.uncertainty),
    };
}

/** The years whose public holidays a plan's calendars are given. */
interface HolidayYears {
    readonly from: number;
    readonly to: number;
}

/** Every edit makes new AST nodes, so a calendar's input holds for one version of the text (and one span of years). */
const calendarInputs = new WeakMap<Calendar, Map<string, CalendarInput>>();

/**
 * A calendar as the engine takes it: its name (none for the project's default), workdays, real
 * holidays with the public holidays it names, and days worked by exception. The same object for
 * every resource and task that names the calendar.
 */
function calendarInputOf(calendar: Calendar | undefined, years: HolidayYears): CalendarInput {
    const key = `${years.from}-${years.to}`;
    let input = calendar && calendarInputs.get(calendar)?.get(key);
    if (!input) {
        // Working hours that cannot be used (validation says why) leave the default day.
        const hours = calendar && workingHoursAsWritten(calendar.hoursPerDay, calendar.hours).hours;
        const ranges = (dates: ReadonlyArray<{ date: string; end?: string }>) => dates
            .filter(range => isPlanDate(range.date) && (range.end === undefined || isPlanDate(range.end)))
            .map(range => ({ from: range.date, to: range.end }));
        const workedDays = ranges(calendar?.workedDays ?? []);
        input = {
            ...(calendar?.name ? { name: calendar.name } : {}),
            ...(hours ? { hours } : {}),
            workdays: calendar?.workdays ?? [],
            holidays: [
                ...ranges(calendar?.holidays ?? []),
                // An unknown code (an error) adds none.
                ...(calendar?.publicHolidays ?? []).flatMap(({ code }) => publicHolidaysOf(code, years.from, years.to) ?? [])
                    .map(holiday => ({ from: holiday.date, to: holiday.to })),
            ],
            ...(workedDays.length > 0 ? { workedDays } : {}),
        };
        if (calendar) {
            let byYears = calendarInputs.get(calendar);
            if (!byYears) {
                calendarInputs.set(calendar, byYears = new Map());
            }
            byYears.set(key, input);
        }
    }
    return input;
}

/**
 * The project's resources in source order, then those declared elsewhere (shared ones at the top
 * of a file, or another project's) that its tasks and milestones assign, in the order first
 * assigned. One per id: where two share one (an error), the first, as references resolve.
 */
/** The project's resources, then the shared ones its work is assigned to. */
export function resourcesOf(project: Project): Resource[] {
    const byId = new Map<string, Resource>();
    const add = (resource: Resource | undefined) => {
        if (resource?.name && !byId.has(resource.name)) {
            byId.set(resource.name, resource);
        }
    };
    project.resources.forEach(add);
    for (const item of workItemsOf(project)) {
        item.assignments.forEach(assignment => add(assignment.resource?.ref));
    }
    return [...byId.values()];
}

function resourceInputOf(resource: Resource, years: HolidayYears): ResourceInput {
    const calendar = resource.calendar?.ref;
    return {
        id: resource.name,
        name: resource.title,
        units: unitsOf(resource),
        calendar: calendar ? calendarInputOf(calendar, years) : undefined,
        leave: resource.leave
            .filter(leave => isPlanDate(leave.date) && (leave.end === undefined || (isPlanDate(leave.end) && leave.end >= leave.date)))
            .map((leave): LeaveInput => ({ from: leave.date, to: leave.end, title: leave.title })),
    };
}

/** The units a resource has, 1 unless given; a resource written with none or fewer (an error) counts as 1. */
function unitsOf(resource: Resource): number {
    return resource.units !== undefined && resource.units > 0 ? resource.units : 1;
}

/**
 * The units an assignment takes on each working day: `assign crew 3` takes 3, `assign crew 50%`
 * half the crew's units, `assign crew` all of them. At most the resource's units (more is an
 * error, reported by validation); 0 when it takes none (also an error).
 */
function unitsTaken(assignment: Assignment, resource: Resource): number {
    const units = unitsOf(resource);
    const amount = assignment.units;
    const taken = amount === undefined ? units : assignment.percent ? amount * units / 100 : amount;
    return Math.max(0, Math.min(taken, units));
}

/** Hours in a working day, for rates given per hour. */
const HOURS_PER_WORKING_DAY = 8;

/**
 * What one assignment costs per working day: the resource's rate (per day, hour or week of the
 * resource's calendar, else the project's) times the units it takes (`assign crew 3`: 3;
 * `assign crew 50%`: half the crew's units; `assign crew`: all of them).
 */
function assignmentCostPerDay(assignment: Assignment, workdaysPerWeek: number): number {
    const resource = assignment.resource?.ref;
    if (!resource?.rate) {
        return 0;
    }
    const ownWorkdays = resource.calendar?.ref?.workdays;
    const perWeek = ownWorkdays ? workdaysOf(ownWorkdays).size : workdaysPerWeek;
    const perDay = resource.per === 'h' ? HOURS_PER_WORKING_DAY : resource.per === 'w' ? 1 / perWeek : 1;
    return resource.rate * perDay * unitsTaken(assignment, resource);
}

/** Who does the work and how many units of each: one entry per resource, in the order assigned. */
function assignmentInputsOf(item: Task | Milestone): AssignmentInput[] | undefined {
    const byResource = new Map<string, number>();
    for (const assignment of item.assignments) {
        const resource = assignment.resource?.ref;
        const units = resource?.name ? unitsTaken(assignment, resource) : 0;
        if (resource && units > 0) {
            // A resource assigned twice (an error) takes what both ask for, up to all it has.
            byResource.set(resource.name, Math.min(unitsOf(resource), (byResource.get(resource.name) ?? 0) + units));
        }
    }
    return byResource.size > 0 ? [...byResource].map(([resource, units]) => ({ resource, units })) : undefined;
}

/** A priority levelling can use: a whole number from 1 to 1000 (anything else is an error, and the default applies). */
function priorityOf(item: Task | Milestone): number | undefined {
    const priority = item.priority;
    return priority !== undefined && Number.isInteger(priority) && priority >= 1 && priority <= DO_NOT_LEVEL_PRIORITY ? priority : undefined;
}

/** A date the engine can use: one that exists in the calendar. */
export function realDate(date: string | undefined): string | undefined {
    return date !== undefined && isPlanDate(date) ? date : undefined;
}

function itemInputOf(item: PlanItem, project: Project, workdaysPerWeek: number, years: HolidayYears): PlanItemInput {
    const phase = isPhase(item.$container) ? item.$container.name : undefined;
    if (isPhase(item)) {
        // Its links and constraints hold the work inside it (engine/phase-logic.ts).
        return { id: item.name, name: item.title, kind: 'phase', phase, dependencies: dependencyInputsOf(item, project), constraints: constraintInputsOf(item), budget: item.budget };
    }
    const estimate = isTask(item) && item.estimate ? {
        optimistic: parseWorkingSpan(item.estimate.optimistic ?? ''),
        mostLikely: parseWorkingSpan(item.estimate.mostLikely ?? ''),
        pessimistic: parseWorkingSpan(item.estimate.pessimistic ?? ''),
    } : undefined;
    return {
        id: item.name,
        name: item.title,
        kind: isTask(item) ? 'task' : 'milestone',
        phase,
        duration: isTask(item) && item.duration ? parseWorkingSpan(item.duration) : undefined,
        estimate: estimate?.optimistic && estimate.mostLikely && estimate.pessimistic
            ? { optimistic: estimate.optimistic, mostLikely: estimate.mostLikely, pessimistic: estimate.pessimistic }
            : undefined,
        dependencies: dependencyInputsOf(item, project),
        constraints: constraintInputsOf(item),
        progress: item.progress,
        actualStart: realDate(item.actualStart),
        actualFinish: realDate(item.actualFinish),
        cost: item.cost,
        resourceCostPerDay: item.assignments.reduce((total, assignment) => total + assignmentCostPerDay(assignment, workdaysPerWeek), 0) || undefined,
        spent: item.spent,
        resources: item.assignments.length > 0 ? item.assignments.map(assignmentText) : undefined,
        assignments: assignmentInputsOf(item),
        calendar: item.calendar?.ref ? calendarInputOf(item.calendar.ref, years) : undefined,
        priority: priorityOf(item),
        schedule: scheduleModeOf(item.schedule),
        deadline: realDate(item.deadline),
        distribution: isTask(item) ? distributionInputOf(item.distribution) : undefined,
        uncertainty: isTask(item) ? uncertaintyInputOf(item.uncertainty) : undefined,
    };
}

function scheduleModeOf(mode: string | undefined): PlanInput['schedule'] {
    return mode === 'asap' || mode === 'alap' ? mode : undefined;
}

function dependencyInputsOf(item: PlanItem, project: Project): DependencyInput[] {
    return item.dependencies.flatMap(dependency => {
        const predecessor = dependency.predecessor?.ref;
        const other = predecessor && projectOf(predecessor);
        if (!predecessor || !other) {
            return [];
        }
        // Work of another project: the programme it is in schedules them together (programme.ts).
        const where = other === project ? {} : { project: other.name };
        return [{ predecessor: predecessor.name, ...where, type: dependency.type ?? 'FS', lag: dependency.lag ? parseWorkingSpan(dependency.lag) : undefined }];
    });
}

function constraintInputsOf(item: PlanItem): ConstraintInput[] {
    return item.constraints.filter(constraint => isPlanDate(constraint.date)).map(constraint => ({ kind: constraintKindOf(constraint), date: constraint.date }));
}

/**
 * Who is assigned, as written: `Alex Smith`, `Facilities crew (3 units)` or `Facilities crew (50%)`;
 * the id where the resource has no title or is unresolved. A share of 100% reads as the name alone.
 */
function assignmentText(assignment: Assignment): string {
    const resource = assignment.resource?.ref;
    const name = resource?.title ?? resource?.name ?? assignment.resource?.$refText ?? '?';
    const amount = assignment.units;
    if (amount === undefined || (assignment.percent && amount === 100)) {
        return name;
    }
    return assignment.percent ? `${name} (${amount}%)` : `${name} (${amount} ${amount === 1 ? 'unit' : 'units'})`;
}

export function constraintKindOf(constraint: Constraint): ConstraintKind {
    const bound = constraint.bound === undefined ? 'on' : constraint.bound === 'earlier' ? 'no-earlier-than' : 'no-later-than';
    return `${constraint.edge}-${bound}` as ConstraintKind;
}
