import { describe, expect, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('dates', () => {
    test('a date that does not exist is reported wherever it is written', async () => {
        await expectDiagnostics(`
project p {
    start <|2027-02-30|>
    calendar { holiday <|2027-13-01|> }
    task a { duration 1d start no earlier than <|2027-04-31|> }
    change c { raised <|2027-02-29|> }
}`, 'proj/invalid-date', 'error', [
            '2027-02-30 is not a date: February 2027 has 28 days.',
            '2027-13-01 is not a date: there is no month 13.',
            '2027-04-31 is not a date: April 2027 has 30 days.',
            '2027-02-29 is not a date: February 2027 has 28 days.',
        ]);
    });

    test('a year before 1000 is read as written, and one outside the years plans are scheduled in is an error on the date, alone', async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    start <|0027-03-01|>
    status <|0099-03-05|>
    deadline <|1899-12-29|>
    calendar { holiday <|2300-01-02|> }
    task a { duration 1d start no earlier than <|0001-01-01|> progress 50% }
    task b { duration 1d actual start <|0000-02-29|> }
}`, 'proj/invalid-date', 'error', [
            '0027-03-01 is outside the years plans are scheduled in, 1900 to 2299: is the year 0027 a typo?',
            '0099-03-05 is outside the years plans are scheduled in, 1900 to 2299: is the year 0099 a typo?',
            '1899-12-29 is outside the years plans are scheduled in, 1900 to 2299: is the year 1899 a typo?',
            '2300-01-02 is outside the years plans are scheduled in, 1900 to 2299: is the year 2300 a typo?',
            '0001-01-01 is outside the years plans are scheduled in, 1900 to 2299: is the year 0001 a typo?',
            '0000-02-29 is not a date: there is no year 0.',
        ]);
        expect(diagnostics).toHaveLength(6);
    });

    test('a date outside the years is one problem: it is not also out of order', async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    start 2027-01-04
    deadline <|0027-06-30|>
    task a { duration 1d actual start 2027-01-04 actual finish <|0027-01-05|> }
}`, 'proj/invalid-date', 'error', [
            '0027-06-30 is outside the years plans are scheduled in, 1900 to 2299: is the year 0027 a typo?',
            '0027-01-05 is outside the years plans are scheduled in, 1900 to 2299: is the year 0027 a typo?',
        ]);
        expect(diagnostics).toHaveLength(2);
    });

    test('a leap day is checked against the year as written', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    change c { raised <|2100-02-29|> }
}`, 'proj/invalid-date', 'error', ['2100-02-29 is not a date: February 2100 has 28 days.']);
    });

    test('a leap day in a leap year is a date', async () => {
        await expectClean(`
project p {
    start 2028-02-29
}`);
    });

    test('a holiday on a day the calendar does not work is reported', async () => {
        await expectDiagnostics(`
project p {
    calendar {
        workdays mon tue wed thu
        holiday <|2027-04-03|> "Saturday"
        holiday <|2027-04-09|> "Friday, not worked here"
        holiday 2027-04-08 "Thursday"
    }
}`, 'proj/holiday-non-workday', 'warning', [
            '2027-04-03 is a Saturday, which is not a workday of this calendar: the holiday changes nothing.',
            '2027-04-09 is a Friday, which is not a workday of this calendar: the holiday changes nothing.',
        ]);
    });

    test('without workdays a calendar works Monday to Friday', async () => {
        await expectDiagnostics(`
project p {
    calendar { holiday <|2027-04-04|> "Easter Sunday" holiday 2027-04-05 "Easter Monday" }
}`, 'proj/holiday-non-workday', 'warning', ['2027-04-04 is a Sunday, which is not a workday of this calendar: the holiday changes nothing.']);
    });

    test('dates out of order', async () => {
        await expectDiagnostics(`
project p {
    start 2027-03-01
    deadline <|2027-02-01|>
    calendar { holiday 2027-12-24 to <|2027-12-20|> "Christmas" }
    task a { duration 1d actual start 2027-03-05 actual finish <|2027-03-04|> }
}`, 'proj/date-order', 'error', [
            'The deadline 2027-02-01 is before the project starts (2027-03-01).',
            'The holiday ends (2027-12-20) before it starts (2027-12-24).',
            'The actual finish 2027-03-04 is before the actual start 2027-03-05.',
        ]);
    });

    test('a status date before the start is a warning', async () => {
        await expectDiagnostics(`
project p {
    start 2027-03-01
    status <|2027-02-01|>
}`, 'proj/date-order', 'warning', ['The status date 2027-02-01 is before the project starts (2027-03-01).']);
    });
});
