import { isPhase, isProject, isTask, type Constraint, type PlanItem, type Project } from '../generated/ast.js';
import { isRealDate } from '../engine/calendar-dates.js';
import { parseWorkingSpan } from '../engine/durations.js';
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
        start: project.start,
        status: realDate(project.status),
        deadline: realDate(project.deadline),
        calendar: {
            workdays: calendar?.workdays ?? [],
            holidays: (calendar?.holidays ?? [])
                .filter(holiday => isRealDate(holiday.date) && (holiday.end === undefined || isRealDate(holiday.end)))
                .map(holiday => ({ from: holiday.date, to: holiday.end })),
        },
        items: planItemsOf(project).map(item => itemInputOf(item, project)),
    };
}

function realDate(date: string | undefined): string | undefined {
    return date !== undefined && isRealDate(date) ? date : undefined;
}

function itemInputOf(item: PlanItem, project: Project): PlanItemInput {
    const phase = isPhase(item.$container) ? item.$container.name : undefined;
    if (isPhase(item)) {
        return { id: item.name, name: item.title, kind: 'phase', phase, dependencies: [], constraints: [] };
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
    };
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
