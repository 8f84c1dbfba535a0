import type { AstNode } from 'langium';
import { AbstractFormatter } from 'langium/lsp';

/** The one canonical layout of a plan. */
export class ProjFormatter extends AbstractFormatter {
    protected format(_node: AstNode): void {
        // To do (issue 7).
    }
}
