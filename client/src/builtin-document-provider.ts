import * as vscode from 'vscode';
// The client bundle must stay free of Langium; this module holds only the texts.
import { BUILTIN_SCHEME, builtinDocumentTexts } from '../../language/src/builtin/builtin-documents.js';

/**
 * Serves the documents that ship inside Proj (such as the ST0310 standard) under `proj-builtin:`.
 * The language server answers go-to-definition on `ksb K21` with such a URI, and VS Code can only
 * open it if some provider supplies the text. Content providers are read-only by nature, which
 * is what a published standard should be.
 */
export function registerBuiltinDocuments(): vscode.Disposable {
    const provider: vscode.TextDocumentContentProvider = {
        provideTextDocumentContent: uri => builtinDocumentTexts[uri.path],
    };
    return vscode.workspace.registerTextDocumentContentProvider(BUILTIN_SCHEME, provider);
}
