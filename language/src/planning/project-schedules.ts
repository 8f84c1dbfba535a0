import type { Project } from '../generated/ast.js';
import type { Schedule } from '../engine/plan-model.js';
import { schedulePlan } from '../engine/scheduler.js';
import { CalendarWithoutWorkError } from '../engine/working-calendar.js';
import { planInputOf } from './plan-from-ast.js';

/**
 * The schedule of each project, computed once per parse: every edit makes new AST nodes, so a
 * cache keyed weakly by the project node is always current and lets validation, hover, inlay hints
 * and the CLI share one scheduling run.
 */
export class ProjectSchedules {
    private readonly schedules = new WeakMap<Project, Schedule | undefined>();

    scheduleOf(project: Project): Schedule | undefined {
        if (!this.schedules.has(project)) {
            this.schedules.set(project, this.compute(project));
        }
        return this.schedules.get(project);
    }

    private compute(project: Project): Schedule | undefined {
        const plan = planInputOf(project);
        if (!plan) {
            return undefined;
        }
        try {
            return schedulePlan(plan);
        } catch (error) {
            // A calendar whose holidays cover every workday cannot be scheduled; validation says why.
            if (error instanceof CalendarWithoutWorkError) {
                return undefined;
            }
            throw error;
        }
    }
}
