import { AstUtils, CstUtils, GrammarAST, GrammarUtils, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode, type LangiumDocument } from 'langium';
import type { Range } from 'vscode-languageserver';

/** The CST leaf at the start of `range`, if the document still has text there. */
export function leafAt(document: LangiumDocument, range: Range): CstNode | undefined {
    const root = document.parseResult.value.$cstNode;
    return root && CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(range.start));
}

/** The widest CST node that spans exactly `range`: a diagnostic's property value, say. */
export function nodeSpanning(document: LangiumDocument, range: Range): CstNode | undefined {
    const start = document.textDocument.offsetAt(range.start);
    const end = document.textDocument.offsetAt(range.end);
    let node = leafAt(document, range);
    if (!node || node.offset !== start) {
        return undefined;
    }
    let spanning = node.end === end ? node : undefined;
    while (node.container && node.container.offset === start && node.container.end <= end && node.container.astNode === node.astNode) {
        node = node.container;
        if (node.end === end) {
            spanning = node;
        }
    }
    return spanning;
}

/**
 * The syntax of `element` itself, in order, comments left out: its keywords and values, and the
 * whole nodes of the elements inside it (a dependency, an estimate, a nested task).
 */
export function ownNodes(element: AstNode): CstNode[] {
    const nodes: CstNode[] = [];
    const visit = (node: CstNode) => {
        if (isCompositeCstNode(node) && node.astNode === element && !isValueNode(node)) {
            node.content.forEach(visit);
        } else if (!node.hidden) {
            nodes.push(node);
        }
    };
    // The element's node may be wrapped in another of the same element (PlanItem: Task | ...).
    let outer = element.$cstNode;
    while (outer?.container && outer.container.astNode === element) {
        outer = outer.container;
    }
    if (outer) {
        visit(outer);
    }
    return nodes;
}

/** A value made of several tokens: a reference (`office_move.moved`), or a response's keyword. */
function isValueNode(node: CstNode): boolean {
    const source = node.grammarSource;
    return GrammarAST.isCrossReference(source)
        || (GrammarAST.isRuleCall(source) && GrammarAST.isParserRule(source.rule.ref) && GrammarUtils.isDataTypeRule(source.rule.ref));
}

/** The element's own keyword `keyword` (its `{`, its `}`, `milestone`...), the first one if several. */
export function ownKeyword(element: AstNode, keyword: string): CstNode | undefined {
    return ownNodes(element).find(node => isKeywordNode(node, keyword));
}

export function isKeywordNode(node: CstNode | undefined, keyword?: string): boolean {
    return !!node && isLeafCstNode(node) && GrammarAST.isKeyword(node.grammarSource) && (keyword === undefined || node.grammarSource.value === keyword);
}

/** The feature a value's node is assigned to (`duration` for the `5d` of `duration 5d`). */
export function featureOf(node: CstNode): string | undefined {
    return AstUtils.getContainerOfType(node.grammarSource, GrammarAST.isAssignment)?.feature;
}

/**
 * The element's own nodes that make up the statement holding `value`: `rate 300 / d` for the
 * `300`, `residual likelihood 2 impact 3` for either score. A statement is one alternative of the
 * grammar's repeated `( ... | ... )*` of properties; the run of nodes from that alternative's first
 * element (its keyword) up to the next statement is what the user wrote as one.
 */
export function statementOf(element: AstNode, value: CstNode): CstNode[] | undefined {
    const nodes = ownNodes(element);
    const at = nodes.indexOf(value);
    const statement = value.grammarSource && statementElementOf(value.grammarSource);
    if (at < 0 || !statement) {
        return undefined;
    }
    const first = firstElementOf(statement);
    const inStatement = (node: CstNode) => node.grammarSource !== undefined && isWithin(node.grammarSource, statement);
    let start = at;
    while (nodes[start].grammarSource !== first && start > 0 && inStatement(nodes[start - 1])) {
        start--;
    }
    let end = at;
    while (end + 1 < nodes.length && inStatement(nodes[end + 1]) && nodes[end + 1].grammarSource !== first) {
        end++;
    }
    return nodes[start].grammarSource === first ? nodes.slice(start, end + 1) : undefined;
}

/** Up the grammar from an element to the alternative of a repeated group of properties holding it. */
function statementElementOf(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement | undefined {
    let current = element;
    for (;;) {
        const parent = current.$container;
        if (GrammarAST.isParserRule(parent) || (GrammarAST.isAlternatives(parent) && (parent.cardinality === '*' || parent.cardinality === '+' || GrammarAST.isParserRule(parent.$container)))) {
            return current;
        }
        if (!GrammarAST.isAbstractElement(parent)) {
            return undefined;
        }
        current = parent;
    }
}

function firstElementOf(element: GrammarAST.AbstractElement): GrammarAST.AbstractElement {
    if (GrammarAST.isGroup(element) && element.elements.length > 0) {
        return firstElementOf(element.elements[0]);
    }
    if (GrammarAST.isAssignment(element)) {
        return firstElementOf(element.terminal);
    }
    return element;
}

function isWithin(element: GrammarAST.AbstractElement, ancestor: GrammarAST.AbstractElement): boolean {
    for (let at: AstNode | undefined = element; at; at = at.$container) {
        if (at === ancestor) {
            return true;
        }
    }
    return false;
}
