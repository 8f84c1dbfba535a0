import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('hours, part days and elapsed time', () => {
    test('durations and lags in hours, part days and elapsed units, and working hours, are fine', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    calendar { hours 7.5 }
    calendar shifts { hours 06:00-10:00 10:30-14:30 }
    task a { duration 4h }
    task b { duration 1.5d after a +2eh }
    task c { duration 2.5w after b SS +1ed calendar shifts }
    task d { duration 3ed after c -4h }
    task e { estimate 2h 4h 1d after d +1ew }
    task f { estimate 1ed 2ed 12ed after e }
}`);
    });

    test('working hours out of order, overlapping, past midnight or backwards are errors on the interval', async () => {
        await expectDiagnostics(`
project p {
    calendar a { hours 13:00-17:00 <|08:00-12:00|> }
    calendar b { hours 08:00-12:00 <|11:00-15:00|> }
    calendar c { hours <|17:00-08:00|> }
    calendar d { hours <|08:00-25:00|> }
    calendar e { hours <|08:75-12:00|> }
}`, 'proj/working-hours', 'error', [
            '08:00-12:00 comes before 13:00-17:00: list a day\'s working hours in order, without overlaps.',
            '11:00-15:00 overlaps 08:00-12:00: list a day\'s working hours in order, without overlaps.',
            '17:00-08:00 ends before it starts: a day\'s working hours run from an earlier time to a later one.',
            '08:00-25:00 is not a time range of a day: write `HH:MM-HH:MM` between 00:00 and 24:00.',
            '08:75-12:00 is not a time range of a day: write `HH:MM-HH:MM` between 00:00 and 24:00.',
        ]);
    });

    test('a number of hours a day that is none, too many, finer than a minute, or given with times', async () => {
        await expectDiagnostics(`
project p {
    calendar a { hours <|0|> }
    calendar b { hours <|25|> }
    calendar c { hours <|7.999|> }
    calendar d { hours <|8|> hours 08:00-16:00 }
}`, 'proj/working-hours', 'error', [
            'A working day needs some working hours: `hours 8` is the usual day.',
            '`hours 25` runs past midnight from 08:00 with an hour for lunch: give the times instead (`hours 00:00-24:00` works around the clock).',
            '`hours 7.999` is not a whole number of minutes: the engine works to the minute.',
            'Give a day\'s working hours once: a number of hours (`hours 8`) or the times (`hours 09:00-12:30 13:30-17:30`), not both.',
        ]);
    });

    test('a duration, estimate or lag finer than a minute is a warning: it is rounded up to the minute', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration <|0.001h|> }
    task b { duration 1d after a <|+0.0001d|> }
    task c { estimate 1h <|1.001h|> 2h }
}`, 'proj/finer-than-a-minute', 'warning', [
            '0.001h is less than a whole number of minutes: Proj schedules to the minute, so it is rounded up.',
            '+0.0001d is less than a whole number of minutes: Proj schedules to the minute, so it is rounded up.',
            '1.001h is less than a whole number of minutes: Proj schedules to the minute, so it is rounded up.',
        ]);
    });

    test('an estimate that mixes elapsed and working time makes no sense; a milestone takes no elapsed time either', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { estimate <|1d 2ed 3d|> }
}`, 'proj/mixed-estimate-units', 'error', [
            'An estimate is all working time (h, d, w) or all elapsed time (eh, ed, ew): 1d 2ed 3d mixes them.',
        ]);
        await expectDiagnostics(`
project p {
    milestone m { duration <|3ed|> }
}`, 'proj/milestone-duration', 'error', [
            "A milestone takes no time: remove the duration, or make 'm' a task.",
        ]);
    });
});
