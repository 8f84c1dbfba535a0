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

    // Build: BAC 20,000, half its 10 days planned by Fri 8 Jan, so PV 10,000; EV 30% = 6,000; AC 7,500.
    // The project adds b: PV 4,000, EV 2,000, AC 1,000, so PV 14,000, EV 8,000, AC 8,500.
    test("a phase's or the project's CPI below the tolerance (0.90 by default) is a warning, with the money behind it; a task's is not", async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-01-08
    currency GBP
    phase <|build|> {
        task a { duration 10d cost 20000 progress 30% spent 7500 }
    }
    task b { duration 5d cost 4000 progress 50% spent 1000 }
}`, 'proj/cpi-below-tolerance', 'warning', [
            'CPI 0.80 is below the tolerance of 0.90: each £1 spent has earned £0.80 of work (CV −£1,500). Report it to the project board as an exception.',
        ]);
    });

    test('an index that rounds to its tolerance is shown to the place that puts it below', async () => {
        // CPI 1,000 / 1,115 = 0.8969: "0.90 is below 0.90" would read as a contradiction.
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status <|2027-01-08|>
    currency GBP
    task a { duration 5d cost 1000 progress 100% spent 1115 }
}`, 'proj/cpi-below-tolerance', 'warning', [
            'CPI 0.897 is below the tolerance of 0.90: each £1 spent has earned £0.90 of work (CV −£115). Report it to the project board as an exception.',
        ]);
    });

    test("a phase's or the project's SPI below the tolerance is a warning on the phase's name or the project's status date", async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status <|2027-01-08|>
    currency GBP
    phase <|build|> {
        task a { duration 10d cost 20000 progress 30% spent 7500 }
    }
    task b { duration 5d cost 4000 progress 50% spent 1000 }
}`, 'proj/spi-below-tolerance', 'warning', [
            'SPI 0.57 is below the tolerance of 0.90: of each £1 of work planned by the status date, £0.57 has been done (SV −£6,000). Report it to the project board as an exception.',
            'SPI 0.60 is below the tolerance of 0.90: of each £1 of work planned by the status date, £0.60 has been done (SV −£4,000). Report it to the project board as an exception.',
        ]);
    });

    test("the plan's own tolerances apply; without a currency the sums are bare", async () => {
        const plan = `
project p {
    start 2027-01-04
    status <|2027-01-08|>
    tolerance { cpi 0.97 spi 0.5 }
    phase <|build|> {
        task a { duration 10d cost 20000 progress 30% spent 7500 }
    }
    task b { duration 5d cost 4000 progress 50% spent 1000 }
}`;
        await expectDiagnostics(plan, 'proj/cpi-below-tolerance', 'warning', [
            'CPI 0.94 is below the tolerance of 0.97: each 1 spent has earned 0.94 of work (CV −500). Report it to the project board as an exception.',
            'CPI 0.80 is below the tolerance of 0.97: each 1 spent has earned 0.80 of work (CV −1,500). Report it to the project board as an exception.',
        ]);
        await expectDiagnostics(plan.replace(/<\||\|>/g, ''), 'proj/spi-below-tolerance', 'warning', []);
    });

    test('a tolerance out of range is not applied: it is an error of its own', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-01-08
    tolerance { cpi 3 }
    task a { duration 10d cost 20000 progress 60% spent 7500 }
}`, 'proj/cpi-below-tolerance', 'warning', []);
    });

    test('indices at the tolerance are silent, and so are indices with nothing planned or spent', async () => {
        // PV 500 (5 of 10 days), EV 450, AC 500: CPI and SPI exactly 0.90.
        await expectClean(`
project p {
    start 2027-01-04
    status 2027-01-08
    phase build {
        task a { duration 10d cost 1000 progress 45% spent 500 }
    }
    phase fitout {
        task b { duration 5d after build cost 2000 }
    }
}`);
    });
});
