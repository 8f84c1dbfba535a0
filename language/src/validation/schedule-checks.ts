import type { ValidationAcceptor, ValidationCheck } from 'langium';
import { isPhase, type PlanItem, type Project } from '../generated/ast.js';
import { planItemsOf, workItemsOf } from '../planning/plan-items.js';
import { workingDaysText } from '../engine/figure-text.js';
import type { MissedDate } from '../engine/plan-model.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { IssueCodes } from './issue-codes.js';

/** Long chains are shown by their ends: the message must stay readable. */
export function chainText(ids: readonly string[]): string {
    return ids.length <= 8 ? ids.join(' -> ') : `${ids.slice(0, 3).join(' -> ')} -> ... -> ${ids.slice(-3).join(' -> ')} (${ids.length} items)`;
}

export function checkProjectHasStart(project: Project, accept: ValidationAcceptor): void {
    if (project.start === undefined && project.name && project.items.length > 0) {
        accept('warning', `Project '${project.name}' has no start date, so it cannot be scheduled: add a line such as 'start 2027-01-04'.`, {
            node: project, property: 'name', code: IssueCodes.MissingStart
        });
    }
}

/** Constraints and the deadlines (the project's, the work's) that the logic of the plan cannot meet, with the chain that drives each. */
export function createScheduleCheck(schedules: ProjectSchedules): ValidationCheck<Project> {
    return (project, accept) => {
        const schedule = schedules.scheduleOf(project);
        const problem = schedules.problemOf(project);
        if (problem) {
            // On the work it lies in, if it lies in one: its resources' calendars, say.
            const message = `Project '${project.name}' cannot be scheduled. ${problem}`;
            const item = workItemsOf(project).find(candidate => candidate.name === schedules.problemItemOf(project));
            if (item && item.assignments.length > 0) {
                accept('error', message, { node: item, property: 'assignments', index: 0, code: IssueCodes.Unschedulable });
            } else {
                accept('error', message, { node: project, property: 'name', code: IssueCodes.Unschedulable });
            }
        }
        if (!schedule) {
            return;
        }
        // A phase's constraint holds its work, and a miss is reported on the phase's.
        const work = new Map<string, PlanItem>();
        for (const item of planItemsOf(project)) {
            if (!work.has(item.name)) {
                work.set(item.name, item);
            }
        }
        for (const missed of schedule.missedDates) {
            if (missed.kind === 'deadline') {
                accept('warning', `The deadline ${missed.date} is missed by ${workingDaysText(missed.workingDays)}: the plan finishes on ${schedule.finish}, driven by ${chainText(missed.drivingChain)}.`, {
                    node: project, property: 'deadline', code: IssueCodes.DeadlineMissed
                });
                continue;
            }
            const item = work.get(missed.item!);
            if (missed.kind === 'task-deadline') {
                if (item && !isPhase(item)) {
                    const finish = schedule.items.find(scheduled => scheduled.id === missed.item)?.finish;
                    accept('warning', `${item.$type} '${item.name}' misses its deadline ${missed.date} by ${workingDaysText(missed.workingDays)}: it finishes on ${finish}, driven by ${chainText(missed.drivingChain)}.`, {
                        node: item, property: 'deadline', code: IssueCodes.TaskDeadlineMissed
                    });
                }
                continue;
            }
            const constraint = item?.constraints[missed.constraintIndex!];
            if (constraint) {
                accept('warning', constraintMessage(missed), { node: constraint, code: IssueCodes.ConstraintMissed });
            }
        }
    };
}

function constraintMessage(missed: MissedDate): string {
    const what = missed.kind.replace(/-/g, ' ');
    const drivenBy = missed.drivingChain.length > 1 ? `: ${chainText(missed.drivingChain)} drives it` : '';
    return `${what[0].toUpperCase()}${what.slice(1)} ${missed.date} is missed by ${workingDaysText(missed.workingDays)}${drivenBy}.`;
}
