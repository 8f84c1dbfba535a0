// The language of schedule risk analysis: distributions, uncertainty ranges, risks' delays and
// costs, and the board's confidence, each checked where it is written.
import { describe, expect, test, vi } from 'vitest';
import { IssueCodes } from '../../../language/src/validation/issue-codes.js';
import { diagnosticsOf, expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';
import { useParsedDocuments } from '../../support/parsed-documents.js';

describe('schedule risk analysis in the language', () => {
    test('distributions, uncertainty ranges, three-point delays and costs, and a confidence are read without a problem', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    deadline 2027-12-31
    distribution triangular
    uncertainty -10% +30%
    tolerance { confidence 80% }
    resource alex
    task a { estimate 2d 3d 6d distribution pert }
    task b { duration 5d uncertainty 0% 50% after a }
    task c { duration 1w uncertainty -5.5% +5.5% after b }
    risk late { likelihood 2 impact 3 owner alex probability 30% delay 5d 10d 20d cost 2000 5000 12000 affects b }
    risk fixed { likelihood 2 impact 3 owner alex delay 2d cost 1000 affects c }
    opportunity early { likelihood 2 impact 3 owner alex delay 1d 2d 3d affects a }
}`);
    });

    test('an uncertainty runs from the duration or less to the duration or more, never to nothing', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    uncertainty <|+10%|> +30%
    task a { duration 5d uncertainty -10% <|-5%|> }
    task b { duration 5d uncertainty <|-100%|> +20% }
}`, 'proj/uncertainty-range', 'error', [
            'The low end of an uncertainty is the duration\'s share it may be shorter by, 0% or below and above -100%, such as -10%, not +10%.',
            'The high end of an uncertainty is the share the duration may be longer by, 0% or above, such as +30%, not -5%.',
            'The low end of an uncertainty is the duration\'s share it may be shorter by, 0% or below and above -100%, such as -10%, not -100%.',
        ]);
    });

    test("a risk's delay is in order, least to most, none below zero, and in working time", async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    resource alex
    task a { duration 5d }
    risk r { likelihood 2 impact 3 owner alex delay <|10d 5d 20d|> affects a }
    risk s { likelihood 2 impact 3 owner alex delay <|-2d|> affects a }
    risk t { likelihood 2 impact 3 owner alex delay <|1ed 2ed 3ed|> affects a }
}`, 'proj/risk-delay-order', 'error', [
            'A delay is three durations in order, least, most likely and most, such as 5d 10d 20d: 5d comes before 10d.',
            'A delay adds working time and is 0 or more, not -2d: an opportunity saves time by being an opportunity.',
            'A delay is in working time (d, w or h), not elapsed time (1ed): it lengthens the work it affects.',
        ]);
    });

    test("a risk's three-point cost is in order, least to most", async () => {
        await expectDiagnostics(`
project p {
    resource alex
    risk r { likelihood 2 impact 3 owner alex cost <|5000 2000 12000|> }
}`, 'proj/risk-cost-order', 'error', [
            'A cost in three figures is in order, least, most likely and most, such as 2000 5000 12000: 2000 comes before 5000.',
        ]);
    });

    test('a confidence is a percentage above 0 and below 100', async () => {
        await expectDiagnostics(`
project p {
    tolerance { confidence <|100|>% }
}
project q {
    tolerance { confidence <|0|>% }
}`, 'proj/tolerance-range', 'error', [
            'The confidence is the chance of meeting the dates the board asks for, a percentage above 0 and below 100, such as 80%, not 100%.',
            'The confidence is the chance of meeting the dates the board asks for, a percentage above 0 and below 100, such as 80%, not 0%.',
        ]);
    });
});

describe("the chance of meeting the dates against the board's confidence", () => {
    const plan = (tolerance: string, deadline = '<|2027-01-15|>') => `
project p {
    start 2027-01-04
    deadline ${deadline}
    ${tolerance}
    task a { estimate 5d 9d 20d }
    milestone done { after a finish no later than <|2027-01-15|> }
}`;

    test('a date the plan is unlikely to meet is a warning on it, with its chance, the P80 and the iterations counted', async () => {
        const { diagnostics, ranges } = await diagnosticsOf(plan('tolerance { confidence 80% }'));
        const warnings = diagnostics.filter(diagnostic => diagnostic.code === 'proj/schedule-confidence');
        expect(warnings.map(warning => warning.range)).toEqual(ranges);
        expect(warnings.every(warning => warning.severity === 'warning')).toBe(true);
        expect(warnings[0].message).toMatch(/^The chance of meeting the deadline 2027-01-15 is (\d+)%, below the 80% confidence the tolerance asks for: P80 is 2027-01-\d\d\. \(Schedule risk analysis, 500 iterations; the editor runs it when typing pauses\.\)$/);
        expect(warnings[1].message).toMatch(/^The chance of 'done' meeting finish no later than 2027-01-15 is (\d+)%, below the 80% confidence the tolerance asks for: P80 is 2027-01-\d\d\. \(Schedule risk analysis, 500 iterations; the editor runs it when typing pauses\.\)$/);
        const chance = Number(/is (\d+)%/.exec(warnings[0].message)![1]);
        expect(chance).toBeGreaterThan(20);
        expect(chance).toBeLessThan(80);
    });

    test('no warning where the chance reaches the confidence, or where the plan asks for none', async () => {
        const quiet = async (source: string) => (await diagnosticsOf(source)).diagnostics.filter(diagnostic => diagnostic.code === 'proj/schedule-confidence');
        expect(await quiet(plan('tolerance { confidence 10% }'))).toEqual([]);
        expect(await quiet(plan('tolerance { cpi 0.9 }'))).toEqual([]);
        expect(await quiet(plan('tolerance { confidence 80% }', '2027-03-31').replace(/<\|2027-01-15\|>/, '2027-03-31'))).toEqual([]);
    });

    test('a plan with nothing uncertain meets its dates or misses them outright: no confidence warning, only the missed deadline', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    start 2027-01-04
    deadline 2027-01-08
    tolerance { confidence 80% }
    task a { duration 10d }
}`);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['proj/deadline-missed']);
    });
});

describe('what schedule risk analysis cannot use is said, not ignored', () => {
    test('a milestone takes no time: its distribution and uncertainty change nothing', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 2d }
    milestone done { after a <|uncertainty -10% +30%|> <|distribution triangular|> }
}`, 'proj/uncertainty-unused', 'warning', [
            "A milestone takes no time, so its 'uncertainty' changes nothing: give it to the work before it.",
            "A milestone takes no time, so its 'distribution' changes nothing: give it to the work before it.",
        ]);
    });

    test('a task\'s three-point estimate is its range, so an uncertainty beside it is unused', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { estimate 2d 3d 6d <|uncertainty -10% +30%|> }
}`, 'proj/uncertainty-unused', 'warning', ["'uncertainty' is not used: the task's three-point estimate gives its range."]);
    });

    test('a distribution on a fixed duration shapes nothing, unless the task or the project gives an uncertainty', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 3d <|distribution triangular|> }
    task b { duration 3d distribution triangular uncertainty -10% +10% }
}`, 'proj/uncertainty-unused', 'warning', [
            "'distribution' shapes a three-point estimate or an 'uncertainty' range, and this task has neither (nor has its project): it changes nothing.",
        ]);
        await expectClean(`
project p {
    start 2027-01-04
    uncertainty -10% +10%
    task a { duration 3d distribution triangular }
}`);
    });
});

describe('the simulation a check runs', () => {
    const { services, parse } = useParsedDocuments();
    const runsAfterEveryCheck = async (tolerance: string) => {
        const document = await parse(`
project p {
    start 2027-01-04
    deadline 2027-01-15
    ${tolerance}
    task a { estimate 5d 9d 20d }
}`);
        const scheduleRisks = services.Proj.planning.ScheduleRisks;
        const whole = vi.spyOn(scheduleRisks, 'analysisOf');
        const datesAlone = vi.spyOn(scheduleRisks, 'confidenceOf');
        try {
            // Every pass, as proj check runs them.
            await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
            return { whole: whole.mock.calls.length, datesAlone: datesAlone.mock.calls.length, warnings: document.diagnostics!.filter(d => d.code === IssueCodes.ScheduleConfidence).length };
        } finally {
            whole.mockRestore();
            datesAlone.mockRestore();
        }
    };

    test('only when the tolerance asks for a confidence, and then for the dates alone: proj check has no hover or preview to show the rest', async () => {
        expect(await runsAfterEveryCheck('')).toEqual({ whole: 0, datesAlone: 0, warnings: 0 });
        expect(await runsAfterEveryCheck('tolerance { confidence 80% }')).toEqual({ whole: 0, datesAlone: 1, warnings: 1 });
    });
});
