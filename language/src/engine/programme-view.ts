// A programme seen as one: each project as a summary with its milestones, its RAG, SPI and CPI and
// its forecast finish against its deadline; the links between projects; and the programme's
// critical path, followed back across plans from the project that finishes last.
import { dayNumberOf, type IsoDate } from './calendar-dates.js';
import { linkedId, type DependencyType, type PlanInput, type Schedule } from './plan-model.js';
import { precedenceOrder } from './programme.js';
import type { Rag } from './register-model.js';
import { WorkingCalendar } from './working-calendar.js';

export interface ProgrammeProjectInput {
    readonly plan: PlanInput;
    readonly schedule: Schedule;
    /** The overall RAG of its status report; absent where nothing is measured. */
    readonly rag?: Rag;
    /** At the status date; absent without one. */
    readonly spi?: number;
    readonly cpi?: number;
}

export interface ProgrammeProject {
    readonly id: string;
    readonly title?: string;
    readonly start: IsoDate;
    /** The forecast finish: the schedule's, with progress and the plans it waits for. */
    readonly finish: IsoDate;
    readonly deadline?: IsoDate;
    /** Working days (of its calendar) the finish is after the deadline: 0 on or before it; absent without one. */
    readonly daysLate?: number;
    readonly rag?: Rag;
    readonly spi?: number;
    readonly cpi?: number;
    /** Working days of its calendar from its first work to its finish. */
    readonly workingDays: number;
    /** Its tasks and milestones. */
    readonly workCount: number;
    /** Percent complete: its work's progress, weighted by duration. */
    readonly progress: number;
    /** Working days from its finish to its deadline (negative when late); 0 without a deadline. */
    readonly float: number;
    readonly milestones: ReadonlyArray<{
        readonly id: string; readonly name?: string; readonly date: IsoDate;
        readonly totalFloat: number; readonly progress: number; readonly atEndOfDay?: boolean;
        /** On the programme's critical path. */
        readonly critical: boolean;
    }>;
    /** Whether the programme's critical path runs through its work. */
    readonly critical: boolean;
}

/** A link from work of one project to work of another, each as `project.id`. */
export interface ProgrammeLink {
    readonly from: string;
    readonly to: string;
    readonly type: DependencyType;
    /** As written: `+2d`; absent without a lag. */
    readonly lag?: string;
}

export interface ProgrammeView {
    readonly start: IsoDate;
    readonly finish: IsoDate;
    /** In the order given. */
    readonly projects: readonly ProgrammeProject[];
    readonly links: readonly ProgrammeLink[];
    /** From the first work to the last, as `project.id`, across plans. */
    readonly criticalPath: readonly string[];
}

/** The programme of these projects, scheduled together (programme.ts). */
export function programmeViewOf(projects: readonly ProgrammeProjectInput[]): ProgrammeView {
    const byId = new Map(projects.map(project => [project.plan.id, project]));
    const criticalPath = criticalPathAcross(projects, byId);
    const onPath = new Set(criticalPath.map(step => step.slice(0, step.indexOf('.'))));
    const links = projects.flatMap(({ plan }) => plan.items.flatMap(item => item.dependencies.flatMap(dependency =>
        dependency.project !== undefined && dependency.project !== plan.id && byId.has(dependency.project)
            ? [{ from: linkedId(dependency), to: `${plan.id}.${item.id}`, type: dependency.type, ...(dependency.lag && dependency.lag.amount !== 0 ? { lag: `${dependency.lag.amount > 0 ? '+' : ''}${dependency.lag.amount}${dependency.lag.unit}` } : {}) }]
            : [])));
    const ordered = projectOrder(projects, links);
    const dates = ordered.flatMap(({ schedule }) => [firstStart(schedule), schedule.finish]).sort();
    return {
        start: dates[0], finish: dates[dates.length - 1],
        projects: ordered.map(({ plan, schedule, rag, spi, cpi }) => {
            const calendar = new WorkingCalendar(plan.calendar, plan.start);
            const start = firstStart(schedule);
            const workingDays = Math.max(0, calendar.indexOnOrBefore(schedule.finish) - calendar.indexOnOrAfter(start) + 1);
            const float = plan.deadline === undefined ? 0 : calendar.indexOnOrBefore(plan.deadline) - calendar.indexOnOrBefore(schedule.finish);
            const onCriticalPath = new Set(criticalPath);
            return {
                id: plan.id, title: plan.title, start, finish: schedule.finish, deadline: plan.deadline,
                // As the deadline check counts it (scheduler.ts).
                ...(plan.deadline !== undefined ? { daysLate: schedule.missedDates.find(missed => missed.kind === 'deadline')?.workingDays ?? 0 } : {}),
                rag, spi, cpi, workingDays, workCount: schedule.items.filter(item => item.kind !== 'phase').length, progress: progressOf(schedule), float,
                milestones: schedule.items.filter(item => item.kind === 'milestone').map(item => ({
                    id: item.id, name: item.name, date: item.finish, totalFloat: item.totalFloat, progress: item.progress,
                    ...(item.atEndOfDay ? { atEndOfDay: true } : {}), critical: onCriticalPath.has(`${plan.id}.${item.id}`),
                })),
                critical: onPath.has(plan.id),
            };
        }),
        links,
        criticalPath,
    };
}

/** The work's progress, weighted by its duration, in whole percent. */
function progressOf(schedule: Schedule): number {
    const work = schedule.items.filter(item => item.kind === 'task');
    const days = work.reduce((total, item) => total + item.durationDays, 0);
    return days > 0 ? Math.round(work.reduce((total, item) => total + item.durationDays * item.progress, 0) / days) : 0;
}

/** Where the project's work starts: a project that waits for others starts with it, not at its start date. */
function firstStart(schedule: Schedule): IsoDate {
    const starts = schedule.items.filter(item => item.kind !== 'phase').map(item => item.start).sort();
    return starts[0] ?? schedule.start;
}

/** Projects after those they wait for (precedenceOrder). */
function projectOrder(projects: readonly ProgrammeProjectInput[], links: readonly ProgrammeLink[]): ProgrammeProjectInput[] {
    const waitsFor = new Map<string, Set<string>>();
    for (const link of links) {
        const to = link.to.slice(0, link.to.indexOf('.'));
        (waitsFor.get(to) ?? waitsFor.set(to, new Set()).get(to)!).add(link.from.slice(0, link.from.indexOf('.')));
    }
    return precedenceOrder(projects, project => project.plan.id, id => waitsFor.get(id) ?? []);
}

/**
 * The critical path of the project that finishes last (the first of them), followed back through
 * the work that drives each start, into the plans it waits for.
 */
function criticalPathAcross(projects: readonly ProgrammeProjectInput[], byId: ReadonlyMap<string, ProgrammeProjectInput>): string[] {
    const last = [...projects].sort((a, b) => dayNumberOf(b.schedule.finish) - dayNumberOf(a.schedule.finish))[0];
    const own = last?.schedule.criticalPaths[0];
    if (!last || !own || own.length === 0) {
        return [];
    }
    const path: string[] = [];
    const seen = new Set<string>();
    // The plan's own path from its end; where it begins at work of another plan, that plan's drivers.
    let project = last.plan.id;
    let id: string | undefined = own[own.length - 1];
    while (id !== undefined && !seen.has(`${project}.${id}`)) {
        seen.add(`${project}.${id}`);
        path.push(`${project}.${id}`);
        const step: string = id;
        const driver: string | undefined = byId.get(project)?.schedule.items.find(item => item.id === step)?.drivingPredecessor;
        const dot = driver?.indexOf('.') ?? -1;
        if (driver !== undefined && dot >= 0) {
            project = driver.slice(0, dot);
        }
        id = driver === undefined ? undefined : driver.slice(dot + 1);
    }
    return path.reverse();
}
