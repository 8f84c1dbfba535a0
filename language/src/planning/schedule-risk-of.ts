import type { Project } from '../generated/ast.js';
import type { PlanInput } from '../engine/plan-model.js';
import { analyseScheduleRisk, DEFAULT_SEED, type ScheduleRiskAnalysis, type ScheduleRiskInput } from '../engine/schedule-risk/monte-carlo.js';
import type { ProjectSchedules } from './project-schedules.js';
import { hasScheduleUncertainty, scheduleRiskInputsOf } from './schedule-risk-from-ast.js';

/**
 * Iterations the editor runs: enough for a chance to the nearest few percent, few enough that the
 * diagnostics and the hover of a large plan never wait on it (about 50 ms for 1,000 tasks).
 */
export const EDITOR_ITERATIONS = 500;

export interface ScheduleRiskRequest {
    readonly iterations?: number;
    readonly seed?: number;
}

/** The analysis with what it was computed from. */
export interface ProjectScheduleRisk {
    readonly plan: PlanInput;
    readonly risks: readonly ScheduleRiskInput[];
    /** Whether anything is uncertain: estimates with a spread, ranges on durations, risks that delay work. */
    readonly uncertain: boolean;
    readonly analysis: ScheduleRiskAnalysis;
}

function requestKey(request: ScheduleRiskRequest): string {
    return `${request.iterations ?? EDITOR_ITERATIONS}:${request.seed ?? DEFAULT_SEED}`;
}

/**
 * Each project's schedule risk analysis, computed once per parse and per iteration count and seed:
 * every edit makes a new plan, so a cache keyed weakly by it is always current, and the confidence
 * check and the hover share one run. Seeded (DEFAULT_SEED unless asked), so the figures are the
 * same on every machine and every run.
 */
export class ScheduleRisks {
    private readonly analyses = new WeakMap<PlanInput, Map<string, ProjectScheduleRisk>>();

    constructor(private readonly schedules: ProjectSchedules) {}

    /** The analysis, or undefined when the project has no schedule (no start, or it cannot be scheduled). */
    analysisOf(project: Project, request: ScheduleRiskRequest = {}): ProjectScheduleRisk | undefined {
        const plan = this.schedules.planOf(project);
        if (!plan || !this.schedules.scheduleOf(project)) {
            return undefined;
        }
        const byRequest = this.analysesOf(plan);
        const key = requestKey(request);
        let found = byRequest.get(key);
        if (!found) {
            const risks = scheduleRiskInputsOf(project);
            const options = { iterations: request.iterations ?? EDITOR_ITERATIONS, seed: request.seed ?? DEFAULT_SEED };
            found = { plan, risks, uncertain: hasScheduleUncertainty(plan, risks), analysis: analyseScheduleRisk(plan, risks, options) };
            byRequest.set(key, found);
        }
        return found;
    }

    /** The analysis of this parse if it has been run already, without running it. */
    analysedOf(project: Project, request: ScheduleRiskRequest = {}): ProjectScheduleRisk | undefined {
        const plan = this.schedules.planOf(project);
        return plan && this.analyses.get(plan)?.get(requestKey(request));
    }

    /** Whether anything in the project is uncertain, so that an analysis has something to say (no Monte Carlo run). */
    isUncertain(project: Project): boolean {
        const plan = this.schedules.planOf(project);
        return plan !== undefined && hasScheduleUncertainty(plan, scheduleRiskInputsOf(project));
    }

    private analysesOf(plan: PlanInput): Map<string, ProjectScheduleRisk> {
        let byRequest = this.analyses.get(plan);
        if (!byRequest) {
            this.analyses.set(plan, byRequest = new Map());
        }
        return byRequest;
    }
}
