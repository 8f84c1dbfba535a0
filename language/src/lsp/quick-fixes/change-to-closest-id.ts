import type { CodeAction } from 'vscode-languageserver';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';

/** What ProjDocumentValidator puts in the data of an unknown reference. */
interface UnknownReferenceData {
    refText?: string;
    suggestion?: string;
    suggestions?: string[];
}

/**
 * An unknown id (a predecessor, resource, owner, affected item or KSB code): "Change to 'survey'"
 * for each existing id it is a near miss of, the ones "Did you mean" names (closest-names.ts).
 * One near miss is the fix; of several, the user chooses.
 */
export const changeToClosestId: QuickFix = context => {
    const data = (context.diagnostic.data ?? {}) as UnknownReferenceData;
    const names = Array.isArray(data.suggestions) ? data.suggestions : data.suggestion ? [data.suggestion] : [];
    const source = new SourceText(context.document);
    const { range } = context.diagnostic;
    const written = source.textOf(range);
    if (!written || (data.refText !== undefined && written !== data.refText)) {
        return [];
    }
    return names
        .filter((name): name is string => typeof name === 'string' && name.length > 0 && name !== written)
        .map((name): CodeAction => quickFix(context, `Change to '${name}'`, [{ range, newText: name }], names.length === 1));
};
