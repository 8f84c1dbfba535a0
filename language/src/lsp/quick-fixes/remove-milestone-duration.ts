import { isMilestone } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { statementRemoval } from './remove-statement.js';

/** A milestone with a duration or estimate: "Remove the duration" (or estimate), the milestone kept. */
export const removeMilestoneDuration: QuickFix = context => {
    const removal = statementRemoval(context);
    if (!removal || !isMilestone(removal.element) || (removal.feature !== 'duration' && removal.feature !== 'estimate')) {
        return [];
    }
    return [quickFix(context, `Remove the ${removal.feature}`, [removal.edit])];
};
