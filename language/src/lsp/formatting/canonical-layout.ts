import type { LayoutItem } from './layout-items.js';

/** Spaces per level of nesting. */
export const INDENT = 4;

/** Tokens written against the token before them: `after a, b`, `progress 40%`, `rate 350/d`, `phase.task`. */
const TIGHT_BEFORE = new Set([',', '%', '/', '.']);
/** Tokens written against the token after them: `350/d`, `phase.task`. */
const TIGHT_AFTER = new Set(['/', '.']);

/**
 * The canonical whitespace of a plan: for `items` (the tokens and comments of `text`, in order), the
 * whitespace to put before each item and, last, after the final one (`items.length + 1` gaps).
 * Undefined when the braces do not pair up.
 *
 * The rules:
 * - Statements (properties and elements) one per line, indented 4 spaces per enclosing block; `{`
 *   on the line of its header, `}` on its own line, aligned with the header.
 * - A block written on one line stays on one line, `{ duration 3d after scope }`, unless it holds
 *   another block; an empty block is `{ }`. The formatter never joins the lines of a block.
 * - One space between the tokens of a statement, none before `,` and `%`, none around `/` and `.`.
 * - Comments keep their place among the tokens. A comment on a line of its own stays on a line of
 *   its own, indented as the statement after it (as the block's content before a `}`). A comment
 *   after code stays on that line: in its column if the code leaves room and the line is a line of
 *   the source (not one split off it), else one space after the code. A block comment that leads
 *   a line keeps the statement after it on that line. A token sent to a new line by a comment in
 *   mid-statement is indented one level more; a `{` sent to a new line lines up with its header.
 * - A run of blank lines becomes one blank line; none after `{`, before `}` or at the start of the
 *   file; the file ends with one line break; no line (nor line comment) ends in whitespace. Line
 *   breaks are the file's own (its first one: `\r\n`, `\n` or `\r`).
 */
export function canonicalGaps(text: string, items: readonly LayoutItem[]): string[] | undefined {
    const structure = blockStructure(items, text);
    if (!structure) {
        return undefined;
    }
    const { partner, expanded, depth, enclosing } = structure;
    const count = items.length;
    const eol = lineBreakOf(text);

    const isToken = (i: number) => items[i].kind === 'token';
    const isOpen = (i: number) => isToken(i) && items[i].text === '{';
    const isClose = (i: number) => isToken(i) && items[i].text === '}';
    /** Whether a statement starting at `i` goes on a line of its own: in a block laid out on several lines, or at the top level. */
    const ownLine = (i: number) => enclosing[i] < 0 || expanded[enclosing[i]] === 1;
    const nextToken = new Int32Array(count + 1).fill(count);
    const previousToken = new Int32Array(count).fill(-1);
    for (let i = count - 1; i >= 0; i--) {
        nextToken[i] = isToken(i) ? i : nextToken[i + 1];
    }
    for (let i = 0, last = -1; i < count; i++) {
        previousToken[i] = last;
        if (isToken(i)) {
            last = i;
        }
    }

    /** Whether the token `i` must begin a line, whatever the comments around it. */
    const breaksBefore = (i: number): boolean => {
        if (isClose(i)) {
            return expanded[partner[i]] === 1;
        }
        const before = previousToken[i];
        if (before >= 0 && isOpen(before) && expanded[before] === 1) {
            return true;
        }
        return items[i].statementStart && ownLine(i);
    };
    /** The indentation level of a line beginning with item `i`. */
    const levelOf = (i: number): number => {
        const token = nextToken[i];
        if (token === count) {
            return depth[i];
        }
        if (isClose(token)) {
            // A comment before `}` is inside the block; the `}` itself lines up with the header.
            return token === i ? depth[i] - 1 : depth[i];
        }
        if (isOpen(token)) {
            // Sent to a line of its own by a comment after the header: it lines up with the header too.
            return depth[i];
        }
        if (breaksBefore(token)) {
            return depth[i];
        }
        // Mid-statement, after a comment that forced the break.
        return depth[i] + 1;
    };

    const gaps: string[] = new Array(count + 1);
    let column = 0;
    let previousBeganLine = true;
    /** Whether the current output line begins where a line of the source began (it is not a piece of a split line). */
    let lineKeptFromSource = true;
    for (let i = 0; i <= count; i++) {
        const gapStart = i === 0 ? 0 : items[i - 1].end;
        const gapEnd = i === count ? text.length : items[i].offset;
        const source = text.slice(gapStart, gapEnd);
        const sourceBreaks = lineBreaksIn(source);
        let gap: string;
        if (i === 0) {
            gap = source.startsWith('\uFEFF') ? '\uFEFF' : '';
        } else if (i === count) {
            gap = eol;
        } else {
            const previous = items[i - 1];
            const current = items[i];
            const newLine = () => {
                const blankAllowed = !isOpen(i - 1) && !isClose(i);
                return (sourceBreaks >= 2 && blankAllowed ? eol + eol : eol) + ' '.repeat(INDENT * Math.max(0, levelOf(i)));
            };
            if (previous.kind === 'line-comment') {
                gap = newLine();
            } else if (current.kind !== 'token') {
                if (sourceBreaks > 0) {
                    gap = newLine();
                } else if (current.kind === 'line-comment' || i + 1 === count || lineBreaksIn(text.slice(current.end, items[i + 1].offset)) > 0) {
                    // A comment at the end of a line keeps its column if the code leaves room, so
                    // that aligned comments stay aligned, unless the line is a piece of a split one.
                    gap = lineKeptFromSource ? ' '.repeat(Math.max(1, columnOf(text, current.offset) - column)) : ' ';
                } else {
                    gap = ' ';
                }
            } else if (previous.kind === 'block-comment') {
                if (sourceBreaks > 0) {
                    gap = newLine();
                } else if (breaksBefore(i) && !(current.statementStart && previousBeganLine)) {
                    gap = newLine();
                } else {
                    // `/* note */ duration 3d`: a comment that leads a statement stays in front of it.
                    gap = ' ';
                }
            } else if (breaksBefore(i)) {
                gap = newLine();
            } else if (TIGHT_BEFORE.has(current.text) || TIGHT_AFTER.has(previous.text)) {
                gap = '';
            } else {
                gap = ' ';
            }
        }
        gaps[i] = gap;
        column = advanceColumn(column, gap);
        previousBeganLine = i === 0 || lineBreaksIn(gap) > 0;
        if (previousBeganLine) {
            lineKeptFromSource = i === 0 || sourceBreaks > 0;
        }
        if (i < count) {
            column = advanceColumn(column, items[i].text);
        }
    }
    return gaps;
}

interface BlockStructure {
    /** For a brace, the index of the other brace of its block. */
    readonly partner: Int32Array;
    /** For a brace, 1 if its block is laid out over several lines. */
    readonly expanded: Uint8Array;
    /** For each item, the number of blocks open before it (a `}` counts its own block). */
    readonly depth: Int32Array;
    /** For each item, the index of the `{` of the innermost block open before it, or -1. */
    readonly enclosing: Int32Array;
}

/**
 * Pairs the braces and decides which blocks take several lines: those written over several lines
 * and those that hold another block. An empty block (no tokens, no comments) is always `{ }`.
 */
function blockStructure(items: readonly LayoutItem[], text: string): BlockStructure | undefined {
    const count = items.length;
    const partner = new Int32Array(count).fill(-1);
    const expanded = new Uint8Array(count);
    const depth = new Int32Array(count);
    const enclosing = new Int32Array(count).fill(-1);
    const holdsBlock = new Uint8Array(count);
    const line = new Int32Array(count);
    const stack: number[] = [];
    let currentLine = 0;
    for (let i = 0; i < count; i++) {
        const item = items[i];
        currentLine += lineBreaksIn(text.slice(i === 0 ? 0 : items[i - 1].end, item.offset));
        line[i] = currentLine;
        currentLine += lineBreaksIn(item.text);
        depth[i] = stack.length;
        enclosing[i] = stack.length > 0 ? stack[stack.length - 1] : -1;
        if (item.kind !== 'token') {
            continue;
        }
        if (item.text === '{') {
            if (stack.length > 0) {
                holdsBlock[stack[stack.length - 1]] = 1;
            }
            stack.push(i);
        } else if (item.text === '}') {
            const open = stack.pop();
            if (open === undefined) {
                return undefined;
            }
            partner[i] = open;
            partner[open] = i;
            const empty = i === open + 1;
            expanded[open] = expanded[i] = !empty && (line[i] > line[open] || holdsBlock[open] === 1) ? 1 : 0;
        }
    }
    return stack.length === 0 ? { partner, expanded, depth, enclosing } : undefined;
}

/** The file's first line break (`\r\n`, `\n` or `\r`), `\n` if it has none. */
function lineBreakOf(text: string): string {
    return /\r\n|\n|\r/.exec(text)?.[0] ?? '\n';
}

/** The number of line breaks (`\r\n`, `\n` or `\r`) in `text`. */
export function lineBreaksIn(text: string): number {
    let breaks = 0;
    for (let i = 0; i < text.length; i++) {
        const char = text.charCodeAt(i);
        if (char === 10 || (char === 13 && text.charCodeAt(i + 1) !== 10)) {
            breaks++;
        }
    }
    return breaks;
}

function columnOf(text: string, offset: number): number {
    const lineStart = Math.max(text.lastIndexOf('\n', offset - 1), text.lastIndexOf('\r', offset - 1)) + 1;
    return offset - lineStart;
}

function advanceColumn(column: number, text: string): number {
    const lastBreak = Math.max(text.lastIndexOf('\n'), text.lastIndexOf('\r'));
    return lastBreak >= 0 ? text.length - lastBreak - 1 : column + text.length;
}
