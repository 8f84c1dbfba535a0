import type { LangiumDocument } from 'langium';
import type { Range, TextEdit } from 'vscode-languageserver';
import { canonicalGaps } from './canonical-layout.js';
import { layoutItemsOf, type LayoutItem } from './layout-items.js';

/** A plan's layout: its tokens and comments, and the canonical whitespace before each (and after the last). */
export interface PlanLayout {
    readonly text: string;
    readonly items: readonly LayoutItem[];
    readonly gaps: readonly string[];
}

/**
 * The canonical layout of a document, or undefined when it must be left alone: it has syntax
 * errors (the formatter would guess at its structure), its parse is not of its current text, or
 * it holds nothing but whitespace.
 */
export function layoutOf(document: LangiumDocument): PlanLayout | undefined {
    const { parseResult } = document;
    if (!parseResult || parseResult.lexerErrors.length > 0 || parseResult.parserErrors.length > 0) {
        return undefined;
    }
    const root = parseResult.value?.$cstNode?.root;
    const text = document.textDocument.getText();
    if (!root || root.fullText !== text) {
        return undefined;
    }
    const items = layoutItemsOf(text, root);
    if (!items || items.length === 0) {
        return undefined;
    }
    const gaps = canonicalGaps(text, items);
    return gaps && { text, items, gaps };
}

/** The text of the document laid out canonically. */
export function formattedText(layout: PlanLayout): string {
    const parts: string[] = [];
    layout.items.forEach((item, i) => parts.push(layout.gaps[i], item.text));
    parts.push(layout.gaps[layout.items.length]);
    return parts.join('');
}

/**
 * The edits that turn each stretch of whitespace into its canonical form: only whitespace changes.
 * With `within` (offsets), only the stretches that overlap it, so that range formatting leaves the
 * rest of the file as it is.
 */
export function whitespaceEdits(document: LangiumDocument, layout: PlanLayout, within?: { start: number; end: number }): TextEdit[] {
    const { text, items, gaps } = layout;
    const edits: TextEdit[] = [];
    for (let i = 0; i <= items.length; i++) {
        const start = i === 0 ? 0 : items[i - 1].end;
        const end = i === items.length ? text.length : items[i].offset;
        if (gaps[i] === text.slice(start, end)) {
            continue;
        }
        if (within && !overlaps(start, end, within)) {
            continue;
        }
        const range: Range = { start: document.textDocument.positionAt(start), end: document.textDocument.positionAt(end) };
        edits.push({ range, newText: gaps[i] });
    }
    return edits;
}

function overlaps(start: number, end: number, within: { start: number; end: number }): boolean {
    if (start === end) {
        return start >= within.start && start <= within.end;
    }
    return start < within.end && end > within.start;
}
