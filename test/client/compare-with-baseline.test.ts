// "Proj: Compare with Baseline": contributed where the preview's commands are, and registered by
// the extension to open the preview beside the editor on its Baseline tab. The extension host is a
// stub of the `vscode` module just large enough for the preview's commands and panel: the test runs
// the registered command and watches what the panel tells its webview.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { FromWebview, ToWebview } from '../../client/webview/webview-messages.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as {
    contributes: {
        commands: Array<{ command: string; title: string; category: string }>;
        menus: Record<string, Array<{ command: string; when?: string; group?: string }>>;
    };
};

/** What the stub extension host saw. */
const host = vi.hoisted(() => ({
    commands: new Map<string, (...args: unknown[]) => unknown>(),
    panels: [] as Array<{ viewColumn: unknown; preserveFocus: boolean; posted: unknown[]; receive: (message: unknown) => void }>,
    activeUri: undefined as unknown,
}));

vi.mock('vscode', () => {
    const disposable = () => ({ dispose: () => undefined });
    const event = () => () => disposable();
    class Uri {
        constructor(readonly scheme: string, readonly path: string) {}
        static file(path: string) { return new Uri('file', path); }
        static parse(text: string) { return new Uri('file', text.replace(/^file:\/\//, '')); }
        static joinPath(base: Uri, ...parts: string[]) { return new Uri(base.scheme, [base.path, ...parts].join('/')); }
        toString() { return `${this.scheme}://${this.path}`; }
    }
    class CancellationTokenSource {
        token = { isCancellationRequested: false, onCancellationRequested: event() };
        cancel() { this.token.isCancellationRequested = true; }
        dispose() { /* nothing held */ }
    }
    const ViewColumn = { Active: -1, Beside: -2, One: 1 };
    return {
        Uri, CancellationTokenSource, ViewColumn,
        ProgressLocation: { Window: 10 },
        Disposable: { from: (...items: Array<{ dispose(): void }>) => ({ dispose: () => items.forEach(item => item.dispose()) }) },
        commands: {
            registerCommand: (id: string, run: (...args: unknown[]) => unknown) => {
                host.commands.set(id, run);
                return disposable();
            },
            executeCommand: async () => undefined,
        },
        window: {
            get activeTextEditor() {
                return host.activeUri ? { document: { languageId: 'proj', uri: host.activeUri } } : undefined;
            },
            onDidChangeActiveTextEditor: event(),
            registerWebviewPanelSerializer: () => disposable(),
            showInformationMessage: async () => undefined,
            showWarningMessage: async () => undefined,
            createWebviewPanel: (_type: string, _title: string, show: { viewColumn: unknown; preserveFocus: boolean }) => {
                let listener: (message: unknown) => void = () => undefined;
                const record = { viewColumn: show.viewColumn, preserveFocus: show.preserveFocus, posted: [] as unknown[], receive: (message: unknown) => listener(message) };
                host.panels.push(record);
                return {
                    visible: true, viewColumn: 2, title: '',
                    reveal: () => undefined,
                    dispose: () => undefined,
                    onDidChangeViewState: event(),
                    onDidDispose: event(),
                    webview: {
                        options: {}, html: '', cspSource: 'vscode-webview:',
                        asWebviewUri: (uri: unknown) => uri,
                        onDidReceiveMessage: (receive: (message: unknown) => void) => {
                            listener = receive;
                            return disposable();
                        },
                        postMessage: async (message: unknown) => {
                            record.posted.push(message);
                            return true;
                        },
                    },
                };
            },
        },
        workspace: {
            onDidChangeTextDocument: event(),
            onDidSaveTextDocument: event(),
            onDidChangeConfiguration: event(),
            getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback }),
        },
        languages: { onDidChangeDiagnostics: event() },
    };
});

const { registerPreview } = await import('../../client/src/preview/preview-commands.js');
const vscode = await import('vscode');

/** A language client that answers the preview request with an empty plan. */
const client = {
    code2ProtocolConverter: { asUri: (uri: { toString(): string }) => uri.toString() },
    sendRequest: async () => ({ uri: 'file:///plans/office.proj', errors: 0, model: JSON.stringify({ uri: 'file:///plans/office.proj', errors: 0, locations: {} }) }),
    outputChannel: { appendLine: () => undefined },
};

describe('Proj: Compare with Baseline', () => {
    it('is contributed to the command palette for .proj files and to the editor title beside the preview', () => {
        const command = manifest.contributes.commands.find(candidate => candidate.command === 'proj.compareWithBaseline');
        expect(command).toMatchObject({ title: 'Compare with Baseline', category: 'Proj' });
        const palette = manifest.contributes.menus.commandPalette.find(entry => entry.command === 'proj.compareWithBaseline');
        expect(palette?.when).toBe(manifest.contributes.menus.commandPalette.find(entry => entry.command === 'proj.openPreviewToSide')?.when);
        const titleMenu = manifest.contributes.menus['editor/title'];
        const preview = titleMenu.find(entry => entry.command === 'proj.openPreviewToSide')!;
        const compare = titleMenu.find(entry => entry.command === 'proj.compareWithBaseline')!;
        expect(compare.when).toBe('editorLangId == proj');
        expect(compare.group?.split('@')[0]).toBe(preview.group?.split('@')[0]);
    });

    it('every command the extension registers is contributed, and every contributed command registered', () => {
        const sources = ['client/src/preview/preview-commands.ts', 'client/src/new-plan-command.ts'].map(file => readFileSync(root + file, 'utf8')).join('\n');
        const registered = [...sources.matchAll(/registerCommand\('([^']+)'/g)].map(match => match[1]).sort();
        expect(registered).toEqual(manifest.contributes.commands.map(command => command.command).sort());
    });

    describe('run', () => {
        beforeEach(() => {
            host.commands.clear();
            host.panels.length = 0;
            host.activeUri = vscode.Uri.file('/plans/office.proj');
            registerPreview({ extensionUri: vscode.Uri.file('/extension') } as never, client as never);
        });

        it('opens the preview beside the editor, keeping the focus there, and selects the Baseline tab once the webview is ready', async () => {
            await host.commands.get('proj.compareWithBaseline')!();
            expect(host.panels).toHaveLength(1);
            const [panel] = host.panels;
            expect(panel).toMatchObject({ viewColumn: vscode.ViewColumn.Beside, preserveFocus: true });
            // Nothing is posted before the webview listens.
            expect(panel.posted).toEqual([]);
            panel.receive({ type: 'ready' } satisfies FromWebview);
            expect(panel.posted[0]).toEqual({ type: 'selectTab', tab: 'baseline' } satisfies ToWebview);
            // Once only: a later reload of the webview keeps the tab the user is on.
            panel.receive({ type: 'ready' } satisfies FromWebview);
            expect(panel.posted.filter(message => (message as ToWebview).type === 'selectTab')).toHaveLength(1);
        });

        it('with the preview open and listening, brings its Baseline tab forward at once', async () => {
            await host.commands.get('proj.openPreviewToSide')!();
            const [panel] = host.panels;
            panel.receive({ type: 'ready' } satisfies FromWebview);
            expect(panel.posted.some(message => (message as ToWebview).type === 'selectTab')).toBe(false);
            await host.commands.get('proj.compareWithBaseline')!();
            expect(host.panels).toHaveLength(1);
            expect(panel.posted.filter(message => (message as ToWebview).type === 'selectTab')).toEqual([{ type: 'selectTab', tab: 'baseline' }]);
        });
    });
});
