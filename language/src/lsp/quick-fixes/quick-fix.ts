import type { LangiumDocument } from 'langium';
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from 'vscode-languageserver';

/** What a quick fix is asked about: one diagnostic the editor sent, in the document as it is now. */
export interface QuickFixContext {
    readonly document: LangiumDocument;
    readonly diagnostic: Diagnostic;
}

/**
 * The fixes for one kind of diagnostic. A fix checks that the text still is what the diagnostic
 * was about (the editor may send a diagnostic of an older version) and offers nothing otherwise.
 */
export type QuickFix = (context: QuickFixContext) => CodeAction[];

/** A `quickfix` code action for the context's diagnostic that applies `edits` to its document. */
export function quickFix(context: QuickFixContext, title: string, edits: TextEdit[], isPreferred = false): CodeAction {
    return {
        title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [context.diagnostic],
        isPreferred: isPreferred || undefined,
        edit: { changes: { [context.document.textDocument.uri]: edits } },
    };
}
