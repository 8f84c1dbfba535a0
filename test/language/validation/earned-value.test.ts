import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('what earned value at the status date shows', () => {
    test("spending beyond a phase's or the project's budget is a warning on that budget, with the overspend", async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-01-15
    budget <|900|>
    phase build {
        budget <|500|>
        task a { duration 5d cost 1000 progress 100% spent 600 }
    }
    task b { duration 2d cost 200 progress 100% spent 400 }
}`, 'proj/over-budget', 'warning', ['Spent 1,000 against a budget of 900: 100 over.', 'Spent 600 against a budget of 500: 100 over.']);
    });

    test('money spent on a task that reports no progress is a warning on the spend', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-01-15
    task a { duration 5d cost 1000 spent <|300|> }
}`, 'proj/spend-without-progress', 'warning', ["300 spent, but no progress reported: nothing is earned for it (CPI 0). Add the task's 'progress'."]);
    });

    test('progress on a task the plan starts after the status date is a warning on the progress', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-01-08
    task a { duration 10d }
    task b { duration 5d after a progress <|20|>% }
}`, 'proj/progress-before-start', 'warning', ["20% done, but the plan starts this task on Mon 18 Jan 2027, after the status date Fri 8 Jan 2027. Record its 'actual start', or check the progress."]);
    });

    test("within budget, progress with its spend, and an actual start before the plan's are silent; so is a plan without a status date", async () => {
        await expectClean(`
project p {
    start 2027-01-04
    status 2027-01-08
    budget 5000
    task a { duration 10d cost 1000 progress 50% spent 400 }
    task b { duration 5d after a actual start 2027-01-06 progress 20% }
}
project q {
    start 2027-01-04
    budget 10
    task c { duration 5d cost 1000 spent 300 }
}`);
    });
});
