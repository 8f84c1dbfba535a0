import type { LangiumDocument } from 'langium';
import type { Formatter } from 'langium/lsp';
import type {
    DocumentFormattingParams, DocumentOnTypeFormattingOptions, DocumentOnTypeFormattingParams, DocumentRangeFormattingParams, TextEdit
} from 'vscode-languageserver';
import { layoutOf, whitespaceEdits, type PlanLayout } from './whitespace-edits.js';

/**
 * The one canonical layout of a plan (rules in formatting/canonical-layout.ts): 4 spaces per block,
 * one statement per line, blocks written on one line kept on one line, comments and single blank
 * lines kept. It changes whitespace only, and leaves a file with syntax errors alone.
 *
 * Langium's AbstractFormatter is not used: it cannot keep a one-line block as the user wrote it,
 * nor a trailing comment's column, and it needs care with comments; this formatter lays out the
 * whitespace between the tokens and comments of the CST itself.
 */
export class ProjFormatter implements Formatter {
    formatDocument(document: LangiumDocument, _params: DocumentFormattingParams): TextEdit[] {
        return this.edits(document, () => undefined);
    }

    formatDocumentRange(document: LangiumDocument, params: DocumentRangeFormattingParams): TextEdit[] {
        return this.edits(document, () => ({
            start: document.textDocument.offsetAt(params.range.start),
            end: document.textDocument.offsetAt(params.range.end),
        }));
    }

    /** On `}`: lays out the block it closes, from the line of its `{`. */
    formatDocumentOnType(document: LangiumDocument, params: DocumentOnTypeFormattingParams): TextEdit[] {
        if (params.ch !== '}') {
            return [];
        }
        return this.edits(document, layout => closedBlock(layout, document.textDocument.offsetAt(params.position)) ?? 'none');
    }

    get formatOnTypeOptions(): DocumentOnTypeFormattingOptions {
        return { firstTriggerCharacter: '}' };
    }

    /** Never throws: whatever goes wrong, the document is left as it is. */
    private edits(document: LangiumDocument, scope: (layout: PlanLayout) => { start: number; end: number } | undefined | 'none'): TextEdit[] {
        try {
            const layout = layoutOf(document);
            if (!layout) {
                return [];
            }
            const within = scope(layout);
            return within === 'none' ? [] : whitespaceEdits(document, layout, within);
        } catch {
            return [];
        }
    }
}

/** The offsets from the start of the line of `{` to the end of the `}` just typed before `offset`. */
function closedBlock(layout: PlanLayout, offset: number): { start: number; end: number } | undefined {
    const { items, text } = layout;
    let close = -1;
    for (let i = items.length - 1; i >= 0; i--) {
        if (items[i].end <= offset) {
            close = items[i].kind === 'token' && items[i].text === '}' ? i : -1;
            break;
        }
    }
    if (close < 0) {
        return undefined;
    }
    let depth = 0;
    for (let i = close; i >= 0; i--) {
        if (items[i].kind !== 'token') {
            continue;
        }
        if (items[i].text === '}') {
            depth++;
        } else if (items[i].text === '{' && --depth === 0) {
            const lineStart = Math.max(text.lastIndexOf('\n', items[i].offset - 1), text.lastIndexOf('\r', items[i].offset - 1)) + 1;
            return { start: lineStart, end: items[close].end };
        }
    }
    return undefined;
}
