import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('tasks and milestones', () => {
    test('a milestone with a duration or an estimate', async () => {
        await expectDiagnostics(`
project p {
    milestone m { duration <|3d|> }
    milestone n { estimate <|1d 2d 3d|> }
}`, 'proj/milestone-duration', 'error', [
            "A milestone takes no time: remove the duration, or make 'm' a task.",
            "A milestone takes no time: remove the estimate, or make 'n' a task.",
        ]);
    });

    test('a task with neither duration nor estimate is a warning on its id', async () => {
        await expectDiagnostics(`
project p {
    task <|survey|> "Site survey" { after kickoff }
    task <|bare|>
    milestone kickoff
}`, 'proj/missing-duration', 'warning', [
            "Task 'survey' has neither a duration nor an estimate, so it is scheduled as taking no time.",
            "Task 'bare' has neither a duration nor an estimate, so it is scheduled as taking no time.",
        ]);
    });

    test('a task with a duration in weeks or an estimate is fine', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    task a { duration 2w }
    task b { estimate 1d 1d 1d }
    task c { estimate 3d 1w 2w }
}`);
    });

    test('negative and zero durations', async () => {
        await expectDiagnostics(`
project p {
    task a { duration <|-3d|> }
}`, 'proj/invalid-duration', 'error', ['A duration cannot be negative (-3d).']);
        await expectDiagnostics(`
project p {
    task b { duration <|0d|> }
}`, 'proj/invalid-duration', 'warning', ["Task 'b' takes no time: make it a milestone, or give it a duration."]);
    });

    test('estimates out of order, optimistic above most likely or most likely above pessimistic', async () => {
        await expectDiagnostics(`
project p {
    task a { estimate <|15d 10d 25d|> }
    task b { estimate <|5d 2w 8d|> }
}`, 'proj/estimate-order', 'error', [
            'Estimates go optimistic, most likely, pessimistic, each no smaller than the one before: 15d 10d 25d is out of order.',
            'Estimates go optimistic, most likely, pessimistic, each no smaller than the one before: 5d 2w 8d is out of order.',
        ]);
    });

    test('weeks in an estimate count the calendar working days a week', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    calendar { workdays mon tue wed thu }
    task a { estimate 4d 1w 5d }
}`);
    });

    test('progress outside 0% to 100%', async () => {
        await expectDiagnostics(`
project p {
    task a { duration 5d progress <|140|>% }
    milestone m { progress <|101|>% }
}`, 'proj/progress-range', 'error', [
            'Progress is a percentage from 0% to 100%, not 140%.',
            'Progress is a percentage from 0% to 100%, not 101%.',
        ]);
    });

    test('progress at the bounds is fine', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    task a { duration 5d progress 0% }
    task b { duration 5d progress 100% }
}`);
    });
});
