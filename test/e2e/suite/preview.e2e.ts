import * as assert from 'node:assert/strict';
import { suite, test } from 'mocha';
import * as vscode from 'vscode';
import { eventually, examplePlan, openExample } from './editor-support.js';

const isPreviewTab = (tab: vscode.Tab) => tab.input instanceof vscode.TabInputWebview && tab.input.viewType.endsWith('projPreview');

suite('The preview and its exports', () => {
    test('"Proj: Open Preview to the Side" opens the preview in the column beside the plan', async () => {
        const editor = await openExample();
        await vscode.commands.executeCommand('proj.openPreviewToSide');
        const group = await eventually('the preview tab', () => vscode.window.tabGroups.all.find(candidate => candidate.tabs.some(isPreviewTab)));
        assert.equal(editor.viewColumn, vscode.ViewColumn.One);
        assert.equal(group.viewColumn, vscode.ViewColumn.Two);
        assert.equal(group.tabs.find(isPreviewTab)?.label, 'Preview office-move.proj');
        // The focus stays in the plan, as with Markdown's preview to the side.
        assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), examplePlan().toString());
    });

    test('"Proj: Export Plan as Markdown" writes the plan summary with its Mermaid diagrams', async () => {
        await openExample();
        const target = vscode.Uri.joinPath(examplePlan(), '..', 'exported-plan.md');
        await vscode.commands.executeCommand('proj.exportMarkdown', examplePlan(), target);
        const markdown = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(markdown, /Office relocation to Leeds/);
        assert.match(markdown, /```mermaid\ngantt\n/);
        // The example's network is deeper than it is wide: it runs top to bottom, to fit GitHub's page.
        assert.match(markdown, /```mermaid\nflowchart TB\n/);
    });

    test('"Proj: Export Gantt as SVG" writes the chart the preview drew', async () => {
        await openExample();
        const target = vscode.Uri.joinPath(examplePlan(), '..', 'exported-gantt.svg');
        await vscode.commands.executeCommand('proj.exportGanttSvg', examplePlan(), target);
        const svg = new TextDecoder().decode(await vscode.workspace.fs.readFile(target));
        assert.match(svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg[^>]* xmlns="http:\/\/www.w3.org\/2000\/svg"/);
        for (const name of ['Draft business case', 'Fit-out', 'Staff moved']) {
            assert.ok(svg.includes(name), `The exported chart has no '${name}'.`);
        }
        // The preview's picture, not Mermaid's chart alone: the table, and an arrow per link.
        assert.ok(svg.includes('>Task<'), 'The exported chart has no task table.');
        assert.equal(svg.match(/<path class="proj-link[ "]/g)?.length, 6);
    });
});
