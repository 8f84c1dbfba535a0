import type { IToken } from 'chevrotain';

/** A `{ ... }` block whose `}` is missing, as the user wrote it. */
export interface UnclosedBlock {
    /** `phase`, `task`, `calendar`...; undefined when the `{` has nothing before it on its line. */
    readonly keyword?: string;
    /** The id after the keyword, if it has one. */
    readonly name?: string;
    /** Where the keyword and name (or the `{` alone) are: the most useful place to point at. */
    readonly start: number;
    readonly end: number;
    /** The 1-based line the block opened on. */
    readonly line: number;
    /** The token the `}` belongs before, or undefined for the end of the file. */
    readonly before?: IToken;
    /** Found by the indentation, which shows the block ending before `before`: not a guess. */
    readonly byIndentation: boolean;
}

interface Opener {
    readonly index: number;
    /** The index of the `}` that the braces match with it, if any. */
    close?: number;
}

/**
 * The block that a "expected '}'" error at `errorOffset` comes from. The braces alone cannot say
 * which block lost its `}`: a phase left open swallows the statements after it, and the parser only
 * notices at the end of the file, where the project seems to be the open one. The indentation can:
 * the block is the first whose later lines come back to its own indentation (or less) before it
 * closes. Without indentation to go by, the innermost block still open at the error is taken.
 */
export function unclosedBlockAt(text: string, tokens: readonly IToken[], errorOffset: number): UnclosedBlock | undefined {
    const openers: Opener[] = [];
    const stack: Opener[] = [];
    let openAtError: Opener | undefined;
    for (let i = 0; i < tokens.length; i++) {
        const token = tokens[i];
        if (token.startOffset >= errorOffset && openAtError === undefined) {
            openAtError = stack.at(-1) ?? { index: -1 };
        }
        if (token.image === '{' && token.tokenType.name === '{') {
            const opener: Opener = { index: i };
            openers.push(opener);
            stack.push(opener);
        } else if (token.image === '}' && token.tokenType.name === '}') {
            const opener = stack.pop();
            if (opener) {
                opener.close = i;
            }
        }
    }
    openAtError ??= stack.at(-1);
    const lines = new LineIndex(text);
    let found: { opener: Opener; at: number } | undefined;
    for (const opener of openers) {
        if (tokens[opener.index].startOffset >= errorOffset) {
            break;
        }
        const at = firstDedent(tokens, opener, lines, errorOffset);
        // The earliest dedent is where the `}` was forgotten; of blocks dedenting at one line, the innermost.
        if (at !== undefined && (found === undefined || at <= found.at)) {
            found = { opener, at };
        }
    }
    if (found) {
        return blockOf(tokens, found.opener.index, lines, tokens[found.at], true);
    }
    if (openAtError && openAtError.index >= 0) {
        return blockOf(tokens, openAtError.index, lines, tokens.find(token => token.startOffset >= errorOffset), false);
    }
    return undefined;
}

/**
 * The index of the first token, inside the block as the braces have it, that starts a line at the
 * indentation of the block's first line or less (or a `}` that starts a line left of it, which
 * closes an outer block): the statement the block should have ended before. A block whose first
 * line holds more after its `{` (`task a { duration 1d`) should end on that line. Undefined when
 * the block's lines are not indented past its first.
 */
function firstDedent(tokens: readonly IToken[], opener: Opener, lines: LineIndex, errorOffset: number): number | undefined {
    const openLine = lines.lineOf(tokens[opener.index].startOffset);
    const own = lines.indentOf(openLine);
    const last = opener.close ?? tokens.length - 1;
    const oneLiner = opener.index + 1 <= last && lines.lineOf(tokens[opener.index + 1].startOffset) === openLine && tokens[opener.index + 1].image !== '}';
    let indented = false;
    let previousLine = openLine;
    for (let i = opener.index + 1; i <= last && tokens[i].startOffset <= errorOffset; i++) {
        const line = lines.lineOf(tokens[i].startOffset);
        if (line === previousLine || tokens[i].tokenType.name === 'EOF') {
            continue;
        }
        previousLine = line;
        const indent = lines.indentOf(line);
        const closing = tokens[i].image === '}';
        if (closing ? indent < own : indent <= own) {
            return indented || oneLiner || closing ? i : undefined;
        }
        indented ||= !closing;
    }
    return undefined;
}

function blockOf(tokens: readonly IToken[], openIndex: number, lines: LineIndex, before: IToken | undefined, byIndentation: boolean): UnclosedBlock {
    const open = tokens[openIndex];
    const line = lines.lineOf(open.startOffset);
    // The statement's words before the `{`, on its line and after any other brace.
    let first = openIndex;
    while (first > 0 && lines.lineOf(tokens[first - 1].startOffset) === line && tokens[first - 1].image !== '{' && tokens[first - 1].image !== '}') {
        first--;
    }
    const keywordToken = first < openIndex && /^[a-z]+$/.test(tokens[first].image) ? tokens[first] : undefined;
    const nameToken = keywordToken && first + 1 < openIndex && tokens[first + 1].tokenType.name === 'ID' ? tokens[first + 1] : undefined;
    const from = keywordToken ?? open;
    const to = nameToken ?? keywordToken ?? open;
    return {
        keyword: keywordToken?.image,
        name: nameToken?.image,
        start: from.startOffset,
        end: to.startOffset + to.image.length,
        line: line + 1,
        before: before && before.tokenType.name !== 'EOF' ? before : undefined,
        byIndentation,
    };
}

/** Keywords that are abbreviations, written as people write them. */
const KEYWORD_TITLES: Readonly<Record<string, string>> = { kpi: 'KPI', ksb: 'KSB' };

/** `phase delivery`'s words in a message: "Phase `delivery`", or "The calendar block". */
export function unclosedBlockTitle(block: UnclosedBlock): string {
    if (block.keyword && block.name) {
        const title = KEYWORD_TITLES[block.keyword] ?? `${block.keyword[0].toUpperCase()}${block.keyword.slice(1)}`;
        return `${title} \`${block.name}\``;
    }
    return block.keyword ? `The ${block.keyword} block` : 'The block';
}

export function unclosedBlockMessage(block: UnclosedBlock, beforeLine: number | undefined): string {
    const before = !block.before ? 'the end of the file'
        : block.before.image === '}' ? `the '}' on line ${beforeLine}, which closes the block around it`
        : `'${block.before.image}' on line ${beforeLine}`;
    return `${unclosedBlockTitle(block)} opened on line ${block.line} is not closed: expected '}' before ${before}.`;
}

/** Lines and their indentation, a tab counting as four spaces. */
class LineIndex {
    private readonly starts: number[] = [0];

    constructor(private readonly text: string) {
        for (let i = 0; i < text.length; i++) {
            if (text[i] === '\n') {
                this.starts.push(i + 1);
            }
        }
    }

    /** The 0-based line of an offset. */
    lineOf(offset: number): number {
        let low = 0;
        let high = this.starts.length - 1;
        while (low < high) {
            const middle = (low + high + 1) >> 1;
            if (this.starts[middle] <= offset) {
                low = middle;
            } else {
                high = middle - 1;
            }
        }
        return low;
    }

    indentOf(line: number): number {
        let indent = 0;
        for (let i = this.starts[line]; i < this.text.length; i++) {
            if (this.text[i] === ' ') {
                indent++;
            } else if (this.text[i] === '\t') {
                indent += 4;
            } else {
                break;
            }
        }
        return indent;
    }
}
