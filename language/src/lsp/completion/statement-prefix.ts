import { CstUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CompositeCstNode, type CstNode, type LangiumDocument, type LeafCstNode, type RootCstNode } from 'langium';
import { isDependency, isPhase, isProject, isStandard } from '../../generated/ast.js';

// Langium's completion parses the text from the start of the file to the cursor, and lexes the
// whole file, on every request: on a 10,000-task plan that is most of 100 ms. The parse tree of the
// current text says where the cursor is, so completion can read only the statement it is in.

/** The parse tree of the document, if it is of the document's current text (as it is once linked). */
export function currentCst(document: LangiumDocument): RootCstNode | undefined {
    const root = document.parseResult?.value?.$cstNode?.root;
    return root && root.fullText === document.textDocument.getText() ? root : undefined;
}

/** Elements whose body is a list of whole statements: after any of them the parser is where it was before it. */
function holdsStatements(node: AstNode): boolean {
    return isProject(node) || isPhase(node) || isStandard(node);
}

/**
 * Text the completion parser can read instead of everything before `offset`, and that leaves it in
 * the same place: the headers of the project and phases around the cursor (`project p {`,
 * `phase delivery {`), then the text from the start of the statement the cursor is in (or follows).
 * Statements before it are complete, so the parser's state after them is the state after the header.
 * The statement is taken whole from its start, however the error recovery cut it, so a statement
 * being typed reads as it does in the full text.
 */
export function statementPrefix(root: RootCstNode, offset: number): string {
    const text = root.fullText;
    const headers: string[] = [];
    let body: CompositeCstNode = root;
    let bodyStart = 0;
    for (;;) {
        const statement = lastStatementBefore(body, offset);
        if (!statement) {
            return [...headers, text.slice(bodyStart, offset)].join('\n');
        }
        const braces = holdsStatements(statement.astNode) ? bracesOf(statement) : undefined;
        if (braces && braces.open.end <= offset && (!braces.close || offset <= braces.close.offset)) {
            headers.push(text.slice(statement.offset, braces.open.end));
            body = braces.body;
            bodyStart = braces.open.end;
            continue;
        }
        const start = braces?.close && braces.close.end <= offset ? braces.close.end : statementStart(body, statement);
        return [...headers, text.slice(start, offset)].join('\n');
    }
}

/**
 * Where a statement starts: its element's, except for a phase's links, whose `after` (and the
 * links before them in the list) belong to the phase: `after approval, design SS`.
 */
function statementStart(body: CompositeCstNode, statement: CompositeCstNode): number {
    if (!isDependency(statement.astNode)) {
        return statement.offset;
    }
    const content = body.content;
    for (let i = content.indexOf(statement) - 1; i >= 0; i--) {
        const child = content[i];
        if (isLeafCstNode(child) && !child.hidden && child.text === 'after') {
            return child.offset;
        }
    }
    return statement.offset;
}

/** The last element of `body` (not a token of the body's own element) that starts before `offset`. */
function lastStatementBefore(body: CompositeCstNode, offset: number): CompositeCstNode | undefined {
    const content = body.content;
    // The last child starting before offset, by binary search: a flat plan has 10,000 of them.
    let low = 0;
    let high = content.length - 1;
    let last = -1;
    while (low <= high) {
        const middle = (low + high) >> 1;
        if (content[middle].offset < offset) {
            last = middle;
            low = middle + 1;
        } else {
            high = middle - 1;
        }
    }
    for (let i = last; i >= 0; i--) {
        const child = content[i];
        if (isCompositeCstNode(child) && child.astNode !== body.astNode && child.astNode.$container === body.astNode) {
            return child;
        }
    }
    return undefined;
}

interface Braces {
    /** The CST node whose direct content holds the braces and the statements between them. */
    readonly body: CompositeCstNode;
    readonly open: LeafCstNode;
    readonly close?: LeafCstNode;
}

/** The `{` and, if the element is closed, the `}` of an element's body. */
export function bracesOf(node: CompositeCstNode): Braces | undefined {
    // `PlanItem: Phase | Task | Milestone` wraps the phase's own node in one for the rule call.
    for (let current: CompositeCstNode | undefined = node; current;) {
        const open = current.content.find(child => isLeafCstNode(child) && !child.hidden && child.text === '{') as LeafCstNode | undefined;
        if (open) {
            const close = lastVisible(current.content);
            return { body: current, open, close: close && close !== open && isLeafCstNode(close) && close.text === '}' ? close : undefined };
        }
        current = current.content.find((child): child is CompositeCstNode => isCompositeCstNode(child) && child.astNode === node.astNode);
    }
    return undefined;
}

function lastVisible(content: readonly CstNode[]): CstNode | undefined {
    for (let i = content.length - 1; i >= 0; i--) {
        if (!content[i].hidden) {
            return content[i];
        }
    }
    return undefined;
}

/**
 * Where lexing can start so that the token at `offset` and the one before it come out as lexing
 * the whole file would have them: the start of the second token of the parse tree before `offset`
 * (a real token boundary; tokens the error recovery skipped lie after it and are lexed again).
 */
export function tokenWindowStart(root: RootCstNode, offset: number): number {
    const last = visibleLeafBefore(root, offset);
    const before = last && visibleLeafBefore(root, last.offset);
    return before?.offset ?? 0;
}

function visibleLeafBefore(root: RootCstNode, offset: number): LeafCstNode | undefined {
    let position = offset;
    while (position > 0) {
        const leaf = CstUtils.findLeafNodeBeforeOffset(root, position - 1);
        if (!leaf || leaf.offset >= position) {
            return undefined;
        }
        if (!leaf.hidden) {
            return leaf;
        }
        position = leaf.offset;
    }
    return undefined;
}

/**
 * Whether `offset` is inside a comment or a string, where nothing is completed: a comment or string
 * of the parse tree around it, or a string opened earlier on the line and not closed (which the
 * lexer does not make a token of).
 */
export function insideCommentOrString(root: RootCstNode | undefined, text: string, offset: number): boolean {
    if (root && offset > 0) {
        const leaf = CstUtils.findLeafNodeAtOffset(root, offset - 1);
        if (leaf && leaf.offset < offset && offset <= leaf.end) {
            const name = leaf.tokenType.name;
            if (name === 'SL_COMMENT' || (name === 'ML_COMMENT' && offset < leaf.end) || (name === 'STRING' && offset < leaf.end)) {
                return true;
            }
        }
    }
    return openOnLine(text, offset);
}

/** Scans the line up to `offset`: true if it ends inside a string or a comment begun on the line. */
function openOnLine(text: string, offset: number): boolean {
    const lineStart = text.lastIndexOf('\n', offset - 1) + 1;
    let inString = false;
    let inComment = false;
    for (let i = lineStart; i < offset; i++) {
        const char = text[i];
        if (inComment) {
            if (char === '*' && text[i + 1] === '/' && i + 1 < offset) {
                inComment = false;
                i++;
            }
        } else if (inString) {
            if (char === '\\') {
                i++;
            } else if (char === '"') {
                inString = false;
            }
        } else if (char === '"') {
            inString = true;
        } else if (char === '/' && text[i + 1] === '/' && i + 1 < offset) {
            return true;
        } else if (char === '/' && text[i + 1] === '*' && i + 1 < offset) {
            inComment = true;
            i++;
        }
    }
    return inString || inComment;
}
