// The plain data of a project's registers: what the plan says about money limits, risks, issues,
// people, change, quality, lessons and goals, for the engine's registers, charts and reports.
import type { IsoDate } from './calendar-dates.js';

export type Rag = 'red' | 'amber' | 'green';
export type Level = 'low' | 'medium' | 'high';
export type ChangeStatus = 'raised' | 'assessed' | 'approved' | 'rejected' | 'implemented';
export type IssueStatus = 'open' | 'closed';
export type QualityStatus = 'pending' | 'passed' | 'failed';
export type LessonStatus = 'open' | 'actioned' | 'closed';

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
    /** What it would cost (an opportunity: save) if it happened. */
    readonly cost?: number;
    /** Its probability in percent, when the plan states one; else the likelihood's band gives it. */
    readonly probability?: number;
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
    readonly resolution?: string;
    readonly closed?: IsoDate;
}

export interface StakeholderInput {
    readonly id: string;
    readonly title?: string;
    readonly power?: Level;
    readonly interest?: Level;
    readonly engage?: string;
    readonly frequency?: string;
    /** The communications schedule: how they are reached, and the next time they are. */
    readonly method?: string;
    readonly next?: IsoDate;
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
    readonly description?: string;
    /** The recommended action. */
    readonly action?: string;
    readonly owner?: OwnerInput;
    /** Absent in plans that do not say: the log shows it as open. */
    readonly status?: LessonStatus;
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
    /** Where the figure stood before the project. */
    readonly baseline?: number;
    /** Its readings, oldest first. */
    readonly history?: ReadonlyArray<{ readonly date: IsoDate; readonly value: number }>;
}

/** An alternative the business case considered. */
export interface OptionInput {
    readonly id: string;
    readonly title?: string;
    readonly description?: string;
    readonly cost?: number;
    readonly benefit?: number;
    readonly chosen: boolean;
}

export interface BenefitInput {
    readonly id: string;
    readonly title?: string;
    readonly description?: string;
    readonly value?: number;
    /** `year`: the value recurs each year from the realisation date; `once`: it comes once. */
    readonly per: 'year' | 'once';
    readonly owner?: OwnerInput;
    readonly measure?: string;
    readonly realised?: IsoDate;
    readonly objective?: string;
    readonly kpi?: string;
}

export interface DeliverableInput {
    readonly id: string;
    readonly title?: string;
    readonly acceptance: readonly string[];
    readonly owner?: OwnerInput;
    /** The tasks and milestones that say they produce it, in plan order. */
    readonly producedBy: readonly string[];
}

/** A resource as its register lists it. */
export interface ResourceRegisterInput {
    readonly id: string;
    readonly name?: string;
    readonly role?: string;
    readonly units: number;
    readonly rate?: number;
    /** What the rate is per: `d` (the default), `h` or `w`. */
    readonly per?: string;
    /** The name of its own calendar, if it has one. */
    readonly calendar?: string;
    /** The tasks and milestones it is assigned to, in plan order. */
    readonly assigned: readonly string[];
}

/** The appraisal a business case is measured by. */
export interface Appraisal {
    /** Percent a year. */
    readonly discountRate: number;
    readonly years: number;
}

/** 3.5% (the HM Treasury Green Book rate) over 5 years, unless the plan says otherwise. */
export const DEFAULT_APPRAISAL: Appraisal = { discountRate: 3.5, years: 5 };

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
    // The business case, scope and reserves: optional, so that registers built before them still type.
    readonly options?: readonly OptionInput[];
    readonly benefits?: readonly BenefitInput[];
    readonly appraisal?: Appraisal;
    readonly deliverables?: readonly DeliverableInput[];
    readonly scope?: { readonly includes: readonly string[]; readonly excludes: readonly string[] };
    readonly reserves?: { readonly contingency?: number; readonly reserve?: number };
    readonly resources?: readonly ResourceRegisterInput[];
}
