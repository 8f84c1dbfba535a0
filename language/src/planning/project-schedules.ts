import type { Project } from '../generated/ast.js';
import type { Schedule } from '../engine/plan-model.js';
import { schedulePlan } from '../engine/scheduler.js';
import { CalendarWithoutWorkError, ScheduleOutOfRangeError } from '../engine/working-calendar.js';
import { planInputOf } from './plan-from-ast.js';

interface ScheduleOutcome {
    readonly schedule?: Schedule;
    /** Why a project with a start date could not be scheduled. */
    readonly problem?: string;
}

/**
 * The schedule of each project, computed once per parse: every edit makes new AST nodes, so a
 * cache keyed weakly by the project node is always current and lets validation, hover, inlay hints
 * and the CLI share one scheduling run.
 */
export class ProjectSchedules {
    private readonly outcomes = new WeakMap<Project, ScheduleOutcome>();

    /** The schedule, or undefined when the project has no start date or cannot be scheduled. */
    scheduleOf(project: Project): Schedule | undefined {
        return this.outcomeOf(project).schedule;
    }

    /** Why a project that has a start date cannot be scheduled, if it cannot. */
    problemOf(project: Project): string | undefined {
        return this.outcomeOf(project).problem;
    }

    private outcomeOf(project: Project): ScheduleOutcome {
        let outcome = this.outcomes.get(project);
        if (!outcome) {
            this.outcomes.set(project, outcome = this.compute(project));
        }
        return outcome;
    }

    private compute(project: Project): ScheduleOutcome {
        const plan = planInputOf(project);
        if (!plan) {
            return {};
        }
        try {
            return { schedule: schedulePlan(plan) };
        } catch (error) {
            if (error instanceof CalendarWithoutWorkError || error instanceof ScheduleOutOfRangeError) {
                return { problem: error.message };
            }
            throw error;
        }
    }
}
