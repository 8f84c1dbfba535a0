import { AstUtils } from 'langium';
import { isRisk } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { leafAt } from './syntax-nodes.js';

/** Each threat response's counterpart for an opportunity, and back: avoid ↔ exploit, and so on. */
const COUNTERPART: Record<string, string> = {
    avoid: 'exploit', exploit: 'avoid',
    reduce: 'enhance', enhance: 'reduce',
    transfer: 'share', share: 'transfer',
};

/**
 * A threat's response written for an opportunity, or the other way round: "Change the response
 * to 'avoid'" for each response that fits (the diagnostic's `data.expected`). The counterpart of
 * what was written (exploit for avoid, enhance for reduce, share for transfer) comes first, as the
 * preferred fix.
 */
export const replaceResponse: QuickFix = context => {
    const { document, diagnostic } = context;
    const risk = AstUtils.getContainerOfType(leafAt(document, diagnostic.range)?.astNode, isRisk);
    const written = new SourceText(document).textOf(diagnostic.range);
    if (!risk || risk.response !== written) {
        return [];
    }
    const data = diagnostic.data as { expected?: unknown } | undefined;
    if (!Array.isArray(data?.expected) || !data.expected.every(response => typeof response === 'string')) {
        return [];
    }
    const expected = data.expected as string[];
    const counterpart = COUNTERPART[written];
    const ordered = expected.includes(counterpart) ? [counterpart, ...expected.filter(response => response !== counterpart)] : expected;
    return ordered
        .filter(response => response !== written)
        .map(response => quickFix(context, `Change the response to '${response}'`, [{ range: diagnostic.range, newText: response }], response === counterpart));
};
