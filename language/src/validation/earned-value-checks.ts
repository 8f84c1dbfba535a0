import type { ValidationAcceptor, ValidationCheck } from 'langium';
import { isPhase, isTask, type Phase, type Project, type Task } from '../generated/ast.js';
import { amountText } from '../planning/earned-value-text.js';
import { planItemsOf } from '../planning/plan-items.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { longDate } from '../planning/schedule-text.js';
import { IssueCodes } from './issue-codes.js';

/**
 * What earned value at the status date shows to be wrong: money spent beyond a budget, money spent
 * on work that reports no progress, and progress on work the plan has not started yet.
 */
export function createEarnedValueCheck(schedules: ProjectSchedules): ValidationCheck<Project> {
    return (project, accept) => {
        const report = schedules.earnedValueOf(project);
        if (!report) {
            return;
        }
        const declared = new Map<string, Project | Phase | Task>([[project.name, project]]);
        for (const item of planItemsOf(project)) {
            if (!declared.has(item.name) && (isPhase(item) || isTask(item))) {
                declared.set(item.name, item);
            }
        }
        for (const line of report.lines) {
            const node = declared.get(line.id);
            if (node && isTask(node)) {
                checkTaskProgress(node, line.plannedStart, report.status, accept);
            } else if (node && line.budget !== undefined && line.ac > line.budget) {
                accept('warning', `Spent ${amountText(line.ac)} against a budget of ${amountText(line.budget)}: ${amountText(line.ac - line.budget)} over.`, {
                    node, property: 'budget', code: IssueCodes.OverBudget,
                });
            }
        }
    };
}

function checkTaskProgress(task: Task, plannedStart: string | undefined, status: string, accept: ValidationAcceptor): void {
    const progress = task.progress ?? 0;
    if ((task.spent ?? 0) > 0 && progress === 0) {
        accept('warning', `${amountText(task.spent)} spent, but no progress reported: nothing is earned for it (CPI 0). Add the task's 'progress'.`, {
            node: task, property: 'spent', code: IssueCodes.SpendWithoutProgress,
        });
    }
    if (progress > 0 && task.actualStart === undefined && plannedStart !== undefined && plannedStart > status) {
        accept('warning', `${progress}% done, but the plan starts this task on ${longDate(plannedStart)}, after the status date ${longDate(status)}. Record its 'actual start', or check the progress.`, {
            node: task, property: 'progress', code: IssueCodes.ProgressBeforeStart,
        });
    }
}
