import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isPhase, isProject, type Dependency, type Milestone, type Model, type PlanItem, type Task } from '../generated/ast.js';
import { workItemsOf } from '../planning/plan-items.js';
import { findCycleEdges, type CycleThroughEdge, type PrecedenceEdge } from '../engine/dependency-cycles.js';
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
 * of dependencies. A cycle is one mistake, so one problem: on the dependency that waits for work
 * written after it (plans are mostly written in order, so that is the odd one out), naming the
 * whole cycle, with the cycle's other dependencies as related information.
 */
export function checkDependencyCycles(model: Model, accept: ValidationAcceptor): void {
    const ids = new Map<AstNode, string>();
    const items = new Map<string, WorkItem>();
    const idOf = (item: WorkItem) => {
        let id = ids.get(item);
        if (id === undefined) {
            // Items with the same name (an error reported elsewhere) stay distinct nodes here.
            id = `${ids.size}:${item.name}`;
            ids.set(item, id);
            items.set(id, item);
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
    const byComponent = new Map<number, Array<CycleThroughEdge<Dependency>>>();
    for (const cycle of findCycleEdges(edges)) {
        const cycles = byComponent.get(cycle.component);
        cycles ? cycles.push(cycle) : byComponent.set(cycle.component, [cycle]);
    }
    const offsetOf = (id: string) => items.get(id)?.$cstNode?.offset ?? 0;
    const dependencyBetween = new Map(edges.map(edge => [`${edge.from} ${edge.to}`, edge.tag]));
    const uri = AstUtils.getDocument(model).uri.toString();
    const nameOf = (id: string) => id.slice(id.indexOf(':') + 1);
    for (const cycles of byComponent.values()) {
        const { edge, length, head, tail } = cycles.find(cycle => offsetOf(cycle.edge.from) > offsetOf(cycle.edge.to)) ?? cycles[0];
        const chain = tail.length === 0
            ? head.map(nameOf).join(' -> ')
            : `${head.map(nameOf).join(' -> ')} -> ... -> ${tail.map(nameOf).join(' -> ')} (${length} dependencies)`;
        const relatedInformation: DiagnosticRelatedInformation[] = [];
        for (const path of [head, tail]) {
            for (let i = 0; i + 1 < path.length; i++) {
                const dependency = dependencyBetween.get(`${path[i]} ${path[i + 1]}`);
                const range = dependency?.predecessor?.$refNode?.range;
                if (dependency && dependency !== edge.tag && range) {
                    const waiting = (dependency.$container as WorkItem).name;
                    relatedInformation.push({ location: { uri, range }, message: `'${waiting}' waits for '${dependency.predecessor!.$refText}' here.` });
                }
            }
        }
        accept('error', `Dependency cycle: ${chain}.`, {
            node: edge.tag, property: 'predecessor', code: IssueCodes.Cycle, relatedInformation
        });
    }
}
