/** A precedence edge: `to` comes after `from`. */
export interface PrecedenceEdge<Tag> {
    readonly from: string;
    readonly to: string;
    readonly tag: Tag;
}

/** A cycle through one edge, as the ids in precedence order, first id repeated at the end. */
export interface CycleThroughEdge<Tag> {
    readonly edge: PrecedenceEdge<Tag>;
    readonly cycle: string[];
}

/**
 * Finds every edge that lies on a dependency cycle and, for each, the shortest cycle through it.
 * Edges are grouped into strongly connected components first (Tarjan), so the search for a cycle
 * stays inside the component that contains the edge.
 */
export function findCycleEdges<Tag>(edges: readonly PrecedenceEdge<Tag>[]): CycleThroughEdge<Tag>[] {
    const successors = new Map<string, string[]>();
    for (const { from, to } of edges) {
        let list = successors.get(from);
        if (!list) {
            successors.set(from, list = []);
        }
        list.push(to);
        if (!successors.has(to)) {
            successors.set(to, []);
        }
    }
    const component = stronglyConnectedComponents(successors);
    const result: CycleThroughEdge<Tag>[] = [];
    for (const edge of edges) {
        if (edge.from === edge.to) {
            result.push({ edge, cycle: [edge.from, edge.from] });
            continue;
        }
        const scc = component.get(edge.from);
        if (scc === undefined || scc !== component.get(edge.to)) {
            continue;
        }
        const path = shortestPath(edge.to, edge.from, successors, id => component.get(id) === scc);
        if (path) {
            result.push({ edge, cycle: [edge.from, ...path] });
        }
    }
    return result;
}

function stronglyConnectedComponents(successors: Map<string, string[]>): Map<string, number> {
    const index = new Map<string, number>();
    const lowLink = new Map<string, number>();
    const onStack = new Set<string>();
    const stack: string[] = [];
    const component = new Map<string, number>();
    let counter = 0;
    let components = 0;
    // Iterative Tarjan: plans can have chains thousands of tasks long.
    for (const root of successors.keys()) {
        if (index.has(root)) {
            continue;
        }
        const work: Array<{ node: string; next: number }> = [{ node: root, next: 0 }];
        index.set(root, counter);
        lowLink.set(root, counter++);
        stack.push(root);
        onStack.add(root);
        while (work.length > 0) {
            const frame = work[work.length - 1];
            const out = successors.get(frame.node)!;
            if (frame.next < out.length) {
                const target = out[frame.next++];
                if (!index.has(target)) {
                    index.set(target, counter);
                    lowLink.set(target, counter++);
                    stack.push(target);
                    onStack.add(target);
                    work.push({ node: target, next: 0 });
                } else if (onStack.has(target)) {
                    lowLink.set(frame.node, Math.min(lowLink.get(frame.node)!, index.get(target)!));
                }
                continue;
            }
            work.pop();
            if (work.length > 0) {
                const parent = work[work.length - 1].node;
                lowLink.set(parent, Math.min(lowLink.get(parent)!, lowLink.get(frame.node)!));
            }
            if (lowLink.get(frame.node) === index.get(frame.node)) {
                let member: string;
                do {
                    member = stack.pop()!;
                    onStack.delete(member);
                    component.set(member, components);
                } while (member !== frame.node);
                components++;
            }
        }
    }
    return component;
}

/** Breadth-first path from `start` to `goal` (both included), staying on nodes that `allowed` accepts. */
function shortestPath(start: string, goal: string, successors: Map<string, string[]>, allowed: (id: string) => boolean): string[] | undefined {
    const previous = new Map<string, string | undefined>([[start, undefined]]);
    const queue = [start];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        if (node === goal) {
            const path: string[] = [];
            for (let at: string | undefined = node; at !== undefined; at = previous.get(at)) {
                path.push(at);
            }
            return path.reverse();
        }
        for (const next of successors.get(node) ?? []) {
            if (!previous.has(next) && allowed(next)) {
                previous.set(next, node);
                queue.push(next);
            }
        }
    }
    return undefined;
}
