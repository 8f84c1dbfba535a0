import { isModel, type Project, type Resource } from '../generated/ast.js';
import { combinedLoad, overAllocations, type OverAllocation } from '../engine/resource-loading.js';
import { workItemsOf } from './plan-items.js';
import type { Programmes } from './programmes.js';
import type { ProjectSchedules } from './project-schedules.js';

/** A stretch over a shared resource's units with work of several plans, the work named `project.id`. */
export interface SharedOverAllocation extends OverAllocation {
    readonly resourceNode: Resource;
}

/**
 * Where a resource declared outside any project (a file's shared resource) is asked for more than
 * it has by the work of several plans together: its loads in every project of the workspace that
 * assigns it, as one (combinedLoad). Stretches where one plan alone is over are that plan's own
 * check's (proj/over-allocated); only those the plans make together are these. After the
 * project's status date, as the project's own check counts them.
 */
export function sharedOverAllocationsOf(project: Project, schedules: ProjectSchedules, programmes: Programmes): SharedOverAllocation[] {
    const shared = new Set<Resource>();
    for (const item of workItemsOf(project)) {
        for (const assignment of item.assignments) {
            const resource = assignment.resource?.ref;
            if (resource && isModel(resource.$container)) {
                shared.add(resource);
            }
        }
    }
    if (shared.size === 0) {
        return [];
    }
    const found: SharedOverAllocation[] = [];
    for (const resource of shared) {
        const assigning = programmes.projectsAssigning(resource);
        if (assigning.length < 2) {
            continue;
        }
        const loads = assigning.flatMap(other => {
            const load = schedules.loadingOf(other).find(candidate => candidate.resource === resource.name);
            return load && other.name ? [{ project: other.name, load }] : [];
        });
        const combined = combinedLoad(loads);
        const stretches = combined ? overAllocations([combined], schedules.planOf(project)?.status) : [];
        for (const stretch of stretches) {
            const projects = new Set(stretch.items.map(item => item.slice(0, item.indexOf('.'))));
            if (projects.size > 1 && projects.has(project.name)) {
                found.push({ ...stretch, resourceNode: resource });
            }
        }
    }
    return found;
}
