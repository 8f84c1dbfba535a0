import { AstUtils, CstUtils, GrammarAST, type AstNode, type LangiumDocument } from 'langium';
import type { Position } from 'vscode-languageserver';
import { isConstraint, type Constraint } from '../../generated/ast.js';
import { keywordDocumentation } from './keyword-docs.js';

const WORD = /^\w+$/;

/** The documentation of the keyword at `position`, if a keyword of the language is there. */
export function keywordHoverAt(document: LangiumDocument, position: Position): string | undefined {
    const root = document.parseResult?.value?.$cstNode;
    if (!root) {
        return undefined;
    }
    const offset = document.textDocument.offsetAt(position);
    const leaf = CstUtils.findLeafNodeAtOffset(root, offset);
    if (!leaf || leaf.hidden || offset < leaf.offset || offset >= leaf.end || !GrammarAST.isKeyword(leaf.grammarSource)) {
        return undefined;
    }
    return keywordHoverText(leaf.grammarSource, leaf.astNode);
}

/**
 * The documentation of a keyword of the grammar where it stands: `status` of a project is not
 * `status` of a change. `node` is the AST node the keyword belongs to in a document, which tells a
 * constraint's phrase (`start no earlier than`) whichever of its words is hovered.
 */
export function keywordHoverText(keyword: GrammarAST.Keyword, node?: AstNode): string | undefined {
    if (!WORD.test(keyword.value)) {
        return undefined;
    }
    const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule)?.name;
    return keywordDocumentation(rule, keywordPhrases(keyword, rule, node));
}

/**
 * The phrases a keyword may be documented under, best first: the keywords that open its group
 * (`actual start`, `residual likelihood`, `risk amber`), the keyword itself, then the keywords
 * opening each group around it (a holiday's `to` falls back to `holiday`).
 */
function keywordPhrases(keyword: GrammarAST.Keyword, rule: string | undefined, node: AstNode | undefined): string[] {
    if (rule === 'Constraint') {
        const phrase = isConstraint(node) ? constraintPhrase(node) : undefined;
        return phrase ? [phrase, 'constraint'] : ['constraint'];
    }
    const phrases: string[] = [];
    // A flag is its own word (`level` of `level?='level'`), not a word of the statement around it.
    let innermost = !GrammarAST.isAssignment(keyword.$container);
    if (!innermost) {
        phrases.push(keyword.value);
    }
    for (let container: AstNode | undefined = keyword.$container; container && !GrammarAST.isAbstractRule(container); container = container.$container) {
        if (!GrammarAST.isGroup(container)) {
            continue;
        }
        const lead = leadingWords(container);
        if (lead) {
            phrases.push(lead);
        }
        if (innermost) {
            phrases.push(keyword.value);
            innermost = false;
        }
    }
    if (innermost) {
        phrases.push(keyword.value);
    }
    return phrases;
}

/** The keywords a group starts with, as a phrase: `actual start` for `'actual' 'start' actualStart=DATE`. */
function leadingWords(group: GrammarAST.Group): string | undefined {
    const words: string[] = [];
    for (const element of group.elements) {
        if (!GrammarAST.isKeyword(element) || !WORD.test(element.value)) {
            break;
        }
        words.push(element.value);
    }
    return words.length > 0 ? words.join(' ') : undefined;
}

/** `start no earlier than`, `finish on`: what the constraint says, from whichever word. */
function constraintPhrase(constraint: Constraint): string | undefined {
    if (constraint.edge !== 'start' && constraint.edge !== 'finish') {
        return undefined;
    }
    if (constraint.bound === 'earlier' || constraint.bound === 'later') {
        return `${constraint.edge} no ${constraint.bound} than`;
    }
    const words = constraint.$cstNode ? CstUtils.flattenCst(constraint.$cstNode).filter(leaf => !leaf.hidden).map(leaf => leaf.text).toArray() : [];
    return words.includes('on') ? `${constraint.edge} on` : undefined;
}
