import type { AstNode } from 'langium';
import type { TextEdit } from 'vscode-languageserver';
import type { QuickFixContext } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { featureOf, nodeSpanning, ownNodes, statementOf } from './syntax-nodes.js';

/**
 * The statement whose value a diagnostic marks (`duration 5d` for the `5d`, `rate 300/d` for the
 * `300`), as the element it belongs to, the features it sets and the edit that deletes it with
 * the space around it. Undefined unless the diagnostic still marks a whole value.
 */
export function statementRemoval(context: QuickFixContext): { element: AstNode; feature: string; features: string[]; edit: TextEdit } | undefined {
    const value = nodeSpanning(context.document, context.diagnostic.range);
    const element = value?.container?.astNode;
    const feature = value && featureOf(value);
    const statement = element && value && statementOf(element, value);
    if (!statement || !element || !feature) {
        return undefined;
    }
    const features = statement.map(featureOf).filter((name): name is string => name !== undefined);
    const edit = new SourceText(context.document).deletion(statement[0].offset, statement[statement.length - 1].end);
    return { element, feature, features, edit };
}

/** How many times each feature of `element` is assigned in its own syntax. */
export function assignmentCounts(element: AstNode): Map<string, number> {
    const counts = new Map<string, number>();
    for (const node of ownNodes(element)) {
        const feature = featureOf(node);
        if (feature) {
            counts.set(feature, (counts.get(feature) ?? 0) + 1);
        }
    }
    return counts;
}
