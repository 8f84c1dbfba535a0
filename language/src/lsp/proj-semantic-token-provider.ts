import type { AstNode } from 'langium';
import { AbstractSemanticTokenProvider, type SemanticTokenAcceptor } from 'langium/lsp';

/** Semantic highlighting on top of the TextMate grammar: ids by what they name, dates, durations, KSB codes. */
export class ProjSemanticTokenProvider extends AbstractSemanticTokenProvider {
    protected highlightElement(_node: AstNode, _acceptor: SemanticTokenAcceptor): void {
        // To do (issue 7).
    }
}
