import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from './calendar-dates.js';
import { earliestStartByConstraint, latestEndByConstraint } from './constraint-dates.js';
import { externalPoints } from './external-work.js';
import { topologicalOrder } from './network-order.js';
import type { DependencyType, ExternalItemInput, MissedDate, Moment, PlanInput, Schedule, ScheduledItem, StartReason, SuccessorBounds } from './plan-model.js';
import { withPhaseLogicOnPhases, withPhaseLogicOnWork } from './phase-logic.js';
import { planTimeOf, type PlanTime } from './plan-time.js';
import {
    beforeLag, earliestStartByLink, endOf, latestEndBy, latestStartToEndBy, startOnOrAfter,
    workingDayOnOrBefore, workingDaysBetween,
} from './work-time.js';
import { clockText } from './working-hours.js';
import type { WorkingLine } from './working-line.js';

/**
 * A link in the scheduling network. `from` and `to` are item indices; a phase stands for all of
 * its work, so links from a phase read its latest start or finish, and every task and milestone
 * has a `member` link to each phase around it.
 */
interface Link {
    readonly from: number;
    readonly to: number;
    readonly type: DependencyType | 'member';
    readonly lag: number;
    /** An elapsed lag counts on the elapsed line, others on the project's calendar. */
    readonly elapsed?: boolean;
}

const NONE = -1;

/**
 * Critical-path scheduling of one plan, each piece of work on its own working calendar
 * (work-calendars.ts): a forward pass for early dates (with constraints, progress and the status
 * date), a backward pass for late dates, then floats, critical chains and the constraints the
 * logic cannot meet. Dates are day numbers, and work sits on them as work-time.ts says: FS: the
 * start follows the predecessor's end, SS its start; FF: the end follows its end, SF its start;
 * each after a lag in the project's working days. Nothing starts before the project start.
 * In a programme (programme.ts), work of other plans that links wait for stands where those
 * plans have it, as nodes of the network that are never output, and what successors in other
 * plans allow bounds the late dates.
 */
export function schedulePlan(plan: PlanInput, levelled?: ReadonlyMap<string, LevelledPlacement>): Schedule {
    // A phase's links and constraints hold the work inside it (phase-logic.ts).
    return withPhaseLogicOnPhases(plan, new SchedulingRun(withPhaseLogicOnWork(plan), levelled).run());
}

/** Where levelling put a task or milestone (day numbers), for the levelled plan's schedule. */
export interface LevelledPlacement {
    readonly start: number;
    /** The latest start that keeps the levelled finish with every resource within its units. */
    readonly lateStart: number;
    readonly delay?: { readonly days: number; readonly resource: string; readonly busyWith: readonly string[] };
}

class SchedulingRun {
    /** The unit the plan is scheduled in: days, or ticks of part days for a plan that uses hours (plan-time.ts). */
    private readonly time: PlanTime;
    /** Points per day: 1 for a plan in days. */
    private readonly ticksPerDay: number;
    /** The project's calendar: lags, phases, the deadline. */
    private readonly calendar: WorkingLine;
    private readonly calendars: readonly WorkingLine[];
    /** The project's first working day. */
    private readonly projectStart: number;
    /** The plan's own items: the first nodes of the network. */
    private readonly count: number;
    /** The plan's items, then the work of other plans its links wait for (`plan.external`). */
    private readonly nodes: number;
    private readonly external: readonly ExternalItemInput[];
    /** What successors in other plans allow, by item index. */
    private readonly successorBounds = new Map<number, SuccessorBounds>();
    private readonly isPhase: boolean[];
    private readonly duration: Float64Array;
    private readonly deviation: Float64Array;
    private readonly outgoing: Link[][];
    private readonly incomingCount: Int32Array;
    private readonly order: number[] = [];
    private readonly onCycle: boolean[];

    // Forward pass: early start and end boundaries; for phases, the latest member start/end.
    private readonly earlyStart: Float64Array;
    private readonly earlyEnd: Float64Array;
    private readonly driver: Int32Array;
    private readonly startReason: Array<StartReason | undefined>;
    /** A milestone placed by a finish falls on that finish day; one placed by a start on that start day. */
    private readonly endOfDay: boolean[];
    private readonly latestStartMember: Int32Array;
    private readonly latestEndMember: Int32Array;
    // Backward pass: late start and end boundaries; for phases, the bounds their dependents set.
    private readonly lateStart: Float64Array;
    private readonly lateEnd: Float64Array;
    private readonly complete: boolean[];
    /** The day after the status date: work not yet done is rescheduled from it. */
    private readonly afterStatus: number | undefined;
    /** Where work scheduled as late as possible starts: its late start; NaN for other work. */
    private readonly alapStart: Float64Array;
    /** Before work was placed as late as possible, its early ends: its total float is measured from them, as in MS Project. */
    private asapEnd: Float64Array | undefined;

    constructor(private readonly plan: PlanInput, private readonly levelled?: ReadonlyMap<string, LevelledPlacement>) {
        const time = this.time = planTimeOf(plan);
        this.ticksPerDay = time.ticksPerDay;
        this.calendar = time.calendars.project;
        this.projectStart = startOnOrAfter(this.calendar, this.startOfDate(plan.start));
        const items = plan.items;
        this.external = plan.external ?? [];
        this.count = items.length;
        const n = this.nodes = items.length + this.external.length;
        this.calendars = [...time.lines, ...this.external.map(() => this.calendar)];
        this.isPhase = [...items.map(item => item.kind === 'phase'), ...this.external.map(() => false)];
        this.duration = new Float64Array(n);
        this.deviation = new Float64Array(n).fill(NaN);
        this.outgoing = Array.from({ length: n }, () => []);
        this.incomingCount = new Int32Array(n);
        this.onCycle = new Array<boolean>(n).fill(false);
        this.earlyStart = new Float64Array(n);
        this.earlyEnd = new Float64Array(n);
        this.driver = new Int32Array(n).fill(NONE);
        this.startReason = new Array(n).fill(undefined);
        this.endOfDay = new Array<boolean>(n).fill(false);
        this.latestStartMember = new Int32Array(n).fill(NONE);
        this.latestEndMember = new Int32Array(n).fill(NONE);
        this.lateStart = new Float64Array(n).fill(Infinity);
        this.lateEnd = new Float64Array(n).fill(Infinity);
        this.complete = [...items.map(item => item.kind !== 'phase' && (item.progress ?? 0) >= 100), ...this.external.map(() => false)];
        this.afterStatus = plan.status === undefined ? undefined : this.endOfDate(plan.status);
        this.alapStart = new Float64Array(n).fill(NaN);
    }

    private startOfDate(date: IsoDate): number {
        return dayNumberOf(date) * this.ticksPerDay;
    }

    private endOfDate(date: IsoDate): number {
        return (dayNumberOf(date) + 1) * this.ticksPerDay;
    }

    /** The line a link's lag counts on. */
    private lagLine(link: Link): WorkingLine {
        return link.elapsed ? this.time.elapsed : this.calendar;
    }

    run(): Schedule {
        this.measureWork();
        this.buildNetwork();
        this.orderNetwork();
        this.forwardPass();
        const projectEnd = this.projectEnd();
        this.backwardPass(projectEnd);
        if (this.levelled) {
            this.allowForResources();
        } else {
            this.placeAsLateAsPossible();
        }
        return this.result(projectEnd);
    }

    /**
     * Work scheduled as late as possible starts at its late start, which its successors and the
     * project finish set, and its successors are placed again after it (MS Project's ALAP). Late
     * dates do not depend on early ones, so they stand, and the project finish does not move.
     * Work that has started stays where it is. In a levelled plan levelling places the work.
     */
    private placeAsLateAsPossible(): void {
        let any = false;
        this.plan.items.forEach((item, i) => {
            const started = (item.progress ?? 0) > 0 || item.actualStart !== undefined;
            if ((item.schedule ?? this.plan.schedule) === 'alap' && !this.isPhase[i] && !this.onCycle[i] && !this.complete[i] && !started
                && Number.isFinite(this.lateStart[i]) && this.lateStart[i] > this.earlyStart[i]) {
                this.alapStart[i] = this.lateStart[i];
                any = true;
            }
        });
        if (!any) {
            return;
        }
        this.asapEnd = Float64Array.from(this.earlyEnd);
        this.driver.fill(NONE);
        this.startReason.fill(undefined);
        this.endOfDay.fill(false);
        this.latestStartMember.fill(NONE);
        this.latestEndMember.fill(NONE);
        this.measureWork();
        this.forwardPass();
    }

    private measureWork(): void {
        this.plan.items.forEach((item, i) => {
            // Nothing starts before the project does.
            this.earlyStart[i] = this.earlyEnd[i] = item.kind === 'phase' ? this.projectStart : startOnOrAfter(this.calendars[i], this.projectStart);
            this.duration[i] = this.time.work[i];
            this.deviation[i] = this.time.deviationDays[i];
        });
    }

    private buildNetwork(): void {
        const items = this.plan.items;
        const indexOf = new Map<string, number>();
        items.forEach((item, i) => {
            if (!indexOf.has(item.id)) {
                indexOf.set(item.id, i);
            }
        });
        const parent = items.map(item => item.phase === undefined ? NONE : indexOf.get(item.phase) ?? NONE);
        const externalIndex = new Map(this.external.map((item, k) => [externalKey(item.project, item.id), this.count + k]));
        for (const bound of this.plan.successorBounds ?? []) {
            const i = indexOf.get(bound.item);
            if (i !== undefined) {
                this.successorBounds.set(i, bound);
            }
        }
        const addLink = (link: Link) => {
            this.outgoing[link.from].push(link);
            this.incomingCount[link.to]++;
        };
        items.forEach((item, i) => {
            if (this.isPhase[i]) {
                return;
            }
            const ancestors = new Set<number>();
            for (let phase = parent[i]; phase !== NONE && !ancestors.has(phase); phase = parent[phase]) {
                ancestors.add(phase);
                addLink({ from: i, to: phase, type: 'member', lag: 0 });
            }
            for (const dependency of item.dependencies) {
                const from = dependency.project === undefined ? indexOf.get(dependency.predecessor) : externalIndex.get(externalKey(dependency.project, dependency.predecessor));
                // Unknown ids, self-links and links to an item's own phase are reported by validation.
                if (from !== undefined && from !== i && !ancestors.has(from)) {
                    const lag = this.time.lags.get(dependency)!;
                    addLink({ from, to: i, type: dependency.type, lag: lag.units, elapsed: lag.elapsed || undefined });
                }
            }
        });
    }

    /** Topological order (Kahn). Items on a cycle are left out, and links from them ignored. */
    private orderNetwork(): void {
        const { order, onCycle } = topologicalOrder(this.nodes, this.outgoing, this.incomingCount);
        for (const i of order) {
            this.order.push(i);
        }
        onCycle.forEach((on, i) => this.onCycle[i] = on === 1);
    }

    private forwardPass(): void {
        for (const i of this.order) {
            if (this.onCycle[i]) {
                continue;
            }
            if (i >= this.count) {
                this.placeExternal(i);
            } else if (!this.isPhase[i]) {
                this.placeWork(i);
            }
            for (const link of this.outgoing[i]) {
                if (!this.onCycle[link.to]) {
                    this.pushEarly(link);
                }
            }
        }
    }

    /** Work of another plan stands where that plan has it (external-work.ts). */
    private placeExternal(i: number): void {
        const { start, end, atEndOfDay } = externalPoints(this.external[i - this.count], this.time.tickMinutes);
        this.earlyStart[i] = start;
        this.earlyEnd[i] = end;
        this.endOfDay[i] = atEndOfDay;
        this.driver[i] = NONE;
        this.startReason[i] = undefined;
    }

    /** Sets the early dates of a task or milestone whose predecessors have all been placed. */
    private placeWork(i: number): void {
        const item = this.plan.items[i];
        const calendar = this.calendars[i];
        const work = this.duration[i];
        const raise = (start: number, reason: StartReason) => {
            if (start > this.earlyStart[i]) {
                this.earlyStart[i] = start;
                this.driver[i] = NONE;
                this.startReason[i] = reason;
                this.endOfDay[i] = false;
            }
        };
        if (this.driver[i] === NONE && this.startReason[i] === undefined) {
            this.startReason[i] = 'project-start';
        }
        for (const constraint of item.constraints) {
            raise(earliestStartByConstraint(constraint, calendar, work), 'constraint');
        }
        const progress = item.progress ?? 0;
        const started = progress > 0 || item.actualStart !== undefined;
        if (this.complete[i] || started) {
            if (item.actualStart !== undefined) {
                this.earlyStart[i] = startOnOrAfter(calendar, this.startOfDate(item.actualStart));
                this.driver[i] = NONE;
                this.startReason[i] = 'actual-start';
                this.endOfDay[i] = false;
            }
            const start = this.earlyStart[i];
            let end = endOf(calendar, start, work);
            if (this.complete[i] && item.actualFinish !== undefined) {
                end = workingDayOnOrBefore(calendar, this.endOfDate(item.actualFinish) - 1) + 1;
                if (work === 0) {
                    this.earlyStart[i] = end;
                    this.endOfDay[i] = true;
                }
            } else if (!this.complete[i] && this.afterStatus !== undefined) {
                // Reschedule the remaining work after the status date, as MS Project does:
                // duration x (1 - progress), so that work left never ends by the status date.
                const remaining = this.time.remaining[i];
                const resumed = remaining > 0
                    ? endOf(calendar, startOnOrAfter(calendar, this.afterStatus), remaining)
                    : workingDayOnOrBefore(calendar, this.afterStatus - 1) + 1;
                end = Math.max(end, resumed);
            }
            this.earlyEnd[i] = Math.max(end, this.earlyStart[i]);
            return;
        }
        // Work reported as not started (`progress 0%`) cannot start before the status date;
        // work with no progress recorded is not tracked and keeps its planned dates.
        if (this.afterStatus !== undefined && item.progress !== undefined) {
            raise(startOnOrAfter(calendar, this.afterStatus), 'status-date');
        }
        const placement = this.levelled?.get(item.id);
        if (placement) {
            raise(placement.start, 'levelling');
        }
        if (this.alapStart[i] > this.earlyStart[i]) {
            raise(this.alapStart[i], 'as-late-as-possible');
            // A milestone as late as possible stands at the end of the working time before its successor.
            this.endOfDay[i] = work === 0;
        }
        this.earlyEnd[i] = endOf(calendar, this.earlyStart[i], work);
    }

    private pushEarly(link: Link): void {
        const { from, to, type, lag } = link;
        if (type === 'member') {
            if (this.latestStartMember[to] === NONE || this.earlyStart[from] > this.earlyStart[to]) {
                this.earlyStart[to] = this.earlyStart[from];
                this.latestStartMember[to] = from;
            }
            if (this.latestEndMember[to] === NONE || this.earlyEnd[from] > this.earlyEnd[to]) {
                this.earlyEnd[to] = this.earlyEnd[from];
                this.latestEndMember[to] = from;
            }
            return;
        }
        // An empty phase constrains nothing.
        if (this.isPhase[from] && this.latestEndMember[from] === NONE) {
            return;
        }
        const fromStart = type === 'SS' || type === 'SF';
        const candidate = earliestStartByLink({ type, lag, predecessorStart: this.earlyStart[from], predecessorEnd: this.earlyEnd[from] },
            this.lagLine(link), this.calendars[to], this.duration[to]);
        // The first predecessor to reach the project start still counts as driving it.
        const firstToReach = candidate === this.earlyStart[to] && this.driver[to] === NONE;
        if (candidate > this.earlyStart[to] || firstToReach) {
            this.earlyStart[to] = candidate;
            this.driver[to] = this.isPhase[from] ? (fromStart ? this.latestStartMember[from] : this.latestEndMember[from]) : from;
            this.startReason[to] = undefined;
            // A milestone after a finish falls on that finish day, after a start on that start
            // day; after a milestone with no lag, on the same day as that milestone.
            const fromMilestoneAtStartOfDay = !this.isPhase[from] && this.earlyEnd[from] === this.earlyStart[from] && !this.endOfDay[from];
            this.endOfDay[to] = !fromStart && !(fromMilestoneAtStartOfDay && lag <= 0);
        }
    }

    private projectEnd(): number {
        let end = this.projectStart;
        for (let i = 0; i < this.count; i++) {
            if (!this.isPhase[i] && !this.onCycle[i]) {
                end = Math.max(end, this.earlyEnd[i]);
            }
        }
        return end;
    }

    private backwardPass(projectEnd: number): void {
        const deadlineEnd = this.plan.deadline === undefined ? Infinity : workingDayOnOrBefore(this.calendar, this.endOfDate(this.plan.deadline) - 1) + 1;
        for (let k = this.order.length - 1; k >= 0; k--) {
            const i = this.order[k];
            if (this.onCycle[i]) {
                continue;
            }
            if (i >= this.count) {
                this.boundByLinks(i);
            } else if (this.isPhase[i]) {
                this.boundPhase(i);
            } else {
                this.placeLate(i, Math.min(projectEnd, deadlineEnd));
            }
        }
    }

    /**
     * How late a phase's work (for its dependents), or work of another plan (for this plan's links),
     * may end (`lateEnd`) and start (`lateStart`): from the late dates of the links' successors.
     */
    private boundByLinks(i: number): void {
        for (const link of this.outgoing[i]) {
            if (this.onCycle[link.to]) {
                continue;
            }
            const { type, lag, to } = link;
            const successorBoundary = type === 'FS' || type === 'SS' ? this.lateStart[to] : this.lateEnd[to];
            if (successorBoundary === Infinity) {
                continue;
            }
            const bound = beforeLag(this.lagLine(link), successorBoundary, lag);
            if (type === 'FS' || type === 'FF') {
                this.lateEnd[i] = Math.min(this.lateEnd[i], bound);
            } else {
                this.lateStart[i] = Math.min(this.lateStart[i], bound);
            }
        }
    }

    /** The moment of a point of this plan. */
    private momentOf(point: number): Moment {
        return point * this.time.tickMinutes;
    }

    /** The latest point of this plan at or before a moment. */
    private pointBy(moment: Moment | undefined): number {
        return moment === undefined ? Infinity : Math.floor(moment / this.time.tickMinutes);
    }

    /** A phase's late bounds: by its links, and by what successors of its work in other plans allow. */
    private boundPhase(phase: number): void {
        this.boundByLinks(phase);
        const elsewhere = this.successorBounds.get(phase);
        if (elsewhere) {
            this.lateEnd[phase] = Math.min(this.lateEnd[phase], this.pointBy(elsewhere.lateEnd));
            this.lateStart[phase] = Math.min(this.lateStart[phase], this.pointBy(elsewhere.lateStart));
        }
    }

    /** Working days the item's early dates span: its work, stretched by progress reported late. */
    private span(i: number): number {
        return workingDaysBetween(this.calendars[i], this.earlyStart[i], this.earlyEnd[i]);
    }

    /** The latest end of work spanning `span` working days that starts by `bound`. */
    private endStartingBy(i: number, bound: number, span: number): number {
        return span <= 0 ? bound : endOf(this.calendars[i], workingDayOnOrBefore(this.calendars[i], bound), span);
    }

    private placeLate(i: number, projectEnd: number): void {
        if (this.complete[i]) {
            this.lateEnd[i] = this.earlyEnd[i];
            this.lateStart[i] = this.earlyStart[i];
            return;
        }
        const span = this.span(i);
        let end = projectEnd;
        const deadline = this.plan.items[i].deadline;
        if (deadline !== undefined) {
            end = Math.min(end, this.deadlineEnd(this.calendars[i], deadline));
        }
        for (const constraint of this.plan.items[i].constraints) {
            end = Math.min(end, latestEndByConstraint(constraint, this.calendars[i], span));
        }
        const elsewhere = this.successorBounds.get(i);
        if (elsewhere) {
            end = Math.min(end, this.pointBy(elsewhere.lateEnd));
            if (elsewhere.lateStart !== undefined) {
                end = Math.min(end, this.endStartingBy(i, this.pointBy(elsewhere.lateStart), span));
            }
        }
        for (const link of this.outgoing[i]) {
            if (this.onCycle[link.to]) {
                continue;
            }
            const { to, type, lag } = link;
            if (type === 'member') {
                end = Math.min(end, this.lateEnd[to]);
                if (this.lateStart[to] !== Infinity) {
                    end = Math.min(end, this.endStartingBy(i, this.lateStart[to], span));
                }
                continue;
            }
            const successorBoundary = type === 'FS' || type === 'SS' ? this.lateStart[to] : this.lateEnd[to];
            if (successorBoundary === Infinity) {
                continue;
            }
            const bound = beforeLag(this.lagLine(link), successorBoundary, lag);
            end = Math.min(end, type === 'FS' || type === 'FF' ? bound : this.endStartingBy(i, bound, span));
        }
        const calendar = this.calendars[i];
        this.lateEnd[i] = latestEndBy(calendar, end, span);
        this.lateStart[i] = latestStartToEndBy(calendar, this.lateEnd[i], span);
    }

    /** The end of the last working unit on or before a deadline's day. */
    private deadlineEnd(calendar: WorkingLine, deadline: IsoDate): number {
        return workingDayOnOrBefore(calendar, this.endOfDate(deadline) - 1) + 1;
    }

    /** The slack of each link out of a task or milestone: the free float is the least of them. */
    private freeFloat(i: number, projectEnd: number): number {
        let free = Infinity;
        for (const link of this.outgoing[i]) {
            if (this.onCycle[link.to]) {
                continue;
            }
            if (link.type === 'member') {
                for (const dependent of this.outgoing[link.to]) {
                    if (!this.onCycle[dependent.to]) {
                        free = Math.min(free, this.linkSlack(i, dependent));
                    }
                }
            } else {
                free = Math.min(free, this.linkSlack(i, link));
            }
        }
        const elsewhere = this.successorBounds.get(i);
        if (elsewhere?.freeEnd !== undefined) {
            free = Math.min(free, workingDaysBetween(this.calendars[i], this.earlyEnd[i], this.pointBy(elsewhere.freeEnd)));
        }
        if (elsewhere?.freeStart !== undefined) {
            free = Math.min(free, workingDaysBetween(this.calendars[i], this.earlyStart[i], this.pointBy(elsewhere.freeStart)));
        }
        return free === Infinity ? workingDaysBetween(this.calendars[i], this.earlyEnd[i], projectEnd) : free;
    }

    /** How far `i` could slip, in its working days, before the link (from `i` or from a phase around it) moves its successor. */
    private linkSlack(i: number, link: Link): number {
        const fromBoundary = link.type === 'SS' || link.type === 'SF' ? this.earlyStart[i] : this.earlyEnd[i];
        const toBoundary = link.type === 'FS' || link.type === 'SS' ? this.earlyStart[link.to] : this.earlyEnd[link.to];
        return workingDaysBetween(this.calendars[i], fromBoundary, beforeLag(this.lagLine(link), toBoundary, link.lag));
    }

    /** The working day on which an item is shown to start: a milestone has one day, as does its finish. */
    private firstDay(i: number, start: number, end: number): number {
        return end > start ? start : this.lastDay(i, start, end);
    }

    /**
     * The working day on which work from `start` to `end` is shown to finish: its last working day,
     * or for a milestone the day it stands at the end of, or at the start of.
     */
    private lastDay(i: number, start: number, end: number): number {
        if (end > start) {
            return end - 1;
        }
        return this.endOfDay[i] ? workingDayOnOrBefore(this.calendars[i], end - 1) : startOnOrAfter(this.calendars[i], end);
    }

    /**
     * In a levelled plan, late dates that also keep every resource within its units: levelling's
     * latest start, where it is earlier than the links alone allow.
     */
    private allowForResources(): void {
        for (let i = 0; i < this.count; i++) {
            const placement = this.levelled?.get(this.plan.items[i].id);
            if (placement && !this.isPhase[i] && !this.onCycle[i] && !this.complete[i] && placement.lateStart < this.lateStart[i]) {
                this.lateStart[i] = Math.max(this.earlyStart[i], placement.lateStart);
                this.lateEnd[i] = endOf(this.calendars[i], this.lateStart[i], this.span(i));
            }
        }
    }

    /**
     * Working units the item can slip by without delaying the project. For work placed as late as
     * possible, from where it could have ended (MS Project keeps its slack); its successors, placed
     * after it, have only what is left.
     */
    private totalFloat(i: number): number {
        const placedLate = this.asapEnd !== undefined && this.alapStart[i] === this.earlyStart[i];
        return this.float(i, placedLate ? this.asapEnd![i] : this.earlyEnd[i], this.lateEnd[i]);
    }

    /** Working days of the item's calendar between two of its boundaries. */
    private float(i: number, early: number, late: number): number {
        return workingDaysBetween(this.calendars[i], early, late);
    }

    /** The date of a point. */
    private date(point: number): IsoDate {
        return isoDateOfDayNumber(Math.floor(point / this.ticksPerDay));
    }

    /** In a plan scheduled in ticks, the time of day at which a point of its line is. */
    private clock(point: number, day = Math.floor(point / this.ticksPerDay)): string | undefined {
        return this.time.inTicks ? clockText((point - day * this.ticksPerDay) * this.time.tickMinutes) : undefined;
    }

    /** The time at which the unit starting at `point` ends, on the same day: 17:00 for the last hour of the day, not 00:00. */
    private clockAfter(point: number): string | undefined {
        return this.clock(point + 1, Math.floor(point / this.ticksPerDay));
    }

    /** Units of a line in its working days, and in minutes for a plan that uses hours. */
    private days(units: number, line: WorkingLine): number {
        return units / line.workingTicksPerDay;
    }

    private minutes(units: number): number | undefined {
        return this.time.inTicks ? units * this.time.tickMinutes : undefined;
    }

    private result(projectEnd: number): Schedule {
        const date = (point: number) => this.date(point);
        const items = this.plan.items;
        const critical = new Array<boolean>(this.count).fill(false);
        const totalFloat = new Float64Array(this.count);
        const scheduled: ScheduledItem[] = [];
        const rollUps = this.rollUpPhases();
        let lastDay = this.projectStart;
        items.forEach((item, i) => {
            if (this.onCycle[i]) {
                return;
            }
            if (this.isPhase[i]) {
                const rollUp = rollUps.get(i);
                scheduled.push({
                    id: item.id, name: item.name, kind: 'phase', phase: item.phase,
                    start: date(rollUp?.first ?? this.projectStart), finish: date(rollUp?.last ?? this.projectStart),
                    lateStart: date(rollUp?.lateFirst ?? this.projectStart), lateFinish: date(rollUp?.lateLast ?? this.projectStart),
                    ...(this.time.inTicks ? { startTime: this.clock(rollUp?.first ?? this.projectStart), finishTime: this.clockAfter(rollUp?.last ?? this.projectStart) } : {}),
                    durationDays: rollUp ? this.days(workingDaysBetween(this.calendar, rollUp.start, rollUp.end), this.calendar) : 0,
                    durationMinutes: this.minutes(rollUp ? workingDaysBetween(this.calendar, rollUp.start, rollUp.end) : 0),
                    totalFloat: rollUp?.totalFloatDays ?? 0, freeFloat: rollUp?.totalFloatDays ?? 0,
                    critical: rollUp?.critical ?? false,
                    progress: rollUp?.progress ?? 0,
                });
                return;
            }
            const float = this.totalFloat(i);
            totalFloat[i] = float;
            critical[i] = float <= 0 && !this.complete[i];
            const [earlyStart, earlyEnd, lateStart, lateEnd] = [this.earlyStart[i], this.earlyEnd[i], this.lateStart[i], this.lateEnd[i]];
            const placement = this.levelled?.get(item.id);
            const finishDay = this.lastDay(i, earlyStart, earlyEnd);
            const startDay = this.firstDay(i, earlyStart, earlyEnd);
            lastDay = Math.max(lastDay, finishDay);
            const line = this.calendars[i];
            // Work placed as late as possible has no float left before its successors.
            const freeFloat = this.alapStart[i] === this.earlyStart[i] ? 0 : Math.min(this.freeFloat(i, projectEnd), float);
            // A milestone is a moment: at the end of the working time it follows, or the start of the next.
            const moment = earlyEnd === earlyStart && this.endOfDay[i] ? this.clockAfter(finishDay) : this.clock(startDay);
            scheduled.push({
                id: item.id, name: item.name, kind: item.kind, phase: item.phase,
                start: date(startDay), finish: date(finishDay),
                ...(this.time.inTicks ? { startTime: moment, finishTime: earlyEnd === earlyStart ? moment : this.clockAfter(finishDay) } : {}),
                lateStart: date(this.firstDay(i, lateStart, lateEnd)), lateFinish: date(this.lastDay(i, lateStart, lateEnd)),
                durationDays: this.days(this.duration[i], line),
                durationMinutes: this.minutes(this.duration[i]),
                totalFloat: this.days(float, line),
                freeFloat: this.days(freeFloat, line),
                totalFloatMinutes: this.minutes(float),
                freeFloatMinutes: this.minutes(freeFloat),
                critical: critical[i],
                drivingPredecessor: this.driver[i] === NONE ? undefined : this.nodeId(this.driver[i]),
                startReason: this.driver[i] === NONE ? this.startReason[i] : undefined,
                standardDeviationDays: Number.isNaN(this.deviation[i]) ? undefined : this.deviation[i],
                progress: Math.min(100, Math.max(0, item.progress ?? 0)),
                atEndOfDay: earlyEnd === earlyStart ? this.endOfDay[i] : undefined,
                levellingDelay: placement?.delay && this.startReason[i] === 'levelling' ? this.days(placement.delay.days, line) : undefined,
                delayedBy: placement?.delay && this.startReason[i] === 'levelling' ? { resource: placement.delay.resource, items: placement.delay.busyWith } : undefined,
            });
        });
        const criticalPaths = this.criticalPaths(critical, projectEnd);
        return {
            project: this.plan.id,
            start: date(this.projectStart),
            finish: date(lastDay),
            items: scheduled,
            criticalPaths,
            missedDates: this.missedDates(lastDay, criticalPaths[0] ?? []),
            unscheduled: items.filter((_, i) => this.onCycle[i]).map(item => item.id),
            levelled: this.levelled ? true : undefined,
            usesHours: this.time.usesHours || undefined,
            externalBounds: this.external.length > 0 ? this.externalBounds() : undefined,
        };
    }

    /** An item's id, or `project.id` for work of another plan. */
    private nodeId(i: number): string {
        if (i < this.count) {
            return this.plan.items[i].id;
        }
        const item = this.external[i - this.count];
        return `${item.project}.${item.id}`;
    }

    /** What this plan's links allow each piece of work of other plans they wait for. */
    private externalBounds(): NonNullable<Schedule['externalBounds']> {
        return this.external.flatMap((item, k) => {
            const i = this.count + k;
            if (this.onCycle[i]) {
                return [];
            }
            let freeStart = Infinity;
            let freeEnd = Infinity;
            for (const link of this.outgoing[i]) {
                if (this.onCycle[link.to]) {
                    continue;
                }
                const early = beforeLag(this.lagLine(link), link.type === 'FS' || link.type === 'SS' ? this.earlyStart[link.to] : this.earlyEnd[link.to], link.lag);
                if (link.type === 'FS' || link.type === 'FF') {
                    freeEnd = Math.min(freeEnd, early);
                } else {
                    freeStart = Math.min(freeStart, early);
                }
            }
            const moment = (point: number) => Number.isFinite(point) ? this.momentOf(point) : undefined;
            return [{
                project: item.project, id: item.id,
                lateStart: moment(this.lateStart[i]), lateEnd: moment(this.lateEnd[i]),
                freeStart: moment(freeStart), freeEnd: moment(freeEnd),
            }];
        });
    }

    private rollUpPhases() {
        const rollUps = new Map<number, { start: number; end: number; first: number; last: number; lateFirst: number; lateLast: number; totalFloatDays: number; critical: boolean; progress: number; work: number; done: number }>();
        for (let i = 0; i < this.count; i++) {
            if (this.isPhase[i] || this.onCycle[i]) {
                continue;
            }
            const early = { first: this.firstDay(i, this.earlyStart[i], this.earlyEnd[i]), last: this.lastDay(i, this.earlyStart[i], this.earlyEnd[i]) };
            const late = { first: this.firstDay(i, this.lateStart[i], this.lateEnd[i]), last: this.lastDay(i, this.lateStart[i], this.lateEnd[i]) };
            const float = this.totalFloat(i);
            const floatDays = this.days(float, this.calendars[i]);
            const work = this.duration[i] * this.time.tickMinutes;
            for (const link of this.outgoing[i]) {
                if (link.type !== 'member') {
                    continue;
                }
                const rollUp = rollUps.get(link.to);
                if (!rollUp) {
                    rollUps.set(link.to, {
                        start: this.earlyStart[i], end: this.earlyEnd[i], first: early.first, last: early.last,
                        lateFirst: late.first, lateLast: late.last, totalFloatDays: floatDays,
                        critical: float <= 0 && !this.complete[i], progress: 0, work, done: work * (this.plan.items[i].progress ?? 0) / 100,
                    });
                    continue;
                }
                rollUp.start = Math.min(rollUp.start, this.earlyStart[i]);
                rollUp.end = Math.max(rollUp.end, this.earlyEnd[i]);
                rollUp.first = Math.min(rollUp.first, early.first);
                rollUp.last = Math.max(rollUp.last, early.last);
                rollUp.lateFirst = Math.min(rollUp.lateFirst, late.first);
                rollUp.lateLast = Math.max(rollUp.lateLast, late.last);
                rollUp.totalFloatDays = Math.min(rollUp.totalFloatDays, floatDays);
                rollUp.critical ||= float <= 0 && !this.complete[i];
                rollUp.work += work;
                rollUp.done += work * Math.min(100, this.plan.items[i].progress ?? 0) / 100;
            }
        }
        for (const rollUp of rollUps.values()) {
            rollUp.progress = rollUp.work > 0 ? Math.round(100 * rollUp.done / rollUp.work) : 0;
        }
        return rollUps;
    }

    /** Walks back from each critical item that finishes the project along the predecessors that drive it. */
    private criticalPaths(critical: boolean[], projectEnd: number): string[][] {
        const chains: string[][] = [];
        const seen = new Set<string>();
        for (let i = 0; i < this.count; i++) {
            // Work on another calendar may end at another boundary of the same working time.
            if (!critical[i] || this.float(i, this.earlyEnd[i], projectEnd) !== 0) {
                continue;
            }
            // Work of another plan that drives the chain heads it, as `project.id`.
            const chain = this.drivingChain(i).filter(j => critical[j] || j >= this.count).map(j => this.nodeId(j));
            const key = chain.join('\u0000');
            if (!seen.has(key)) {
                seen.add(key);
                chains.push(chain);
            }
        }
        // A milestone that closes a chain finishes with it: keep only the chain that includes it.
        // Chains follow unique drivers, so one that ends inside another is a prefix of it.
        const inner = new Set<string>();
        for (const chain of chains) {
            chain.slice(0, -1).forEach(id => inner.add(id));
        }
        return chains.filter(chain => !inner.has(chain[chain.length - 1]));
    }

    /** The item and the predecessors that drive its start, back to the first; in precedence order. */
    private drivingChain(i: number): number[] {
        const chain = [i];
        const visited = new Set([i]);
        for (let at = this.driver[i]; at !== NONE && !visited.has(at); at = this.driver[at]) {
            visited.add(at);
            chain.push(at);
        }
        return chain.reverse();
    }

    /** The last working unit of the day that `point` is on. */
    private lastUnitOfDay(calendar: WorkingLine, point: number): number {
        return workingDayOnOrBefore(calendar, (Math.floor(point / this.ticksPerDay) + 1) * this.ticksPerDay - 1);
    }

    private missedDates(lastDay: number, criticalPath: readonly string[]): MissedDate[] {
        const missed: MissedDate[] = [];
        this.plan.items.forEach((item, i) => {
            if (this.isPhase[i] || this.onCycle[i] || this.complete[i]) {
                return;
            }
            const calendar = this.calendars[i];
            const early = { first: this.firstDay(i, this.earlyStart[i], this.earlyEnd[i]), last: this.lastDay(i, this.earlyStart[i], this.earlyEnd[i]) };
            if (item.deadline !== undefined) {
                const late = Math.ceil(this.days(workingDaysBetween(calendar, this.deadlineEnd(calendar, item.deadline) - 1, early.last), calendar));
                if (late > 0) {
                    missed.push({
                        item: item.id, kind: 'task-deadline', date: item.deadline, workingDays: late,
                        drivingChain: this.drivingChain(i).map(j => this.nodeId(j)),
                    });
                }
            }
            item.constraints.forEach((constraint, constraintIndex) => {
                // The last working unit of the day allowed: any time on the date is on time.
                const limit = constraint.kind === 'start-on'
                    ? this.lastUnitOfDay(calendar, startOnOrAfter(calendar, this.startOfDate(constraint.date)))
                    : workingDayOnOrBefore(calendar, this.endOfDate(constraint.date) - 1);
                const late = Math.ceil(this.days(constraint.kind === 'start-no-later-than' || constraint.kind === 'start-on'
                    ? workingDaysBetween(calendar, limit, early.first)
                    : constraint.kind === 'finish-no-later-than' || constraint.kind === 'finish-on' ? workingDaysBetween(calendar, limit, early.last) : 0, calendar));
                if (late > 0) {
                    missed.push({
                        item: item.id, constraintIndex, kind: constraint.kind, date: constraint.date, workingDays: late,
                        drivingChain: this.drivingChain(i).map(j => this.nodeId(j)),
                    });
                }
            });
        });
        if (this.plan.deadline !== undefined) {
            const late = Math.ceil(this.days(workingDaysBetween(this.calendar, workingDayOnOrBefore(this.calendar, this.endOfDate(this.plan.deadline) - 1), lastDay), this.calendar));
            if (late > 0) {
                missed.push({ kind: 'deadline', date: this.plan.deadline as IsoDate, workingDays: late, drivingChain: criticalPath });
            }
        }
        return missed;
    }
}

function externalKey(project: string, id: string): string {
    return `${project}\u0000${id}`;
}
