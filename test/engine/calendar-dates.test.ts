import { describe, expect, test } from 'vitest';
import { dayNumberOf, isoDateOfDayNumber, isPlanDate, isRealDate, weekdayOf } from '../../language/src/engine/calendar-dates.js';

describe('dates as written', () => {
    test('a year before 100 is that year, not one in the 1900s', () => {
        expect(isoDateOfDayNumber(dayNumberOf('0027-03-01'))).toBe('0027-03-01');
        expect(isoDateOfDayNumber(dayNumberOf('0001-01-01'))).toBe('0001-01-01');
        expect(isoDateOfDayNumber(dayNumberOf('0099-12-31'))).toBe('0099-12-31');
        expect(dayNumberOf('0027-03-01')).toBeLessThan(dayNumberOf('1899-12-29'));
        expect(dayNumberOf('9999-12-31') - dayNumberOf('0001-01-01')).toBe(3_652_058);
    });

    test('day numbers agree with the JavaScript Date, whose two-digit years are avoided', () => {
        for (const date of ['0001-01-01', '0004-02-29', '0099-12-31', '0100-03-01', '1899-12-29', '1970-01-01', '2027-01-04', '9999-12-31']) {
            const time = new Date(0);
            time.setUTCFullYear(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
            expect(dayNumberOf(date)).toBe(time.getTime() / 86_400_000);
        }
    });

    test('the day of the week of an early year is its own', () => {
        // 0001-01-01 is a Monday in the proleptic Gregorian calendar; 1901-01-01 was a Tuesday.
        expect(weekdayOf('0001-01-01')).toBe('mon');
        expect(weekdayOf('0027-03-01')).toBe('mon');
        expect(weekdayOf('1927-03-01')).toBe('tue');
    });

    test('a real date has a year from 0001 and a day its month has', () => {
        expect(isRealDate('0004-02-29')).toBe(true);
        expect(isRealDate('0100-02-29')).toBe(false);
        expect(isRealDate('2000-02-29')).toBe(true);
        expect(isRealDate('0000-01-01')).toBe(false);
        expect(isRealDate('2027-00-10')).toBe(false);
        expect(isRealDate('2027-04-31')).toBe(false);
    });

    test('plans are scheduled within the years 1900 to 2299', () => {
        expect(isPlanDate('1900-01-01')).toBe(true);
        expect(isPlanDate('2299-12-31')).toBe(true);
        expect(isPlanDate('1899-12-31')).toBe(false);
        expect(isPlanDate('2300-01-01')).toBe(false);
        expect(isPlanDate('0027-03-01')).toBe(false);
        expect(isPlanDate('2027-02-30')).toBe(false);
    });
});
