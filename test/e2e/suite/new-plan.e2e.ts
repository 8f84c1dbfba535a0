import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { eventually, examplePlan } from './editor-support.js';

suite('"Proj: New Plan"', () => {
    test('writes a starter plan with the name and start given, opens it, and the server finds nothing wrong', async () => {
        const target = vscode.Uri.joinPath(examplePlan(), '..', 'staff-survey.proj');
        const uri = await vscode.commands.executeCommand<vscode.Uri>('proj.newPlan', { title: 'Staff "pulse" survey', start: '2027-05-03', target });
        assert.equal(uri?.toString(), target.toString());
        const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(text, /^project staff_pulse_survey "Staff \\"pulse\\" survey" \{$/m);
        assert.match(text, /^ {4}start 2027-05-03$/m);
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), target.toString());
        // Built and scheduled: the inlay hints come, and no diagnostic with them.
        await eventually('the new plan\'s inlay hints', async () => {
            const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', target, new vscode.Range(0, 0, 40, 0));
            return hints.length > 0 ? hints : undefined;
        });
        assert.deepEqual(vscode.languages.getDiagnostics(target), []);
        await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
        await vscode.workspace.fs.delete(target);
    });
});
