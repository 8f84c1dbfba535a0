import type { AstNode, AstNodeDescription } from 'langium';
import { DefaultNodeKindProvider } from 'langium/lsp';
import type { CompletionItemKind, SymbolKind } from 'vscode-languageserver';
import { elementKindOf } from './proj-element-kinds.js';

/**
 * The symbol kinds of the outline, breadcrumbs and workspace symbols, and the completion kinds of
 * ids, from the one table in proj-element-kinds.ts (project: Package, phase: Module, task: Method,
 * milestone: Event, ...). Works on nodes and on index entries alike.
 */
export class ProjNodeKindProvider extends DefaultNodeKindProvider {
    override getSymbolKind(node: AstNode | AstNodeDescription): SymbolKind {
        return elementKindOf(typeOf(node))?.symbol ?? super.getSymbolKind(node);
    }

    override getCompletionItemKind(node: AstNode | AstNodeDescription): CompletionItemKind {
        return elementKindOf(typeOf(node))?.completion ?? super.getCompletionItemKind(node);
    }
}

function typeOf(node: AstNode | AstNodeDescription): string {
    return '$type' in node ? node.$type : node.type;
}
