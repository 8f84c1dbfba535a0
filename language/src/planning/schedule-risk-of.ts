import type { Project } from '../generated/ast.js';
import type { PlanInput } from '../engine/plan-model.js';
import { analyseScheduleRisk, DEFAULT_SEED, scheduleConfidenceOf, type ScheduleConfidence, type ScheduleRiskAnalysis, type ScheduleRiskInput } from '../engine/schedule-risk/monte-carlo.js';
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

/** The chances of meeting the plan's dates, and whether anything is uncertain. */
export interface ProjectScheduleConfidence {
    readonly uncertain: boolean;
    readonly confidence: ScheduleConfidence;
}

export interface ScheduleRisksOptions {
    /**
     * Whether the confidence check reads its chances from the whole analysis, run once for it and
     * for what shows the analysis (the language server's hover and preview). Otherwise, as in
     * `proj check`, where nothing else wants it, it runs the iterations for the dates alone.
     */
    readonly confidenceFromTheWholeAnalysis?: boolean;
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
    private readonly confidences = new WeakMap<PlanInput, Map<string, ProjectScheduleConfidence>>();

    constructor(private readonly schedules: ProjectSchedules, private readonly options: ScheduleRisksOptions = {}) {}

    /** The analysis, or undefined when the project has no schedule (no start, or it cannot be scheduled). */
    analysisOf(project: Project, request: ScheduleRiskRequest = {}): ProjectScheduleRisk | undefined {
        return this.cached(this.analyses, project, request, (plan, risks) =>
            ({ plan, risks, uncertain: hasScheduleUncertainty(plan, risks), analysis: analyseScheduleRisk(plan, risks, optionsOf(request)) }));
    }

    /** The chances of meeting the dates: from the whole analysis where it is run anyway (see {@link ScheduleRisksOptions}). */
    confidenceOf(project: Project, request: ScheduleRiskRequest = {}): ProjectScheduleConfidence | undefined {
        const whole = this.analysedOf(project, request) ?? (this.options.confidenceFromTheWholeAnalysis ? this.analysisOf(project, request) : undefined);
        if (whole) {
            return { uncertain: whole.uncertain, confidence: whole.analysis };
        }
        return this.cached(this.confidences, project, request, (plan, risks) =>
            ({ uncertain: hasScheduleUncertainty(plan, risks), confidence: scheduleConfidenceOf(plan, risks, optionsOf(request)) }));
    }

    /** What `compute` makes of the project's plan and risks, once per parse and request; undefined without a schedule. */
    private cached<T>(caches: WeakMap<PlanInput, Map<string, T>>, project: Project, request: ScheduleRiskRequest, compute: (plan: PlanInput, risks: ScheduleRiskInput[]) => T): T | undefined {
        const plan = this.schedules.planOf(project);
        if (!plan || !this.schedules.scheduleOf(project)) {
            return undefined;
        }
        const byRequest = cacheOf(caches, plan);
        const key = requestKey(request);
        let found = byRequest.get(key);
        if (!found) {
            byRequest.set(key, found = compute(plan, scheduleRiskInputsOf(project)));
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
}

function optionsOf(request: ScheduleRiskRequest): { iterations: number; seed: number } {
    return { iterations: request.iterations ?? EDITOR_ITERATIONS, seed: request.seed ?? DEFAULT_SEED };
}

function cacheOf<T>(caches: WeakMap<PlanInput, Map<string, T>>, plan: PlanInput): Map<string, T> {
    let byRequest = caches.get(plan);
    if (!byRequest) {
        caches.set(plan, byRequest = new Map());
    }
    return byRequest;
}
