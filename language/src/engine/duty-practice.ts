// Practice evidence of a standard's duties: what a plan holds, as counts of the constructs each
// duty is about, and the rules that read a duty's evidence from them. A standard's rules are data
// (see builtin/st0310-duty-practice.ts); the planning layer extracts the facts from a plan.

/**
 * What a plan holds, counted: the constructs that evidence practice. Counts rather than elements
 * so that a rule is a one-line predicate, and so that a plan the planning layer cannot read fully
 * (a construct not in the language yet) is simply a zero.
 */
export interface PlanFacts {
    // The lifecycle and the governance around it
    readonly lifecycle?: string;
    readonly structure?: string;
    readonly tolerance: boolean;
    readonly baselines: number;
    // The work
    readonly start: boolean;
    readonly statusDate: boolean;
    readonly deadline: boolean;
    readonly phases: number;
    /** Tasks (not milestones), and those with a duration or a three-point estimate. */
    readonly tasks: number;
    readonly timedTasks: number;
    readonly estimatedTasks: number;
    readonly milestones: number;
    /** `after` links between work items: what a critical path runs along. */
    readonly dependencies: number;
    /** Tasks and milestones with progress or an actual start or finish. */
    readonly progressed: number;
    // Resources
    readonly resources: number;
    /** Resources with a role or a rate. */
    readonly describedResources: number;
    /** Work items with at least one assignment. */
    readonly assignedItems: number;
    /** Named calendars, resources with leave or a calendar, or a levelled plan: availability planned. */
    readonly availability: number;
    // Money
    /** A project or phase budget. */
    readonly budgets: number;
    /** Work with a cost, or assigned to a resource with a rate. */
    readonly costedItems: number;
    /** Work with money spent. */
    readonly spentItems: number;
    // Stakeholders
    readonly stakeholders: number;
    /** Stakeholders with both power and interest: placed on the grid. */
    readonly analysedStakeholders: number;
    /** Stakeholders with how (`engage`) or how often (`frequency`) they are engaged. */
    readonly engagedStakeholders: number;
    // Registers
    readonly risks: number;
    /** Risks with likelihood and impact. */
    readonly scoredRisks: number;
    /** Risks (and opportunities) with a response and an owner. */
    readonly ownedResponses: number;
    readonly opportunities: number;
    readonly issues: number;
    /** Issues with an owner, or escalated. */
    readonly handledIssues: number;
    readonly escalatedIssues: number;
    readonly changes: number;
    /** Changes with a time, cost or scope impact. */
    readonly assessedChanges: number;
    /** Changes approved, rejected or implemented. */
    readonly decidedChanges: number;
    /** Changes whose impact states what happens to scope. */
    readonly scopeChanges: number;
    readonly lessons: number;
    /** Lessons with a category: filed for the next project. */
    readonly categorisedLessons: number;
    readonly qualities: number;
    /** Quality checks with a criterion and the deliverables they cover. */
    readonly definedQualities: number;
    /** Quality checks passed or failed: control applied. */
    readonly checkedQualities: number;
    // Goals
    readonly objectives: number;
    /** KPIs with a target. */
    readonly targetedKpis: number;
    /** KPIs tied to an objective (`for`). */
    readonly linkedKpis: number;
    /** KPIs with an actual. */
    readonly measuredKpis: number;
    // The business case and the scope
    readonly options: number;
    readonly chosenOptions: number;
    /** Benefits with an owner and a measure. */
    readonly ownedBenefits: number;
    /** Deliverables with acceptance criteria, and those some work produces. */
    readonly acceptedDeliverables: number;
    readonly producedDeliverables: number;
    /** `includes` and `excludes` statements. */
    readonly inScope: number;
    readonly outOfScope: number;
}

/** Facts of a plan that holds nothing: the base a plan's facts are counted up from. */
export const NO_FACTS: PlanFacts = {
    tolerance: false, baselines: 0,
    start: false, statusDate: false, deadline: false, phases: 0, tasks: 0, timedTasks: 0, estimatedTasks: 0, milestones: 0, dependencies: 0, progressed: 0,
    resources: 0, describedResources: 0, assignedItems: 0, availability: 0,
    budgets: 0, costedItems: 0, spentItems: 0,
    stakeholders: 0, analysedStakeholders: 0, engagedStakeholders: 0,
    risks: 0, scoredRisks: 0, ownedResponses: 0, opportunities: 0, issues: 0, handledIssues: 0, escalatedIssues: 0,
    changes: 0, assessedChanges: 0, decidedChanges: 0, scopeChanges: 0, lessons: 0, categorisedLessons: 0,
    qualities: 0, definedQualities: 0, checkedQualities: 0,
    objectives: 0, targetedKpis: 0, linkedKpis: 0, measuredKpis: 0,
    options: 0, chosenOptions: 0, ownedBenefits: 0, acceptedDeliverables: 0, producedDeliverables: 0, inScope: 0, outOfScope: 0,
};

/** One thing a duty asks the plan to show: what it is, why it evidences the duty, and how to tell. */
export interface PracticeRule {
    /** What evidences the duty, as a user writes it: "Milestones (`milestone`)". */
    readonly evidence: string;
    /** Why it evidences the duty, in the standard's terms. */
    readonly reason: string;
    readonly holds: (facts: PlanFacts) => boolean;
}

/** The plan facts of one project, named for the coverage tables. */
export interface ProjectFacts {
    readonly project: string;
    readonly file?: string;
    readonly facts: PlanFacts;
}

/** A rule, judged: the projects whose plans show it (none: a gap). Plain data, for the preview. */
export interface PracticeVerdict {
    readonly evidence: string;
    readonly reason: string;
    readonly projects: readonly string[];
}

/** Every rule judged against every project: a rule holds if any project's plan shows it. */
export function judgePractice(rules: readonly PracticeRule[], projects: readonly ProjectFacts[]): PracticeVerdict[] {
    return rules.map(rule => ({
        evidence: rule.evidence,
        reason: rule.reason,
        projects: projects.filter(project => rule.holds(project.facts)).map(project => project.project),
    }));
}
