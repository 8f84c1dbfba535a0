// The plain data of a project's registers: what the plan says about money limits, risks, issues,
// people, change, quality, lessons and goals, for the engine's registers, charts and reports.
import type { IsoDate } from './calendar-dates.js';

export type Rag = 'red' | 'amber' | 'green';
export type Level = 'low' | 'medium' | 'high';
export type ChangeStatus = 'raised' | 'assessed' | 'approved' | 'rejected' | 'implemented';
export type IssueStatus = 'open' | 'closed';
export type QualityStatus = 'pending' | 'passed' | 'failed';

/** The limits a project board sets (the plan's `tolerance` block). */
export interface Tolerances {
    /** Warn when the cost or schedule performance index falls below these. */
    readonly cpi: number;
    readonly spi: number;
    /** Risk scores (likelihood x impact, 1-25) from which a risk is amber, and red. */
    readonly riskAmber: number;
    readonly riskRed: number;
}

/** Indices below 0.9 and the usual 5x5 bands: green 1-4, amber 5-14, red 15-25. */
export const DEFAULT_TOLERANCES: Tolerances = { cpi: 0.9, spi: 0.9, riskAmber: 5, riskRed: 15 };

/** Whoever owns a risk, issue, change or quality check: a resource or a stakeholder. */
export interface OwnerInput {
    readonly id: string;
    readonly name?: string;
}

export interface RiskInput {
    readonly id: string;
    readonly kind: 'risk' | 'opportunity';
    readonly title?: string;
    /** 1 (rare, negligible) to 5 (almost certain, severe). */
    readonly likelihood?: number;
    readonly impact?: number;
    /** After the response has worked. */
    readonly residualLikelihood?: number;
    readonly residualImpact?: number;
    readonly owner?: OwnerInput;
    readonly response?: string;
    readonly responseText?: string;
    /** When the risk would strike. */
    readonly proximity?: IsoDate;
    /** Ids of the tasks, milestones and phases it would hit. */
    readonly affects: readonly string[];
}

export interface IssueInput {
    readonly id: string;
    readonly title?: string;
    readonly raised?: IsoDate;
    readonly owner?: OwnerInput;
    readonly severity?: 'low' | 'medium' | 'high' | 'critical';
    readonly status: IssueStatus;
    /** To whom it is escalated, if it is. */
    readonly escalate?: string;
    readonly affects: readonly string[];
}

export interface StakeholderInput {
    readonly id: string;
    readonly title?: string;
    readonly power?: Level;
    readonly interest?: Level;
    readonly engage?: string;
    readonly frequency?: string;
}

export interface ChangeInput {
    readonly id: string;
    readonly title?: string;
    readonly raised?: IsoDate;
    readonly status: ChangeStatus;
    /** Working days the change adds to (or, negative, takes from) the schedule. */
    readonly timeImpactDays?: number;
    readonly costImpact?: number;
    readonly scope?: string;
    readonly owner?: OwnerInput;
    readonly affects: readonly string[];
}

export interface QualityInput {
    readonly id: string;
    readonly title?: string;
    readonly deliverables: readonly string[];
    readonly criterion?: string;
    readonly status: QualityStatus;
    readonly owner?: OwnerInput;
}

export interface LessonInput {
    readonly id: string;
    readonly title?: string;
    readonly category?: string;
}

export interface ObjectiveInput {
    readonly id: string;
    readonly title?: string;
}

export interface KpiInput {
    readonly id: string;
    readonly title?: string;
    readonly target?: number;
    /** `less`: the target is a ceiling (emissions, days lost); `more`: a level to reach. */
    readonly direction: 'less' | 'more';
    readonly actual?: number;
    readonly unit?: string;
    readonly objective?: string;
}

export interface RegistersInput {
    readonly tolerances: Tolerances;
    readonly risks: readonly RiskInput[];
    readonly issues: readonly IssueInput[];
    readonly stakeholders: readonly StakeholderInput[];
    readonly changes: readonly ChangeInput[];
    readonly qualities: readonly QualityInput[];
    readonly lessons: readonly LessonInput[];
    readonly objectives: readonly ObjectiveInput[];
    readonly kpis: readonly KpiInput[];
}
