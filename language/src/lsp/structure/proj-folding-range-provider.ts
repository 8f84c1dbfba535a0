import type { AstNode, LangiumDocument } from 'langium';
import { CstUtils } from 'langium';
import { DefaultFoldingRangeProvider, type FoldingRangeAcceptor } from 'langium/lsp';
import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver';

/**
 * Folding: every element that spans more than one line (a project, phase, task, risk, calendar or
 * tolerance block, and so on), every block comment of two lines or more, and each run of two or more
 * whole-line `//` comments.
 *
 * A block's fold stops on the line before its closing `}` when that brace starts its line, so the
 * brace stays visible; when the brace ends a line of content (`    ksb K12 }`), that line is folded too.
 */
export class ProjFoldingRangeProvider extends DefaultFoldingRangeProvider {
    protected override collectObjectFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const cst = node.$cstNode;
        const range = cst?.range;
        if (!cst || !range || range.end.line <= range.start.line) {
            return;
        }
        const text = document.textDocument.getText();
        const lastCharacter = document.textDocument.offsetAt(range.end) - 1;
        const braceStartsItsLine = text[lastCharacter] === '}' && startsItsLine(text, lastCharacter);
        const endLine = braceStartsItsLine ? range.end.line - 1 : range.end.line;
        if (endLine > range.start.line) {
            acceptor(FoldingRange.create(range.start.line, endLine));
        }
    }

    protected override collectCommentFolding(document: LangiumDocument, node: AstNode, acceptor: FoldingRangeAcceptor): void {
        const cst = node.$cstNode;
        if (!cst) {
            return;
        }
        const text = document.textDocument.getText();
        let run: { first: number; last: number } | undefined;
        const closeRun = () => {
            if (run && run.last > run.first) {
                acceptor(FoldingRange.create(run.first, run.last, undefined, undefined, FoldingRangeKind.Comment));
            }
            run = undefined;
        };
        for (const leaf of CstUtils.flattenCst(cst)) {
            if (!leaf.hidden) {
                continue;
            }
            const { start, end } = leaf.range;
            if (leaf.text.startsWith('/*')) {
                closeRun();
                if (end.line > start.line) {
                    acceptor(FoldingRange.create(start.line, end.line, undefined, undefined, FoldingRangeKind.Comment));
                }
            } else if (leaf.text.startsWith('//') && startsItsLine(text, leaf.offset)) {
                if (run && start.line === run.last + 1) {
                    run.last = start.line;
                } else {
                    closeRun();
                    run = { first: start.line, last: start.line };
                }
            }
        }
        closeRun();
    }
}

/** Whether only white space comes before `offset` on its line. */
function startsItsLine(text: string, offset: number): boolean {
    for (let before = offset - 1; before >= 0 && text[before] !== '\n'; before--) {
        if (text[before] !== ' ' && text[before] !== '\t' && text[before] !== '\r') {
            return false;
        }
    }
    return true;
}
