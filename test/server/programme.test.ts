/**
 * Plans in two files linked into a programme, through the real, bundled language server over
 * stdio: an edit in one file changes the other's diagnostics, inlay hints and hover. `npm test`
 * builds out/ first; on its own run `node esbuild.mjs` before this file.
 */
import { describe, expect, test } from 'vitest';
import type { Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { positionOf } from './support/language-server-process.js';
import { useLanguageServer } from './support/use-language-server.js';

const ALPHA_URI = 'file:///tmp/proj-programme-test/a.proj';
const BETA_URI = 'file:///tmp/proj-programme-test/b.proj';
const GAMMA_URI = 'file:///tmp/proj-programme-test/c.proj';

const alpha = (days: number) => [
    'project alpha "Alpha" {',
    '    start 2027-01-04',
    `    task build "Build" { duration ${days}d }`,
    '    milestone done "Done" { after build }',
    '}',
    '',
].join('\n');

// Deploy waits for alpha.done: with ten days of build it ends on Wednesday 20 January, the deadline.
const BETA = [
    'project beta "Beta" {',
    '    start 2027-01-04',
    '    deadline 2027-01-20',
    '    task deploy "Deploy" { duration 3d after alpha.done }',
    '}',
    '',
].join('\n');

// Release waits for deploy, so for alpha through beta: it is on Thursday 21 January, its deadline.
const GAMMA = [
    'project gamma "Gamma" {',
    '    start 2027-01-04',
    '    deadline 2027-01-21',
    '    task release "Release" { duration 1d after beta.deploy }',
    '}',
    '',
].join('\n');

const server = useLanguageServer();

async function hintsOfBeta(): Promise<string[]> {
    const hints = await server().connection.sendRequest<InlayHint[] | null>('textDocument/inlayHint', {
        textDocument: { uri: BETA_URI },
        range: { start: { line: 0, character: 0 }, end: { line: 5, character: 0 } },
    });
    return (hints ?? []).map(hint => typeof hint.label === 'string' ? hint.label : hint.label.map(part => part.value).join(''));
}

describe('plans linked across files', () => {
    test('a link into another file moves the work that waits, in its hints and hover', async () => {
        await server().open(ALPHA_URI, alpha(10));
        const seen = server().publishes.length;
        await server().open(BETA_URI, BETA);
        expect((await server().publishFor(BETA_URI, seen)).diagnostics).toEqual([]);
        const opened = server().publishes.length;
        await server().open(GAMMA_URI, GAMMA);
        expect((await server().publishFor(GAMMA_URI, opened)).diagnostics).toEqual([]);
        expect(await hintsOfBeta()).toEqual(['18 Jan → 20 Jan · critical']);
        const hover = await server().connection.sendRequest<Hover | null>('textDocument/hover', {
            textDocument: { uri: BETA_URI }, position: positionOf(BETA, 'task deploy', 'task d'.length),
        });
        expect((hover?.contents as MarkupContent).value).toContain('Start set by `alpha.done` (FS), Done in project Alpha, finishing Fri 15 Jan 2027');
    });

    test('an edit in one file changes the diagnostics and hints of the files that wait for it, directly or through another', async () => {
        const seen = server().publishes.length;
        await server().change(ALPHA_URI, alpha(12), 2);
        const missed = async (uri: string) => (await server().publishFor(uri, seen)).diagnostics.map(diagnostic => [diagnostic.code, diagnostic.message]);
        expect(await missed(BETA_URI)).toEqual([
            ['proj/deadline-missed', expect.stringContaining('The deadline 2027-01-20 is missed by 2 working days: the plan finishes on 2027-01-22, driven by alpha.done -> deploy')],
        ]);
        expect(await missed(GAMMA_URI)).toEqual([
            ['proj/deadline-missed', expect.stringContaining('The deadline 2027-01-21 is missed by 2 working days: the plan finishes on 2027-01-25, driven by beta.deploy -> release')],
        ]);
        expect(await hintsOfBeta()).toEqual(['20 Jan → 22 Jan · critical']);
    });

    test("an edit in one plan changes the warnings of another that shares a resource with it", async () => {
        const sharedUri = 'file:///tmp/proj-programme-test/shared-a.proj';
        const otherUri = 'file:///tmp/proj-programme-test/shared-b.proj';
        const other = (start: string) => `project delta "Delta" {\n    start ${start}\n    task deploy "Deploy" { duration 3d assign shared_pm }\n}\n`;
        let seen = server().publishes.length;
        await server().open(sharedUri, 'resource shared_pm "Shared PM" { rate 400/d }\nproject epsilon "Epsilon" {\n    start 2027-01-04\n    task build "Build" { duration 10d assign shared_pm }\n}\n');
        expect((await server().publishFor(sharedUri, seen)).diagnostics).toEqual([]);
        seen = server().publishes.length;
        await server().open(otherUri, other('2027-02-01'));
        expect((await server().publishFor(otherUri, seen)).diagnostics).toEqual([]);
        seen = server().publishes.length;
        await server().change(otherUri, other('2027-01-11'), 2);
        const { diagnostics } = await server().publishFor(sharedUri, seen);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['proj/over-allocated-across-plans']);
        expect(diagnostics[0].message).toContain('with Deploy (delta.deploy)');
    });
});
