// A plan as plain data at one point of its history: what baselines, `proj diff` and `proj trend`
// compare. Taken while the syntax tree is alive, kept after it is gone.
import type { Project } from '../generated/ast.js';
import type { EarnedValueReport } from '../engine/earned-value.js';
import type { PlanInput, Schedule } from '../engine/plan-model.js';
import type { RegistersInput } from '../engine/register-model.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { registersInputOf } from '../planning/registers-from-ast.js';

export interface PlanSnapshot {
    readonly project: { readonly id: string; readonly title?: string; readonly currency?: string };
    readonly plan: PlanInput;
    /** Absent when the plan could not be scheduled (then `problem` says why). */
    readonly schedule?: Schedule;
    readonly problem?: string;
    readonly registers: RegistersInput;
    /** Earned value at the plan's status date, measured against its own plan; absent without a status date. */
    readonly earnedValue?: EarnedValueReport;
}

/** The project as plain data, or undefined when it has no start date to schedule from. */
export function snapshotOf(project: Project, schedules: ProjectSchedules): PlanSnapshot | undefined {
    const plan = schedules.planOf(project);
    if (!plan) {
        return undefined;
    }
    const schedule = schedules.scheduleOf(project);
    return {
        project: { id: project.name, title: project.title, currency: project.currency },
        plan,
        schedule,
        problem: schedule ? undefined : schedules.problemOf(project) ?? 'it cannot be scheduled',
        registers: registersInputOf(project),
        earnedValue: schedule ? schedules.earnedValueOf(project) : undefined,
    };
}
