import { isPhase, isProject, isTask, type Assignment, type Constraint, type PlanItem, type Project } from '../generated/ast.js';
import { isRealDate } from '../engine/calendar-dates.js';
import { parseWorkingSpan } from '../engine/durations.js';
import { workdaysOf } from '../engine/working-calendar.js';
import { planItemsOf } from './plan-items.js';
import type { ConstraintKind, PlanInput, PlanItemInput } from '../engine/plan-model.js';

/**
 * The plain-data plan of a project, for the planning engine. Undefined when the project has no
 * (real) start date. Anything the engine cannot use (an unresolved or foreign dependency, a date
 * that does not exist) is left out here; validation reports it.
 */
export function planInputOf(project: Project): PlanInput | undefined {
    if (!project.start || !isRealDate(project.start)) {
        return undefined;
    }
    const calendar = project.calendars.find(candidate => !candidate.name);
    return {
        id: project.name,
        title: project.title,
        start: project.start,
        status: realDate(project.status),
        deadline: realDate(project.deadline),
        budget: project.budget,
        calendar: {
            workdays: calendar?.workdays ?? [],
            holidays: (calendar?.holidays ?? [])
                .filter(holiday => isRealDate(holiday.date) && (holiday.end === undefined || isRealDate(holiday.end)))
                .map(holiday => ({ from: holiday.date, to: holiday.end })),
        },
        items: planItemsOf(project).map(item => itemInputOf(item, project, workdaysOf(calendar?.workdays ?? []).size)),
    };
}

/** Hours in a working day, for rates given per hour. */
const HOURS_PER_WORKING_DAY = 8;

/**
 * What one assignment costs per working day: the resource's rate (per day, hour or week) times the
 * people it stands for (`units`, 1 if not given) times the share assigned (`assign crew 50%`).
 */
function assignmentCostPerDay(assignment: Assignment, workdaysPerWeek: number): number {
    const resource = assignment.resource?.ref;
    if (!resource?.rate) {
        return 0;
    }
    const perDay = resource.per === 'h' ? HOURS_PER_WORKING_DAY : resource.per === 'w' ? 1 / workdaysPerWeek : 1;
    return resource.rate * perDay * (resource.units ?? 1) * (assignment.units ?? 100) / 100;
}

/** A date the engine can use: one that exists in the calendar. */
export function realDate(date: string | undefined): string | undefined {
    return date !== undefined && isRealDate(date) ? date : undefined;
}

function itemInputOf(item: PlanItem, project: Project, workdaysPerWeek: number): PlanItemInput {
    const phase = isPhase(item.$container) ? item.$container.name : undefined;
    if (isPhase(item)) {
        return { id: item.name, name: item.title, kind: 'phase', phase, dependencies: [], constraints: [], budget: item.budget };
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
        dependencies: item.dependencies.flatMap(dependency => {
            const predecessor = dependency.predecessor?.ref;
            // Links into other projects are checked, but each project is scheduled on its own.
            if (!predecessor || projectOf(predecessor) !== project) {
                return [];
            }
            return [{ predecessor: predecessor.name, type: dependency.type ?? 'FS', lag: dependency.lag ? parseWorkingSpan(dependency.lag) : undefined }];
        }),
        constraints: item.constraints.filter(constraint => isRealDate(constraint.date)).map(constraint => ({ kind: constraintKindOf(constraint), date: constraint.date })),
        progress: item.progress,
        actualStart: realDate(item.actualStart),
        actualFinish: realDate(item.actualFinish),
        cost: item.cost,
        resourceCostPerDay: item.assignments.reduce((total, assignment) => total + assignmentCostPerDay(assignment, workdaysPerWeek), 0) || undefined,
        spent: item.spent,
        resources: item.assignments.length > 0 ? item.assignments.map(assignmentText) : undefined,
    };
}

/** `Alex Smith`, or `Facilities crew (50%)` for a share; the id where the resource has no title or is unresolved. */
function assignmentText(assignment: Assignment): string {
    const resource = assignment.resource?.ref;
    const name = resource?.title ?? resource?.name ?? assignment.resource?.$refText ?? '?';
    return assignment.units !== undefined && assignment.units !== 100 ? `${name} (${assignment.units}%)` : name;
}

export function constraintKindOf(constraint: Constraint): ConstraintKind {
    const bound = constraint.bound === undefined ? 'on' : constraint.bound === 'earlier' ? 'no-earlier-than' : 'no-later-than';
    return `${constraint.edge}-${bound}` as ConstraintKind;
}

function projectOf(item: PlanItem): Project | undefined {
    let container: PlanItem['$container'] = item.$container;
    while (isPhase(container)) {
        container = container.$container;
    }
    return isProject(container) ? container : undefined;
}
