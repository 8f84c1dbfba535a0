import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils, GrammarAST, isCompositeCstNode, type CstNode } from 'langium';
import type { Model, Project } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

interface Named extends AstNode {
    name: string;
}

function isNamed(node: AstNode): node is Named {
    return typeof (node as Partial<Named>).name === 'string' && (node as Named).name.length > 0;
}

/** Every id within a project names one element, whatever its kind or nesting. */
export function checkUniqueIdsInProject(project: Project, accept: ValidationAcceptor): void {
    reportDuplicates(AstUtils.streamAllContents(project).filter(isNamed).toArray(), `project '${project.name}'`, accept);
}

/** Projects, shared resources and standards at the top of one file have distinct names. */
export function checkUniqueTopLevelNames(model: Model, accept: ValidationAcceptor): void {
    reportDuplicates(model.elements.filter(isNamed), 'this file', accept);
}

function reportDuplicates(elements: Named[], where: string, accept: ValidationAcceptor): void {
    const byName = new Map<string, Named[]>();
    for (const element of elements) {
        const same = byName.get(element.name);
        same ? same.push(element) : byName.set(element.name, [element]);
    }
    for (const [name, same] of byName) {
        if (same.length < 2) {
            continue;
        }
        // References resolve to the first: each later one is the mistake, reported once.
        const first = lineOf(same[0]);
        for (const element of same.slice(1)) {
            accept('error', `Duplicate id '${name}': ids must be unique in ${where} (first defined on line ${first}).`, {
                node: element, property: 'name', code: IssueCodes.DuplicateId
            });
        }
    }
}

function lineOf(node: AstNode): number {
    return (node.$cstNode?.range.start.line ?? 0) + 1;
}

const PROPERTIES_SET_ONCE_BY_THE_GRAMMAR = new Set(['name', 'title', 'kind', 'edge', 'bound', 'text']);

/**
 * A property given twice keeps only its last value. Say so on the value that is ignored, rather
 * than silently dropping what the user wrote.
 */
export function checkPropertiesGivenOnce(node: AstNode, accept: ValidationAcceptor): void {
    for (const [feature, occurrences] of singleValuedAssignments(node)) {
        if (occurrences.length < 2 || PROPERTIES_SET_ONCE_BY_THE_GRAMMAR.has(feature)) {
            continue;
        }
        const label = feature.replace(/[A-Z]/g, letter => ' ' + letter.toLowerCase());
        const kept = occurrences[occurrences.length - 1];
        for (const ignored of occurrences.slice(0, -1)) {
            accept('warning', `The ${label} is given again on line ${kept.range.start.line + 1}; this value is ignored.`, {
                node, range: ignored.range, code: IssueCodes.DuplicateProperty
            });
        }
    }
}

/** The grammar never changes: the assignment each of its elements sits in is looked up once. */
const assignments = new WeakMap<AstNode, GrammarAST.Assignment | undefined>();

function assignmentOf(grammarSource: AstNode | undefined): GrammarAST.Assignment | undefined {
    if (!grammarSource) {
        return undefined;
    }
    if (!assignments.has(grammarSource)) {
        assignments.set(grammarSource, AstUtils.getContainerOfType(grammarSource, GrammarAST.isAssignment));
    }
    return assignments.get(grammarSource);
}

/**
 * The text of each `feature=value` assignment of the node itself (not of nodes inside it), by
 * feature: what GrammarUtils.findNodesForProperty finds, for all features in one walk.
 */
function singleValuedAssignments(node: AstNode): Map<string, CstNode[]> {
    const byFeature = new Map<string, CstNode[]>();
    const visit = (cst: CstNode, isRoot: boolean) => {
        const assignment = isRoot ? undefined : assignmentOf(cst.grammarSource);
        if (assignment) {
            if (assignment.operator === '=') {
                const list = byFeature.get(assignment.feature);
                list ? list.push(cst) : byFeature.set(assignment.feature, [cst]);
            }
            return;
        }
        if (isCompositeCstNode(cst) && cst.astNode === node) {
            cst.content.forEach(child => visit(child, false));
        }
    };
    if (node.$cstNode) {
        visit(node.$cstNode, true);
    }
    return byFeature;
}
