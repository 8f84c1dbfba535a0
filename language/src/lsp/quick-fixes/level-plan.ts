import { AstUtils } from 'langium';
import { isProject, type Project } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { isKeywordNode, leafAt, ownKeyword, ownNodes } from './syntax-nodes.js';

/**
 * An over-allocated resource: "Level the plan", which adds the project's `level` statement after
 * its start date (a project without one has no schedule, so nothing over-allocated): on a line of
 * its own if the start date ends its line, else beside it.
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
    const start = ownKeyword(project, 'start');
    const date = start && nodes[nodes.indexOf(start) + 1];
    if (!date || !isKeywordNode(nodes[nodes.length - 1], '}')) {
        return undefined; // a block still being written
    }
    const lineEnd = source.lineEnd(date.end);
    const restOfLine = source.text.slice(date.end, lineEnd).trim();
    return restOfLine === '' || restOfLine.startsWith('//')
        ? { at: lineEnd, text: `\n${source.indentationAt(start.offset)}level` }
        : { at: date.end, text: ' level' };
}
