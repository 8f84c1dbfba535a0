import { AstUtils, type AstNode } from 'langium';
import { isDependency, isProject } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { isKeywordNode, leafAt, ownNodes } from './syntax-nodes.js';
import { SourceText } from './source-text.js';

const ID = /^[_a-zA-Z]\w*$/;

/**
 * An unknown predecessor (`after survy`): "Create task 'survy'" adds `task survy { duration 1d }`
 * to the same phase or project, straight after the task or milestone that waits for it: on a line
 * of its own at the same indentation, or beside it when the item shares its line with more.
 */
export const createMissingTask: QuickFix = context => {
    const { document, diagnostic } = context;
    const dependency = AstUtils.getContainerOfType(leafAt(document, diagnostic.range)?.astNode, isDependency);
    const item = dependency?.$container;
    const source = new SourceText(document);
    const name = source.textOf(diagnostic.range);
    const data = diagnostic.data as { refText?: unknown } | undefined;
    const project = AstUtils.getContainerOfType(item, isProject);
    const stale = data?.refText !== undefined && data.refText !== name;
    if (stale || !dependency || !item || !project || dependency.predecessor?.$refText !== name || !ID.test(name) || isNameTaken(project, name)) {
        return [];
    }
    const nodes = ownNodes(item);
    const close = nodes[nodes.length - 1];
    if (!isKeywordNode(close, '}')) {
        return []; // an item still being written: where it ends is anyone's guess
    }
    const end = close.end;
    const task = `task ${name} { duration 1d }`;
    const restOfLine = source.text.slice(end, source.lineEnd(end));
    const edit = /^\s*(\/\/.*)?$/.test(restOfLine)
        ? source.insert(source.lineEnd(end), `${source.eol}${source.indentationAt(nodes[0].offset)}${task}`)
        : source.insert(end, ` ${task}`);
    return [quickFix(context, `Create task '${name}'`, [edit])];
};

/** Ids are unique in a project, whatever the kind of element: a resource may hold the name already. */
function isNameTaken(project: AstNode, name: string): boolean {
    return AstUtils.streamAllContents(project).some(node => (node as { name?: unknown }).name === name);
}
