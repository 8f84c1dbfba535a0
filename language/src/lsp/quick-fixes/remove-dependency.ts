import { AstUtils, type CstNode } from 'langium';
import type { CodeAction, Range, TextEdit } from 'vscode-languageserver';
import { isDependency } from '../../generated/ast.js';
import { IssueCodes } from '../../validation/issue-codes.js';
import { quickFix, type QuickFix, type QuickFixContext } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { isKeywordNode, leafAt, ownNodes } from './syntax-nodes.js';

/**
 * A dependency on the item itself, or any of a cycle's (the cycle's one diagnostic is on one of
 * them, the others are its related information): "Remove the dependency a → b". The only
 * predecessor of an `after` takes the whole statement with it; one of several goes with its comma,
 * the others stay as written.
 */
export const removeDependency: QuickFix = context => {
    const { document, diagnostic } = context;
    const uri = document.textDocument.uri;
    const ranges = [diagnostic.range, ...(diagnostic.relatedInformation ?? []).filter(related => related.location.uri === uri).map(related => related.location.range)];
    // On itself, a dependency is plainly wrong; which edge of a cycle should go is the user's call.
    const isSelf = diagnostic.code === IssueCodes.SelfDependency;
    return ranges.map(range => removalAt(context, range, isSelf)).filter(action => action !== undefined);
};

function removalAt(context: QuickFixContext, range: Range, isPreferred: boolean): CodeAction | undefined {
    const { document } = context;
    const dependency = AstUtils.getContainerOfType(leafAt(document, range)?.astNode, isDependency);
    const item = dependency?.$container;
    const source = new SourceText(document);
    if (!dependency?.$cstNode || !item?.name || dependency.predecessor?.$refText !== source.textOf(range)) {
        return undefined;
    }
    const edit = removal(source, ownNodes(item), dependency.$cstNode);
    return edit && quickFix(context, `Remove the dependency ${dependency.predecessor.$refText} → ${item.name}`, [edit], isPreferred);
}

function removal(source: SourceText, nodes: CstNode[], node: CstNode): TextEdit | undefined {
    const at = nodes.indexOf(node);
    if (at < 0) {
        return undefined;
    }
    const before = nodes[at - 1];
    const after = nodes[at + 1];
    if (before && isKeywordNode(before, ',')) {
        // `after a, b` without b: from the comma (and any space before it) to the end of b.
        const spaces = /[ \t]*$/.exec(source.text.slice(0, before.offset))![0].length;
        return source.replace(before.offset - spaces, node.end, '');
    }
    if (!before || !isKeywordNode(before, 'after')) {
        return undefined;
    }
    if (after && isKeywordNode(after, ',')) {
        // `after a, b` without a: a, its comma and the space up to b.
        const space = /^\s*/.exec(source.text.slice(after.end))![0].length;
        return source.replace(node.offset, after.end + space, '');
    }
    return source.deletion(before.offset, node.end);
}
