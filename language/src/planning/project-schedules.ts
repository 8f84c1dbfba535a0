import type { Project } from '../generated/ast.js';
import type { PlanInput, Schedule, ScheduledItem } from '../engine/plan-model.js';
import { levelledScheduleOf } from '../engine/levelling/plan-levelling.js';
import { schedulePlan } from '../engine/scheduler.js';
import { budgetCurve, type BudgetCurve } from '../engine/budget-curve.js';
import { earnedValueOf, plannedScheduleOf, type EarnedValueReport } from '../engine/earned-value.js';
import { overAllocations, resourceLoading, type OverAllocation, type ResourceLoad } from '../engine/resource-loading.js';
import { NoSharedWorkdayError } from '../engine/work-calendars.js';
import { SchedulingError } from '../engine/working-calendar.js';
import { AstUtils, type AstNode } from 'langium';
import { linkTargetsOf } from '../references/link-targets.js';
import { compareWithBaseline, type BaselineComparison } from '../engine/baseline-variance.js';
import { currentBaseline, type BaselinePlan } from '../engine/change-control.js';
import { registersInputOf } from './registers-from-ast.js';
import { isBaselineProblem, type BaselinePlans, type BaselineSource } from '../history/baseline-plans.js';
import type { PlanSnapshot } from '../history/plan-snapshot.js';
import { firstHolidayYearOf, planInputOf, yearOf } from './plan-from-ast.js';
import { shownDurations } from '../engine/shown-durations.js';
import { isoDateOfDayNumber } from '../engine/calendar-dates.js';
import { MINUTES_PER_DAY } from '../engine/working-hours.js';
import { scheduleProgramme, type LinkOnCycle, type ScheduledPlan } from '../engine/programme.js';
import type { Programmes } from './programmes.js';

/** A baseline read from git, with the plan as it was then. */
export interface LoadedBaseline {
    readonly source: BaselineSource;
    readonly snapshot: PlanSnapshot & { readonly schedule: Schedule };
}

interface ScheduleOutcome {
    /** The projects scheduled with it (programmes.ts): the outcome holds while they are the same. */
    readonly members: readonly Project[];
    /**
     * The references of each member's document, remade whenever it is linked again: as when a file
     * it links to has changed (a resource it assigns, declared there, may have new leave).
     */
    readonly links: readonly unknown[];
    /** Where it is in a programme: what scheduling the programme found. */
    readonly programme?: ProgrammeOutcome;
    /** The plan as the engine sees it, or undefined when the project has no start date. */
    readonly plan?: PlanInput;
    readonly schedule?: Schedule;
    /** Why a project with a start date could not be scheduled. */
    readonly problem?: string;
    /** The work the problem lies in, when it lies in one piece of work. */
    readonly problemItem?: string;
}

/** A programme's scheduling, as the checks report it. */
export interface ProgrammeOutcome {
    /** Each member with a plan, by its plan's id (the project's name). */
    readonly projects: ReadonlyMap<string, Project>;
    readonly linksOnCycles: readonly LinkOnCycle[];
    readonly settled: boolean;
}

/**
 * The schedule of each project, computed once per parse: every edit makes new AST nodes, so a
 * cache keyed weakly by the project node is always current and lets validation, hover, inlay hints,
 * the preview and the CLI share one scheduling run. Projects linked into a programme are scheduled
 * together, once for all of them, and again when any of them changes.
 */
export class ProjectSchedules {
    private readonly outcomes = new WeakMap<Project, ScheduleOutcome>();
    /** The plans of the programme scheduled last, by id: where its next scheduling starts from, after an edit. */
    private lastProgramme = new Map<string, ScheduledPlan>();
    /**
     * A programme member's last plan and schedule. A project whose file and the files it links to
     * have the same syntax trees as then has the same plan; seeing the same work of other plans, it
     * is scheduled as before when its programme is scheduled again.
     */
    private readonly lastScheduled = new WeakMap<Project, { readonly trees: ReadonlySet<AstNode>; readonly plan?: PlanInput; readonly view?: string; readonly scheduled?: Omit<ScheduleOutcome, 'members' | 'links'> & ScheduledPlan }>();
    private readonly itemIndexes = new WeakMap<Schedule, ReadonlyMap<string, ScheduledItem>>();
    private readonly plannedSchedules = new WeakMap<PlanInput, Schedule | undefined>();
    private readonly earnedValues = new WeakMap<PlanInput, EarnedValueReport | undefined>();
    private readonly loadings = new WeakMap<Schedule, readonly ResourceLoad[]>();
    private readonly overAllocations = new WeakMap<readonly ResourceLoad[], readonly OverAllocation[]>();
    private readonly comparisons = new WeakMap<Schedule, WeakMap<PlanSnapshot, BaselineComparison>>();
    private readonly currentBaselines = new WeakMap<PlanInput, WeakMap<PlanSnapshot, BaselinePlan>>();
    private readonly baselineEarnedValues = new WeakMap<PlanInput, WeakMap<PlanSnapshot, EarnedValueReport | undefined>>();

    /** `baselines` reads the revisions plans name as baselines; without it, plans have none. */
    constructor(private readonly programmes: Programmes, private readonly baselines?: BaselinePlans) {}

    /** The programme the project is scheduled in, if it is linked with others. */
    programmeOf(project: Project): ProgrammeOutcome | undefined {
        return this.outcomeOf(project).programme;
    }

    /**
     * The baseline the project names first (or the one named `revision`), as last read from git by
     * validation; undefined when it names none or it could not be read (validation says why).
     */
    baselineOf(project: Project, revision: string | undefined = project.baselines[0]?.revision): LoadedBaseline | undefined {
        const document = AstUtils.findRootNode(project).$document;
        const outcome = revision !== undefined && document && project.name !== undefined && this.baselines?.loaded(document.uri.toString(), project.name, revision);
        // A baseline is only loaded with its schedule (baseline-plans.ts).
        return outcome && !isBaselineProblem(outcome) && outcome.snapshot.schedule ? outcome as LoadedBaseline : undefined;
    }

    /**
     * The baseline as approved changes have moved it: the work a change approved since `affects`
     * takes today's planned dates and budget (change-control.ts).
     */
    currentBaselineOf(project: Project, plan: PlanInput, snapshot: LoadedBaseline['snapshot']): BaselinePlan {
        let bySnapshot = this.currentBaselines.get(plan);
        if (!bySnapshot) {
            this.currentBaselines.set(plan, bySnapshot = new WeakMap());
        }
        let moved = bySnapshot.get(snapshot);
        if (!moved) {
            const planned = this.withoutProgressOf(plan);
            moved = planned ? currentBaseline(snapshot, { plan, schedule: planned }, registersInputOf(project)) : snapshot;
            bySnapshot.set(snapshot, moved);
        }
        return moved;
    }

    /** Today's schedule against the baseline (see `baselineOf`) as approved changes moved it, item by item. */
    baselineComparisonOf(project: Project, revision?: string): (BaselineComparison & { readonly source: BaselineSource }) | undefined {
        const plan = this.planOf(project);
        const schedule = this.scheduleOf(project);
        const baseline = this.baselineOf(project, revision);
        if (!plan || !schedule || !baseline) {
            return undefined;
        }
        let bySnapshot = this.comparisons.get(schedule);
        if (!bySnapshot) {
            this.comparisons.set(schedule, bySnapshot = new WeakMap());
        }
        let comparison = bySnapshot.get(baseline.snapshot);
        if (!comparison) {
            bySnapshot.set(baseline.snapshot, comparison = compareWithBaseline({ plan, schedule }, this.currentBaselineOf(project, plan, baseline.snapshot)));
        }
        return { ...comparison, source: baseline.source };
    }

    /** The project as the planning engine's input, or undefined when it has no start date. */
    planOf(project: Project): PlanInput | undefined {
        return this.outcomeOf(project).plan;
    }

    /** The schedule, or undefined when the project has no start date or cannot be scheduled. */
    scheduleOf(project: Project): Schedule | undefined {
        return this.outcomeOf(project).schedule;
    }

    /** One scheduled item by id: hover and inlay hints ask for many, so they are indexed once per schedule. */
    scheduledItemOf(project: Project, id: string): ScheduledItem | undefined {
        const schedule = this.scheduleOf(project);
        if (!schedule) {
            return undefined;
        }
        let index = this.itemIndexes.get(schedule);
        if (!index) {
            this.itemIndexes.set(schedule, index = new Map(schedule.items.map(item => [item.id, item])));
        }
        return index.get(id);
    }

    /** The working days an item is shown to take: the actual ones for finished work (shown-durations.ts). */
    shownDurationOf(project: Project, item: ScheduledItem): number {
        const plan = this.planOf(project);
        const schedule = this.scheduleOf(project);
        return (plan && schedule && shownDurations(plan, schedule).get(item.id)) ?? item.durationDays;
    }

    /** Each resource's load day by day over the schedule; none without a schedule. */
    loadingOf(project: Project): readonly ResourceLoad[] {
        const plan = this.planOf(project);
        const schedule = this.scheduleOf(project);
        if (!plan || !schedule) {
            return [];
        }
        let loading = this.loadings.get(schedule);
        if (!loading) {
            this.loadings.set(schedule, loading = resourceLoading(plan, schedule));
        }
        return loading;
    }

    /** Where resources are asked for more units than they have, after the status date. */
    overAllocationsOf(project: Project): readonly OverAllocation[] {
        const loading = this.loadingOf(project);
        if (loading.length === 0) {
            return [];
        }
        let found = this.overAllocations.get(loading);
        if (!found) {
            this.overAllocations.set(loading, found = overAllocations(loading, this.planOf(project)?.status));
        }
        return found;
    }

    /**
     * Earned value at the status date, or undefined without one (or without a schedule). Planned
     * value comes from the baseline where the project names one that could be read.
     */
    earnedValueOf(project: Project): EarnedValueReport | undefined {
        const plan = this.planOf(project);
        if (!plan || !this.scheduleOf(project)) {
            return undefined;
        }
        const baseline = this.baselineOf(project);
        if (baseline) {
            let bySnapshot = this.baselineEarnedValues.get(plan);
            if (!bySnapshot) {
                this.baselineEarnedValues.set(plan, bySnapshot = new WeakMap());
            }
            if (!bySnapshot.has(baseline.snapshot)) {
                const planned = this.plannedScheduleOf(plan);
                bySnapshot.set(baseline.snapshot, planned && earnedValueOf(plan, planned, this.currentBaselineOf(project, plan, baseline.snapshot)));
            }
            return bySnapshot.get(baseline.snapshot);
        }
        if (!this.earnedValues.has(plan)) {
            const planned = this.plannedScheduleOf(plan);
            this.earnedValues.set(plan, planned && earnedValueOf(plan, planned));
        }
        return this.earnedValues.get(plan);
    }

    /** PV, EV and AC over time, for a project with a status date. */
    budgetCurveOf(project: Project): BudgetCurve | undefined {
        const plan = this.planOf(project);
        const schedule = this.scheduleOf(project);
        const planned = plan?.status && schedule ? this.plannedScheduleOf(plan) : undefined;
        const baseline = planned && this.baselineOf(project);
        return planned && budgetCurve(plan!, planned, schedule!, baseline ? this.currentBaselineOf(project, plan!, baseline.snapshot) : undefined);
    }

    /** Why a project that has a start date cannot be scheduled, if it cannot. */
    problemOf(project: Project): string | undefined {
        return this.outcomeOf(project).problem;
    }

    /** The task or milestone that makes the project unschedulable, when one does. */
    problemItemOf(project: Project): string | undefined {
        return this.outcomeOf(project).problemItem;
    }

    private outcomeOf(project: Project): ScheduleOutcome {
        const members = this.programmes.membersOf(project);
        const outcome = this.outcomes.get(project);
        if (outcome && sameProjects(outcome.members, members) && outcome.links.every((links, i) => links === linksOf(members[i]))) {
            return outcome;
        }
        if (members.length === 1) {
            const plan = planInputOf(project);
            const alone: ScheduleOutcome = { members, links: [linksOf(project)], ...(plan ? this.schedule(project, plan) : {}) };
            this.outcomes.set(project, alone);
            return alone;
        }
        this.scheduleProgramme(members);
        return this.outcomes.get(project)!;
    }

    /** Every member of a programme scheduled together; a member without a start has no plan. */
    private scheduleProgramme(members: readonly Project[]): void {
        const projects = new Map<string, Project>();
        const plans: PlanInput[] = [];
        for (const member of members) {
            const trees = linkTargetsOf(AstUtils.getDocument(member)).trees;
            let last = this.lastScheduled.get(member);
            if (!last || !sameTrees(last.trees, trees)) {
                this.lastScheduled.set(member, last = { trees, plan: planInputOf(member) });
            }
            if (last.plan && !projects.has(last.plan.id)) {
                projects.set(last.plan.id, member);
                plans.push(last.plan);
            }
        }
        const programme = scheduleProgramme(plans, plan => {
            const project = projects.get(plan.id)!;
            const last = this.lastScheduled.get(project)!;
            const view = JSON.stringify([plan.external, plan.successorBounds]);
            if (last.view === view && last.scheduled) {
                return last.scheduled;
            }
            const scheduled = this.schedule(project, plan);
            this.lastScheduled.set(project, { ...last, view, scheduled });
            return scheduled;
        }, this.lastProgramme);
        this.lastProgramme = new Map([...programme.plans].filter(([, scheduled]) => scheduled !== undefined));
        const facts: ProgrammeOutcome = { projects, linksOnCycles: programme.linksOnCycles, settled: programme.settled };
        const links = members.map(linksOf);
        for (const member of members) {
            const scheduled = member.name !== undefined && projects.get(member.name) === member ? programme.plans.get(member.name) : undefined;
            this.outcomes.set(member, { members, links, programme: facts, ...scheduled });
        }
    }

    /**
     * The plan scheduled again without its progress, for earned value's planned dates, when it has
     * a status date. That can fail where the plan did not.
     */
    private plannedScheduleOf(plan: PlanInput): Schedule | undefined {
        return plan.status ? this.withoutProgressOf(plan) : undefined;
    }

    /** The plan scheduled again without its progress, once per parse: earned value and the current baseline share it. */
    private withoutProgressOf(plan: PlanInput): Schedule | undefined {
        if (!this.plannedSchedules.has(plan)) {
            this.plannedSchedules.set(plan, plannedScheduleOf(plan));
        }
        return this.plannedSchedules.get(plan);
    }

    /**
     * The project scheduled from `plan` (its plan, with the work of other plans it waits for),
     * levelled if it asks to be.
     */
    private schedule(project: Project, plan: PlanInput): Omit<ScheduleOutcome, 'members' | 'links'> & ScheduledPlan {
        try {
            // Public holidays fill the years from the start to one past the finish: work that runs
            // further is scheduled again with more years (more holidays only move the finish later).
            // Work that waits for other plans' work runs at least as late as that work.
            let through = Math.max(firstHolidayYearOf(project), ...(plan.external ?? []).map(work => yearOf(isoDateOfDayNumber(Math.floor(work.end / MINUTES_PER_DAY))) + 1));
            for (;;) {
                const unlevelled = schedulePlan(plan);
                const schedule = plan.level ? levelledScheduleOf(plan, unlevelled) : unlevelled;
                if (yearOf(schedule.finish) < through) {
                    return { plan, schedule };
                }
                through = yearOf(schedule.finish) + 1;
                plan = { ...planInputOf(project, through)!, external: plan.external, successorBounds: plan.successorBounds };
            }
        } catch (error) {
            if (error instanceof SchedulingError) {
                return { plan, problem: error.message, problemItem: error instanceof NoSharedWorkdayError ? error.item : undefined };
            }
            throw error;
        }
    }
}

function linksOf(project: Project): unknown {
    return AstUtils.getDocument(project).references;
}

function sameTrees(a: ReadonlySet<AstNode>, b: ReadonlySet<AstNode>): boolean {
    return a.size === b.size && [...b].every(tree => a.has(tree));
}

function sameProjects(a: readonly Project[], b: readonly Project[]): boolean {
    return a === b || (a.length === b.length && a.every((project, i) => project === b[i]));
}
