/**
 * Quick fixes through the real, bundled language server: the diagnostics it publishes (their
 * `data` included) go back in a `textDocument/codeAction` request, as an editor sends them, and the
 * chosen action's edit, applied to the text, fixes the plan. `npm test` builds out/ first; on its
 * own run `node esbuild.mjs` before this file.
 */
import { describe, expect, test } from 'vitest';
import type { CodeAction, Command, Diagnostic, Position, TextEdit } from 'vscode-languageserver-protocol';
import { useLanguageServer } from './support/use-language-server.js';

const PLAN_URI = 'file:///tmp/proj-code-actions-test/plan.proj';

const PLAN = [
    'project demo "Quick fixes" {',
    '    start 2027-01-04',
    '    resource sam "Sam"',
    '    task design "Design" { duration 1d }',
    '    task build "Build" { duration 2d after desing }',
    '    risk late "Content late" { likelihood 3 impact 3 response exploit }',
    '}',
    '',
].join('\n');

const server = useLanguageServer();
let published: Diagnostic[] = [];

/** `text` with `edits` applied, each range in the original text. */
function applyEdits(text: string, edits: TextEdit[]): string {
    const lines = text.split('\n');
    const offsetOf = ({ line, character }: Position) => lines.slice(0, line).reduce((sum, each) => sum + each.length + 1, 0) + character;
    return [...edits]
        .sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start))
        .reduce((result, edit) => result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end)), text);
}

async function codeActionsFor(diagnostic: Diagnostic): Promise<CodeAction[]> {
    const result = await server().connection.sendRequest<Array<CodeAction | Command> | null>('textDocument/codeAction', {
        textDocument: { uri: PLAN_URI },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic], triggerKind: 1 },
    });
    return (result ?? []).filter((action): action is CodeAction => 'kind' in action || 'edit' in action);
}

function byCode(code: string): Diagnostic {
    const diagnostic = published.find(candidate => candidate.code === code);
    expect(diagnostic, `no ${code} in ${JSON.stringify(published.map(d => d.code))}`).toBeDefined();
    return diagnostic!;
}

describe('quick fixes from the bundled language server', () => {
    test('publishes the diagnostics the fixes are for, with their data', async () => {
        const seen = server().publishes.length;
        await server().open(PLAN_URI, PLAN);
        published = (await server().publishFor(PLAN_URI, seen)).diagnostics;
        expect(byCode('proj/unknown-reference').data).toMatchObject({ refText: 'desing', suggestions: ['design'] });
        expect(byCode('proj/response-type').data).toEqual({ expected: ['avoid', 'reduce', 'transfer', 'accept'] });
    });

    test('offers "Change to" and "Create task" for an unknown predecessor, and the change fixes the plan', async () => {
        const actions = await codeActionsFor(byCode('proj/unknown-reference'));
        expect(actions.map(action => [action.title, action.kind, action.isPreferred ?? false])).toEqual([
            ["Change to 'design'", 'quickfix', true],
            ["Create task 'desing'", 'quickfix', false],
        ]);
        const fixed = applyEdits(PLAN, actions[0].edit!.changes![PLAN_URI]);
        expect(fixed).toBe(PLAN.replace('after desing', 'after design'));
        const seen = server().publishes.length;
        await server().change(PLAN_URI, fixed, 2);
        published = (await server().publishFor(PLAN_URI, seen)).diagnostics;
        expect(published.map(diagnostic => diagnostic.code)).toEqual(['proj/response-type', 'proj/missing-owner']);
    });

    test('offers the fitting responses and an owner, from the diagnostics as published', async () => {
        const responses = await codeActionsFor(byCode('proj/response-type'));
        expect(responses.map(action => action.title)).toEqual([
            "Change the response to 'avoid'", "Change the response to 'reduce'", "Change the response to 'transfer'", "Change the response to 'accept'",
        ]);
        const owners = await codeActionsFor(byCode('proj/missing-owner'));
        expect(owners.map(action => action.title)).toEqual(['Add owner sam']);
        const text = PLAN.replace('after desing', 'after design');
        // Both edits are on the text as it is now, as an editor applying both would have them.
        const owned = applyEdits(text, [...responses[0].edit!.changes![PLAN_URI], ...owners[0].edit!.changes![PLAN_URI]]);
        expect(owned).toBe(text.replace('response exploit }', 'response avoid owner sam }'));
        const seen = server().publishes.length;
        await server().change(PLAN_URI, owned, 3);
        expect((await server().publishFor(PLAN_URI, seen)).diagnostics).toEqual([]);
    });
});
