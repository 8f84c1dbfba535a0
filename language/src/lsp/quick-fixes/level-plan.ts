import { AstUtils } from 'langium';
import { isProject, type Project } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { isKeywordNode, leafAt, ownKeyword, ownNodes } from './syntax-nodes.js';

/**
 * An over-allocated resource: "Level the plan", which adds the project's `level` statement on a
 * line of its own, after its start date if it has one, else first in its block.
 */
export const levelPlan: QuickFix = context => {
    const project = AstUtils.getContainerOfType(leafAt(context.document, context.diagnostic.range)?.astNode, isProject);
    if (!project || project.level) {
        return [];
    }
    const source = new SourceText(context.document);
    const insertion = levelInsertion(source, project);
    return insertion === undefined ? [] : [quickFix(context, `Level the plan (add 'level' to project ${project.name})`, [source.insert(insertion.at, insertion.text)], true)];
};

function levelInsertion(source: SourceText, project: Project): { at: number; text: string } | undefined {
    const nodes = ownNodes(project);
    const open = ownKeyword(project, '{');
    if (!open || !isKeywordNode(nodes[nodes.length - 1], '}')) {
        return undefined; // a block still being written
    }
    const start = ownKeyword(project, 'start');
    const after = start ? source.lineEnd(start.offset) : source.lineEnd(open.offset);
    const firstStatement = nodes[nodes.indexOf(open) + 1];
    const indentation = start ? source.indentationAt(start.offset)
        : firstStatement && !isKeywordNode(firstStatement, '}') ? source.indentationAt(firstStatement.offset) : `${source.indentationAt(open.offset)}    `;
    return { at: after, text: `\n${indentation}level` };
}
