// Levelling problems from compact sketches, and their results read back in ids and dates, so
// that a hand-worked case reads as it would be drawn on a whiteboard.
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from '../../language/src/engine/calendar-dates.js';
import { levelResources } from '../../language/src/engine/levelling/level-resources.js';
import type { LevellingLink, LevellingProblem, LevellingResult } from '../../language/src/engine/levelling/levelling-problem.js';
import type { DependencyType } from '../../language/src/engine/plan-model.js';
import { WorkingCalendar } from '../../language/src/engine/working-calendar.js';
import { levellingViolations } from '../support/levelling-check.js';

export const START = '2027-01-04';
/** January 2027: Monday the 4th, Saturday the 9th, Monday the 11th. */
export const weekdays = new WorkingCalendar({ workdays: [], holidays: [] }, START);
export const weekends = new WorkingCalendar({ workdays: ['sat', 'sun'], holidays: [] }, START);
export const everyDay = new WorkingCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], holidays: [] }, START);

export interface ActivitySketch {
    /** Working days; 0 for a milestone. */
    duration: number;
    /** Units of each resource, by id. */
    needs?: Record<string, number>;
    /** `'a'`, `'a SS +1'`, `'a FS -1'`: links from other activities, lags in working days. */
    after?: string[];
    priority?: number;
    calendar?: WorkingCalendar;
    release?: IsoDate;
    unlevelledStart?: IsoDate;
    pinned?: [IsoDate, IsoDate];
}

export type ResourceSketch = number | { units: number; calendar: WorkingCalendar };

export interface LevelledSketch {
    start: IsoDate;
    end: IsoDate;
    lateStart: IsoDate;
    delay?: { days: number; resource: string; busyWith: string[] };
}

export interface Levelled {
    readonly problem: LevellingProblem;
    readonly result: LevellingResult;
    readonly activities: Record<string, LevelledSketch>;
    readonly finish: IsoDate;
    /** `activity resource` pairs. */
    readonly unmet: string[];
}

export function levellingProblem(
    resources: Record<string, ResourceSketch>,
    activities: Record<string, ActivitySketch>,
    options: { schedules?: number; seed?: number } = {},
): LevellingProblem {
    const resourceIds = Object.keys(resources);
    const activityIds = Object.keys(activities);
    const indexOf = (ids: string[], id: string) => {
        const index = ids.indexOf(id);
        if (index < 0) {
            throw new Error(`No ${id} in the sketch`);
        }
        return index;
    };
    return {
        resources: Object.entries(resources).map(([id, sketch]) => typeof sketch === 'number'
            ? { id, units: sketch, calendar: weekdays }
            : { id, units: sketch.units, calendar: sketch.calendar }),
        activities: Object.entries(activities).map(([id, sketch]) => ({
            id,
            duration: sketch.duration,
            calendar: sketch.calendar ?? weekdays,
            release: dayNumberOf(sketch.release ?? START),
            unlevelledStart: dayNumberOf(sketch.unlevelledStart ?? sketch.release ?? START),
            pinned: sketch.pinned && { start: dayNumberOf(sketch.pinned[0]), end: dayNumberOf(sketch.pinned[1]) },
            priority: sketch.priority ?? 500,
            demands: Object.entries(sketch.needs ?? {}).map(([resource, units]) => ({ resource: indexOf(resourceIds, resource), units })),
            predecessors: (sketch.after ?? []).map((text): LevellingLink => {
                const [predecessor, ...rest] = text.split(' ');
                const type = (rest.find(part => /^(FS|SS|FF|SF)$/.test(part)) ?? 'FS') as DependencyType;
                const lag = rest.find(part => /^[+-]?\d/.test(part));
                return { activity: indexOf(activityIds, predecessor), type, lag: lag ? Number(lag) : 0 };
            }),
        })),
        lagCalendar: weekdays,
        ...options,
    };
}

/** Levels a sketched problem; the result must pass the independent check before anything else is asked of it. */
export function level(
    resources: Record<string, ResourceSketch>,
    activities: Record<string, ActivitySketch>,
    options: { schedules?: number; seed?: number } = {},
): Levelled {
    const problem = levellingProblem(resources, activities, options);
    const result = levelResources(problem);
    const violations = levellingViolations(problem, result);
    if (violations.length > 0) {
        throw new Error(`The levelled plan breaks its problem:\n${violations.join('\n')}`);
    }
    return readBack(problem, result);
}

export function readBack(problem: LevellingProblem, result: LevellingResult): Levelled {
    const date = isoDateOfDayNumber;
    const activityId = (a: number) => problem.activities[a].id;
    const activities: Record<string, LevelledSketch> = {};
    result.activities.forEach((levelled, a) => {
        activities[activityId(a)] = {
            start: date(levelled.start),
            end: date(levelled.end),
            lateStart: date(levelled.lateStart),
            ...levelled.delay && {
                delay: {
                    days: levelled.delay.days,
                    resource: problem.resources[levelled.delay.resource].id,
                    busyWith: levelled.delay.busyWith.map(activityId),
                },
            },
        };
    });
    return {
        problem, result, activities, finish: date(result.finish),
        unmet: result.unmet.map(({ activity, resource }) => `${activityId(activity)} ${problem.resources[resource].id}`),
    };
}
