import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { SERVER_EXEC_ARGV } from '../client/src/server-process.js';

/** The bundled language server over stdio, driven as an editor drives it, with the editor's Node options. */
export class LanguageServerSession {
    private readonly child: ChildProcessWithoutNullStreams;
    readonly connection: MessageConnection;
    private readonly waiting: Array<(params: PublishDiagnosticsParams) => void> = [];
    private readonly waitingFor = new Map<string, Array<(params: PublishDiagnosticsParams) => void>>();
    private version = 1;

    constructor(root: string, nodeOptions: readonly string[] = SERVER_EXEC_ARGV) {
        this.child = spawn(process.execPath, [...nodeOptions, join(root, 'out', 'server.cjs'), '--stdio'], { stdio: 'pipe' });
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.waiting.shift()?.(params);
            const forUri = this.waitingFor.get(params.uri);
            this.waitingFor.delete(params.uri);
            forUri?.forEach(resolve => resolve(params));
        });
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('workspace/configuration', () => []);
        this.connection.listen();
    }

    async initialize(): Promise<void> {
        await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await this.connection.sendNotification('initialized', {});
    }

    /** Opens a document and resolves when its diagnostics are published. */
    async open(uri: string, text: string): Promise<PublishDiagnosticsParams> {
        const published = this.nextPublish();
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'proj', version: this.version, text } });
        return published;
    }

    /** Replaces a document's text; `published` resolves with the diagnostics that follow. */
    async change(uri: string, text: string): Promise<{ published: Promise<PublishDiagnosticsParams> }> {
        const published = this.nextPublish();
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version: ++this.version }, contentChanges: [{ text }] });
        return { published };
    }

    /** Resolves with the next diagnostics published for `uri`. */
    nextPublishFor(uri: string): Promise<PublishDiagnosticsParams> {
        return new Promise(resolve => {
            const list = this.waitingFor.get(uri) ?? [];
            list.push(resolve);
            this.waitingFor.set(uri, list);
        });
    }

    request<R>(method: string, params: unknown): Promise<R> {
        return this.connection.sendRequest(method, params) as Promise<R>;
    }

    dispose(): void {
        this.connection.dispose();
        this.child.kill();
    }

    private nextPublish(): Promise<PublishDiagnosticsParams> {
        return new Promise(resolve => this.waiting.push(resolve));
    }
}
