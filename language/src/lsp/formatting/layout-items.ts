import { CstUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode } from 'langium';
import { grammarOf, statementStartsOf } from './statement-starts.js';

/** One thing the layout places: a token of the grammar or a comment. Everything between two items is whitespace. */
export interface LayoutItem {
    readonly kind: 'token' | 'line-comment' | 'block-comment';
    readonly offset: number;
    readonly end: number;
    readonly text: string;
    /** A token that begins a statement: a property's keyword or an element (see statement-starts.ts). */
    readonly statementStart: boolean;
}

/**
 * The tokens and comments of `text`, in order, read from the CST it was parsed into. Undefined when
 * the CST does not account for every character that is not whitespace or a comment: then the text
 * is not safe to lay out (the caller formats only text that parsed without errors).
 */
export function layoutItemsOf(text: string, root: CstNode): LayoutItem[] | undefined {
    const leaves: CstNode[] = [];
    const startOffsets = new Set<number>();
    let starts: ReadonlySet<AstNode> | undefined;
    for (const node of CstUtils.streamCst(root)) {
        if (isLeafCstNode(node)) {
            if (!node.hidden) {
                leaves.push(node);
                starts ??= statementStartsFor(node);
            }
        } else if (isCompositeCstNode(node) && node.length > 0) {
            starts ??= statementStartsFor(node);
            if (node.grammarSource && starts?.has(node.grammarSource)) {
                startOffsets.add(node.offset);
            }
        }
    }
    if (leaves.length > 0 && !starts) {
        return undefined;
    }
    const items: LayoutItem[] = [];
    let position = 0;
    for (const leaf of leaves) {
        if (leaf.length === 0 || leaf.offset < position || text.slice(leaf.offset, leaf.end) !== leaf.text) {
            return undefined;
        }
        if (!scanGap(text, position, leaf.offset, items)) {
            return undefined;
        }
        items.push({
            kind: 'token',
            offset: leaf.offset,
            end: leaf.end,
            text: leaf.text,
            statementStart: startOffsets.has(leaf.offset) || (leaf.grammarSource !== undefined && starts!.has(leaf.grammarSource)),
        });
        position = leaf.end;
    }
    if (!scanGap(text, position, text.length, items)) {
        return undefined;
    }
    return items;
}

function statementStartsFor(node: CstNode): ReadonlySet<AstNode> | undefined {
    const grammar = grammarOf(node.grammarSource);
    return grammar && statementStartsOf(grammar);
}

const WHITESPACE = /\s/;

/** Adds the comments between `from` and `to`; false if something other than whitespace and comments is there. */
function scanGap(text: string, from: number, to: number, items: LayoutItem[]): boolean {
    let index = from;
    while (index < to) {
        const char = text[index];
        if (WHITESPACE.test(char)) {
            index++;
        } else if (text.startsWith('//', index)) {
            let end = index + 2;
            while (end < to && text[end] !== '\n' && text[end] !== '\r') {
                end++;
            }
            // Whitespace at the end of a line comment is the line's trailing whitespace: it goes.
            let contentEnd = end;
            while (contentEnd > index + 2 && WHITESPACE.test(text[contentEnd - 1])) {
                contentEnd--;
            }
            items.push({ kind: 'line-comment', offset: index, end: contentEnd, text: text.slice(index, contentEnd), statementStart: false });
            index = end;
        } else if (text.startsWith('/*', index)) {
            const close = text.indexOf('*/', index + 2);
            if (close < 0 || close + 2 > to) {
                return false;
            }
            items.push({ kind: 'block-comment', offset: index, end: close + 2, text: text.slice(index, close + 2), statementStart: false });
            index = close + 2;
        } else {
            return false;
        }
    }
    return true;
}
