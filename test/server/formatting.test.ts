/**
 * The real, bundled language server formats plans: `textDocument/formatting`, `rangeFormatting`
 * and `onTypeFormatting` over stdio, as an editor sends them. `npm test` builds out/ first; on its
 * own run `node esbuild.mjs` before this file.
 */
import { describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { FormattingOptions, TextEdit } from 'vscode-languageserver-protocol';
import { LanguageServerProcess } from './support/language-server-process.js';
import { useLanguageServer } from './support/use-language-server.js';

const PLAN_URI = 'file:///tmp/proj-formatting-test/plan.proj';
const BROKEN_URI = 'file:///tmp/proj-formatting-test/broken.proj';
const OPTIONS: FormattingOptions = { tabSize: 4, insertSpaces: true };

const lines = (...text: string[]) => text.join('\n') + '\n';

const MESSY = lines(
    '// A plan.',
    'project demo "Demo {  }" {  start 2027-01-04',
    '',
    '',
    '  task design   "Design" { duration 2d }   // one line stays one line',
    '        task build { duration 3d',
    '   after design , design SS +1d progress 40 % }',
    '}',
);

/** MESSY's `task build` (its lines 5 and 6) and the end of the plan, laid out. */
const BUILD_FORMATTED = [
    '    task build {',
    '        duration 3d',
    '        after design, design SS +1d',
    '        progress 40%',
    '    }',
    '}',
];

const FORMATTED = lines(
    '// A plan.',
    'project demo "Demo {  }" {',
    '    start 2027-01-04',
    '',
    '    task design "Design" { duration 2d }   // one line stays one line',
    ...BUILD_FORMATTED,
);

const server = useLanguageServer();

function applied(text: string, edits: TextEdit[] | null): string {
    return TextDocument.applyEdits(TextDocument.create(PLAN_URI, 'proj', 1, text), edits ?? []);
}

describe('formatting by the bundled language server', () => {
    test('advertises document, range and on-type formatting', async () => {
        // A second initialize is refused; ask a fresh server for its capabilities.
        const fresh = new LanguageServerProcess();
        try {
            const { capabilities } = await fresh.initialize();
            expect(capabilities.documentFormattingProvider).toBeTruthy();
            expect(capabilities.documentRangeFormattingProvider).toBeTruthy();
            expect(capabilities.documentOnTypeFormattingProvider).toEqual({ firstTriggerCharacter: '}' });
        } finally {
            fresh.dispose();
        }
    });

    test('answers textDocument/formatting with edits that give the canonical layout', async () => {
        await server().open(PLAN_URI, MESSY);
        const edits = await server().connection.sendRequest<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri: PLAN_URI }, options: OPTIONS });
        expect(edits?.length).toBeGreaterThan(0);
        expect(applied(MESSY, edits)).toBe(FORMATTED);
    });

    test('formats the text after a change, and has nothing to do once it is formatted', async () => {
        await server().change(PLAN_URI, FORMATTED, 2);
        const edits = await server().connection.sendRequest<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri: PLAN_URI }, options: OPTIONS });
        expect(edits ?? []).toEqual([]);
    });

    test('answers rangeFormatting for the lines asked for only, and onTypeFormatting after }', async () => {
        await server().change(PLAN_URI, MESSY, 3);
        const range = await server().connection.sendRequest<TextEdit[] | null>('textDocument/rangeFormatting', {
            textDocument: { uri: PLAN_URI }, options: OPTIONS, range: { start: { line: 5, character: 0 }, end: { line: 6, character: 48 } },
        });
        const onType = await server().connection.sendRequest<TextEdit[] | null>('textDocument/onTypeFormatting', {
            textDocument: { uri: PLAN_URI }, options: OPTIONS, ch: '}', position: { line: 6, character: 48 },
        });
        // The lines before `task build` stay as written.
        const expected = lines(...MESSY.split('\n').slice(0, 5), ...BUILD_FORMATTED);
        expect(applied(MESSY, range)).toBe(expected);
        expect(applied(MESSY, onType)).toBe(expected);
    });

    test('leaves a plan with a syntax error alone', async () => {
        const broken = 'project demo {\n  task a { duration 2d\n      task b\n';
        await server().open(BROKEN_URI, broken);
        const edits = await server().connection.sendRequest<TextEdit[] | null>('textDocument/formatting', { textDocument: { uri: BROKEN_URI }, options: OPTIONS });
        expect(edits ?? []).toEqual([]);
        expect(server().exited).toBe(false);
    });
});
