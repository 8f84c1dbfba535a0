// A keyword used as an id: one clear diagnostic on the word, and the rest of the plan read as the
// user meant it, not a second misleading error ("Unexpected 'risk': a file holds projects…").
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { RESERVED_WORDS } from '../../../language/src/templates/new-plan.js';
import { diagnosticsOf } from '../../support/diagnostic-expectations.js';

const keywordMessage = (word: string) => `'${word}' is a keyword of the language, so it cannot be used as an id.`;

/** Expects exactly one diagnostic: the keyword's, on the marked word. */
async function expectOnlyTheKeywordError(source: string, word: string): Promise<void> {
    const { diagnostics, ranges } = await diagnosticsOf(source);
    expect(diagnostics).toEqual(ranges.map(range => ({ severity: 'error', code: 'proj/syntax-error', message: keywordMessage(word), range })));
}

describe('a keyword used as an id', () => {
    test.each([
        ['a risk named risk', 'risk', `
project p {
    start 2027-01-04
    resource pm
    risk <|risk|> "Supplier fails" { likelihood 2 impact 3 owner pm }
}`],
        ['a task named start, before more work', 'start', `
project p {
    start 2027-01-04
    task <|start|> { duration 1d }
    task b { duration 1d }
}`],
        ['a resource named risk, with a title and properties', 'risk', `
project p {
    start 2027-01-04
    resource <|risk|> "Risk manager" { rate 300/d }
}`],
        ['a stakeholder named status', 'status', `
project p {
    start 2027-01-04
    stakeholder <|status|> { power low interest low }
}`],
        ['a phase named task, holding work', 'task', `
project p {
    start 2027-01-04
    phase <|task|> { task a { duration 1d } }
}`],
        ['a milestone named status at the end of the project', 'status', `
project p {
    start 2027-01-04
    task a { duration 1d }
    milestone <|status|>
}`],
        ['a lesson category named risk', 'risk', `
project p {
    start 2027-01-04
    lesson l "Book early" { category <|risk|> }
}`],
        ['a project named risk', 'risk', `
project <|risk|> {
    start 2027-01-04
    task a { duration 1d }
}`],
        ['a shared resource named level', 'level', `
resource <|level|> "Level crew"
project p {
    start 2027-01-04
    task a { duration 1d }
}`],
    ])('%s: one error, on the word', async (_name, word, source) => {
        await expectOnlyTheKeywordError(source, word);
    });

    test('a keyword written where an id is referred to is reported once, not again as an unknown id', async () => {
        await expectOnlyTheKeywordError(`
project p {
    start 2027-01-04
    task a { duration 1d }
    task b { duration 1d after <|start|> }
}`, 'start');
    });

    test('the element is still read under that name: what refers to it resolves', async () => {
        await expectOnlyTheKeywordError(`
project p {
    start 2027-01-04
    resource <|risk|> "Risk manager" { rate 300/d }
    task a { duration 1d assign <|risk|> }
}`, 'risk');
    });

    test('a name left out before the next statement is still an id missing, and the next statement is read', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    start 2027-01-04
    milestone
    task b { duration 1d }
}`);
        expect(diagnostics.filter(diagnostic => diagnostic.severity === 'error')).toHaveLength(1);
        expect(diagnostics[0]).toMatchObject({ code: 'proj/syntax-error', range: { start: { line: 4, character: 4 } } });
    });
});

describe('the reserved words', () => {
    test('the README lists every one of them, and nothing else', () => {
        const readme = readFileSync(join(__dirname, '..', '..', '..', 'README.md'), 'utf-8');
        const section = readme.split('\n### Reserved words\n')[1]?.split('\n#')[0] ?? '';
        const listed = [...section.matchAll(/`([A-Za-z]+)`/g)].map(match => match[1]);
        expect(listed.sort()).toEqual([...RESERVED_WORDS].sort());
    });
});
