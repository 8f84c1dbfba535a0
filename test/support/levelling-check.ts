// An independent check of a levelled plan against its problem, from the definitions alone (work
// takes the first working days of its calendar from its start; links as work-time.ts defines
// lags; units per day), sharing nothing with the levelling's own bookkeeping.
import { DO_NOT_LEVEL_PRIORITY } from '../../language/src/engine/plan-model.js';
import type { LevellingProblem, LevellingResult } from '../../language/src/engine/levelling/levelling-problem.js';
import { afterLag, earliestStartByLink, endOf, startOnOrAfter, workingDaysBetween } from '../../language/src/engine/work-time.js';
import { isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';

/** The days an activity's work takes in the levelled plan. */
export function workDays(problem: LevellingProblem, result: LevellingResult, a: number): number[] {
    const activity = problem.activities[a];
    const { start, end } = result.activities[a];
    const days: number[] = [];
    if (activity.pinned) {
        for (let day = start; day < end; day++) {
            if (activity.calendar.isWorkingDay(day)) {
                days.push(day);
            }
        }
        return days;
    }
    for (let day = start; days.length < activity.duration; day++) {
        if (activity.calendar.isWorkingDay(day)) {
            days.push(day);
        }
    }
    return days;
}

/** Everything wrong with a levelled plan, in words: none for a feasible one. */
export function levellingViolations(problem: LevellingProblem, result: LevellingResult): string[] {
    const problems: string[] = [];
    const date = isoDateOfDayNumber;
    const { activities } = problem;
    if (result.activities.length !== activities.length) {
        return [`${result.activities.length} levelled activities for ${activities.length}`];
    }
    const unmet = new Set(result.unmet.map(({ activity, resource }) => `${activity} ${resource}`));
    activities.forEach((activity, a) => {
        const { start, end } = result.activities[a];
        const days = workDays(problem, result, a);
        if (activity.pinned) {
            if (start !== activity.pinned.start || end !== activity.pinned.end) {
                problems.push(`${activity.id} is pinned to ${date(activity.pinned.start)}..${date(activity.pinned.end)} but is at ${date(start)}..${date(end)}`);
            }
            return;
        }
        const expectedEnd = activity.duration > 0 ? days[days.length - 1] + 1 : start;
        if (end !== expectedEnd) {
            problems.push(`${activity.id} ends ${date(end)}, not after its ${activity.duration} working days (${date(expectedEnd)})`);
        }
        if (activity.priority >= DO_NOT_LEVEL_PRIORITY) {
            if (start !== activity.unlevelledStart) {
                problems.push(`${activity.id} (priority ${activity.priority}) moved from ${date(activity.unlevelledStart)} to ${date(start)}`);
            }
            return;
        }
        if (activity.duration > 0 && !activity.calendar.isWorkingDay(start)) {
            problems.push(`${activity.id} starts on a day off, ${date(start)}`);
        }
        if (start < activity.release) {
            problems.push(`${activity.id} starts ${date(start)}, before its release ${date(activity.release)}`);
        }
        for (const link of activity.predecessors) {
            const predecessor = result.activities[link.activity];
            const from = link.type === 'SS' || link.type === 'SF' ? predecessor.start : predecessor.end;
            const bound = afterLag(problem.lagCalendar, from, link.lag);
            const mine = link.type === 'FS' || link.type === 'SS' ? start : end;
            if (mine < bound) {
                problems.push(`${activity.id} breaks its ${link.type} ${link.lag >= 0 ? '+' : ''}${link.lag} link from ${activities[link.activity].id}: `
                    + `${link.type.endsWith('S') ? 'starts' : 'ends'} ${date(mine)}, before ${date(bound)}`);
            }
        }
    });
    // Resources: on each day, the units taken by movable work whose demand can be met, with all
    // those of fixed work, are within the resource's units; fixed work alone may take more, but
    // then no movable work is there. Movable work's demands that no wait can meet are left to
    // the over-allocation check.
    problem.resources.forEach((resource, r) => {
        const fixedUnits = new Map<number, number>();
        const movableUnits = new Map<number, number>();
        const movableUsers = new Map<number, string[]>();
        activities.forEach((activity, a) => {
            const units = activity.demands.filter(demand => demand.resource === r).reduce((sum, demand) => sum + demand.units, 0);
            const fixed = activity.pinned !== undefined || activity.priority >= DO_NOT_LEVEL_PRIORITY;
            if (units <= 0 || (!fixed && unmet.has(`${a} ${r}`))) {
                return;
            }
            for (const day of workDays(problem, result, a)) {
                const taken = fixed ? fixedUnits : movableUnits;
                taken.set(day, (taken.get(day) ?? 0) + units);
                if (!fixed) {
                    movableUsers.set(day, [...movableUsers.get(day) ?? [], activity.id]);
                }
            }
        });
        for (const [day, units] of [...movableUnits].sort((x, y) => x[0] - y[0])) {
            const available = resource.calendar.isWorkingDay(day) ? resource.units : 0;
            const total = units + (fixedUnits.get(day) ?? 0);
            if (total > available + 1e-9) {
                problems.push(`${resource.id} has ${total} units taken of ${available} on ${date(day)} (${movableUsers.get(day)!.join(', ')} and fixed work)`);
            }
        }
    });
    const finish = Math.max(...result.activities.map(activity => activity.end));
    if (activities.length > 0 && result.finish !== finish) {
        problems.push(`finish ${date(result.finish)} is not the latest end ${date(finish)}`);
    }
    return problems;
}

/** The earliest start an activity's release and links allow, its predecessors where the levelled plan has them. */
export function earliestAllowed(problem: LevellingProblem, result: LevellingResult, a: number): number {
    const activity = problem.activities[a];
    let earliest = activity.duration > 0 ? startOnOrAfter(activity.calendar, activity.release) : activity.release;
    for (const link of activity.predecessors) {
        const predecessor = result.activities[link.activity];
        earliest = Math.max(earliest, earliestStartByLink({
            type: link.type, lag: link.lag, predecessorStart: predecessor.start, predecessorEnd: predecessor.end,
        }, problem.lagCalendar, activity.calendar, activity.duration));
    }
    return earliest;
}

/**
 * Everything wrong with the levelled plan's delays and late starts: a delay exactly when work
 * starts after its links allow, of the working days it waits, for a resource it needs, busy with
 * work that uses it; no earlier working day free; late starts no earlier than starts.
 */
export function delayViolations(problem: LevellingProblem, result: LevellingResult): string[] {
    const problems: string[] = [];
    problem.activities.forEach((activity, a) => {
        const levelled = result.activities[a];
        if (levelled.lateStart < levelled.start) {
            problems.push(`${activity.id}'s late start is before its start`);
        }
        if (activity.pinned || activity.priority >= 1000) {
            return;
        }
        const earliest = earliestAllowed(problem, result, a);
        if (levelled.start < earliest) {
            problems.push(`${activity.id} starts before its links allow`);
        }
        if (levelled.start > earliest !== (levelled.delay !== undefined)) {
            problems.push(`${activity.id} starts ${levelled.start - earliest} days after its links allow, with ${levelled.delay ? 'a' : 'no'} delay`);
        }
        const delay = levelled.delay;
        if (!delay) {
            return;
        }
        if (delay.days !== workingDaysBetween(activity.calendar, earliest, levelled.start)) {
            problems.push(`${activity.id}'s delay of ${delay.days} days is not the working days it waits`);
        }
        if (!activity.demands.some(demand => demand.resource === delay.resource)) {
            problems.push(`${activity.id} waits for a resource it does not need`);
        }
        for (const other of delay.busyWith) {
            if (!problem.activities[other].demands.some(demand => demand.resource === delay.resource)) {
                problems.push(`${activity.id} is busy with ${problem.activities[other].id}, which does not use the resource`);
            }
        }
        // Left-justified: every earlier working day the links allow would overload a resource.
        for (let day = earliest; day < levelled.start; day++) {
            if (!activity.calendar.isWorkingDay(day)) {
                continue;
            }
            const moved = { ...result, activities: result.activities.map((other, o) => o === a ? { ...other, start: day, end: endOf(activity.calendar, day, activity.duration) } : other) };
            const broken = levellingViolations(problem, moved);
            if (broken.length === 0) {
                problems.push(`${activity.id} could start on ${isoDateOfDayNumber(day)} rather than ${isoDateOfDayNumber(levelled.start)}`);
            }
        }
    });
    return problems;
}
