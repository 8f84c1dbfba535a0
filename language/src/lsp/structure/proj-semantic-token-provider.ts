import type { AstNode, CstNode, LangiumDocument, Reference } from 'langium';
import { AstUtils, CstUtils, isCompositeCstNode, isReference, type Cancellation } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';
import { SemanticTokenModifiers, SemanticTokenTypes } from 'vscode-languageserver';
import { BUILTIN_SCHEME } from '../../builtin/builtin-documents.js';
import { elementKindOf } from './proj-element-kinds.js';
import { nameNodeOf } from './proj-named-elements.js';

/**
 * Semantic highlighting on top of the TextMate grammar: ids by what they name, dates, durations, KSB codes.
 *
 * Ids are coloured by the kind of element they name, where it is declared and wherever it is
 * referenced, with standard LSP token types so that every theme colours them (the table is in
 * proj-element-kinds.ts):
 *
 *   project, phase, standard      namespace      task                    function
 *   milestone                     event          resource                variable
 *   stakeholder                   parameter      risk, opportunity,
 *   objective, kpi                property         change, issue,
 *   calendar                      type             lesson, quality       enumMember
 *   KSB code, duty                macro          date, duration          number
 *
 * Modifiers: `declaration` on the id that declares an element; `readonly` and `defaultLibrary` on
 * everything of the built-in standard (`ksb K21` in a plan, and its codes in the standard itself).
 * In a qualified reference `office_move.survey` the project is a `namespace` and the item by its kind.
 * A reference that does not resolve gets no token, so the TextMate colour (and the diagnostic) show.
 * Keywords, strings, numbers and comments are left to the TextMate grammar.
 */
export class ProjSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(node: AstNode, acceptor: SemanticTokenAcceptor): void {
        const type = elementKindOf(node.$type)?.token;
        const name = type && nameNodeOf(node);
        if (type && name) {
            acceptor({ cst: name, type, modifier: [SemanticTokenModifiers.declaration, ...builtinModifiers(node)] });
        }
        for (const { reference } of AstUtils.streamReferences(node)) {
            if (isReference(reference)) {
                this.highlightReference(reference, acceptor);
            }
        }
    }

    /** Dates and durations, wherever they are, after the elements. */
    protected override async computeHighlighting(document: LangiumDocument, acceptor: SemanticTokenAcceptor, cancelToken: Cancellation.CancellationToken): Promise<void> {
        await super.computeHighlighting(document, acceptor, cancelToken);
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return;
        }
        for (const leaf of CstUtils.flattenCst(root)) {
            const terminal = leaf.tokenType?.name;
            if ((terminal === 'DATE' || terminal === 'DURATION' || terminal === 'TIME_RANGE') && !leaf.hidden) {
                acceptor({ cst: leaf, type: SemanticTokenTypes.number });
            }
        }
    }

    private highlightReference(reference: Reference, acceptor: SemanticTokenAcceptor): void {
        const refNode = reference.$refNode;
        const target = refNode ? reference.ref : undefined;
        const type = target && elementKindOf(target.$type)?.token;
        if (!refNode || !target || !type) {
            return;
        }
        const modifier = builtinModifiers(target);
        const segments = segmentsOf(refNode);
        segments.forEach((segment, index) => {
            const last = index === segments.length - 1;
            acceptor({ cst: segment, type: last ? type : SemanticTokenTypes.namespace, modifier: last ? modifier : [] });
        });
    }
}

/** The ids of a reference: one, or those of a qualified name (`project.item`) without the dots. */
function segmentsOf(refNode: CstNode): CstNode[] {
    if (!isCompositeCstNode(refNode)) {
        return [refNode];
    }
    return CstUtils.flattenCst(refNode).filter(leaf => !leaf.hidden && leaf.text !== '.' && leaf.length > 0).toArray();
}

function builtinModifiers(node: AstNode): string[] {
    const document = AstUtils.findRootNode(node).$document;
    return document?.uri.scheme === BUILTIN_SCHEME ? [SemanticTokenModifiers.readonly, SemanticTokenModifiers.defaultLibrary] : [];
}
