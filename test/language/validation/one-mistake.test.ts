import { describe, expect, test } from 'vitest';
import { diagnosticsOf } from '../../support/diagnostic-expectations.js';
import { COMMON_MISTAKES, PLAN_WITH_PROGRESS, withMistake } from '../../support/common-mistakes.js';

describe('one mistake, one problem', () => {
    test('the plan is clean as written', async () => {
        const { diagnostics } = await diagnosticsOf(PLAN_WITH_PROGRESS);
        expect(diagnostics).toEqual([]);
    });

    test.each(COMMON_MISTAKES)('$name is one problem, not one plus warnings computed from the broken schedule', async mistake => {
        const { diagnostics } = await diagnosticsOf(withMistake(mistake));
        expect(diagnostics.map(diagnostic => `${diagnostic.code}: ${diagnostic.message}`)).toHaveLength(1);
        expect(diagnostics[0].code).toBe(mistake.code);
    });

    test('warnings computed from the schedule come back once the plan has no errors', async () => {
        // The same plan, behind: SPI 0.67 on the project and the phase.
        const { diagnostics } = await diagnosticsOf(PLAN_WITH_PROGRESS.replace('progress 50% spent 5000', 'progress 10% spent 1000'));
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('proj/spi-below-tolerance');
    });

    test('an error that cannot move the schedule leaves its warnings be', async () => {
        const { diagnostics } = await diagnosticsOf(PLAN_WITH_PROGRESS
            .replace('progress 50% spent 5000', 'progress 10% spent 1000')
            .replace('milestone done', 'risk r { likelihood 9 impact 2 }\n    milestone done'));
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('proj/score-range');
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('proj/spi-below-tolerance');
    });
});
