import type { Project } from '../generated/ast.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { hasScheduleUncertainty, scheduleRiskInputsOf } from '../planning/schedule-risk-from-ast.js';
import { EDITOR_ITERATIONS, type ScheduleRisks } from '../planning/schedule-risk-of.js';
import type { ScheduleRiskAnalysis } from '../engine/schedule-risk/monte-carlo.js';
import type { ScheduleRiskView } from './preview-protocol.js';

/** The tornado and the critical list show this many at most: a board reads the top of each. */
const MOST_SHOWN = 10;

export const NO_UNCERTAINTY_MESSAGE = 'Nothing in this plan is uncertain, so every iteration would be the plan itself. '
    + 'To see how sure its dates are, give a task a three-point estimate (estimate 3d 5d 10d), '
    + 'give plain durations a range (uncertainty -10% +30% on the project or a task), '
    + 'or give a risk a probability and a delay on the work it affects (probability 30% delay 5d 10d 20d).';

export interface AnalysisOptions {
    /** Read the analysis only if it has been run for this parse, not run it: the editor runs it when typing pauses. */
    readonly onlyIfRun?: boolean;
}

export const NOT_ANALYSED_YET = 'not analysed yet';

/**
 * The Risk analysis tab's digest of the editor's cached analysis (EDITOR_ITERATIONS, the default
 * seed: the same run the hover and the confidence check read). The uncertainty is checked first,
 * from the plan alone, so that a plan with none costs no simulation on an edit.
 */
export function scheduleRiskViewOf(project: Project, schedules: ProjectSchedules, scheduleRisks: ScheduleRisks, options: AnalysisOptions = {}): ScheduleRiskView | undefined | typeof NOT_ANALYSED_YET {
    const plan = schedules.planOf(project);
    if (!plan || !schedules.scheduleOf(project)) {
        return undefined;
    }
    if (!hasScheduleUncertainty(plan, scheduleRiskInputsOf(project))) {
        return { message: NO_UNCERTAINTY_MESSAGE };
    }
    const request = { iterations: EDITOR_ITERATIONS };
    const found = options.onlyIfRun ? scheduleRisks.analysedOf(project, request) ?? NOT_ANALYSED_YET : scheduleRisks.analysisOf(project, request);
    if (found === NOT_ANALYSED_YET || !found) {
        return found;
    }
    return scheduleRiskViewOfAnalysis(found.analysis);
}

/** The tab's digest of an analysis: the drivers and the most critical work only, not every task. */
export function scheduleRiskViewOfAnalysis(analysis: ScheduleRiskAnalysis): ScheduleRiskView {
    const drivers = [
        ...analysis.tasks.flatMap(task => task.sensitivity === undefined ? [] : [{ id: task.id, name: task.name, kind: 'task' as const, sensitivity: task.sensitivity }]),
        ...analysis.risks.map(risk => ({ id: risk.id, name: risk.name, kind: 'risk' as const, sensitivity: risk.sensitivity })),
    ].filter(driver => Number.isFinite(driver.sensitivity) && driver.sensitivity !== 0)
        .sort((a, b) => Math.abs(b.sensitivity) - Math.abs(a.sensitivity) || a.id.localeCompare(b.id))
        .slice(0, MOST_SHOWN);
    const critical = analysis.tasks.filter(task => task.criticality > 0)
        .map(task => ({ id: task.id, name: task.name, criticality: task.criticality }))
        .sort((a, b) => b.criticality - a.criticality || a.id.localeCompare(b.id))
        .slice(0, MOST_SHOWN);
    return {
        iterations: analysis.iterations, seed: analysis.seed,
        plannedFinish: analysis.plannedFinish, plannedFinishProbability: analysis.plannedFinishProbability,
        finish: analysis.finish, dates: analysis.dates,
        milestones: analysis.milestones.map(({ id, name, planned, finish }) => ({ id, name, planned, finish })),
        histogram: analysis.histogram, drivers, critical,
        ...(analysis.cost ? { cost: analysis.cost } : {}),
        notes: analysis.notes,
    };
}
