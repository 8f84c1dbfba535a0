import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node.js';
import type { InitializeResult, Position, PublishDiagnosticsParams } from 'vscode-languageserver-protocol';

export const rootDir = join(__dirname, '..', '..', '..');
export const serverPath = join(rootDir, 'out', 'server.cjs');

/** Throws unless the bundled server exists (`npm test` builds it; otherwise run `node esbuild.mjs`). */
export function assertServerBuilt(): void {
    if (!existsSync(serverPath)) {
        throw new Error(`${serverPath} does not exist: build it first with \`node esbuild.mjs\` (npm test does).`);
    }
}

/** The position of the first match of `text` in `source`, plus `offset` characters. */
export function positionOf(source: string, text: string, offset = 0): Position {
    const index = source.indexOf(text);
    if (index < 0) {
        throw new Error(`'${text}' is not in the source`);
    }
    const before = source.slice(0, index + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/**
 * The real language server, `node out/server.cjs --stdio`, as a child process, with a JSON-RPC
 * connection to it that records every diagnostics publication.
 */
export class LanguageServerProcess {
    readonly child: ChildProcessWithoutNullStreams;
    readonly connection: MessageConnection;
    readonly publishes: PublishDiagnosticsParams[] = [];
    stderr = '';
    private readonly listeners: Array<() => void> = [];
    private readonly exit: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

    constructor(readonly waitMs = 10_000) {
        this.child = spawn(process.execPath, [serverPath, '--stdio'], { cwd: rootDir, stdio: 'pipe' });
        this.exit = new Promise(resolve => this.child.once('exit', (code, signal) => {
            resolve({ code, signal });
            this.notify();
        }));
        this.child.stderr.setEncoding('utf8');
        this.child.stderr.on('data', (chunk: string) => {
            this.stderr += chunk;
        });
        this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
        this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
            this.publishes.push(params);
            this.notify();
        });
        // The server may ask for things an editor would answer; answer as an editor without those capabilities.
        this.connection.onRequest('client/registerCapability', () => null);
        this.connection.onRequest('workspace/configuration', () => []);
        this.connection.onRequest('window/workDoneProgress/create', () => null);
        // A dead server closes the streams; the tests report that through `exited`, not as unhandled errors.
        this.connection.onError(() => undefined);
        this.connection.listen();
    }

    get exited(): boolean {
        return this.child.exitCode !== null || this.child.signalCode !== null;
    }

    /** Sends `initialize` (no workspace folders, no client capabilities) and `initialized`. */
    async initialize(): Promise<InitializeResult> {
        const result = await this.connection.sendRequest<InitializeResult>('initialize', {
            processId: process.pid,
            rootUri: null,
            capabilities: {},
            workspaceFolders: null,
        });
        await this.connection.sendNotification('initialized', {});
        return result;
    }

    async open(uri: string, text: string, version = 1): Promise<void> {
        await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'proj', version, text } });
    }

    async change(uri: string, text: string, version: number): Promise<void> {
        await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    }

    /** Resolves with the first publication for `uri` after the first `seen` publications (of any URI). */
    publishFor(uri: string, seen: number): Promise<PublishDiagnosticsParams> {
        return new Promise((resolve, reject) => {
            let done = false;
            const finish = (outcome: () => void) => {
                if (done) {
                    return;
                }
                done = true;
                clearTimeout(timer);
                this.listeners.splice(this.listeners.indexOf(check), 1);
                outcome();
            };
            const check = () => {
                const found = this.publishes.slice(seen).find(publish => publish.uri === uri);
                if (found) {
                    finish(() => resolve(found));
                } else if (this.exited) {
                    finish(() => reject(new Error(`The server exited (code ${this.child.exitCode}, signal ${this.child.signalCode}) before publishing diagnostics for ${uri}. Its stderr:\n${this.stderr}`)));
                }
            };
            const timer = setTimeout(() => finish(() => reject(new Error(
                `No textDocument/publishDiagnostics for ${uri} within ${this.waitMs} ms; got ${JSON.stringify(this.publishes.slice(seen).map(p => p.uri))}. Server stderr:\n${this.stderr}`
            ))), this.waitMs);
            this.listeners.push(check);
            check();
        });
    }

    /** The exit code, or 'timeout' if the process is still running after `ms`. */
    async exitWithin(ms: number): Promise<number | null | 'timeout'> {
        let timer: NodeJS.Timeout | undefined;
        const timeout = new Promise<'timeout'>(resolve => {
            timer = setTimeout(() => resolve('timeout'), ms);
        });
        const outcome = await Promise.race([this.exit.then(({ code }) => code), timeout]);
        clearTimeout(timer);
        return outcome;
    }

    /** Disposes of the connection and kills the process if it still runs. */
    dispose(): void {
        this.connection.dispose();
        if (!this.exited) {
            this.child.kill('SIGKILL');
        }
    }

    private notify(): void {
        [...this.listeners].forEach(listener => listener());
    }
}
