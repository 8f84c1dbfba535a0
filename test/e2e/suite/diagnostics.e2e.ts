import * as assert from 'node:assert/strict';
import { suite, suiteTeardown, test } from 'mocha';
import * as vscode from 'vscode';
import { codeOf, eventually, openExample, positionOf, replaceText } from './editor-support.js';

suite('Diagnostics in the editor', () => {
    suiteTeardown(() => vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor'));

    test('the example plan opens with no problems', async () => {
        const editor = await openExample();
        assert.deepEqual(vscode.languages.getDiagnostics(editor.document.uri), []);
    });

    test('a dependency on an unknown task is marked on its id, and the mark clears when it is fixed', async () => {
        const { document } = await openExample();
        await replaceText(document, 'after survey +2d', 'after survy +2d');
        const [diagnostic, ...others] = await eventually('proj/unknown-reference', () => {
            const found = vscode.languages.getDiagnostics(document.uri);
            return found.length > 0 ? found : undefined;
        });
        assert.deepEqual(others, []);
        assert.equal(codeOf(diagnostic), 'proj/unknown-reference');
        assert.equal(diagnostic.severity, vscode.DiagnosticSeverity.Error);
        assert.match(diagnostic.message, /survy.*Did you mean 'survey'\?/s);
        const start = positionOf(document, 'survy');
        assert.deepEqual(diagnostic.range, new vscode.Range(start, start.translate(0, 'survy'.length)));

        await replaceText(document, 'after survy +2d', 'after survey +2d');
        await eventually('the diagnostics to clear', () => vscode.languages.getDiagnostics(document.uri).length === 0 ? true : undefined);
    });
});
