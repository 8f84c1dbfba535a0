import { describe, expect, test } from 'vitest';
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import {
    afterLag, beforeLag, earliestStartByLink, earliestStartToEndBy, endOf, latestEndBy, latestStartToEndBy, startOnOrAfter, workingDaysBetween,
} from '../../language/src/engine/work-time.js';
import { WorkingCalendar } from '../../language/src/engine/working-calendar.js';

// January 2027: Monday the 4th; Friday the 8th; Monday the 11th.
const day = dayNumberOf;
const date = isoDateOfDayNumber;
const weekdays = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-01-13' }] }, '2027-01-04');
const weekends = new WorkingCalendar({ workdays: ['sat', 'sun'], holidays: [] }, '2027-01-04');

describe('work on its calendar', () => {
    test('five days from a Monday end after Friday; a holiday pushes the end a day', () => {
        expect(date(endOf(weekdays, day('2027-01-04'), 5))).toBe('2027-01-09');
        expect(date(endOf(weekdays, day('2027-01-11'), 5))).toBe('2027-01-19');
        expect(date(endOf(weekdays, day('2027-01-04'), 0))).toBe('2027-01-04');
    });

    test('a weekend calendar works the days the weekday one does not', () => {
        expect(date(startOnOrAfter(weekends, day('2027-01-04')))).toBe('2027-01-09');
        expect(date(endOf(weekends, day('2027-01-09'), 3))).toBe('2027-01-17');
    });

    test('the earliest and latest starts that end by a boundary', () => {
        // To end on or after the end of Friday the 8th, 3 days start on Wednesday the 6th at the earliest.
        expect(date(earliestStartToEndBy(weekdays, day('2027-01-09'), 3))).toBe('2027-01-06');
        // To end by the start of Monday the 11th (a weekend boundary), the same.
        expect(date(latestStartToEndBy(weekdays, day('2027-01-11'), 3))).toBe('2027-01-06');
        expect(date(latestEndBy(weekdays, day('2027-01-11'), 3))).toBe('2027-01-09');
    });

    test('lags count working days of the lag calendar from the boundary; leads step back', () => {
        // Two days after Friday's end: the end of Tuesday.
        expect(date(afterLag(weekdays, day('2027-01-09'), 2))).toBe('2027-01-13');
        // One day back from the boundary after Friday: Friday itself.
        expect(date(afterLag(weekdays, day('2027-01-09'), -1))).toBe('2027-01-08');
        for (const lag of [-3, -1, 0, 1, 2, 5]) {
            for (let boundary = day('2027-01-04'); boundary < day('2027-01-25'); boundary++) {
                const shifted = afterLag(weekdays, boundary, lag);
                const undone = beforeLag(weekdays, shifted, lag);
                // The latest boundary that the lag still brings to `shifted` or before it.
                expect(afterLag(weekdays, undone, lag)).toBeLessThanOrEqual(shifted);
                expect(afterLag(weekdays, undone + 1, lag)).toBeGreaterThan(shifted);
            }
        }
    });

    test('working days between two days, either way round', () => {
        expect(workingDaysBetween(weekdays, day('2027-01-04'), day('2027-01-11'))).toBe(5);
        expect(workingDaysBetween(weekdays, day('2027-01-11'), day('2027-01-04'))).toBe(-5);
        expect(workingDaysBetween(weekdays, day('2027-01-11'), day('2027-01-15'))).toBe(3);
    });
});

describe('links between work on different calendars', () => {
    const friday = { predecessorStart: day('2027-01-04'), predecessorEnd: day('2027-01-09') };

    test('after weekday work that ends on Friday, weekend work starts on Saturday and weekday work on Monday', () => {
        expect(date(earliestStartByLink({ ...friday, type: 'FS', lag: 0 }, weekdays, weekends, 2))).toBe('2027-01-09');
        expect(date(earliestStartByLink({ ...friday, type: 'FS', lag: 0 }, weekdays, weekdays, 2))).toBe('2027-01-11');
    });

    test('start-to-start, finish-to-finish and start-to-finish, with lags', () => {
        expect(date(earliestStartByLink({ ...friday, type: 'SS', lag: 2 }, weekdays, weekdays, 4))).toBe('2027-01-06');
        // Finish no earlier than Friday's end: two days start on Thursday.
        expect(date(earliestStartByLink({ ...friday, type: 'FF', lag: 0 }, weekdays, weekdays, 2))).toBe('2027-01-07');
        // End no earlier than a day after the predecessor's start (the end of Monday): one day, on Monday.
        expect(date(earliestStartByLink({ ...friday, type: 'SF', lag: 1 }, weekdays, weekdays, 1))).toBe('2027-01-04');
        // A milestone after a finish stands on the boundary itself.
        expect(date(earliestStartByLink({ ...friday, type: 'FS', lag: 0 }, weekdays, weekdays, 0))).toBe('2027-01-09');
    });
});
