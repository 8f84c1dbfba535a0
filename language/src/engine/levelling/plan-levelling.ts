// A plan's levelling problem: its tasks and milestones as activities on their own calendars, each
// with the release its project start, constraints and status date give it, its links (a link from
// a phase stands for a link from each piece of work in it), and what it asks of each resource.
// Work that has started or finished stays where it is.
import { earliestStartByConstraint } from '../constraint-dates.js';
import { dayNumberOf, type IsoDate } from '../calendar-dates.js';
import { externalPoints } from '../external-work.js';
import { DEFAULT_PRIORITY, linkedId, type PlanInput, type Schedule } from '../plan-model.js';
import { planTimeOf, type PlanTime } from '../plan-time.js';
import { withPhaseLogicOnWork } from '../phase-logic.js';
import { schedulePlan, type LevelledPlacement } from '../scheduler.js';
import { resourcesOf } from '../plan-resources.js';
import { earliestStartByLink, startOnOrAfter } from '../work-time.js';
import { clockMinutes } from '../working-hours.js';
import { levelResources } from './level-resources.js';
import type { LevellingActivity, LevellingLink, LevellingProblem } from './levelling-problem.js';

export interface PlanLevellingProblem {
    readonly problem: LevellingProblem;
    /** The plan item of each activity, by index. */
    readonly itemIds: readonly string[];
}

/**
 * The plan levelled: scheduled again with each piece of work no earlier than levelling put it, its
 * late dates those that keep every resource within its units, and each delay's reason.
 */
export function levelledScheduleOf(plan: PlanInput, unlevelled: Schedule, time: PlanTime = planTimeOf(plan)): Schedule {
    const { problem, itemIds } = levellingProblemOf(plan, unlevelled, time);
    if (problem.activities.every(activity => activity.demands.length === 0)) {
        return { ...unlevelled, levelled: true };
    }
    const result = levelResources(problem);
    const placements = new Map<string, LevelledPlacement>(itemIds.map((id, index) => {
        const { start, lateStart, delay } = result.activities[index];
        return [id, {
            start, lateStart,
            delay: delay && { days: delay.days, resource: problem.resources[delay.resource].id, busyWith: delay.busyWith.map(other => itemIds[other]) },
        }];
    }));
    return schedulePlan(plan, placements);
}

/**
 * In the plan's unit (plan-time.ts): days for a plan in whole days, ticks of part days for one
 * that uses hours, which levelling then works in.
 */
export function levellingProblemOf(input: PlanInput, schedule: Schedule, time: PlanTime = planTimeOf(input)): PlanLevellingProblem {
    // A phase's links and constraints hold the work inside it, as when scheduling. They are the
    // phases' own dependency objects, so `time.lags` (of the plan as written) has their lags.
    const plan = withPhaseLogicOnWork(input);
    const scheduled = new Map(schedule.items.map(item => [item.id, item]));
    const work = plan.items.map((item, index) => ({ item, index })).filter(({ item }) => item.kind !== 'phase' && scheduled.has(item.id));
    const activityOf = new Map<string, number>();
    work.forEach(({ item }, activity) => {
        if (!activityOf.has(item.id)) {
            activityOf.set(item.id, activity);
        }
    });
    const membersOf = phaseMembers(plan, activityOf);
    const resources = resourcesOf(plan);
    const resourceIndex = new Map(resources.map((resource, index) => [resource.id, index]));
    const perDay = time.ticksPerDay;
    const pointOf = (date: IsoDate, clock?: string) => dayNumberOf(date) * perDay + (clock === undefined ? 0 : clockMinutes(clock) / time.tickMinutes);
    const projectStart = pointOf(plan.start);
    const afterStatus = plan.status === undefined ? undefined : (dayNumberOf(plan.status) + 1) * perDay;
    const externalWork = new Map((plan.external ?? []).map(item => [`${item.project}.${item.id}`, externalPoints(item, time.tickMinutes)]));

    const activities = work.map(({ item, index }, activity): LevellingActivity => {
        const calendar = time.lines[index];
        const dates = scheduled.get(item.id)!;
        const duration = time.work[index];
        const started = (item.progress ?? 0) > 0 || item.actualStart !== undefined;
        let release = startOnOrAfter(calendar, projectStart);
        for (const constraint of item.constraints) {
            release = Math.max(release, earliestStartByConstraint(constraint, calendar, duration));
        }
        if (afterStatus !== undefined && item.progress !== undefined && !started) {
            release = Math.max(release, startOnOrAfter(calendar, afterStatus));
        }
        const start = pointOf(dates.start, dates.startTime);
        const predecessors: LevellingLink[] = [];
        for (const dependency of item.dependencies) {
            const { units: lag, elapsed } = time.lags.get(dependency)!;
            const lagCalendar = elapsed ? time.elapsed : undefined;
            if (dependency.project !== undefined) {
                // Work of another plan stands where it is: a link from it is a fixed bound, as from work levelling does not move.
                const other = externalWork.get(linkedId(dependency));
                if (other) {
                    release = Math.max(release, earliestStartByLink({ type: dependency.type, lag, predecessorStart: other.start, predecessorEnd: other.end },
                        lagCalendar ?? time.calendars.project, calendar, item.kind === 'milestone' ? 0 : duration));
                }
                continue;
            }
            const from = activityOf.get(dependency.predecessor);
            const sources = from !== undefined ? [from] : membersOf.get(dependency.predecessor) ?? [];
            for (const source of sources) {
                if (source !== activity) {
                    predecessors.push({ activity: source, type: dependency.type, lag, ...(lagCalendar ? { lagCalendar } : {}) });
                }
            }
        }
        return {
            id: item.id,
            duration: item.kind === 'milestone' ? 0 : duration,
            calendar,
            release,
            unlevelledStart: start,
            pinned: started && item.kind === 'task'
                ? { start, end: time.inTicks ? pointOf(dates.finish, dates.finishTime ?? '24:00') : dayNumberOf(dates.finish) + 1 }
                : undefined,
            priority: item.priority ?? DEFAULT_PRIORITY,
            demands: (item.kind === 'task' ? item.assignments ?? [] : [])
                .filter(assignment => assignment.units > 0 && resourceIndex.has(assignment.resource))
                .map(assignment => ({ resource: resourceIndex.get(assignment.resource)!, units: assignment.units })),
            predecessors,
        };
    });
    return {
        problem: {
            activities,
            resources: resources.map(resource => ({ id: resource.id, units: resource.units, calendar: time.calendars.resources.get(resource.id)! })),
            lagCalendar: time.calendars.project,
        },
        itemIds: activities.map(activity => activity.id),
    };
}

/** Each phase's work (tasks and milestones at any depth), as activity indices. */
function phaseMembers(plan: PlanInput, activityOf: ReadonlyMap<string, number>): ReadonlyMap<string, readonly number[]> {
    const parentOf = new Map(plan.items.map(item => [item.id, item.phase]));
    const members = new Map<string, number[]>();
    for (const [id, activity] of activityOf) {
        const seen = new Set<string>();
        // Bounded by `seen`: with duplicate ids (an error) the phase chain could loop.
        for (let phase = parentOf.get(id); phase !== undefined && !seen.has(phase); phase = parentOf.get(phase)) {
            seen.add(phase);
            (members.get(phase) ?? members.set(phase, []).get(phase)!).push(activity);
        }
    }
    return members;
}
