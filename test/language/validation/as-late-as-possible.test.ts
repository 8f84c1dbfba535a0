import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('as late as possible, and task deadlines', () => {
    test('a missed task deadline is a warning on the task\'s deadline, with the days and the driving chain', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 3d }
    task b { duration 2d after a deadline <|2027-01-05|> }
}`, 'proj/task-deadline-missed', 'warning', ["Task 'b' misses its deadline 2027-01-05 by 3 working days: it finishes on 2027-01-08, driven by a -> b."]);
    });

    test('a missed task deadline waits while an error makes the schedule wrong', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    start 2027-01-04
    task a { duration 3d after nowhere }
    task b { duration 2d after a deadline 2027-01-05 }
}`);
        expect(diagnostics.map(diagnostic => diagnostic.code)).not.toContain('proj/task-deadline-missed');
    });

    test('a task deadline before the project starts is a warning', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    milestone m { deadline <|2027-01-01|> }
}`, 'proj/date-order', 'warning', ['The deadline 2027-01-01 is before the project starts (2027-01-04).']);
    });

    test('a phase cannot be scheduled as late as possible', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    phase build { schedule <|alap|> task a { duration 1d } }
}`, 'proj/phase-schedule', 'error', ["A phase cannot be scheduled as late as possible: its dates are its work's. Write 'schedule alap' on the tasks and milestones in it."]);
    });

    test('schedule given twice on a task is reported', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 1d schedule <|alap|> schedule asap }
}`, 'proj/duplicate-property', 'warning', ['The schedule is given again on line 4; this value is ignored.']);
    });

    test('ALAP work and met deadlines are silent', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    schedule alap
    task a { duration 2d deadline 2027-01-08 }
    task b { duration 5d schedule asap }
    milestone done { after a, b }
}`);
    });
});
