import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../', import.meta.url));
const readJson = (file: string) => JSON.parse(readFileSync(root + file, 'utf8'));

interface AutoClosingPair {
    open: string;
    close: string;
    notIn?: string[];
}

describe('language-configuration.json', () => {
    const configuration = readJson('language-configuration.json');

    it('declares the comment tokens of the language', () => {
        expect(configuration.comments).toEqual({ lineComment: '//', blockComment: ['/*', '*/'] });
    });

    it('pairs braces, parentheses and quotes, but does not auto-close inside strings or comments', () => {
        expect(configuration.brackets).toEqual([['{', '}'], ['(', ')']]);
        const pairs = configuration.autoClosingPairs as AutoClosingPair[];
        expect(pairs.map(pair => pair.open + pair.close)).toEqual(['{}', '()', '""']);
        expect(pairs.find(pair => pair.open === '"')?.notIn).toEqual(['string', 'comment']);
        expect(configuration.surroundingPairs).toContainEqual(['"', '"']);
    });

    it('keeps ids, dates, durations and lags as one word', () => {
        const wordPattern = new RegExp(configuration.wordPattern, 'g');
        const words = (text: string) => [...text.matchAll(wordPattern)].map(match => match[0]);
        expect(words('task business_case { start 2027-01-04 after survey +2d duration 1.5w cost 48000 }'))
            .toEqual(['task', 'business_case', 'start', '2027-01-04', 'after', 'survey', '+2d', 'duration', '1.5w', 'cost', '48000']);
        expect(words('after it SS -1d')).toEqual(['after', 'it', 'SS', '-1d']);
    });

    it('indents after an opening brace and outdents on a closing one', () => {
        const increase = new RegExp(configuration.indentationRules.increaseIndentPattern);
        const decrease = new RegExp(configuration.indentationRules.decreaseIndentPattern);
        expect(increase.test('    task fitout "Fit-out" {')).toBe(true);
        expect(increase.test('    task it { duration 2d }')).toBe(false);
        expect(increase.test('    // a comment mentioning {')).toBe(false);
        expect(decrease.test('    }')).toBe(true);
        expect(decrease.test('    task it')).toBe(false);
    });
});

describe('package.json contributes', () => {
    const contributes = readJson('package.json').contributes;

    it('points at files that exist', () => {
        const paths: string[] = [
            ...contributes.languages.map((language: { configuration: string }) => language.configuration),
            ...contributes.grammars.map((grammar: { path: string }) => grammar.path),
        ];
        expect(paths.length).toBeGreaterThan(1);
        for (const file of paths) expect(existsSync(root + file), file).toBe(true);
    });

    it('names the grammar by the scope the grammar file declares', () => {
        for (const grammar of contributes.grammars as { language: string; scopeName: string; path: string }[]) {
            expect(grammar.language).toBe('proj');
            expect(readJson(grammar.path).scopeName).toBe(grammar.scopeName);
        }
    });
});
