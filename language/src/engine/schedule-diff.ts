// What changed in a plan's schedule between two versions of it (`proj diff`): not its text, but
// what the text does. Work added and removed, dates moved and durations changed (in working days
// on the later plan's calendar, as a baseline's variance is), links added, removed or retyped, the
// critical path and the project's finish, the budget at completion, and risks whose score moved.
import type { IsoDate } from './calendar-dates.js';
import { compareWithBaseline } from './baseline-variance.js';
import { lagInWorkingDays, type WorkingSpan } from './durations.js';
import { linkedId, type DependencyType, type PlanInput, type PlanItemKind, type Schedule, type ScheduledItem } from './plan-model.js';
import type { Rag, RegistersInput, RiskInput } from './register-model.js';
import { riskRegister, type RiskRow } from './risk-register.js';
import { workdaysOf } from './working-calendar.js';

/** One version of a plan: what it says, its schedule and its registers. */
export interface DiffSide {
    readonly plan: PlanInput;
    readonly schedule: Schedule;
    readonly registers: RegistersInput;
}

export interface Change<T> {
    readonly before: T;
    readonly after: T;
}

/** A date then and now, and how many working days it moved (positive: later). */
export interface DateShift extends Change<IsoDate> {
    readonly shift: number;
}

/** Work that only one version has, on that version's dates. */
export interface DatedItem {
    readonly id: string;
    readonly name?: string;
    readonly kind: PlanItemKind;
    readonly start: IsoDate;
    readonly finish: IsoDate;
    readonly durationDays: number;
}

export interface MovedItem {
    readonly id: string;
    readonly name?: string;
    readonly kind: PlanItemKind;
    readonly before: { readonly start: IsoDate; readonly finish: IsoDate };
    readonly after: { readonly start: IsoDate; readonly finish: IsoDate };
    /** Working days the start and the finish moved (positive: later). */
    readonly startShift: number;
    readonly finishShift: number;
}

/** A task whose working days changed. */
export interface DurationChange extends Change<number> {
    readonly id: string;
    readonly name?: string;
    /** Working days longer (negative: shorter). */
    readonly change: number;
}

/** How one item follows another: its type and its lag (a lead when negative), absent when none. */
export interface LinkKind {
    readonly type: DependencyType;
    readonly lag?: WorkingSpan;
}

/** `successor` follows `predecessor`. */
export interface Link extends LinkKind {
    readonly predecessor: string;
    readonly successor: string;
}

export interface ChangedLink extends Change<LinkKind> {
    readonly predecessor: string;
    readonly successor: string;
}

/** What only the later version has, what only the earlier one has, and what both have but differently. */
export interface ListChanges<Item, Changed> {
    readonly added: readonly Item[];
    readonly removed: readonly Item[];
    readonly changed: readonly Changed[];
}

/** Changed: links between the same two items whose type or lag changed. */
export type LinkChanges = ListChanges<Link, ChangedLink>;

export interface CriticalPathChange extends Change<readonly string[]> {
    /** Items on a critical path now that were on none before, and the other way round. */
    readonly joined: readonly string[];
    readonly left: readonly string[];
}

export interface BudgetFigures {
    /** Budget at completion: what the tasks cost, summed. */
    readonly bac: Change<number> & { readonly change: number };
    /** The budget the plan states, where it states one. */
    readonly stated: Change<number | undefined>;
}

export interface PhaseBudgetChange extends BudgetFigures {
    readonly id: string;
    readonly name?: string;
}

export interface BudgetChange extends BudgetFigures {
    /** Phases in both versions whose budget at completion or stated budget changed. */
    readonly phases: readonly PhaseBudgetChange[];
}

export interface RiskScore {
    /** Likelihood × impact, when both are given, and its band. */
    readonly score?: number;
    readonly rag?: Rag;
    readonly residualScore?: number;
    readonly residualRag?: Rag;
}

export interface RiskChange extends Change<RiskScore> {
    readonly id: string;
    readonly title?: string;
    readonly kind: RiskInput['kind'];
}

export interface ScoredRisk extends RiskScore {
    readonly id: string;
    readonly title?: string;
    readonly kind: RiskInput['kind'];
}

/** Changed: risks in both versions whose score or residual score moved, highest score now first. */
export type RiskChanges = ListChanges<ScoredRisk, RiskChange>;

export interface ScheduleDiff {
    readonly start: DateShift;
    readonly finish: DateShift;
    /** Work only the later version has, in its order, and only the earlier one has, in its order. */
    readonly added: readonly DatedItem[];
    readonly removed: readonly DatedItem[];
    /** Items in both whose start or finish changed, in the later version's order. */
    readonly moved: readonly MovedItem[];
    /** Tasks in both whose working days changed. */
    readonly durations: readonly DurationChange[];
    readonly links: LinkChanges;
    readonly criticalPath: CriticalPathChange;
    readonly budget: BudgetChange;
    readonly risks: RiskChanges;
}

/** What changed in the schedule from `before` to `after`. */
export function scheduleDiff(before: DiffSide, after: DiffSide): ScheduleDiff {
    const comparison = compareWithBaseline(after, before);
    const afterItems = new Map(after.schedule.items.map(item => [item.id, item]));
    const beforeItems = new Map(before.schedule.items.map(item => [item.id, item]));
    const named = (item: ScheduledItem) => ({ id: item.id, name: item.name, kind: item.kind });

    const moved: MovedItem[] = [];
    const durations: DurationChange[] = [];
    const phases: PhaseBudgetChange[] = [];
    const statedBudgets = (side: DiffSide) => new Map(side.plan.items.map(item => [item.id, item.budget]));
    const [statedBefore, statedAfter] = [statedBudgets(before), statedBudgets(after)];
    for (const variance of comparison.items) {
        const now = afterItems.get(variance.id)!;
        if (now.start !== variance.baselineStart || now.finish !== variance.baselineFinish) {
            moved.push({
                ...named(now),
                before: { start: variance.baselineStart, finish: variance.baselineFinish },
                after: { start: now.start, finish: now.finish },
                startShift: variance.startVariance, finishShift: variance.finishVariance,
            });
        }
        if (now.kind === 'task' && variance.durationVariance !== 0) {
            durations.push({ id: now.id, name: now.name, before: now.durationDays - variance.durationVariance, after: now.durationDays, change: variance.durationVariance });
        }
        if (now.kind === 'phase') {
            const figures = budgetFigures(variance.baselineCost, variance.costVariance, { before: statedBefore.get(now.id), after: statedAfter.get(now.id) });
            if (figures.bac.change !== 0 || figures.stated.before !== figures.stated.after) {
                phases.push({ id: now.id, name: now.name, ...figures });
            }
        }
    }

    const dated = (item: ScheduledItem): DatedItem => ({ ...named(item), start: item.start, finish: item.finish, durationDays: item.durationDays });
    const { project } = comparison;
    return {
        start: { before: project.baselineStart, after: after.schedule.start, shift: project.startVariance },
        finish: { before: project.baselineFinish, after: after.schedule.finish, shift: project.finishVariance },
        added: comparison.added.map(id => dated(afterItems.get(id)!)),
        removed: comparison.removed.map(item => dated(beforeItems.get(item.id)!)),
        moved,
        durations,
        links: linkChanges(before.plan, after.plan),
        criticalPath: criticalPathChange(before.schedule, after.schedule),
        budget: { ...budgetFigures(project.baselineCost, project.costVariance, { before: before.plan.budget, after: after.plan.budget }), phases },
        risks: riskChanges(before, after),
    };
}

/** True when nothing the diff looks at changed. */
export function isUnchanged(diff: ScheduleDiff): boolean {
    const { links, risks, budget } = diff;
    return diff.start.before === diff.start.after && diff.finish.before === diff.finish.after
        && [diff.added, diff.removed, diff.moved, diff.durations, links.added, links.removed, links.changed,
            diff.criticalPath.joined, diff.criticalPath.left, budget.phases, risks.changed, risks.added, risks.removed].every(list => list.length === 0)
        && diff.criticalPath.before.join() === diff.criticalPath.after.join()
        && budget.bac.change === 0 && budget.stated.before === budget.stated.after;
}

function budgetFigures(bacBefore: number, change: number, stated: Change<number | undefined>): BudgetFigures {
    return { bac: { before: bacBefore, after: bacBefore + change, change }, stated };
}

/**
 * Links are matched by the two items they join. Between the same two items, a link the same in
 * both (type, and lag in working days) is unchanged; the rest pair up in order as changed, and
 * what is left over was added or removed.
 */
function linkChanges(before: PlanInput, after: PlanInput): LinkChanges {
    const [linksBefore, linksAfter] = [linksByPair(before), linksByPair(after)];
    const sameKind = (a: Link, b: Link) => a.type === b.type && lagDays(a, before) === lagDays(b, after);
    const added: Link[] = [];
    const changed: ChangedLink[] = [];
    /** What is left of the earlier version's links between each two items, once matched. */
    const unmatched = new Map<string, readonly Link[]>();
    for (const [pair, links] of linksAfter) {
        const then = [...linksBefore.get(pair) ?? []];
        const now: Link[] = [];
        for (const link of links) {
            const same = then.findIndex(old => sameKind(old, link));
            if (same >= 0) {
                then.splice(same, 1);
            } else {
                now.push(link);
            }
        }
        const paired = Math.min(then.length, now.length);
        for (let index = 0; index < paired; index++) {
            const { predecessor, successor } = now[index];
            changed.push({ predecessor, successor, before: linkKind(then[index]), after: linkKind(now[index]) });
        }
        added.push(...now.slice(paired));
        unmatched.set(pair, then.slice(paired));
    }
    const removed = [...linksBefore].flatMap(([pair, links]) => unmatched.get(pair) ?? links);
    return { added, removed, changed };
}

/** Each item's links, by `successor <- predecessor`, in the plan's order. */
function linksByPair(plan: PlanInput): Map<string, Link[]> {
    const pairs = new Map<string, Link[]>();
    for (const item of plan.items) {
        for (const dependency of item.dependencies) {
            const key = `${item.id}\0${linkedId(dependency)}`;
            const link: Link = { predecessor: linkedId(dependency), successor: item.id, ...linkKind(dependency) };
            pairs.set(key, [...pairs.get(key) ?? [], link]);
        }
    }
    return pairs;
}

/** The type and lag alone; a lag of nothing is no lag. */
function linkKind(link: LinkKind): LinkKind {
    return link.lag && link.lag.amount !== 0 ? { type: link.type, lag: link.lag } : { type: link.type };
}

/** A lag in working days on its plan's week: `1w` is 5 days on a five-day week, 6 on a six-day one. */
function lagDays(link: LinkKind, plan: PlanInput): number {
    return lagInWorkingDays(link.lag, workdaysOf(plan.calendar.workdays).size);
}

function criticalPathChange(before: Schedule, after: Schedule): CriticalPathChange {
    const onPaths = (schedule: Schedule) => [...new Set(schedule.criticalPaths.flat())];
    const [then, now] = [onPaths(before), onPaths(after)];
    return {
        before: before.criticalPaths[0] ?? [],
        after: after.criticalPaths[0] ?? [],
        joined: now.filter(id => !then.includes(id)),
        left: then.filter(id => !now.includes(id)),
    };
}

function riskChanges(before: DiffSide, after: DiffSide): RiskChanges {
    const register = (side: DiffSide) => riskRegister(side.registers.risks, side.schedule, side.registers.tolerances);
    const [then, now] = [register(before), register(after)];
    const thenById = new Map(then.map(row => [row.id, row]));
    const nowIds = new Set(now.map(row => row.id));
    const changed: RiskChange[] = [];
    const added: ScoredRisk[] = [];
    for (const row of now) {
        const old = thenById.get(row.id);
        if (!old) {
            added.push(scoredRisk(row));
        } else if (old.score !== row.score || old.residualScore !== row.residualScore) {
            changed.push({ id: row.id, title: row.title, kind: row.kind, before: riskScore(old), after: riskScore(row) });
        }
    }
    return { added, removed: then.filter(row => !nowIds.has(row.id)).map(scoredRisk), changed };
}

function riskScore(row: RiskRow): RiskScore {
    return { score: row.score, rag: row.rag, residualScore: row.residualScore, residualRag: row.residualRag };
}

function scoredRisk(row: RiskRow): ScoredRisk {
    return { id: row.id, title: row.title, kind: row.kind, ...riskScore(row) };
}
