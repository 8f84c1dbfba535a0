import { AstUtils } from 'langium';
import { isMilestone } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { leafAt, ownKeyword } from './syntax-nodes.js';

/** A milestone with a duration or estimate: "Convert milestone to a task", its keyword made `task`. */
export const convertMilestoneToTask: QuickFix = context => {
    const milestone = AstUtils.getContainerOfType(leafAt(context.document, context.diagnostic.range)?.astNode, isMilestone);
    const keyword = milestone && ownKeyword(milestone, 'milestone');
    if (!keyword) {
        return [];
    }
    const source = new SourceText(context.document);
    return [quickFix(context, 'Convert milestone to a task', [source.replace(keyword.offset, keyword.end, 'task')])];
};
