/**
 * The language server must survive any text an editor sends it. Runs the bundled server
 * (`node out/server.cjs --stdio`; `npm test` builds it first) like the smoke test does.
 */
import { describe, expect, test } from 'vitest';
import { useLanguageServer } from './support/use-language-server.js';

const server = useLanguageServer();

describe('the language server under hostile input', () => {
    test('a plan with 300 unclosed phases does not take the server down', async () => {
        // Each `phase x {` without its `}` nests in the one before: deep nesting, as an editor can hold mid-edit.
        await server().open('file:///tmp/proj-server-resilience/deep.proj', `project deep {\n${'    phase x {\n'.repeat(300)}}\n`);
        const seen = server().publishes.length;
        const uri = 'file:///tmp/proj-server-resilience/after.proj';
        await server().open(uri, 'project moving {\n    task a { duration 1d after b }\n    start 2027-01-04\n}\n');
        const { diagnostics } = await server().publishFor(uri, seen);
        expect(server().exited, `the server died: ${server().stderr}`).toBe(false);
        expect(diagnostics.map(d => [d.code, d.message, d.range.start.line])).toEqual([
            ['proj/unknown-reference', "Unknown task, milestone or phase 'b'. Did you mean 'a'?", 1],
        ]);
    }, 30_000);
});
