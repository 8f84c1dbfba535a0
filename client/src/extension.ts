import * as path from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node.js';
import { registerBuiltinDocuments } from './builtin-document-provider.js';
import { registerNewPlanCommand } from './new-plan-command.js';
import { registerPreview } from './preview/preview-commands.js';
import { SERVER_EXEC_ARGV } from './server-process.js';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    // Registered before the client starts so that the first go-to-definition into the
    // built-in standard already has somewhere to open.
    context.subscriptions.push(registerBuiltinDocuments(), registerNewPlanCommand());

    const serverModule = context.asAbsolutePath(path.join('out', 'server.cjs'));
    const serverOptions: ServerOptions = {
        run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV] } },
        debug: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...SERVER_EXEC_ARGV, '--nolazy', '--inspect=6009'] } },
    };

    const watcher = vscode.workspace.createFileSystemWatcher('**/*.proj');
    context.subscriptions.push(watcher);
    const clientOptions: LanguageClientOptions = {
        documentSelector: [
            { scheme: 'file', language: 'proj' },
            { scheme: 'untitled', language: 'proj' },
        ],
        // Plans reference each other across files, so the server must hear about files that are
        // created, changed or deleted outside the editor too.
        synchronize: { fileEvents: watcher },
    };

    client = new LanguageClient('proj', 'Proj Language Server', serverOptions, clientOptions);
    // Before the client starts, so that a preview restored after a reload finds its serializer;
    // its requests wait for the client.
    context.subscriptions.push(registerPreview(context, client));
    await client.start();
}

export async function deactivate(): Promise<void> {
    await client?.stop();
    client = undefined;
}
