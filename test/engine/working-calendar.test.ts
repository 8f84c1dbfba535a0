import { describe, expect, test } from 'vitest';
import { dayNumberOf, isoDateOfDayNumber, weekdayOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { WorkingCalendar } from '../../language/src/engine/working-calendar.js';

describe('calendar arithmetic', () => {
    test('day numbers and dates agree with the JavaScript Date for four centuries either side of 1970', () => {
        for (let day = -146097; day <= 146097 * 2; day += 7) {
            expect(isoDateOfDayNumber(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        }
        expect(dayNumberOf('2027-01-04')).toBe(20822);
        expect(weekdayOfDayNumber(20822)).toBe('mon');
    });
});

describe('working calendar', () => {
    const calendar = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-04-02' }, { from: '2027-04-05' }, { from: '2027-12-24', to: '2027-12-31' }] }, '2027-01-02');

    test('day 0 is the first working day on or after the anchor; weekends and holidays are skipped both ways', () => {
        expect(calendar.dateOf(0)).toBe('2027-01-04');
        expect(calendar.dateOf(4)).toBe('2027-01-08');
        expect(calendar.dateOf(5)).toBe('2027-01-11');
        expect(calendar.dateOf(-1)).toBe('2027-01-01');
        expect(calendar.dateOf(-2)).toBe('2026-12-31');
        expect(calendar.dateOf(calendar.indexOnOrAfter('2027-04-02'))).toBe('2027-04-06');
        expect(calendar.dateOf(calendar.indexOnOrBefore('2027-04-05'))).toBe('2027-04-01');
        expect(calendar.dateOf(calendar.indexOnOrAfter('2027-12-24'))).toBe('2028-01-03');
    });

    test('dates before the anchor map to negative indices', () => {
        expect(calendar.indexOnOrAfter('2026-12-31')).toBe(-2);
        expect(calendar.indexOnOrBefore('2027-01-03')).toBe(-1);
        expect(calendar.indexOnOrAfter('2027-01-02')).toBe(0);
        expect(calendar.indexOnOrAfter('2027-01-03')).toBe(0);
    });

    test('indices by day number agree with those by date, across the table of days it keeps and beyond it', () => {
        const byDay = new WorkingCalendar({ workdays: ['mon', 'wed', 'sat'], holidays: [{ from: '2027-03-01', to: '2027-03-20' }] }, '2027-01-02');
        const byDate = new WorkingCalendar({ workdays: ['mon', 'wed', 'sat'], holidays: [{ from: '2027-03-01', to: '2027-03-20' }] }, '2027-01-02');
        // Far days first, then near ones, so that the table grows both ways.
        const days = [dayNumberOf('2031-06-01'), dayNumberOf('2020-01-01'), ...Array.from({ length: 800 }, (_, k) => dayNumberOf('2026-06-01') + k)];
        for (const day of days) {
            expect(byDay.indexOnOrAfterDay(day)).toBe(byDate.indexOnOrAfter(isoDateOfDayNumber(day)));
            expect(byDay.indexOnOrBeforeDay(day)).toBe(byDate.indexOnOrBefore(isoDateOfDayNumber(day)));
        }
    });

    test('a calendar whose holidays cover every workday for years says so instead of looping', () => {
        expect(() => new WorkingCalendar({ workdays: ['mon'], holidays: [{ from: '2027-01-01', to: '2040-01-01' }] }, '2027-01-04'))
            .toThrow('The calendar has no working day in the ten years from 2027-01-04.');
    });
});

describe('worked days', () => {
    test('a worked Saturday and a worked holiday are working days; the days around them keep their rule', () => {
        const calendar = new WorkingCalendar({
            workdays: [],
            holidays: [{ from: '2027-03-26' }, { from: '2027-03-29' }],
            workedDays: [{ from: '2027-03-06' }, { from: '2027-03-29' }],
        }, '2027-03-01');
        expect(calendar.isWorkingDay(dayNumberOf('2027-03-06'))).toBe(true);
        expect(calendar.isWorkingDay(dayNumberOf('2027-03-07'))).toBe(false);
        expect(calendar.isWorkingDay(dayNumberOf('2027-03-26'))).toBe(false);
        expect(calendar.isWorkingDay(dayNumberOf('2027-03-29'))).toBe(true);
        // Mon 1 to Fri 5 are days 0 to 4; Saturday 6 March is day 5.
        expect(calendar.dateOf(5)).toBe('2027-03-06');
        expect(calendar.dateOf(6)).toBe('2027-03-08');
    });

    test('a range of worked days', () => {
        const calendar = new WorkingCalendar({ workdays: [], holidays: [], workedDays: [{ from: '2027-03-06', to: '2027-03-07' }] }, '2027-03-05');
        expect([0, 1, 2, 3].map(index => calendar.dateOf(index))).toEqual(['2027-03-05', '2027-03-06', '2027-03-07', '2027-03-08']);
    });
});
