import type { ValidationAcceptor, ValidationCheck } from 'langium';
import { isPhase, isTask, type Phase, type Project, type Task } from '../generated/ast.js';
import type { EarnedValueLine } from '../engine/earned-value.js';
import type { Tolerances } from '../engine/register-model.js';
import { amountText, indexText, moneyText } from '../engine/figure-text.js';
import { planItemsOf } from '../planning/plan-items.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { tolerancesOf } from '../planning/registers-from-ast.js';
import { longDate } from '../planning/schedule-text.js';
import { IssueCodes } from './issue-codes.js';
import { isIndexTolerance } from './tolerance-checks.js';

/**
 * What earned value at the status date shows to be wrong: money spent beyond a budget, money spent
 * on work that reports no progress, progress on work the plan has not started yet, and a project or
 * phase whose CPI or SPI is below the board's tolerance (not a task's: single tasks swing too much).
 */
export function createEarnedValueCheck(schedules: ProjectSchedules): ValidationCheck<Project> {
    return (project, accept) => {
        const report = schedules.earnedValueOf(project);
        if (!report) {
            return;
        }
        const tolerances = tolerancesOf(project);
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
            const indexWarnings = line.kind === 'task' ? [] : indicesBelowTolerance(line, tolerances, project.currency);
            for (const { code, message } of indexWarnings) {
                if (line.kind === 'project') {
                    accept('warning', message, { node: project, property: 'status', code });
                } else if (node && isPhase(node)) {
                    accept('warning', message, { node, property: 'name', code });
                }
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

/** CPI and SPI below the tolerance, each with what it means per unit of money and the variance behind it. */
function indicesBelowTolerance(line: EarnedValueLine, tolerances: Tolerances, currency: string | undefined): Array<{ code: string; message: string }> {
    // A tolerance out of range is reported on the tolerance itself; judging by it would only add noise.
    const below = (index: number | undefined, tolerance: number): index is number =>
        index !== undefined && isIndexTolerance(tolerance) && index < tolerance - 1e-9;
    const warnings: Array<{ code: string; message: string }> = [];
    if (below(line.cpi, tolerances.cpi)) {
        warnings.push({
            code: IssueCodes.CpiBelowTolerance,
            message: `CPI ${indexBelowText(line.cpi!, tolerances.cpi)} is below the tolerance of ${indexText(tolerances.cpi)}: each ${moneyText(1, currency)} spent has earned ${moneyText(line.cpi!, currency, 2)} of work (CV ${moneyText(line.cv, currency)}). Report it to the project board as an exception.`,
        });
    }
    if (below(line.spi, tolerances.spi)) {
        warnings.push({
            code: IssueCodes.SpiBelowTolerance,
            message: `SPI ${indexBelowText(line.spi!, tolerances.spi)} is below the tolerance of ${indexText(tolerances.spi)}: of each ${moneyText(1, currency)} of work planned by the status date, ${moneyText(line.spi!, currency, 2)} has been done (SV ${moneyText(line.sv, currency)}). Report it to the project board as an exception.`,
        });
    }
    return warnings;
}

/** An index below its tolerance, to as many places as show it below: 0.897, not 0.90, under a tolerance of 0.90. */
function indexBelowText(value: number, tolerance: number): string {
    for (let places = 2; places < 6; places++) {
        if (value.toFixed(places) !== tolerance.toFixed(places)) {
            return value.toFixed(places);
        }
    }
    return value.toFixed(6);
}
