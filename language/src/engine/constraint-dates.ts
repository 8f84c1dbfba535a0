// What a date constraint allows work of a given length on its calendar, in day numbers: shared by
// scheduling (both passes) and levelling, so that a constraint means the same in both.
import { dayNumberOf } from './calendar-dates.js';
import type { ConstraintInput } from './plan-model.js';
import { earliestStartToEndBy, endOf, startOnOrAfter, workingDayOnOrBefore } from './work-time.js';
import type { WorkingLine } from './working-line.js';

/** The earliest start a constraint allows work of `duration` working days; -Infinity if it sets none. */
export function earliestStartByConstraint(constraint: ConstraintInput, calendar: WorkingLine, duration: number): number {
    switch (constraint.kind) {
        case 'start-no-earlier-than':
        case 'start-on':
            return startOnOrAfter(calendar, dayNumberOf(constraint.date) * calendar.ticksPerDay);
        case 'finish-no-earlier-than':
        case 'finish-on':
            return earliestStartToEndBy(calendar, lastWorkOfDate(constraint, calendar) + 1, duration);
        default:
            return -Infinity;
    }
}

/** The latest end a constraint allows work spanning `span` working days; Infinity if it sets none. */
export function latestEndByConstraint(constraint: ConstraintInput, calendar: WorkingLine, span: number): number {
    const lastDayAllowed = lastWorkOfDate(constraint, calendar);
    switch (constraint.kind) {
        case 'start-no-later-than':
        case 'start-on':
            return span <= 0 ? lastDayAllowed : endOf(calendar, lastDayAllowed, span);
        case 'finish-no-later-than':
        case 'finish-on':
            return lastDayAllowed + 1;
        default:
            return Infinity;
    }
}

/** The last working unit on or before the constraint's date, to the end of that day. */
function lastWorkOfDate(constraint: ConstraintInput, calendar: WorkingLine): number {
    return workingDayOnOrBefore(calendar, (dayNumberOf(constraint.date) + 1) * calendar.ticksPerDay - 1);
}
