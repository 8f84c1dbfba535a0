// A programme: plans whose work waits for work of other plans (`after alpha.done`), scheduled
// together so that a link between plans moves dates exactly as a link within one plan does. Each
// plan keeps its own start, calendars, status date and deadline, and is scheduled by the scheduler
// of one plan, with the work of other plans its links wait for standing where their schedules have
// it (ExternalItemInput), and with what its successors in other plans allow bounding its late
// dates (SuccessorBounds). Plans are scheduled predecessors first, then again successors first for
// the late dates, until no plan's view of the others changes: two rounds unless plans wait for
// each other both ways, or work as late as possible moves what other plans wait for.
import { dayNumberOf } from './calendar-dates.js';
import { findCycleEdges, stronglyConnectedComponents, type PrecedenceEdge } from './dependency-cycles.js';
import type { DependencyInput, ExternalItemInput, Moment, PlanInput, Schedule, ScheduledItem, SuccessorBounds } from './plan-model.js';
import { schedulePlan } from './scheduler.js';
import { clockMinutes, MINUTES_PER_DAY } from './working-hours.js';

/** A plan as scheduled: the input it was scheduled from (with the other plans' work), and its schedule unless it could not be. */
export interface ScheduledPlan {
    readonly plan: PlanInput;
    readonly schedule?: Schedule;
}

/** A link from work of one plan to work of another that lies on a cycle of links: it is left out. */
export interface LinkOnCycle {
    /** The plan and the item whose dependency it is, and which of its dependencies. */
    readonly project: string;
    readonly item: string;
    readonly dependency: DependencyInput;
    /** The whole cycle, `project.item` in precedence order from the link's predecessor round to it. */
    readonly cycle: readonly string[];
}

export interface ProgrammeSchedule {
    /** By plan id, in the order given. */
    readonly plans: ReadonlyMap<string, ScheduledPlan>;
    /** Links between plans that lie on a cycle, each with the whole cycle. */
    readonly linksOnCycles: readonly LinkOnCycle[];
    /**
     * Whether every plan was scheduled against the others' final dates. Rounds stop after a
     * bound (twice the plans, and more), which only plans that keep moving each other reach.
     */
    readonly settled: boolean;
}

/** Schedules one plan; the planning layer's own adds levelling and more years of public holidays. */
export type PlanScheduler = (plan: PlanInput) => ScheduledPlan;

const scheduleAlone: PlanScheduler = plan => ({ plan, schedule: schedulePlan(plan) });

/** A link from another plan, as the programme keeps it. */
interface CrossLink {
    readonly project: string;
    readonly item: string;
    readonly dependency: DependencyInput & { readonly project: string };
}

/**
 * The plans scheduled together. A link into a plan that is not given, or to work its plan does not
 * schedule, waits for nothing: the planning layer reports it. Plan ids are unique; of two plans
 * with one id (an error), the first is scheduled. `previous`, the schedules of an earlier run
 * (before an edit), is where the rounds start from: a plan then sees the others as they were, and
 * a `scheduleOne` that keeps what it made for an unchanged plan seeing the same need not
 * schedule it again.
 */
export function scheduleProgramme(plans: readonly PlanInput[], scheduleOne: PlanScheduler = scheduleAlone, previous?: ReadonlyMap<string, ScheduledPlan>): ProgrammeSchedule {
    const byId = new Map<string, PlanInput>();
    for (const plan of plans) {
        if (!byId.has(plan.id)) {
            byId.set(plan.id, plan);
        }
    }
    const linksOnCycles = crossPlanCycles([...byId.values()]);
    const onCycle = new Set(linksOnCycles.map(link => link.dependency));
    const incoming = new Map<string, CrossLink[]>();
    const outgoing = new Map<string, CrossLink[]>();
    for (const plan of byId.values()) {
        for (const link of crossLinksOf(plan)) {
            if (byId.has(link.dependency.project) && !onCycle.has(link.dependency)) {
                listOf(incoming, plan.id).push(link);
                listOf(outgoing, link.dependency.project).push(link);
            }
        }
    }

    const order = planOrder([...byId.keys()], incoming);
    const scheduled = new Map<string, ScheduledPlan>([...previous ?? []].filter(([id]) => byId.has(id)));
    const visited = new Set<string>();
    const views = new Map<string, string>();
    const scheduledItem = (project: string, id: string) => {
        const schedule = scheduled.get(project)?.schedule;
        return schedule && itemsOf(schedule).get(id);
    };
    const rounds = 2 * byId.size + 2;
    let settled = false;
    for (let round = 0; round < rounds && !settled; round++) {
        settled = true;
        for (const id of round % 2 === 0 ? order : [...order].reverse()) {
            const plan = byId.get(id)!;
            const external = externalWorkOf(incoming.get(id) ?? [], scheduledItem);
            const successorBounds = successorBoundsOf(id, outgoing.get(id) ?? [], project => scheduled.get(project)?.schedule);
            const view = JSON.stringify([external, successorBounds]);
            if (visited.has(id) && views.get(id) === view) {
                continue;
            }
            settled = false;
            visited.add(id);
            views.set(id, view);
            scheduled.set(id, scheduleOne(external.length > 0 || successorBounds.length > 0 ? { ...plan, external, successorBounds } : plan));
        }
    }
    return { plans: new Map([...byId.keys()].map(id => [id, scheduled.get(id)!])), linksOnCycles, settled };
}

/** Where work of other plans stands, for the links into a plan: once each, in the order first linked. */
function externalWorkOf(links: readonly CrossLink[], scheduledItem: (project: string, id: string) => ScheduledItem | undefined): ExternalItemInput[] {
    const external = new Map<string, ExternalItemInput>();
    for (const { dependency } of links) {
        const key = `${dependency.project}.${dependency.predecessor}`;
        const item = !external.has(key) ? scheduledItem(dependency.project, dependency.predecessor) : undefined;
        if (item) {
            external.set(key, { project: dependency.project, id: item.id, ...momentsOf(item) });
        }
    }
    return [...external.values()];
}

/** What the successors in other plans allow each item of plan `id`: the least of each bound. */
function successorBoundsOf(id: string, links: readonly CrossLink[], scheduleOf: (project: string) => Schedule | undefined): Array<SuccessorBounds & { item: string }> {
    const bounds = new Map<string, { item: string; lateStart?: Moment; lateEnd?: Moment; freeStart?: Moment; freeEnd?: Moment }>();
    const projects = new Set(links.map(link => link.project));
    for (const project of projects) {
        for (const bound of scheduleOf(project)?.externalBounds ?? []) {
            if (bound.project !== id) {
                continue;
            }
            let merged = bounds.get(bound.id);
            if (!merged) {
                bounds.set(bound.id, merged = { item: bound.id });
            }
            merged.lateStart = least(merged.lateStart, bound.lateStart);
            merged.lateEnd = least(merged.lateEnd, bound.lateEnd);
            merged.freeStart = least(merged.freeStart, bound.freeStart);
            merged.freeEnd = least(merged.freeEnd, bound.freeEnd);
        }
    }
    return [...bounds.values()];
}

function least(a: Moment | undefined, b: Moment | undefined): Moment | undefined {
    return a === undefined ? b : b === undefined ? a : Math.min(a, b);
}

/**
 * The moments a scheduled item's work starts and ends: from the start of its first day (or its
 * start time) to the end of its last (or its finish time); a milestone's one moment.
 */
export function momentsOf(item: ScheduledItem): { start: Moment; end: Moment; atEndOfDay?: boolean } {
    const at = (date: string, clock: string | undefined, endOfDay: boolean) =>
        dayNumberOf(date) * MINUTES_PER_DAY + (clock !== undefined ? clockMinutes(clock) : endOfDay ? MINUTES_PER_DAY : 0);
    if (item.kind === 'milestone') {
        const moment = at(item.finish, item.finishTime, item.atEndOfDay === true);
        return { start: moment, end: moment, ...(item.atEndOfDay ? { atEndOfDay: true } : {}) };
    }
    return { start: at(item.start, item.startTime, false), end: at(item.finish, item.finishTime, true) };
}

/** Plans after the plans each waits for. */
function planOrder(ids: readonly string[], incoming: ReadonlyMap<string, readonly CrossLink[]>): string[] {
    return precedenceOrder(ids, id => id, id => (incoming.get(id) ?? []).map(link => link.dependency.project));
}

/**
 * Plans (or what stands for them) after those they wait for; those that wait for each other both
 * ways, after the rest, in the order given. What they wait for outside `items` is no bar.
 */
export function precedenceOrder<T>(items: readonly T[], idOf: (item: T) => string, waitsFor: (id: string) => Iterable<string>): T[] {
    const ids = new Set(items.map(idOf));
    const order: T[] = [];
    const placed = new Set<string>();
    for (let progress = true; progress;) {
        progress = false;
        for (const item of items) {
            const id = idOf(item);
            if (!placed.has(id) && [...waitsFor(id)].every(other => placed.has(other) || other === id || !ids.has(other))) {
                order.push(item);
                placed.add(id);
                progress = true;
            }
        }
    }
    return [...order, ...items.filter(item => !placed.has(idOf(item)))];
}

const itemsBySchedule = new WeakMap<Schedule, ReadonlyMap<string, ScheduledItem>>();

/** A schedule's items by id, once per schedule: an unchanged plan keeps its schedule from one programme run to the next. */
function itemsOf(schedule: Schedule): ReadonlyMap<string, ScheduledItem> {
    let items = itemsBySchedule.get(schedule);
    if (!items) {
        itemsBySchedule.set(schedule, items = new Map(schedule.items.map(item => [item.id, item])));
    }
    return items;
}

const crossLinksByPlan = new WeakMap<PlanInput, readonly CrossLink[]>();

/**
 * The plan's links from work of other plans, found once per plan: a programme scheduled again
 * after an edit is given the same plan for each project that did not change (project-schedules.ts).
 */
function crossLinksOf(plan: PlanInput): readonly CrossLink[] {
    let links = crossLinksByPlan.get(plan);
    if (!links) {
        links = plan.items.flatMap(item => item.dependencies.flatMap(dependency => dependency.project !== undefined && dependency.project !== plan.id
            ? [{ project: plan.id, item: item.id, dependency: dependency as CrossLink['dependency'] }]
            : []));
        crossLinksByPlan.set(plan, links);
    }
    return links;
}

/**
 * Links between plans that lie on a cycle through work of several plans. The precedence of work
 * is its links, and a phase's: its work ends before it does, and a link into it holds each piece.
 */
function crossPlanCycles(plans: readonly PlanInput[]): LinkOnCycle[] {
    // Work of several plans can only loop where the plans wait for each other in a loop.
    const ids = new Set(plans.map(plan => plan.id));
    const waitsFor = new Map<string, string[]>(plans.map(plan => [plan.id, [...new Set(crossLinksOf(plan).flatMap(link => ids.has(link.dependency.project) ? [link.dependency.project] : []))]]));
    const component = stronglyConnectedComponents(waitsFor);
    const sizes = new Map<number, number>();
    component.forEach(id => sizes.set(id, (sizes.get(id) ?? 0) + 1));
    const looping = plans.filter(plan => (sizes.get(component.get(plan.id)!) ?? 0) > 1);
    return looping.length > 0 ? cyclesThrough(looping) : [];
}

/** Links between the plans (which wait for each other in a loop) on a cycle of their work. */
function cyclesThrough(plans: readonly PlanInput[]): LinkOnCycle[] {
    const edges: Array<PrecedenceEdge<{ project: string; item: string; dependency: DependencyInput } | undefined>> = [];
    const node = (project: string, id: string) => `${project}.${id}`;
    let crossLinks = 0;
    for (const plan of plans) {
        const phaseOf = new Map(plan.items.map(item => [item.id, item.phase]));
        const membersOf = new Map<string, string[]>();
        for (const item of plan.items) {
            const seen = new Set<string>();
            // Bounded by `seen`: with duplicate ids (an error) the chain of phases could loop.
            for (let phase = item.phase; phase !== undefined && !seen.has(phase); phase = phaseOf.get(phase)) {
                seen.add(phase);
                listOf(membersOf, phase).push(item.id);
            }
        }
        for (const item of plan.items) {
            const to = node(plan.id, item.id);
            if (item.phase !== undefined) {
                edges.push({ from: to, to: node(plan.id, item.phase), tag: undefined });
            }
            for (const dependency of item.dependencies) {
                const cross = dependency.project !== undefined && dependency.project !== plan.id;
                crossLinks += cross ? 1 : 0;
                const from = node(cross ? dependency.project! : plan.id, dependency.predecessor);
                const tag = cross ? { project: plan.id, item: item.id, dependency } : undefined;
                edges.push({ from, to, tag });
                for (const member of membersOf.get(item.id) ?? []) {
                    edges.push({ from, to: node(plan.id, member), tag });
                }
            }
        }
    }
    if (crossLinks === 0) {
        return [];
    }
    const found: LinkOnCycle[] = [];
    const reported = new Set<DependencyInput>();
    for (const { edge, head, tail, length } of findCycleEdges(edges)) {
        if (edge.tag && !reported.has(edge.tag.dependency)) {
            reported.add(edge.tag.dependency);
            found.push({ ...edge.tag, cycle: length <= head.length ? head : [...head, '…', ...tail] });
        }
    }
    return found;
}

function listOf<K, V>(map: Map<K, V[]>, key: K): V[] {
    let list = map.get(key);
    if (!list) {
        map.set(key, list = []);
    }
    return list;
}
