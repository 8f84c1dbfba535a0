import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import type { DiagnosticRelatedInformation } from 'vscode-languageserver-types';
import { isPhase, isProject, type Dependency, type Milestone, type Model, type PlanItem, type Task } from '../generated/ast.js';
import { planItemsOf, workItemsOf } from '../planning/plan-items.js';
import { isPhaseLinkType } from '../engine/phase-logic.js';
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
 * whole cycle, with the cycle's other dependencies as related information. A phase's links hold
 * the work inside it: the phase stands in the network as a gate its work follows, so a phase
 * after its own task, or after a task that waits for the phase, is a cycle.
 */
export function checkDependencyCycles(model: Model, accept: ValidationAcceptor): void {
    const ids = new Map<AstNode, string>();
    const items = new Map<string, PlanItem>();
    const idOf = (item: PlanItem) => {
        let id = ids.get(item);
        if (id === undefined) {
            // Items with the same name (an error reported elsewhere) stay distinct nodes here.
            id = `${ids.size}:${item.name}`;
            ids.set(item, id);
            items.set(id, item);
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
    const byComponent = new Map<number, Array<CycleThroughEdge<Dependency>>>();
    for (const cycle of findCycleEdges(edges)) {
        // A phase's gate to its work is no dependency written in the plan: it cannot be the one reported.
        if (cycle.edge.tag) {
            const cycles = byComponent.get(cycle.component);
            const written = cycle as CycleThroughEdge<Dependency>;
            cycles ? cycles.push(written) : byComponent.set(cycle.component, [written]);
        }
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
                    const waiting = (dependency.$container as PlanItem).name;
                    relatedInformation.push({ location: { uri, range }, message: `'${waiting}' waits for '${dependency.predecessor!.$refText}' here.` });
                }
            }
        }
        accept('error', `Dependency cycle: ${chain}.`, {
            node: edge.tag, property: 'predecessor', code: IssueCodes.Cycle, relatedInformation
        });
    }
}
