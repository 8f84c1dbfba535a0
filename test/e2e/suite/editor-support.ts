// What the editor tests share: the example plan in the test workspace, waiting for the language
// server, and small polling helpers. Only the `vscode` API: the same code runs in desktop VS Code
// and in code-server.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

export const EXTENSION_ID = 'proj-tools.proj';

/** The test workspace's copy of examples/office-move.proj. */
export function examplePlan(): vscode.Uri {
    const folder = vscode.workspace.workspaceFolders?.[0];
    assert.ok(folder, 'The editor tests need a workspace folder holding the examples.');
    return vscode.Uri.joinPath(folder.uri, 'office-move.proj');
}

/** Polls `probe` until it returns something other than undefined, or fails after `timeoutMs`. */
export async function eventually<T>(what: string, probe: () => T | undefined | Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    let lastError: unknown;
    while (Date.now() < deadline) {
        try {
            const value = await probe();
            if (value !== undefined) {
                return value;
            }
        } catch (error) {
            lastError = error;
        }
        await new Promise(resolve => setTimeout(resolve, 100));
    }
    throw new Error(`Timed out waiting for ${what}${lastError ? `: ${String(lastError)}` : ''}`);
}

/** Opens the example plan in the first column and waits until the language server has scheduled it. */
export async function openExample(): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument(examplePlan());
    const editor = await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
    await vscode.extensions.getExtension(EXTENSION_ID)?.activate();
    // Inlay hints carry the computed dates: once they come, the plan has been built and scheduled.
    await eventually('the schedule\'s inlay hints', async () => {
        const range = new vscode.Range(0, 0, document.lineCount, 0);
        const hints = await vscode.commands.executeCommand<vscode.InlayHint[]>('vscode.executeInlayHintProvider', document.uri, range);
        return hints.length > 0 ? hints : undefined;
    });
    return editor;
}

/** Where `text` first occurs in the document, shifted by `offset` characters. */
export function positionOf(document: vscode.TextDocument, text: string, offset = 0): vscode.Position {
    const index = document.getText().indexOf(text);
    assert.ok(index >= 0, `'${text}' is not in ${document.uri.path}`);
    return document.positionAt(index + offset);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
    const code = diagnostic.code;
    return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Replaces the first occurrence of `from` with `to` and waits for nothing: callers wait for what they expect. */
export async function replaceText(document: vscode.TextDocument, from: string, to: string): Promise<void> {
    const start = positionOf(document, from);
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(start, start.translate(0, from.length)), to);
    assert.ok(await vscode.workspace.applyEdit(edit), `The edit of '${from}' was refused.`);
}

export function markdownText(hover: vscode.Hover): string {
    return hover.contents.map(content => typeof content === 'string' ? content : content.value).join('\n');
}
