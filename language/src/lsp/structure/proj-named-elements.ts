import type { AstNode, CstNode } from 'langium';
import { CstUtils } from 'langium';
import type { Range } from 'vscode-languageserver';
import { isProject, isStandard, type Model, type Project, type Standard } from '../../generated/ast.js';
import { headerNodeOf, planItemsOf } from '../../planning/plan-items.js';

/**
 * The named elements of a plan, for the outline and workspace symbols, walked by their types
 * (cheaper than streaming every node of a 10,000-task plan). Everything here tolerates the half-built
 * trees of a plan being typed: a missing name, a node without text, an array with holes.
 */

/** The registers of a project, as the outline groups them, in the order it lists the groups. */
export function projectRegisters(project: Project): Array<[group: string, members: AstNode[]]> {
    return [
        ['Objectives', nodes(project.objectives)],
        ['KPIs', nodes(project.kpis)],
        ['Options', nodes(project.options)],
        ['Benefits', nodes(project.benefits)],
        ['Deliverables', nodes(project.deliverables)],
        ['Resources', nodes(project.resources)],
        ['Stakeholders', nodes(project.stakeholders)],
        ['Risks', nodes(project.risks)],
        ['Changes', nodes(project.changes)],
        ['Issues', nodes(project.issues)],
        ['Lessons', nodes(project.lessons)],
        ['Quality', nodes(project.qualities)],
    ];
}

/** The entries of a standard, grouped as the standard presents them. */
export function standardGroups(standard: Standard): Array<[group: string, members: AstNode[]]> {
    const entries = nodes(standard.entries);
    return [
        ['Knowledge', entries.filter(entry => entry.kind === 'knowledge')],
        ['Skills', entries.filter(entry => entry.kind === 'skill')],
        ['Behaviours', entries.filter(entry => entry.kind === 'behaviour')],
        ['Duties', nodes(standard.duties)],
    ];
}

export interface NamedElement {
    readonly node: AstNode;
    readonly name: string;
    /** The id of the project or standard it belongs to (none for the project or standard itself). */
    readonly container?: string;
}

/** Every named element of a document, each project or standard before what it holds. */
export function* namedElementsOf(model: Model | undefined): Generator<NamedElement> {
    for (const element of nodes(model?.elements)) {
        const own = nameOf(element);
        if (own) {
            yield { node: element, name: own };
        }
        const members = isProject(element) ? [
            ...nodes(element.calendars),
            ...planItemsOf(element).filter(Boolean),
            ...projectRegisters(element).flatMap(([, group]) => group),
        ] : isStandard(element) ? standardGroups(element).flatMap(([, group]) => group) : [];
        for (const member of members) {
            const name = nameOf(member);
            if (name) {
                yield { node: member, name, container: own };
            }
        }
    }
}

/** The element's id, if it has one yet. */
export function nameOf(node: AstNode): string | undefined {
    const name = (node as { name?: unknown }).name;
    return typeof name === 'string' && name.length > 0 ? name : undefined;
}

/** The text of the element's name in its header, or undefined when it has none. */
export function nameNodeOf(node: AstNode): CstNode | undefined {
    return nameOf(node) ? headerNodeOf(node, 'name') : undefined;
}

/** The first token of a node, such as its keyword. */
export function firstTokenOf(node: CstNode): CstNode | undefined {
    return CstUtils.flattenCst(node).find(leaf => !leaf.hidden);
}

export function rangeContains(outer: Range, inner: Range): boolean {
    return comparePositions(outer.start, inner.start) <= 0 && comparePositions(inner.end, outer.end) <= 0;
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
    return a.line - b.line || a.character - b.character;
}

/** The nodes of an AST array, without the holes a broken parse may leave. */
export function nodes<T>(list: readonly T[] | undefined): T[] {
    return (list ?? []).filter((item): item is T => typeof item === 'object' && item !== null);
}
