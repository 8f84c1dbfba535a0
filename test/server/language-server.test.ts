/**
 * Smoke test of the real, bundled language server: `node out/server.cjs --stdio` as a child
 * process, spoken to over JSON-RPC as an editor would. `npm test` builds out/ first; on its own run
 * `node esbuild.mjs` before this file.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import type { Definition, DefinitionLink, Diagnostic, Hover, Location, LocationLink } from 'vscode-languageserver-protocol';
import { positionOf, rootDir } from './support/language-server-process.js';
import { useLanguageServer } from './support/use-language-server.js';

const PLAN_URI = 'file:///tmp/proj-language-server-test/plan.proj';
const EXAMPLE_URI = 'file:///tmp/proj-language-server-test/office-move.proj';

// `build` depends on `desing`, a typo of the task on the next line.
const BROKEN_PLAN = [
    'project demo "Server smoke test" {',
    '    start 2027-01-04',
    '    task build "Build" { duration 2d after desing }',
    '    task design "Design" { duration 1d ksb K9 }',
    '}',
    '',
].join('\n');
const FIXED_PLAN = BROKEN_PLAN.replace('after desing', 'after design');

// Not initialized: the first test does that.
const server = useLanguageServer({ initialize: false });

describe('the bundled language server over stdio', () => {
    test('initializes and advertises its features', async () => {
        const { capabilities } = await server().initialize();
        expect(capabilities.textDocumentSync).toBeDefined();
        expect(capabilities.definitionProvider).toBeTruthy();
    });

    test('publishes an unknown dependency with its range, code and message', async () => {
        const seen = server().publishes.length;
        await server().open(PLAN_URI, BROKEN_PLAN);
        const { diagnostics } = await server().publishFor(PLAN_URI, seen);
        const start = positionOf(BROKEN_PLAN, 'desing');
        expect(diagnostics).toEqual([expect.objectContaining<Partial<Diagnostic>>({
            range: { start, end: { line: start.line, character: start.character + 'desing'.length } },
            severity: 1,
            code: 'proj/unknown-reference',
            message: "Unknown task, milestone or phase 'desing'. Did you mean 'design'?",
        })]);
    });

    test('publishes no diagnostics once a change fixes the plan', async () => {
        const seen = server().publishes.length;
        await server().change(PLAN_URI, FIXED_PLAN, 2);
        expect((await server().publishFor(PLAN_URI, seen)).diagnostics).toEqual([]);
    });

    test('goes from a KSB code to its definition in the built-in standard', async () => {
        const result = await server().connection.sendRequest<Definition | DefinitionLink[] | null>('textDocument/definition', {
            textDocument: { uri: PLAN_URI },
            position: positionOf(FIXED_PLAN, 'ksb K9', 'ksb K'.length),
        });
        const targets = (Array.isArray(result) ? result : result ? [result] : []) as Array<Location | LocationLink>;
        expect(targets.length).toBeGreaterThan(0);
        const uris = targets.map(target => 'targetUri' in target ? target.targetUri : target.uri);
        expect(uris.every(uri => uri.startsWith('proj-builtin:')), JSON.stringify(uris)).toBe(true);
        const first = targets[0];
        // The catalogue opens with comment lines, so K9 is defined further down.
        expect(('targetUri' in first ? first.targetSelectionRange : first.range).start.line).toBeGreaterThan(0);
    });

    test('answers a hover request on a task id', async () => {
        // No hover content is promised yet: the request must succeed, with null or a hover.
        const hover = await server().connection.sendRequest<Hover | null>('textDocument/hover', {
            textDocument: { uri: PLAN_URI },
            position: positionOf(FIXED_PLAN, 'task design', 'task d'.length),
        });
        expect(hover === null || (typeof hover === 'object' && 'contents' in hover)).toBe(true);
    });

    test('publishes no diagnostics for the reference example plan', async () => {
        const seen = server().publishes.length;
        await server().open(EXAMPLE_URI, readFileSync(join(rootDir, 'examples', 'office-move.proj'), 'utf8'));
        expect((await server().publishFor(EXAMPLE_URI, seen)).diagnostics).toEqual([]);
    });

    test('shuts down and exits on request', async () => {
        await server().connection.sendRequest('shutdown');
        await server().connection.sendNotification('exit');
        expect(await server().exitWithin(5_000)).toBe(0);
    });
});
