import type { AstNode, ValidationAcceptor } from 'langium';
import { isPhase, isProject, type Dependency, type Milestone, type Model, type PlanItem, type Task } from '../generated/ast.js';
import { workItemsOf } from '../planning/plan-items.js';
import { findCycleEdges, type PrecedenceEdge } from '../engine/dependency-cycles.js';
import { IssueCodes } from './issue-codes.js';

type WorkItem = Task | Milestone;

/** The tasks and milestones a dependency on `item` stands for: a phase means all of its work. */
function workStoodForBy(item: PlanItem): WorkItem[] {
    return isPhase(item) ? workItemsOf(item) : [item];
}

function isAncestor(candidate: AstNode, node: AstNode): boolean {
    for (let at = node.$container; at; at = at.$container) {
        if (at === candidate) {
            return true;
        }
    }
    return false;
}

/**
 * A task may not wait for itself, neither directly, through its own phase, nor around a chain
 * of dependencies. Every dependency on a cycle is marked, each with the whole cycle it closes.
 */
export function checkDependencyCycles(model: Model, accept: ValidationAcceptor): void {
    const ids = new Map<AstNode, string>();
    const idOf = (item: WorkItem) => {
        let id = ids.get(item);
        if (id === undefined) {
            // Items with the same name (an error reported elsewhere) stay distinct nodes here.
            id = `${ids.size}:${item.name}`;
            ids.set(item, id);
        }
        return id;
    };
    const edges: Array<PrecedenceEdge<Dependency>> = [];
    for (const item of model.elements.filter(isProject).flatMap(workItemsOf)) {
        for (const dependency of item.dependencies) {
            const predecessor = dependency.predecessor?.ref;
            if (!predecessor) {
                continue;
            }
            if (predecessor === item) {
                accept('error', `'${item.name}' depends on itself.`, {
                    node: dependency, property: 'predecessor', code: IssueCodes.SelfDependency
                });
            } else if (isAncestor(predecessor, item)) {
                accept('error', `'${item.name}' depends on its own phase '${predecessor.name}', which cannot finish before it does.`, {
                    node: dependency, property: 'predecessor', code: IssueCodes.SelfDependency
                });
            } else {
                for (const before of workStoodForBy(predecessor)) {
                    edges.push({ from: idOf(before), to: idOf(item), tag: dependency });
                }
            }
        }
    }
    const reported = new Set<Dependency>();
    for (const { edge, length, head, tail } of findCycleEdges(edges)) {
        if (reported.has(edge.tag)) {
            continue;
        }
        reported.add(edge.tag);
        const nameOf = (id: string) => id.slice(id.indexOf(':') + 1);
        const chain = tail.length === 0
            ? head.map(nameOf).join(' -> ')
            : `${head.map(nameOf).join(' -> ')} -> ... -> ${tail.map(nameOf).join(' -> ')} (${length} dependencies)`;
        accept('error', `Dependency cycle: ${chain}.`, {
            node: edge.tag, property: 'predecessor', code: IssueCodes.Cycle
        });
    }
}
