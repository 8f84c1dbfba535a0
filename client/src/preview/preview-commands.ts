// The preview's commands: open it (here or to the side, or beside on the Baseline tab to compare
// the plan with its baseline), export the Gantt chart as SVG (drawn by the preview's Mermaid) and
// the plan as Markdown (written by the language server).
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { MARKDOWN_REQUEST } from '../../../language/src/preview/preview-protocol.js';
import type { ChartKind, PreviewWebviewState } from '../../webview/webview-messages.js';
import { activeProjUri, PREVIEW_VIEW_TYPE, ProjPreview, type SvgAnswer } from './preview-panel.js';

const CHART_NAMES: Record<ChartKind, string> = {
    gantt: 'Gantt chart', network: 'critical path network', budget: 'budget S-curve', resources: 'resource histograms', 'schedule-risk': 'finish date histogram', stakeholders: 'stakeholder grid', programme: 'programme timeline',
};

const asUri = (argument: unknown) => argument instanceof vscode.Uri ? argument : undefined;

/** Registers the preview panel, its serializer and its commands. */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): vscode.Disposable {
    const preview = new ProjPreview(context.extensionUri, client, (chart, answer, uri) => saveSvg(chart, answer, uri));
    const planUri = (argument: unknown) => asUri(argument) ?? activeProjUri() ?? preview.documentUri;
    return vscode.Disposable.from(
        preview,
        vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, {
            deserializeWebviewPanel: async (panel: vscode.WebviewPanel, state: unknown) => {
                preview.restore(panel, state && typeof state === 'object' ? state as PreviewWebviewState : undefined);
            },
        }),
        vscode.commands.registerCommand('proj.openPreview', (uri?: unknown) => {
            preview.show({ toSide: false, uri: asUri(uri) });
        }),
        vscode.commands.registerCommand('proj.openPreviewToSide', (uri?: unknown) => {
            preview.show({ toSide: true, uri: asUri(uri) });
        }),
        vscode.commands.registerCommand('proj.compareWithBaseline', (uri?: unknown) => {
            preview.show({ toSide: true, uri: asUri(uri), tab: 'baseline' });
        }),
        // Both exports take an optional target file: given one, they write it without asking
        // (for tasks, keybindings and tests); otherwise a save dialog asks, next to the plan.
        vscode.commands.registerCommand('proj.exportGanttSvg', async (uri?: unknown, target?: unknown) => {
            const plan = planUri(uri);
            if (!plan) {
                return void vscode.window.showInformationMessage('Open a .proj file to export its Gantt chart.');
            }
            const answer = await vscode.window.withProgress(
                { location: vscode.ProgressLocation.Window, title: 'Drawing the Gantt chart' },
                () => preview.chartSvg('gantt', plan),
            );
            await saveSvg('gantt', answer, plan, asUri(target));
        }),
        vscode.commands.registerCommand('proj.exportMarkdown', async (uri?: unknown, target?: unknown) => {
            const plan = planUri(uri);
            if (!plan) {
                return void vscode.window.showInformationMessage('Open a .proj file to export its plan.');
            }
            const markdown = await client.sendRequest<string | undefined>(MARKDOWN_REQUEST, { uri: client.code2ProtocolConverter.asUri(plan) });
            if (markdown === undefined || markdown === null) {
                return void vscode.window.showWarningMessage('This file has no schedule to export: it needs a project with a start date.');
            }
            await saveText(plan, '.md', { Markdown: ['md'] }, markdown, asUri(target));
        }),
    );
}

async function saveSvg(chart: ChartKind, answer: SvgAnswer, plan: vscode.Uri | undefined, target?: vscode.Uri): Promise<void> {
    if (answer.svg === undefined) {
        void vscode.window.showWarningMessage(`No ${CHART_NAMES[chart]} to export: ${answer.reason ?? 'the preview has not drawn one.'}`);
        return;
    }
    await saveText(plan, `-${chart}.svg`, { SVG: ['svg'] }, answer.svg, target);
}

/** Writes the text to `target`, or where the user chooses (next to the plan by default). */
async function saveText(plan: vscode.Uri | undefined, suffix: string, filters: Record<string, string[]>, text: string, target?: vscode.Uri): Promise<void> {
    const file = target ?? await vscode.window.showSaveDialog({ defaultUri: defaultTarget(plan, suffix), filters, saveLabel: 'Export' });
    if (!file) {
        return;
    }
    await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(text));
    // Not awaited: the export is done whether or not the user ever answers.
    void vscode.window.showInformationMessage(`Exported ${file.path.split('/').pop()}.`, 'Open').then(open => {
        if (open) {
            void vscode.commands.executeCommand('vscode.open', file);
        }
    });
}

function defaultTarget(plan: vscode.Uri | undefined, suffix: string): vscode.Uri | undefined {
    const name = plan?.path.split('/').pop()?.replace(/\.proj$/i, '') || 'plan';
    if (plan && plan.scheme !== 'untitled') {
        return vscode.Uri.joinPath(plan, '..', `${name}${suffix}`);
    }
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    return folder && vscode.Uri.joinPath(folder, `${name}${suffix}`);
}
