// An independent check of a levelled plan against its problem, from the definitions alone (work
// takes the first working days of its calendar from its start; links as work-time.ts defines
// lags; units per day), sharing nothing with the levelling's own bookkeeping.
import { DO_NOT_LEVEL_PRIORITY } from '../../language/src/engine/plan-model.js';
import type { LevellingProblem, LevellingResult } from '../../language/src/engine/levelling/levelling-problem.js';
import { afterLag } from '../../language/src/engine/work-time.js';
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
        if (activity.duration > 0 && !activity.calendar.isWorkingDay(start)) {
            problems.push(`${activity.id} starts on a day off, ${date(start)}`);
        }
        if (activity.priority >= DO_NOT_LEVEL_PRIORITY) {
            if (start !== activity.unlevelledStart) {
                problems.push(`${activity.id} (priority ${activity.priority}) moved from ${date(activity.unlevelledStart)} to ${date(start)}`);
            }
            return;
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
    // Resources: on each day, the units taken by all work; more than there are is fine only where
    // nothing but work that may not move (fixed) or whose demand no wait can meet takes them.
    problem.resources.forEach((resource, r) => {
        const taken = new Map<number, number>();
        const movableUsers = new Map<number, string[]>();
        activities.forEach((activity, a) => {
            const units = activity.demands.filter(demand => demand.resource === r).reduce((sum, demand) => sum + demand.units, 0);
            if (units <= 0) {
                return;
            }
            const mayOverload = activity.pinned !== undefined || activity.priority >= DO_NOT_LEVEL_PRIORITY || unmet.has(`${a} ${r}`);
            for (const day of workDays(problem, result, a)) {
                taken.set(day, (taken.get(day) ?? 0) + units);
                if (!mayOverload) {
                    movableUsers.set(day, [...movableUsers.get(day) ?? [], activity.id]);
                }
            }
        });
        for (const [day, units] of [...taken].sort((x, y) => x[0] - y[0])) {
            const available = resource.calendar.isWorkingDay(day) ? resource.units : 0;
            if (units > available + 1e-9 && movableUsers.has(day)) {
                problems.push(`${resource.id} has ${units} units taken of ${available} on ${date(day)} (${movableUsers.get(day)!.join(', ')})`);
            }
        }
    });
    const finish = Math.max(...result.activities.map(activity => activity.end));
    if (activities.length > 0 && result.finish !== finish) {
        problems.push(`finish ${date(result.finish)} is not the latest end ${date(finish)}`);
    }
    return problems;
}
