import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnosticsOf, rawDiagnosticsOf } from '../../support/diagnostic-expectations.js';
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

    test('in the example, every predecessor misspelt, year typed short, duration unit mistyped and keyword misspelt is one problem', async () => {
        const example = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'office-move.proj'), 'utf8');
        const inCode = (at: number) => {
            const line = example.slice(example.lastIndexOf('\n', at) + 1, at);
            return !line.includes('//') && (line.split('"').length - 1) % 2 === 0;
        };
        const mistakes: string[] = [];
        const make = (pattern: RegExp, change: (match: RegExpMatchArray) => [number, number, string]) => {
            for (const match of example.matchAll(pattern)) {
                const [from, to, text] = change(match);
                if (inCode(from)) {
                    mistakes.push(example.slice(0, from) + text + example.slice(to));
                }
            }
        };
        make(/\bafter (\w+)/g, match => [match.index! + 6, match.index! + match[0].length, `${match[1]}x`]);
        make(/\b\d{4}(?=-\d\d-\d\d)/g, match => [match.index!, match.index! + 4, '0027']);
        make(/\b\d+d\b/g, match => [match.index! + match[0].length - 1, match.index! + match[0].length, 'x']);
        make(/\b(task|milestone|phase|risk|after|assign|duration|progress|spent|budget) /g, match => [match.index!, match.index! + match[1].length, match[1].slice(0, -1)]);
        expect(mistakes.length).toBeGreaterThan(60);
        for (const mistake of mistakes) {
            const diagnostics = await rawDiagnosticsOf(mistake);
            expect(diagnostics.map(diagnostic => `${diagnostic.range.start.line + 1}: ${diagnostic.message}`)).toHaveLength(1);
        }
    });
});
