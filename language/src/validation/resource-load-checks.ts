import type { ValidationCheck } from 'langium';
import type { Project } from '../generated/ast.js';
import { workItemsOf } from '../planning/plan-items.js';
import type { Programmes } from '../planning/programmes.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { sharedOverAllocationsOf } from '../planning/shared-resources.js';
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

/**
 * A resource shared by several plans (declared outside any project), asked for more than it has by
 * their work together: on each assignment of this plan's work in the stretch, naming the other
 * plans' work. "shared_pm: 2 of 1 unit on 18–20 Jan across plans, with Deploy (beta.deploy)."
 */
export function createSharedOverAllocationCheck(schedules: ProjectSchedules, programmes: Programmes): ValidationCheck<Project> {
    return (project, accept) => {
        const over = sharedOverAllocationsOf(project, schedules, programmes);
        if (over.length === 0) {
            return;
        }
        const work = new Map(workItemsOf(project).map(item => [item.name, item]));
        const involved = new Set(over.flatMap(stretch => programmes.projectsAssigning(stretch.resourceNode)));
        const titles = new Map<string, string>([...involved].flatMap(other => workItemsOf(other).map(item => [`${other.name}.${item.name}`, item.title ?? item.name] as const)));
        for (const stretch of over) {
            const mine = stretch.items.filter(item => item.startsWith(`${project.name}.`));
            const others = stretch.items.filter(item => !item.startsWith(`${project.name}.`)).map(item => `${titles.get(item) ?? item} (${item})`);
            const units = `${stretch.available} ${stretch.available === 1 ? 'unit' : 'units'}`;
            for (const id of mine) {
                const assignment = work.get(id.slice(project.name.length + 1))?.assignments.find(candidate => candidate.resource?.ref === stretch.resourceNode);
                if (assignment) {
                    accept('warning', `${stretch.resource}: ${stretch.required} of ${units} on ${dayRangeText(stretch.from, stretch.to)} across plans, with ${listText(others)}. `
                        + 'Each plan is levelled on its own: move work in one of them, or give the resource more units.', {
                        node: assignment, property: 'resource', code: IssueCodes.OverAllocatedAcrossPlans,
                    });
                }
            }
        }
    };
}

/** `a`, `a and b`, `a, b and c`. */
function listText(items: readonly string[]): string {
    return items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
