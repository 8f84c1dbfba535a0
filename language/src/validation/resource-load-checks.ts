import type { ValidationCheck } from 'langium';
import type { Project } from '../generated/ast.js';
import { workItemsOf } from '../planning/plan-items.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { dayRangeText } from '../planning/schedule-text.js';
import { IssueCodes } from './issue-codes.js';

/** Data of a `proj/over-allocated` diagnostic, for its quick fix. */
export interface OverAllocatedData {
    readonly project: string;
    readonly resource: string;
}

/**
 * Each assignment that takes a resource over its units, on the days after the status date:
 * "crew: 7 of 4 units on 15–19 Feb, with Fit-out and Staff briefings."
 */
export function createOverAllocationCheck(schedules: ProjectSchedules): ValidationCheck<Project> {
    return (project, accept) => {
        const plan = schedules.planOf(project);
        const over = schedules.overAllocationsOf(project);
        if (!plan || over.length === 0) {
            return;
        }
        const work = new Map(workItemsOf(project).map(item => [item.name, item]));
        const titleOf = (id: string) => work.get(id)?.title ?? id;
        for (const stretch of over) {
            for (const id of stretch.items) {
                const assignment = work.get(id)?.assignments.find(candidate => candidate.resource.ref?.name === stretch.resource);
                if (!assignment) {
                    continue;
                }
                const others = stretch.items.filter(other => other !== id).map(titleOf);
                const units = stretch.available === 0 ? 'no units that day' : `${stretch.available} ${stretch.available === 1 ? 'unit' : 'units'}`;
                const what = stretch.available === 0
                    ? `${stretch.resource} is asked for ${stretch.required} with ${units}`
                    : `${stretch.resource}: ${stretch.required} of ${units}`;
                const advice = plan.level ? 'Levelling cannot move work that has started, or that has priority 1000.' : 'Level the plan to delay work until the resource is free.';
                accept('warning', `${what} on ${dayRangeText(stretch.from, stretch.to)}${others.length > 0 ? `, with ${listText(others)}` : ''}. ${advice}`, {
                    node: assignment, property: 'resource', code: IssueCodes.OverAllocated,
                    data: { project: project.name, resource: stretch.resource } satisfies OverAllocatedData,
                });
            }
        }
    };
}

/** `a`, `a and b`, `a, b and c`. */
function listText(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
