// The plan preview: one webview panel that follows the active .proj editor and redraws after each
// edit, as soon as the language server has checked the new build for errors (the PREVIEW_REQUEST),
// never from a parse of its own. While the user types it asks for the part the tab on show draws;
// once the server has published the build's diagnostics, for all of them. The History tab's
// content is the plan's git history (HISTORY_REQUEST), asked for apart, when the tab is shown and
// when the plan is saved: it can take seconds, and never holds up the charts. Survives a window
// reload through its serializer.
import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node.js';
import { DEFAULT_NETWORK_MAX_NODES } from '../../../language/src/engine/mermaid/network-chart.js';
import {
    HISTORY_REQUEST, LOCATE_REQUEST, PREVIEW_REQUEST, type HistoryAnswer, type HistoryParams, type LocatedRange, type LocateParams, type LocateTarget, type PreviewAnswer, type PreviewParams,
} from '../../../language/src/preview/preview-protocol.js';
import { TAB_PARTS, type ChartKind, type ChartOptions, type FromWebview, type PreviewWebviewState, type TabKind, type ToWebview } from '../../webview/webview-messages.js';
import { previewHtml } from './preview-html.js';

export const PREVIEW_VIEW_TYPE = 'projPreview';
/**
 * An edit asks for the view on show at once: the server answers when the build is checked for
 * errors. Its diagnostics, published just after (and again after the checks that wait for a
 * pause in typing, or when a plan it links to changes), ask for every view, batching a burst of
 * publications.
 */
const AFTER_PUBLISH_DELAY_MS = 20;
const WEBVIEW_TIMEOUT_MS = 20_000;

export interface SvgAnswer {
    readonly svg?: string;
    readonly reason?: string;
}

/** Called with a chart the user exported from the preview's toolbar. */
export type ExportSvgHandler = (chart: ChartKind, answer: SvgAnswer, documentUri: vscode.Uri | undefined) => Promise<void>;

export function activeProjUri(): vscode.Uri | undefined {
    const document = vscode.window.activeTextEditor?.document;
    return document?.languageId === 'proj' ? document.uri : undefined;
}

const sameUri = (a: vscode.Uri | undefined, b: vscode.Uri | undefined) => a !== undefined && b !== undefined && a.toString() === b.toString();

export class ProjPreview implements vscode.Disposable {
    private panel: vscode.WebviewPanel | undefined;
    private panelSubscriptions: vscode.Disposable[] = [];
    private readonly subscriptions: vscode.Disposable[] = [];
    private document: vscode.Uri | undefined;
    private options: ChartOptions = {};
    private timer: ReturnType<typeof setTimeout> | undefined;
    private inFlight: Promise<void> | undefined;
    private cancellation: vscode.CancellationTokenSource | undefined;
    private requestSequence = 0;
    private ready = false;
    private readyWaiters: Array<() => void> = [];
    private svgRequests = new Map<number, (answer: SvgAnswer) => void>();
    private svgRequestId = 0;
    /** A tab a command asked for before the webview was ready to hear it. */
    private pendingTab: TabKind | undefined;
    /** The tab on show in the webview, as it last said. */
    private tab: TabKind | undefined;
    /** What the next update asks for: the view on show, or all. */
    private scheduledParts: 'shown' | 'all' = 'all';
    /** The model last posted to the webview, and whether it had every part. */
    private posted: string | undefined;
    private postedAll = true;
    private historySequence = 0;

    constructor(private readonly extensionUri: vscode.Uri, private readonly client: LanguageClient, private readonly onExportSvg: ExportSvgHandler) {
        this.subscriptions.push(
            vscode.window.onDidChangeActiveTextEditor(editor => {
                if (this.panel && editor?.document.languageId === 'proj') {
                    this.follow(editor.document.uri);
                }
            }),
            vscode.workspace.onDidChangeTextDocument(event => {
                if (event.contentChanges.length > 0 && sameUri(event.document.uri, this.document)) {
                    this.schedule(0, 'shown');
                }
            }),
            // A new build of the plan (an edit here, or in a plan it references) publishes diagnostics.
            vscode.languages.onDidChangeDiagnostics(event => {
                if (this.panel && event.uris.some(uri => sameUri(uri, this.document))) {
                    this.schedule(AFTER_PUBLISH_DELAY_MS);
                }
            }),
            // A save may follow a commit, or name another baseline: read the history again.
            vscode.workspace.onDidSaveTextDocument(document => {
                if (this.tab === 'history' && sameUri(document.uri, this.document)) {
                    void this.readHistory();
                }
            }),
            vscode.workspace.onDidChangeConfiguration(event => {
                if (event.affectsConfiguration('proj.preview')) {
                    this.schedule(0);
                }
            }),
        );
    }

    /** The plan the preview shows. */
    get documentUri(): vscode.Uri | undefined {
        return this.document;
    }

    /** Opens the preview (or brings it forward) on `uri`, or on the active .proj editor; on `tab`, if given. */
    show(options: { readonly toSide: boolean; readonly uri?: vscode.Uri; readonly preserveFocus?: boolean; readonly tab?: TabKind }): boolean {
        const uri = options.uri ?? activeProjUri() ?? this.document;
        if (!uri) {
            void vscode.window.showInformationMessage('Open a .proj file to preview its plan.');
            return false;
        }
        const preserveFocus = options.preserveFocus ?? options.toSide;
        if (this.panel) {
            this.panel.reveal(options.toSide ? this.panel.viewColumn : vscode.ViewColumn.Active, preserveFocus);
        } else {
            const viewColumn = options.toSide ? vscode.ViewColumn.Beside : vscode.ViewColumn.Active;
            this.attach(vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, 'Proj preview', { viewColumn, preserveFocus }, this.webviewOptions()));
        }
        this.follow(uri, true);
        if (options.tab) {
            this.selectTab(options.tab);
        }
        return true;
    }

    /** Brings `tab` forward in the webview: now if it is listening, else as soon as it says it is ready. */
    private selectTab(tab: TabKind): void {
        this.pendingTab = tab;
        if (this.ready) {
            this.sendPendingTab();
        }
    }

    private sendPendingTab(): void {
        if (this.pendingTab) {
            void this.post({ type: 'selectTab', tab: this.pendingTab });
            this.pendingTab = undefined;
        }
    }

    /** A panel VS Code restored after a reload (the serializer). */
    restore(panel: vscode.WebviewPanel, state: PreviewWebviewState | undefined): void {
        if (this.panel) {
            panel.dispose();
            return;
        }
        this.options = { criticalOnly: state?.criticalOnly, expandedPhase: state?.expandedPhase, folded: state?.folded };
        this.attach(panel);
        const uri = state?.uri ? vscode.Uri.parse(state.uri) : activeProjUri();
        if (uri) {
            this.follow(uri, true);
        }
    }

    /**
     * A chart of `uri` as SVG, from the preview (opened beside the editor if need be) once it has
     * drawn the latest build.
     */
    async chartSvg(chart: ChartKind, uri: vscode.Uri): Promise<SvgAnswer> {
        if (!this.panel || !this.panel.visible || !sameUri(uri, this.document)) {
            this.show({ toSide: true, uri, preserveFocus: true });
        }
        const panel = this.panel;
        if (!panel || !(await this.whenReady())) {
            return { reason: 'The preview did not open.' };
        }
        if (!this.postedAll) {
            this.schedule(0);
        }
        await this.settled();
        const requestId = ++this.svgRequestId;
        return new Promise<SvgAnswer>(resolve => {
            const timer = setTimeout(() => {
                this.svgRequests.delete(requestId);
                resolve({ reason: 'The preview did not answer in time.' });
            }, WEBVIEW_TIMEOUT_MS);
            this.svgRequests.set(requestId, answer => {
                clearTimeout(timer);
                resolve(answer);
            });
            void this.post({ type: 'requestSvg', chart, requestId });
        });
    }

    dispose(): void {
        this.panel?.dispose();
        this.detach();
        for (const subscription of this.subscriptions.splice(0)) {
            subscription.dispose();
        }
    }

    private webviewOptions(): vscode.WebviewPanelOptions & vscode.WebviewOptions {
        return {
            enableScripts: true,
            localResourceRoots: [vscode.Uri.joinPath(this.extensionUri, 'out'), vscode.Uri.joinPath(this.extensionUri, 'media')],
        };
    }

    private attach(panel: vscode.WebviewPanel): void {
        this.panel = panel;
        this.ready = false;
        panel.webview.options = this.webviewOptions();
        panel.webview.html = previewHtml({
            cspSource: panel.webview.cspSource,
            nonce: randomBytes(16).toString('base64'),
            scriptUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'out', 'webview.js')).toString(),
            styleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'preview.css')).toString(),
            chartStyleUri: panel.webview.asWebviewUri(vscode.Uri.joinPath(this.extensionUri, 'media', 'charts.css')).toString(),
        });
        this.panelSubscriptions = [
            panel.webview.onDidReceiveMessage((message: FromWebview) => this.receive(message)),
            // A hidden webview is unloaded; it says 'ready' again when it is shown.
            panel.onDidChangeViewState(() => {
                if (!panel.visible) {
                    this.ready = false;
                }
            }),
            panel.onDidDispose(() => this.detach()),
        ];
    }

    private detach(): void {
        this.panel = undefined;
        this.ready = false;
        this.document = undefined;
        this.pendingTab = undefined;
        this.tab = undefined;
        clearTimeout(this.timer);
        this.timer = undefined;
        this.cancellation?.cancel();
        for (const subscription of this.panelSubscriptions.splice(0)) {
            subscription.dispose();
        }
        for (const resolve of this.svgRequests.values()) {
            resolve({ reason: 'The preview was closed.' });
        }
        this.svgRequests.clear();
        for (const resolve of this.readyWaiters.splice(0)) {
            resolve();
        }
    }

    /** Shows `uri` in the panel: straight away when it is another plan (or `force`). */
    private follow(uri: vscode.Uri, force = false): void {
        if (!this.panel) {
            return;
        }
        if (!sameUri(uri, this.document)) {
            if (this.document !== undefined) {
                // Phases are another plan's; the webview sends this plan's own, if it has any.
                this.options = { ...this.options, expandedPhase: undefined, folded: undefined };
            }
            this.document = uri;
            this.panel.title = `Preview ${uri.path.split('/').pop() ?? 'plan'}`;
            this.schedule(0);
            if (this.tab === 'history') {
                void this.readHistory();
            }
        } else if (force) {
            this.schedule(0);
        }
    }

    /** An update after `delay`, of the view on show (`shown`) or all, in place of any that is waiting (all, if either asked for all). */
    private schedule(delay: number, parts: 'shown' | 'all' = 'all'): void {
        if (!this.panel) {
            return;
        }
        this.scheduledParts = this.timer !== undefined && this.scheduledParts === 'all' ? 'all' : parts;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => this.updateNow(), delay);
    }

    /** Starts an update now, in place of any that is waiting. */
    private updateNow(): Promise<void> {
        clearTimeout(this.timer);
        this.timer = undefined;
        const parts = this.scheduledParts;
        this.scheduledParts = 'all';
        const update = this.update(parts);
        this.inFlight = update;
        void update.finally(() => {
            if (this.inFlight === update) {
                this.inFlight = undefined;
            }
        });
        return update;
    }

    /** Until no update is waiting or under way. */
    private async settled(): Promise<void> {
        for (let round = 0; round < 10 && (this.timer !== undefined || this.inFlight !== undefined); round++) {
            await (this.timer !== undefined ? this.updateNow() : this.inFlight);
        }
    }

    /** Asks the server for the preview of the current build and sends it to the webview, unless overtaken. */
    private async update(parts: 'shown' | 'all'): Promise<void> {
        const panel = this.panel;
        const uri = this.document;
        if (!panel || !panel.visible || !this.ready) {
            return; // The webview asks when it is (again) ready.
        }
        this.cancellation?.cancel();
        const cancellation = this.cancellation = new vscode.CancellationTokenSource();
        const sequence = ++this.requestSequence;
        let answer: PreviewAnswer;
        if (!uri) {
            answer = { uri: '', errors: 0, model: JSON.stringify({ uri: '', errors: 0, message: 'Open a .proj file to preview its plan.', locations: {} }) };
        } else {
            const settings = vscode.workspace.getConfiguration('proj.preview', uri);
            const params: PreviewParams = {
                uri: this.client.code2ProtocolConverter.asUri(uri),
                collapseGanttAbove: settings.get<number>('collapseGanttAbove', 300),
                maxNetworkNodes: settings.get<number>('maxNetworkNodes', DEFAULT_NETWORK_MAX_NODES),
                criticalOnly: this.options.criticalOnly,
                expandedPhase: this.options.expandedPhase,
                folded: this.options.folded,
                ...(parts === 'shown' && this.tab ? { parts: TAB_PARTS[this.tab] } : {}),
            };
            try {
                answer = await this.client.sendRequest<PreviewAnswer>(PREVIEW_REQUEST, params, cancellation.token);
            } catch (error) {
                if (sequence === this.requestSequence && !cancellation.token.isCancellationRequested) {
                    // Keep the charts on show rather than blank them for a failed request.
                    this.client.outputChannel.appendLine(`Preview of ${uri.toString()} failed: ${error instanceof Error ? error.message : String(error)}`);
                }
                return;
            } finally {
                if (this.cancellation === cancellation) {
                    this.cancellation = undefined;
                }
                cancellation.dispose();
            }
        }
        if (sequence !== this.requestSequence || this.panel !== panel || !sameUri(uri, this.document)) {
            return; // Overtaken by a newer request, or the panel moved on.
        }
        // The publication after an edit asks again for what the edit's update drew: nothing has changed for it.
        if (answer.model !== this.posted) {
            this.posted = answer.model;
            this.postedAll = parts === 'all' || !this.tab;
            await this.post({ type: 'update', model: answer.model });
        }
    }

    /**
     * Asks the server for the plan's history and posts it to the webview (which says it is being
     * read meanwhile), unless a newer request or another plan overtook it.
     */
    private async readHistory(): Promise<void> {
        const document = this.document;
        if (!this.panel || !this.ready || !document) {
            return; // The webview says which tab is on show when it is (again) ready.
        }
        const sequence = ++this.historySequence;
        const uri = this.client.code2ProtocolConverter.asUri(document);
        await this.post({ type: 'history', uri });
        let history: HistoryAnswer;
        try {
            history = await this.client.sendRequest<HistoryAnswer>(HISTORY_REQUEST, { uri } satisfies HistoryParams);
        } catch (error) {
            history = { message: `The plan's history could not be read: ${error instanceof Error ? error.message : String(error)}` };
        }
        if (sequence === this.historySequence && sameUri(document, this.document)) {
            await this.post({ type: 'history', uri, history });
        }
    }

    private async post(message: ToWebview): Promise<boolean> {
        return this.panel !== undefined && this.ready && this.panel.webview.postMessage(message);
    }

    private whenReady(): Promise<boolean> {
        if (this.ready) {
            return Promise.resolve(true);
        }
        return new Promise<boolean>(resolve => {
            const timer = setTimeout(() => resolve(this.ready), WEBVIEW_TIMEOUT_MS);
            this.readyWaiters.push(() => {
                clearTimeout(timer);
                resolve(this.ready);
            });
        });
    }

    private receive(message: FromWebview): void {
        switch (message.type) {
            case 'ready':
                this.ready = true;
                // A webview (re)loaded has nothing on show yet.
                this.posted = undefined;
                this.tab = message.tab;
                this.options = { criticalOnly: message.criticalOnly, expandedPhase: message.expandedPhase, folded: message.folded };
                for (const resolve of this.readyWaiters.splice(0)) {
                    resolve();
                }
                this.sendPendingTab();
                void this.updateNow();
                if (this.tab === 'history') {
                    void this.readHistory();
                }
                break;
            case 'tab':
                this.tab = message.tab;
                if (!this.postedAll) {
                    this.schedule(0);
                }
                if (message.tab === 'history') {
                    void this.readHistory();
                }
                break;
            case 'options':
                this.options = { criticalOnly: message.criticalOnly, expandedPhase: message.expandedPhase, folded: message.folded };
                this.schedule(0);
                break;
            case 'reveal':
                void this.reveal({ id: message.id });
                break;
            case 'revealDependency':
                void this.reveal({ dependency: message.key });
                break;
            case 'showProblems':
                void vscode.commands.executeCommand('workbench.actions.view.problems');
                break;
            case 'exportSvg': {
                const answer: SvgAnswer = { svg: message.svg, reason: message.reason };
                const waiting = message.requestId === undefined ? undefined : this.svgRequests.get(message.requestId);
                if (waiting) {
                    this.svgRequests.delete(message.requestId!);
                    waiting(answer);
                } else if (message.requestId === undefined) {
                    void this.onExportSvg(message.chart, answer, this.document);
                }
                break;
            }
        }
    }

    /**
     * Opens the plan beside the preview with what a click chose selected: an item's name, or a
     * dependency of an `after` clause. The server finds it in the plan as it is now.
     */
    private async reveal(target: LocateTarget): Promise<void> {
        const uri = this.document;
        if (!uri) {
            return;
        }
        const params: LocateParams = { uri: this.client.code2ProtocolConverter.asUri(uri), ...target };
        const range = await this.client.sendRequest<LocatedRange | null>(LOCATE_REQUEST, params).catch(() => null);
        if (range && sameUri(uri, this.document)) {
            // Work of another plan opens that plan, and the preview follows it.
            const where = range.uri === undefined ? uri : this.client.protocol2CodeConverter.asUri(range.uri);
            await this.select(where, new vscode.Range(range.start.line, range.start.character, range.end.line, range.end.character));
        }
    }

    private async select(uri: vscode.Uri, range: vscode.Range): Promise<void> {
        const document = await vscode.workspace.openTextDocument(uri);
        const selection = document.validateRange(range);
        const open = vscode.window.visibleTextEditors.find(editor => sameUri(editor.document.uri, uri));
        const viewColumn = open?.viewColumn ?? (this.panel?.viewColumn === vscode.ViewColumn.One ? vscode.ViewColumn.Beside : vscode.ViewColumn.One);
        const editor = await vscode.window.showTextDocument(document, { viewColumn, selection });
        editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    }
}
