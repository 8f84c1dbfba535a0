import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { eventually, examplePlan, EXTENSION_ID } from './editor-support.js';

suite('Formatting', () => {
    test('with format on save, saving a plan lays it out, and only its whitespace changes', async () => {
        const target = vscode.Uri.joinPath(examplePlan(), '..', 'messy.proj');
        const messy = 'project messy {\n  start 2027-05-03\n      task a "A" {duration 2d   cost 100}\n  task b { duration 1d after a  // then b\n   }\n}\n';
        await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(messy));
        await vscode.workspace.getConfiguration('editor', { languageId: 'proj' }).update('formatOnSave', true, vscode.ConfigurationTarget.Global, true);
        try {
            await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
            const document = await vscode.workspace.openTextDocument(target);
            const editor = await vscode.window.showTextDocument(document);
            // The server must have the plan before it can format it: wait for its inlay hints.
            await eventually('the plan\'s inlay hints', async () => {
                const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', target, new vscode.Range(0, 0, 10, 0));
                return hints.length > 0 ? hints : undefined;
            });
            // A change, so that there is something to save.
            await editor.edit(edit => edit.insert(new vscode.Position(0, 0), '// Messy on purpose.\n'));
            await document.save();
            const saved = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
            assert.equal(saved, [
                '// Messy on purpose.',
                'project messy {',
                '    start 2027-05-03',
                '    task a "A" { duration 2d cost 100 }',
                '    task b {',
                '        duration 1d',
                '        after a // then b',
                '    }',
                '}',
                '',
            ].join('\n'));
        } finally {
            await vscode.workspace.getConfiguration('editor', { languageId: 'proj' }).update('formatOnSave', undefined, vscode.ConfigurationTarget.Global, true);
            await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
            await vscode.workspace.fs.delete(target);
        }
    });
});
