import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { markdownText, openExample, positionOf } from './editor-support.js';

suite('Completion, hover and go to definition', () => {
    test('completion after `after` lists the plan\'s tasks and milestones', async () => {
        const { document } = await openExample();
        const list = await vscode.commands.executeCommand<vscode.CompletionList>(
            'vscode.executeCompletionItemProvider', document.uri, positionOf(document, 'after survey +2d', 'after '.length));
        const labels = list.items.map(item => typeof item.label === 'string' ? item.label : item.label.label);
        for (const id of ['business_case', 'approval', 'survey', 'it', 'moved']) {
            assert.ok(labels.includes(id), `'${id}' is not offered: ${labels.join(', ')}`);
        }
    });

    test('hover on a task shows its computed dates and float', async () => {
        const { document } = await openExample();
        const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
            'vscode.executeHoverProvider', document.uri, positionOf(document, 'task fitout', 'task '.length));
        const text = hovers.map(markdownText).join('\n');
        assert.match(text, /Mon 15 Feb 2027/);
        assert.match(text, /Tue 9 Mar 2027/);
        assert.match(text, /on the critical path/);
    });

    test('go to definition on a dependency lands on the task it names', async () => {
        const { document } = await openExample();
        const targets = await vscode.commands.executeCommand<Array<vscode.Location | vscode.LocationLink>>(
            'vscode.executeDefinitionProvider', document.uri, positionOf(document, 'after survey +2d', 'after s'.length));
        assert.equal(targets.length, 1);
        const target = targets[0];
        const range = target instanceof vscode.Location ? target.range : target.targetSelectionRange ?? target.targetRange;
        const declaration = positionOf(document, 'task survey', 'task '.length);
        assert.deepEqual(range, new vscode.Range(declaration, declaration.translate(0, 'survey'.length)));
    });
});
