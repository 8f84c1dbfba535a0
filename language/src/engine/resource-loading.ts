// How hard each resource is loaded, day by day: the units its work requires against the units it
// has (none on days it does not work), and where it is asked for more than it has.
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from './calendar-dates.js';
import type { PlanInput, Schedule } from './plan-model.js';
import { resourcesOf } from './plan-resources.js';
import { workCalendarsOf, type WorkCalendars } from './work-calendars.js';
import { clockMinutes, MINUTES_PER_DAY } from './working-hours.js';

export interface DayLoad {
    readonly day: IsoDate;
    readonly required: number;
    readonly available: number;
    /** The work that requires the resource that day, and how many units each. */
    readonly work: ReadonlyArray<{ readonly item: string; readonly units: number }>;
}

export interface ResourceLoad {
    readonly resource: string;
    readonly name?: string;
    readonly units: number;
    /** Every day from the schedule's start to its finish. */
    readonly days: readonly DayLoad[];
}

/** A stretch of days on which a resource is asked for more units than it has. */
export interface OverAllocation {
    readonly resource: string;
    readonly name?: string;
    /** The first and last day over; days between may be days off, when nothing is asked of it. */
    readonly from: IsoDate;
    readonly to: IsoDate;
    /** The most units asked for on one of those days, and what it had that day. */
    readonly required: number;
    readonly available: number;
    /** The work on the days over, in the order it first asks for the resource. */
    readonly items: readonly string[];
}

const EPSILON = 1e-9;

/**
 * Each resource's load over the schedule, for work that is not yet done as for work that is. In a
 * plan scheduled to the minute, a day's requirement is the most units its work needs at once:
 * a morning's task and an afternoon's need one person, not two.
 */
export function resourceLoading(plan: PlanInput, schedule: Schedule, calendars: WorkCalendars = workCalendarsOf(plan)): ResourceLoad[] {
    const resources = resourcesOf(plan);
    if (resources.length === 0) {
        return [];
    }
    const first = dayNumberOf(schedule.start);
    const last = Math.max(first, dayNumberOf(schedule.finish));
    const span = last - first + 1;
    const required = new Map(resources.map(resource => [resource.id, new Float64Array(span)]));
    const work = new Map(resources.map(resource => [resource.id, new Map<number, Array<{ item: string; units: number }>>()]));
    const scheduled = new Map(schedule.items.map(item => [item.id, item]));
    /** By resource and day: when in the day each piece of work with times needs how many units. */
    const timed = new Map<string, Map<number, Array<{ from: number; to: number; units: number }>>>();
    plan.items.forEach((item, index) => {
        const dates = scheduled.get(item.id);
        if (!dates || item.kind !== 'task' || !item.assignments?.length) {
            return;
        }
        const calendar = calendars.items[index];
        for (let day = Math.max(first, dayNumberOf(dates.start)); day <= Math.min(last, dayNumberOf(dates.finish)); day++) {
            if (!calendar.isWorkingDay(day)) {
                continue;
            }
            const from = dates.startTime !== undefined && day === dayNumberOf(dates.start) ? clockMinutes(dates.startTime) : 0;
            const to = dates.finishTime !== undefined && day === dayNumberOf(dates.finish) ? clockMinutes(dates.finishTime) : MINUTES_PER_DAY;
            for (const assignment of item.assignments) {
                const load = required.get(assignment.resource);
                if (load && assignment.units > 0) {
                    if (dates.startTime !== undefined) {
                        const byDay = timed.get(assignment.resource) ?? timed.set(assignment.resource, new Map()).get(assignment.resource)!;
                        (byDay.get(day) ?? byDay.set(day, []).get(day)!).push({ from, to, units: assignment.units });
                    } else {
                        load[day - first] += assignment.units;
                    }
                    const onDay = work.get(assignment.resource)!;
                    (onDay.get(day) ?? onDay.set(day, []).get(day)!).push({ item: item.id, units: assignment.units });
                }
            }
        }
    });
    for (const [resource, byDay] of timed) {
        const load = required.get(resource)!;
        for (const [day, spans] of byDay) {
            load[day - first] += peakUnits(spans);
        }
    }
    return resources.map(resource => {
        const calendar = calendars.resources.get(resource.id)!;
        const load = required.get(resource.id)!;
        const onDay = work.get(resource.id)!;
        return {
            resource: resource.id, name: resource.name, units: resource.units,
            days: Array.from({ length: span }, (_, offset) => ({
                day: isoDateOfDayNumber(first + offset),
                required: load[offset],
                available: calendar.isWorkingDay(first + offset) ? resource.units : 0,
                work: onDay.get(first + offset) ?? [],
            })),
        };
    });
}

/** The most units that spans of a day need at once; one ending as another starts does not overlap it. */
function peakUnits(spans: ReadonlyArray<{ from: number; to: number; units: number }>): number {
    const events = spans.flatMap(span => [[span.from, span.units], [span.to, -span.units]] as const)
        .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let now = 0;
    let peak = 0;
    for (const [, change] of events) {
        now += change;
        peak = Math.max(peak, now);
    }
    return peak;
}

/**
 * Where each resource is asked for more than it has, as stretches of days over (joined across
 * days on which nothing is asked of it, such as a weekend), after `since` if given (the status
 * date: what is past cannot be levelled).
 */
export function overAllocations(loads: readonly ResourceLoad[], since?: IsoDate): OverAllocation[] {
    const found: OverAllocation[] = [];
    for (const load of loads) {
        let open: { from: IsoDate; to: IsoDate; required: number; available: number; items: Set<string> } | undefined;
        const close = () => {
            if (open) {
                found.push({ resource: load.resource, name: load.name, from: open.from, to: open.to, required: open.required, available: open.available, items: [...open.items] });
                open = undefined;
            }
        };
        for (const day of load.days) {
            if (since !== undefined && day.day <= since) {
                continue;
            }
            if (day.required > day.available + EPSILON) {
                open ??= { from: day.day, to: day.day, required: 0, available: day.available, items: new Set() };
                open.to = day.day;
                if (day.required > open.required) {
                    open.required = day.required;
                    open.available = day.available;
                }
                day.work.forEach(({ item }) => open!.items.add(item));
            } else if (day.required > EPSILON) {
                close();
            }
        }
        close();
    }
    return found;
}

/**
 * One resource's loads in several plans (a resource shared by them) as one: each day the units all
 * of them require, and the fewest any plan says it has (its calendar, or each plan's where it has
 * none); the work named `project.id`.
 */
export function combinedLoad(loads: ReadonlyArray<{ readonly project: string; readonly load: ResourceLoad }>): ResourceLoad | undefined {
    const first = loads[0]?.load;
    if (!first) {
        return undefined;
    }
    const days = new Map<IsoDate, { required: number; available: number; work: Array<{ item: string; units: number }> }>();
    for (const { project, load } of loads) {
        for (const day of load.days) {
            let combined = days.get(day.day);
            if (!combined) {
                days.set(day.day, combined = { required: 0, available: day.available, work: [] });
            }
            combined.required += day.required;
            combined.available = Math.min(combined.available, day.available);
            combined.work.push(...day.work.map(({ item, units }) => ({ item: `${project}.${item}`, units })));
        }
    }
    return {
        resource: first.resource, name: first.name, units: first.units,
        days: [...days].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0).map(([day, load]) => ({ day, ...load })),
    };
}
