import type { AstNode, ValidationAcceptor } from 'langium';
import { isPhase, isProject, type Dependency, type Milestone, type Model, type PlanItem, type Task } from '../generated/ast.js';
import { planItemsOf, workItemsOf } from '../planning/plan-items.js';
import { isPhaseLinkType } from '../engine/phase-logic.js';
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
 * A phase's links hold the work inside it: the phase stands in the network as a gate its work
 * follows, so a phase after its own task, or after a task that waits for the phase, is a cycle.
 */
export function checkDependencyCycles(model: Model, accept: ValidationAcceptor): void {
    const ids = new Map<AstNode, string>();
    const idOf = (item: PlanItem) => {
        let id = ids.get(item);
        if (id === undefined) {
            // Items with the same name (an error reported elsewhere) stay distinct nodes here.
            id = `${ids.size}:${item.name}`;
            ids.set(item, id);
        }
        return id;
    };
    const edges: Array<PrecedenceEdge<Dependency | undefined>> = [];
    for (const item of model.elements.filter(isProject).flatMap(planItemsOf)) {
        // FF and SF links to a phase are errors of their own (phase-checks.ts), and hold nothing.
        const dependencies = isPhase(item) ? item.dependencies.filter(dependency => isPhaseLinkType(dependency.type ?? 'FS')) : item.dependencies;
        if (isPhase(item) && dependencies.length > 0) {
            for (const work of workItemsOf(item)) {
                edges.push({ from: idOf(item), to: idOf(work), tag: undefined });
            }
        }
        for (const dependency of dependencies) {
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
        // A phase's gate to its work is no dependency written in the plan.
        if (!edge.tag || reported.has(edge.tag)) {
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
