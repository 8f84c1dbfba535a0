// A plan's milestones (and, if asked, its tasks) as iCalendar events, for a calendar app. The
// same plan gives the same bytes: UIDs come from the project's and the item's ids, and DTSTAMP
// from the plan's status date (else its start), not the clock, so the file diffs cleanly in git.
import { createEvents, type DateArray, type EventAttributes } from 'ics';
import { dayNumberOf, isoDateOfDayNumber, type IsoDate } from '../engine/calendar-dates.js';
import type { PlanInput, Schedule, ScheduledItem } from '../engine/plan-model.js';

export interface IcsOptions {
    /** Tasks too, not only milestones. */
    readonly tasks?: boolean;
}

/** The iCalendar text of a plan's milestones (and tasks): all-day events unless the plan is scheduled to the minute. */
export function icsOf(plan: PlanInput, schedule: Schedule, options: IcsOptions = {}): string {
    const names = new Map(plan.items.map(item => [item.id, item.name ?? item.id]));
    const [year, month, day] = dateParts(plan.status ?? plan.start);
    const stamp = Date.UTC(year, month - 1, day);
    const events = schedule.items
        .filter(item => item.kind === 'milestone' || (options.tasks && item.kind === 'task'))
        .map((item): EventAttributes => {
            const phase = item.phase !== undefined ? names.get(item.phase) : undefined;
            return {
                uid: `${item.id}.${plan.id}@proj`,
                title: item.name ?? item.id,
                description: [`${item.kind === 'milestone' ? 'Milestone' : 'Task'} ${item.id} of ${plan.title ?? plan.id}`, phase ? `in ${phase}` : undefined, `${item.progress}% complete`].filter(Boolean).join(', '),
                categories: [item.kind],
                ...eventTimes(item, schedule.usesHours === true),
                // Not part of the library's types, but of its schema: DTSTAMP, fixed for a given plan.
                ...{ timestamp: stamp },
            } as EventAttributes;
        });
    if (events.length === 0) {
        return emptyCalendar(plan);
    }
    const { error, value } = createEvents(events, { productId: '-//proj//proj export//EN', calName: plan.title ?? plan.id });
    if (error || value === null) {
        throw error ?? new Error('ics gave no calendar');
    }
    return value;
}

function eventTimes(item: ScheduledItem, timed: boolean): Pick<EventAttributes, 'start' | 'startInputType' | 'startOutputType'> & { end: DateArray; endInputType?: 'local'; endOutputType?: 'local' } {
    if (timed && item.startTime !== undefined && item.finishTime !== undefined) {
        // Floating local times: the plan's day, wherever the calendar is read.
        return {
            start: [...dateParts(item.start), ...timeParts(item.startTime)] as DateArray,
            startInputType: 'local',
            startOutputType: 'local',
            end: [...dateParts(item.finish), ...timeParts(item.finishTime)] as DateArray,
            endInputType: 'local',
            endOutputType: 'local',
        };
    }
    // All-day: DTEND is the day after the last, as RFC 5545 counts days.
    return { start: dateParts(item.start) as DateArray, end: dateParts(dayAfter(item.finish)) as DateArray };
}

/** A calendar with no events: the library will not make one. */
function emptyCalendar(plan: PlanInput): string {
    return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'PRODID:-//proj//proj export//EN', `X-WR-CALNAME:${(plan.title ?? plan.id).replace(/[\\;,]/g, match => `\\${match}`)}`, 'END:VCALENDAR', ''].join('\r\n');
}

function dateParts(date: IsoDate): [number, number, number] {
    return [Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10))];
}

function timeParts(time: string): [number, number] {
    return [Number(time.slice(0, 2)), Number(time.slice(3, 5))];
}

function dayAfter(date: IsoDate): IsoDate {
    return isoDateOfDayNumber(dayNumberOf(date) + 1);
}
