import type { CstNode, LangiumDocument } from 'langium';
import { GrammarAST, isCompositeCstNode } from 'langium';
import type { Position, Range, SelectionRange } from 'vscode-languageserver';
import { rangeContains } from './proj-named-elements.js';

/**
 * Expand selection: from the word at each position out through the statements and blocks around it.
 * In `task fitout { duration 5d after survey +2d, permit }` with the cursor in `survey`: `survey`,
 * `survey +2d`, `after survey +2d, permit`, the task's body between its braces, the whole task, then
 * the same steps for the phase and the project around it. A string's text comes before its quotes.
 * Each step strictly contains the one before it; the same range is never offered twice.
 *
 * A statement is a run of tokens (and nested elements) that the grammar starts with a keyword or
 * element of the block's repeated alternatives (`after`, `duration`, `assign`, `ksb`, an item), up
 * to the next such start or brace, so keywords inside a statement (`residual likelihood 2 impact 3`,
 * `after a, b`) do not split it. The header before a block's `{` is a statement too.
 */
export function selectionRangesOf(document: LangiumDocument, positions: readonly Position[]): SelectionRange[] {
    return positions.map(position => selectionRangeAt(document, position));
}

function selectionRangeAt(document: LangiumDocument, position: Position): SelectionRange {
    const ranges: Range[] = [{ start: position, end: position }];
    const offer = (range: Range | undefined) => {
        const last = ranges[ranges.length - 1];
        if (range && rangeContains(range, last) && !sameRange(range, last)) {
            ranges.push(range);
        }
    };
    const root = document.parseResult?.value?.$cstNode;
    const offset = document.textDocument.offsetAt(position);
    const path = root ? pathTo(root, offset) : [];
    const leaf = path[path.length - 1];
    if (leaf && !isCompositeCstNode(leaf)) {
        if (leaf.text.length > 2 && leaf.text.startsWith('"') && leaf.text.endsWith('"')) {
            const { start, end } = leaf.range;
            offer(start.line === end.line ? { start: { line: start.line, character: start.character + 1 }, end: { line: end.line, character: end.character - 1 } } : undefined);
        }
        offer(leaf.range);
    }
    for (let depth = path.length - 1; depth >= 0; depth--) {
        const node = path[depth];
        const child = path[depth + 1];
        if (isCompositeCstNode(node) && !child?.hidden) {
            offer(child && statementAround(node.content, child));
            offer(bodyAround(node.content, child?.offset ?? offset));
        }
        offer(node.range);
    }
    // The first range is the position itself, there only to be grown from.
    const steps = ranges.length > 1 ? ranges.slice(1) : ranges;
    return steps.reduceRight<SelectionRange | undefined>((parent, range) => ({ range, ...(parent ? { parent } : {}) }), undefined)
        ?? { range: ranges[0] };
}

/**
 * The CST nodes from the root down to the token at `offset` (or the token that ends there, for a
 * cursor just after a word). Stops at the innermost node when the offset falls between its tokens.
 */
function pathTo(root: CstNode, offset: number): CstNode[] {
    const path = [root];
    let node = root;
    while (isCompositeCstNode(node)) {
        const content = node.content;
        const next = content.find(child => child.offset <= offset && offset < child.end)
            ?? content.find(child => child.end === offset && !child.hidden);
        if (!next) {
            break;
        }
        path.push(next);
        node = next;
    }
    return path;
}

/** The statement among `content` that holds `child`, from its first token to its last. */
function statementAround(content: readonly CstNode[], child: CstNode): Range | undefined {
    const index = content.indexOf(child);
    if (index < 0 || isBrace(child)) {
        return undefined;
    }
    let first = index;
    while (first > 0 && !startsStatement(content[first]) && !isBrace(content[first - 1])) {
        first--;
    }
    let last = index;
    while (last + 1 < content.length && !startsStatement(content[last + 1]) && !isBrace(content[last + 1])) {
        last++;
    }
    return spanOf(content.slice(first, last + 1));
}

/** What lies between the braces of the block whose content this is, when `offset` lies there. */
function bodyAround(content: readonly CstNode[], offset: number): Range | undefined {
    const open = content.findIndex(isBrace);
    const close = content.findIndex((node, index) => index > open && isBrace(node));
    if (open < 0 || content[open].text !== '{' || offset < content[open].end || (close >= 0 && offset > content[close].offset)) {
        return undefined;
    }
    return spanOf(content.slice(open + 1, close >= 0 ? close : content.length));
}

/** The range from the first to the last token of `nodes`, comments left out. */
function spanOf(nodes: readonly CstNode[]): Range | undefined {
    const tokens = nodes.filter(node => !node.hidden && node.length > 0);
    if (tokens.length === 0) {
        return undefined;
    }
    const start = tokens[0].range.start;
    const end = tokens[tokens.length - 1].range.end;
    return start.line < end.line || (start.line === end.line && start.character <= end.character) ? { start, end } : undefined;
}

function isBrace(node: CstNode): boolean {
    return !node.hidden && (node.text === '{' || node.text === '}') && GrammarAST.isKeyword(node.grammarSource);
}

/**
 * Whether the grammar starts a statement with this node: its grammar element comes first in every
 * group around it, up to a repeated choice (a block's `( ... | ... )*`) or a rule of its own.
 */
function startsStatement(node: CstNode): boolean {
    if (node.hidden) {
        return false;
    }
    let element: GrammarAST.AbstractElement | undefined = node.grammarSource;
    while (element) {
        const container: unknown = element.$container;
        if (GrammarAST.isParserRule(container)) {
            return true;
        }
        if (GrammarAST.isGroup(container)) {
            if (container.elements[0] !== element) {
                return false;
            }
        } else if (GrammarAST.isAlternatives(container) && (container.cardinality === '*' || container.cardinality === '+')) {
            return true;
        }
        element = GrammarAST.isAbstractElement(container) ? container : undefined;
    }
    return false;
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character
        && a.end.line === b.end.line && a.end.character === b.end.character;
}
