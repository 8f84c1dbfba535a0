import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('dates the schedule cannot meet', () => {
    test('a constraint the logic misses is a warning on the constraint, with the days and the driving chain', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task survey { duration 5d }
    task fitout { duration 10d after survey }
    milestone moved { after fitout <|finish no later than 2027-01-15|> }
}`, 'proj/constraint-missed', 'warning', ['Finish no later than 2027-01-15 is missed by 5 working days: survey -> fitout -> moved drives it.']);
    });

    test('a start constraint missed by one day says so in the singular', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 5d }
    task b { duration 1d after a <|start no later than 2027-01-08|> }
}`, 'proj/constraint-missed', 'warning', ['Start no later than 2027-01-08 is missed by 1 working day: a -> b drives it.']);
    });

    test('a missed deadline is a warning on the deadline, naming the finish and the critical chain', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    deadline <|2027-01-08|>
    task a { duration 5d }
    task b { duration 2d after a }
}`, 'proj/deadline-missed', 'warning', ['The deadline 2027-01-08 is missed by 2 working days: the plan finishes on 2027-01-12, driven by a -> b.']);
    });

    test('constraints and a deadline the plan meets are silent', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    deadline 2027-01-15
    task a { duration 5d start no later than 2027-01-04 }
    milestone m { after a finish no later than 2027-01-08 }
}`);
    });

    test('a project with work but no start date cannot be scheduled', async () => {
        await expectDiagnostics(`
project <|p|> {
    task a { duration 5d }
}`, 'proj/missing-start', 'warning', ["Project 'p' has no start date, so it cannot be scheduled: add a line such as 'start 2027-01-04'."]);
    });
});

describe('plans that cannot be scheduled', () => {
    test('a duration of millions of days is reported instead of filling memory', async () => {
        await expectDiagnostics(`
project <|p|> {
    start 2027-01-04
    task a { duration 99999999d }
}`, 'proj/unschedulable', 'error', ["Project 'p' cannot be scheduled. The schedule runs outside the years 1900 to 2299: is a duration, lag or date far too large?"]);
    });

    test('a calendar whose holidays cover every workday is reported', async () => {
        await expectDiagnostics(`
project <|p|> {
    start 2027-01-04
    calendar { workdays mon holiday 2027-01-01 to 2040-01-01 }
    task a { duration 1d }
}`, 'proj/unschedulable', 'error', ["Project 'p' cannot be scheduled. The calendar has no working day in the ten years from 2027-01-04."]);
    });
});

test('a duration beyond 32-bit integers is out of range too, not wrapped round', async () => {
    await expectDiagnostics(`
project <|p|> {
    start 2027-01-04
    task a { duration 10000000000d }
}`, 'proj/unschedulable', 'error', ["Project 'p' cannot be scheduled. The schedule runs outside the years 1900 to 2299: is a duration, lag or date far too large?"]);
});
