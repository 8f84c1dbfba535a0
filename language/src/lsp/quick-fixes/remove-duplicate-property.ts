import { quickFix, type QuickFix } from './quick-fix.js';
import { assignmentCounts, statementRemoval } from './remove-statement.js';

/**
 * A property given twice: the earlier value is ignored, so "Remove the ignored duration" takes
 * out its statement and changes nothing else. Not offered when the statement also holds a value
 * that is used (`response reduce "Negotiate"` before a plain `response avoid`: the description).
 */
export const removeDuplicateProperty: QuickFix = context => {
    const removal = statementRemoval(context);
    if (!removal) {
        return [];
    }
    const counts = assignmentCounts(removal.element);
    if (removal.features.some(feature => (counts.get(feature) ?? 0) < 2)) {
        return [];
    }
    // Named by the statement's first property: `rate 200 / d` is the rate, whether its rate or unit is marked.
    const label = removal.features[0].replace(/[A-Z]/g, letter => ' ' + letter.toLowerCase());
    return [quickFix(context, `Remove the ignored ${label}`, [removal.edit], true)];
};
