import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node.js';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol';
import { generatePlan, planText } from './generate-plan.js';
import { formatMs } from './measure.js';

/** Node options the VS Code client starts the server with (client/src/extension.ts). */
export const SERVER_NODE_OPTIONS: string[] = [];

/**
 * The real language server over stdio, as an editor drives it: the time from opening a plan to
 * its diagnostics, and from an edit to the new diagnostics (what a user waits for while typing).
 */
export async function benchServer(root: string, tasks = 10_000, nodeOptions: string[] = SERVER_NODE_OPTIONS): Promise<{ openMs: number; editMs: number }> {
    const child = spawn(process.execPath, [...nodeOptions, join(root, 'out', 'server.cjs'), '--stdio'], { stdio: 'pipe' });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
    const published: Array<(params: PublishDiagnosticsParams) => void> = [];
    connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => published.shift()?.(params));
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/configuration', () => []);
    connection.listen();
    const nextPublish = () => new Promise<PublishDiagnosticsParams>(resolve => published.push(resolve));
    try {
        await connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: null });
        await connection.sendNotification('initialized', {});
        const uri = 'file:///bench/plan.proj';
        const text = planText(generatePlan(tasks));
        let started = performance.now();
        const opened = nextPublish();
        await connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'proj', version: 1, text } });
        await opened;
        const openMs = performance.now() - started;
        // Typing: each edit changes one duration; the figure is the median over the edits.
        const editTimes: number[] = [];
        for (let version = 2; version <= 8; version++) {
            const edited = text.replace('duration 3d', `duration ${version}d`);
            started = performance.now();
            const changed = nextPublish();
            await connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text: edited }] });
            await changed;
            editTimes.push(performance.now() - started);
        }
        const editMs = editTimes.sort((a, b) => a - b)[Math.floor(editTimes.length / 2)];
        console.log(`server   ${String(tasks).padStart(7)} tasks  ${formatMs(editMs).padStart(9)}   edit to diagnostics over stdio (median of 7 edits); first open ${formatMs(openMs)}`);
        return { openMs, editMs };
    } finally {
        connection.dispose();
        child.kill();
    }
}
