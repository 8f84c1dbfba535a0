// The risk register: each risk scored (likelihood x impact, 1-25) and banded red, amber or green
// by the plan's tolerances, before and after its response, flagged when it would hit the critical
// path, and placed on a 5x5 heat map; and, where the plan gives what it would cost, its expected
// monetary value (EMV: probability x cost).
import type { Schedule } from './plan-model.js';
import type { IssueInput, Rag, RiskInput, Tolerances } from './register-model.js';

export interface RiskRow extends RiskInput {
    /** Likelihood x impact, when both are given. */
    readonly score?: number;
    readonly rag?: Rag;
    readonly residualScore?: number;
    readonly residualRag?: Rag;
    /** The affected items that are critical in the schedule: a slip there moves the finish. */
    readonly criticalAffected: readonly string[];
    /** Percent: the plan's `probability`, else its likelihood's on {@link LIKELIHOOD_PROBABILITY}. */
    readonly probability?: number;
    /** Probability x cost, when both are known: what the risk is expected to cost (an opportunity: save). */
    readonly emv?: number;
}

/**
 * The likelihood scale read as probabilities: each score stands for a fifth of the range, and is
 * taken at its middle (1: under 20%, so 10%; 5: over 80%, so 90%). A plan that knows better says
 * `probability 35%`.
 */
export const LIKELIHOOD_PROBABILITY: Readonly<Record<number, number>> = { 1: 10, 2: 30, 3: 50, 4: 70, 5: 90 };

/** What the risks are expected to cost, what the opportunities to save, and the difference. */
export interface RiskExposure {
    readonly threats: number;
    readonly opportunities: number;
    readonly net: number;
}

export interface HeatMapCell {
    readonly likelihood: number;
    readonly impact: number;
    readonly score: number;
    readonly rag: Rag;
    /** The ids of the risks and opportunities scored here. */
    readonly risks: readonly string[];
}

export const SCALE = [1, 2, 3, 4, 5] as const;

export function ragOf(score: number, tolerances: Tolerances): Rag {
    return score >= tolerances.riskRed ? 'red' : score >= tolerances.riskAmber ? 'amber' : 'green';
}

const scoreOf = (likelihood: number | undefined, impact: number | undefined) =>
    likelihood !== undefined && impact !== undefined ? likelihood * impact : undefined;

/** Every risk and opportunity scored, highest score first (unscored last), then in plan order. */
export function riskRegister(risks: readonly RiskInput[], schedule: Schedule | undefined, tolerances: Tolerances): RiskRow[] {
    const critical = new Set(schedule?.items.filter(item => item.critical).map(item => item.id));
    const rows = risks.map(risk => {
        const score = scoreOf(risk.likelihood, risk.impact);
        const residualScore = scoreOf(risk.residualLikelihood, risk.residualImpact);
        const probability = risk.probability ?? (risk.likelihood === undefined ? undefined : LIKELIHOOD_PROBABILITY[risk.likelihood]);
        return {
            ...risk,
            score, rag: score === undefined ? undefined : ragOf(score, tolerances),
            residualScore, residualRag: residualScore === undefined ? undefined : ragOf(residualScore, tolerances),
            criticalAffected: risk.kind === 'risk' ? risk.affects.filter(id => critical.has(id)) : [],
            probability,
            emv: probability !== undefined && risk.cost !== undefined ? probability / 100 * risk.cost : undefined,
        };
    });
    return rows
        .map((row, order) => ({ row, order }))
        .sort((a, b) => (b.row.score ?? -1) - (a.row.score ?? -1) || a.order - b.order)
        .map(({ row }) => row);
}

/**
 * The 5x5 grid, likelihood 5 (top row) down to 1, impact 1 to 5 left to right, with each scored
 * risk in its cell. Scores outside 1-5 (validation's error) place nothing.
 */
export function heatMap(rows: readonly RiskRow[], tolerances: Tolerances): HeatMapCell[][] {
    return [...SCALE].reverse().map(likelihood => SCALE.map(impact => ({
        likelihood, impact, score: likelihood * impact, rag: ragOf(likelihood * impact, tolerances),
        risks: rows.filter(row => row.likelihood === likelihood && row.impact === impact).map(row => row.id),
    })));
}

const SEVERITY_ORDER = { critical: 0, high: 1, medium: 2, low: 3 } as const;

/** Open issues first, the most severe first, then in plan order. */
export function issueLog(issues: readonly IssueInput[]): IssueInput[] {
    return issues
        .map((issue, order) => ({ issue, order }))
        .sort((a, b) => (a.issue.status === b.issue.status ? 0 : a.issue.status === 'open' ? -1 : 1)
            || (SEVERITY_ORDER[a.issue.severity ?? 'low'] + (a.issue.severity ? 0 : 1)) - (SEVERITY_ORDER[b.issue.severity ?? 'low'] + (b.issue.severity ? 0 : 1))
            || a.order - b.order)
        .map(({ issue }) => issue);
}

/** The EMVs summed: threats, opportunities, and threats less opportunities. */
export function riskExposure(rows: readonly RiskRow[]): RiskExposure {
    const sum = (kind: RiskInput['kind']) => rows.filter(row => row.kind === kind).reduce((total, row) => total + (row.emv ?? 0), 0);
    const threats = sum('risk');
    const opportunities = sum('opportunity');
    return { threats, opportunities, net: threats - opportunities };
}
