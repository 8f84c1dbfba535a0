import type { BaselineComparison } from './baseline-variance.js';
import { signedSpanText } from './durations.js';
import { linkedId, type DependencyType, type PlanInput, type PlanItemKind, type Schedule, type ScheduledItem, type StartReason } from './plan-model.js';
import { shownDurations } from './shown-durations.js';

/**
 * What sets an item's start, for people asking "why does it start then?": the link from its driving
 * predecessor, or a reason when no link does.
 */
export type GanttDriver =
    /** `phase`: the link is that of a phase around the item, which holds the work inside it. */
    | { readonly kind: 'link'; readonly from: string; readonly type: DependencyType; readonly lag?: string; readonly phase?: string }
    | { readonly kind: 'reason'; readonly reason: StartReason }
    /** Levelling delayed it `days` working days: it waits for `resource`, busy with `busyWith`. */
    | { readonly kind: 'levelling'; readonly days: number; readonly resource: string; readonly busyWith: readonly string[] };

/** One row of a Gantt chart: a task, a milestone or a phase's summary bar, with its figures. */
export interface GanttRow {
    readonly id: string;
    /** The item's title, its id where it has none. */
    readonly title: string;
    readonly kind: PlanItemKind;
    /** How many phases hold the row. */
    readonly depth: number;
    /** The row's section: the titles of its phases (a phase's own included), or the project's title. */
    readonly section: string;
    readonly start: string;
    readonly finish: string;
    /** In a plan that uses hours, the times of day of the start and finish (`HH:MM`). */
    readonly startTime?: string;
    readonly finishTime?: string;
    readonly workingDays: number;
    readonly totalFloat: number;
    readonly freeFloat: number;
    /** Percent complete. */
    readonly progress: number;
    readonly critical: boolean;
    /** A milestone placed by a finish stands at the end of its day. */
    readonly atEndOfDay?: boolean;
    /** A phase drawn as its bar alone: folded by the user, or summarised in a large plan. */
    readonly folded?: boolean;
    /** A phase's tasks and milestones, at any depth. */
    readonly contains?: number;
    readonly resources?: readonly string[];
    readonly driver?: GanttDriver;
    /** In a levelled plan, the working days levelling delayed its start by. */
    readonly levellingDelay?: number;
    /** The work's own `deadline`, and the working days it is missed by, when it is. */
    readonly deadline?: { readonly date: string; readonly missedBy?: number };
    /** Where the baseline put the item (drawn as a thin bar under its own), and how far it moved since, in working days. */
    readonly baseline?: { readonly start: string; readonly finish: string; readonly startVariance: number; readonly finishVariance: number };
    /** Work of another plan (its id is `project.id`), shown for the links between it and this plan's. */
    readonly elsewhere?: { readonly project: string; readonly projectTitle?: string };
}

/** A dependency between two rows, drawn as an arrow. */
export interface GanttLink {
    readonly from: string;
    readonly to: string;
    readonly type: DependencyType;
    /** `+2d`, `-1d`. */
    readonly lag?: string;
    /** On the critical chain: both ends critical, and the link drives the successor's start. */
    readonly critical: boolean;
    /**
     * The `after` clause that makes it: its item and the dependency's index there. A link into a
     * folded phase is drawn to the phase's bar, and still names its own clause.
     */
    readonly source: { readonly item: string; readonly index: number };
}

/**
 * Work of another plan of the programme linked with this plan's work, as MS Project shows external
 * tasks: what this plan waits for (`before`, shown first) and what waits for it (`after`, last).
 */
export interface ElsewhereWork {
    readonly side: 'before' | 'after';
    readonly project: string;
    readonly projectTitle?: string;
    /** As that plan's schedule has it. */
    readonly item: ScheduledItem;
    /**
     * The links between it and this plan's work: `own` is this plan's item, the successor where the
     * work is `before`, the predecessor where it is `after`; `index` is the dependency's among the successor's.
     */
    readonly links: ReadonlyArray<{ readonly own: string; readonly type: DependencyType; readonly lag?: string; readonly index: number }>;
}

export interface GanttOptions {
    /** Past this many tasks and milestones, top-level phases are drawn as summary bars. */
    readonly collapseAbove?: number;
    /** A top-level phase drawn in full even when the others are summarised. */
    readonly expandedPhase?: string;
    /** Phases the user folded: drawn as their bar alone. */
    readonly folded?: readonly string[];
    /** The plan against its baseline: each row that was in it gets its baseline dates. */
    readonly baseline?: Pick<BaselineComparison, 'items'>;
    /** Work of other plans linked with this plan's, shown as rows of their own with their links. */
    readonly elsewhere?: readonly ElsewhereWork[];
}

export interface GanttRows {
    readonly rows: readonly GanttRow[];
    readonly links: readonly GanttLink[];
    /** Whether the plan is large enough for its top-level phases to be summarised. */
    readonly collapsed: boolean;
    /** The top-level phases, for a control that expands one of a collapsed chart. */
    readonly phases: ReadonlyArray<{ readonly id: string; readonly title: string }>;
}

export const DEFAULT_GANTT_COLLAPSE_ABOVE = 300;

/**
 * The rows of a Gantt chart in plan order (phases before what they hold), those inside a folded or
 * summarised phase left out, and the links between the rows on show. A link whose end is hidden
 * goes to the bar of the phase that hides it; links that would join a bar to itself are left out.
 */
export function ganttRows(plan: PlanInput, schedule: Schedule, options: GanttOptions = {}): GanttRows {
    const items = schedule.items;
    const byId = new Map(items.map(item => [item.id, item]));
    const inputs = new Map(plan.items.map(item => [item.id, item]));
    // Finished work shows the days it took.
    const shown = shownDurations(plan, schedule);
    const baselines = new Map(options.baseline?.items.map(variance => [variance.id, variance]));
    const titleOf = (item: ScheduledItem) => item.name ?? item.id;
    const phasesOf = (item: ScheduledItem): ScheduledItem[] => {
        const phases: ScheduledItem[] = [];
        for (let at = item.phase === undefined ? undefined : byId.get(item.phase); at; at = at.phase === undefined ? undefined : byId.get(at.phase)) {
            phases.unshift(at);
        }
        return phases;
    };
    const workCount = items.filter(item => item.kind !== 'phase').length;
    const collapsed = workCount > (options.collapseAbove ?? DEFAULT_GANTT_COLLAPSE_ABOVE);
    const folded = new Set(options.folded ?? []);
    const isFolded = (item: ScheduledItem) => item.kind === 'phase'
        && (folded.has(item.id) || (collapsed && item.phase === undefined && item.id !== options.expandedPhase));

    /** Whether `id` is `phase` or inside it: a link from a phase is driven by its last work. */
    const within = (id: string | undefined, phase: string): boolean => {
        for (let at = id === undefined ? undefined : byId.get(id); at; at = at.phase === undefined ? undefined : byId.get(at.phase)) {
            if (at.id === phase) {
                return true;
            }
        }
        return false;
    };

    const contains = new Map<string, number>();
    for (const item of items) {
        if (item.kind !== 'phase') {
            for (const phase of phasesOf(item)) {
                contains.set(phase.id, (contains.get(phase.id) ?? 0) + 1);
            }
        }
    }

    /** The row that shows an item: itself, or the outermost folded phase that hides it. */
    const shownAs = new Map<string, string>();
    const rows: GanttRow[] = [];
    const projectTitle = plan.title ?? plan.id;
    for (const item of items) {
        const phases = phasesOf(item);
        const hiding = phases.find(isFolded);
        if (hiding) {
            shownAs.set(item.id, hiding.id);
            continue;
        }
        shownAs.set(item.id, item.id);
        const path = item.kind === 'phase' ? [...phases, item] : phases;
        const input = inputs.get(item.id);
        const baseline = baselines.get(item.id);
        rows.push({
            id: item.id,
            title: titleOf(item),
            kind: item.kind,
            depth: phases.length,
            section: path.length > 0 ? path.map(titleOf).join(' / ') : projectTitle,
            start: item.start,
            finish: item.finish,
            ...(schedule.usesHours && item.startTime !== undefined ? { startTime: item.startTime, finishTime: item.finishTime } : {}),
            workingDays: shown.get(item.id) ?? item.durationDays,
            totalFloat: item.totalFloat,
            freeFloat: item.freeFloat,
            progress: item.progress,
            critical: item.critical,
            ...(item.atEndOfDay ? { atEndOfDay: true } : {}),
            ...(item.kind === 'phase' ? { contains: contains.get(item.id) ?? 0, ...(isFolded(item) ? { folded: true } : {}) } : {}),
            ...(input?.resources?.length ? { resources: input.resources } : {}),
            ...driverOf(item, (item.drivingPhase === undefined ? input : inputs.get(item.drivingPhase))?.dependencies ?? [], within),
            ...(item.levellingDelay !== undefined ? { levellingDelay: item.levellingDelay } : {}),
            ...(input?.deadline !== undefined ? { deadline: deadlineOf(input.deadline, schedule, item.id) } : {}),
            ...(baseline ? {
                baseline: { start: baseline.baselineStart, finish: baseline.baselineFinish, startVariance: baseline.startVariance, finishVariance: baseline.finishVariance },
            } : {}),
        });
    }

    const links: GanttLink[] = [];
    const drawn = new Set<string>();
    for (const item of items) {
        const dependencies = inputs.get(item.id)?.dependencies ?? [];
        dependencies.forEach((dependency, index) => {
            // Work of another plan has no row of its own here.
            const predecessor = byId.get(linkedId(dependency));
            const from = shownAs.get(linkedId(dependency));
            const to = shownAs.get(item.id);
            if (!predecessor || from === undefined || to === undefined || from === to) {
                return;
            }
            const lag = dependency.lag && dependency.lag.amount !== 0 ? signedSpanText(dependency.lag) : undefined;
            const key = `${from} ${to} ${dependency.type} ${lag ?? ''}`;
            if (drawn.has(key)) {
                return;
            }
            drawn.add(key);
            links.push({
                from, to, type: dependency.type, ...(lag ? { lag } : {}),
                critical: item.critical && predecessor.critical && within(item.drivingPredecessor, predecessor.id),
                source: { item: item.id, index },
            });
        });
    }
    const phases = items.filter(item => item.kind === 'phase' && item.phase === undefined).map(item => ({ id: item.id, title: titleOf(item) }));
    const elsewhere = options.elsewhere ?? [];
    if (elsewhere.length === 0) {
        return { rows, links, collapsed, phases };
    }
    const rowOf = (work: ElsewhereWork): GanttRow => ({
        id: `${work.project}.${work.item.id}`,
        title: `${titleOf(work.item)} (${work.projectTitle ?? work.project})`,
        kind: work.item.kind,
        depth: 0,
        section: `${work.side === 'before' ? 'Waited for' : 'Waiting'}: ${work.projectTitle ?? work.project}`,
        start: work.item.start,
        finish: work.item.finish,
        ...(schedule.usesHours && work.item.startTime !== undefined ? { startTime: work.item.startTime, finishTime: work.item.finishTime } : {}),
        workingDays: work.item.durationDays,
        totalFloat: work.item.totalFloat,
        freeFloat: work.item.freeFloat,
        progress: work.item.progress,
        critical: work.item.critical,
        ...(work.item.atEndOfDay ? { atEndOfDay: true } : {}),
        elsewhere: { project: work.project, ...(work.projectTitle !== undefined ? { projectTitle: work.projectTitle } : {}) },
    });
    const elsewhereLinks = elsewhere.flatMap(work => work.links.flatMap(link => {
        const other = `${work.project}.${work.item.id}`;
        const own = shownAs.get(link.own);
        if (own === undefined) {
            return [];
        }
        const successor = byId.get(link.own);
        return [{
            from: work.side === 'before' ? other : own, to: work.side === 'before' ? own : other, type: link.type, ...(link.lag ? { lag: link.lag } : {}),
            // Across plans the chain is critical where the work that waits is, and this link drives it.
            critical: work.side === 'before' && work.item.critical && successor !== undefined && successor.critical && successor.drivingPredecessor === other,
            source: { item: work.side === 'before' ? link.own : other, index: link.index },
        }];
    }));
    return {
        rows: [...elsewhere.filter(work => work.side === 'before').map(rowOf), ...rows, ...elsewhere.filter(work => work.side === 'after').map(rowOf)],
        links: [...links, ...elsewhereLinks], collapsed, phases,
    };
}

/** The link as the plan writes it: `after design` when the phase's last work drives the start. */
function driverOf(item: ScheduledItem, dependencies: PlanInput['items'][number]['dependencies'],
    within: (id: string | undefined, phase: string) => boolean): { driver?: GanttDriver } {
    if (item.startReason === 'levelling' && item.delayedBy && item.levellingDelay !== undefined) {
        return { driver: { kind: 'levelling', days: item.levellingDelay, resource: item.delayedBy.resource, busyWith: item.delayedBy.items } };
    }
    if (item.drivingPredecessor !== undefined) {
        const link = dependencies.find(dependency => linkedId(dependency) === item.drivingPredecessor)
            ?? dependencies.find(dependency => within(item.drivingPredecessor, dependency.predecessor));
        const lag = link?.lag && link.lag.amount !== 0 ? signedSpanText(link.lag) : undefined;
        return { driver: {
            kind: 'link', from: link ? linkedId(link) : item.drivingPredecessor, type: link?.type ?? 'FS', ...(lag ? { lag } : {}),
            ...(item.drivingPhase !== undefined ? { phase: item.drivingPhase } : {}),
        } };
    }
    return item.startReason ? { driver: { kind: 'reason', reason: item.startReason } } : {};
}

function deadlineOf(date: string, schedule: Schedule, id: string): GanttRow['deadline'] {
    const missed = schedule.missedDates.find(candidate => candidate.kind === 'task-deadline' && candidate.item === id);
    return missed ? { date, missedBy: missed.workingDays } : { date };
}
