/** A precedence edge: `to` comes after `from`. */
export interface PrecedenceEdge<Tag> {
    readonly from: string;
    readonly to: string;
    readonly tag: Tag;
}

/**
 * A cycle through one edge, in precedence order from `edge.from` back to it: `length` steps, of
 * which `head` are the first ids and `tail` the last ones (the whole cycle when it is short).
 */
export interface CycleThroughEdge<Tag> {
    readonly edge: PrecedenceEdge<Tag>;
    /** The strongly connected component the edge lies in: edges of one component share their loops. */
    readonly component: number;
    readonly length: number;
    readonly head: string[];
    readonly tail: string[];
}

/** Loops up to this size are shown whole; longer ones by their ends. */
const SHOWN_WHOLE = 12;
/** Components up to this size get the shortest cycle through each edge; larger ones a linear-time walk. */
const EXACT_SEARCH_LIMIT = 64;

/**
 * Finds every edge that lies on a dependency cycle and a cycle through it. Edges are grouped into
 * strongly connected components (Tarjan); in a small component each edge gets the shortest cycle
 * through it, in a large one a closed walk through one root of the component, so that a loop
 * through thousands of tasks costs linear time, not quadratic.
 */
export function findCycleEdges<Tag>(edges: readonly PrecedenceEdge<Tag>[]): Array<CycleThroughEdge<Tag>> {
    const successors = new Map<string, string[]>();
    const predecessors = new Map<string, string[]>();
    const link = (map: Map<string, string[]>, key: string, value: string) => {
        const list = map.get(key);
        list ? list.push(value) : map.set(key, [value]);
    };
    for (const { from, to } of edges) {
        link(successors, from, to);
        link(predecessors, to, from);
        if (!successors.has(to)) {
            successors.set(to, []);
        }
    }
    const component = stronglyConnectedComponents(successors);
    const sizes = new Map<number, number>();
    component.forEach(id => sizes.set(id, (sizes.get(id) ?? 0) + 1));
    const walks = new Map<number, RootWalks>();
    const result: Array<CycleThroughEdge<Tag>> = [];
    for (const edge of edges) {
        if (edge.from === edge.to) {
            result.push({ edge, component: component.get(edge.from)!, length: 1, head: [edge.from, edge.from], tail: [] });
            continue;
        }
        const scc = component.get(edge.from)!;
        if (scc !== component.get(edge.to)) {
            continue;
        }
        const inComponent = (id: string) => component.get(id) === scc;
        if (sizes.get(scc)! <= EXACT_SEARCH_LIMIT) {
            const path = shortestPath(edge.to, edge.from, successors, inComponent)!;
            result.push({ edge, component: scc, length: path.length, head: [edge.from, ...path], tail: [] });
        } else {
            let rootWalks = walks.get(scc);
            if (!rootWalks) {
                walks.set(scc, rootWalks = new RootWalks(edge.from, successors, predecessors, inComponent));
            }
            result.push({ edge, component: scc, ...rootWalks.cycleThrough(edge.from, edge.to) });
        }
    }
    return result;
}

/**
 * Breadth-first trees to and from one root of a component: a closed walk through edge u -> v is
 * u -> v, then v to the root, then the root to u. Only its two ends are spelled out.
 */
class RootWalks {
    private readonly towardRoot: Map<string, { next: string | undefined; distance: number }>;
    private readonly fromRoot: Map<string, { previous: string | undefined; distance: number }>;

    constructor(root: string, successors: Map<string, string[]>, predecessors: Map<string, string[]>, allowed: (id: string) => boolean) {
        this.towardRoot = breadthFirst(root, predecessors, allowed, (next, distance) => ({ next, distance }));
        this.fromRoot = breadthFirst(root, successors, allowed, (previous, distance) => ({ previous, distance }));
    }

    cycleThrough(from: string, to: string): { length: number; head: string[]; tail: string[] } {
        const length = 1 + this.towardRoot.get(to)!.distance + this.fromRoot.get(from)!.distance;
        if (length <= SHOWN_WHOLE) {
            const cycle = [from, to];
            for (let at = this.towardRoot.get(to)!.next; at !== undefined; at = this.towardRoot.get(at)!.next) {
                cycle.push(at);
            }
            const rootToFrom = [from];
            for (let at = this.fromRoot.get(from)!.previous; at !== undefined; at = this.fromRoot.get(at)!.previous) {
                rootToFrom.unshift(at);
            }
            // The root ends the first half and starts the second: keep it once.
            return { length, head: [...cycle, ...rootToFrom.slice(1)], tail: [] };
        }
        const head = [from, to];
        for (let at = this.towardRoot.get(to)!.next; at !== undefined && head.length < SHOWN_WHOLE / 2; at = this.towardRoot.get(at)!.next) {
            head.push(at);
        }
        const tail = [from];
        for (let at = this.fromRoot.get(from)!.previous; at !== undefined && tail.length < SHOWN_WHOLE / 2; at = this.fromRoot.get(at)!.previous) {
            tail.unshift(at);
        }
        const missing = SHOWN_WHOLE / 2 - tail.length;
        if (missing > 0) {
            // `from` is within a few steps of the root: the loop ends on the way from `to` to the root.
            const toRoot = [to];
            for (let at = this.towardRoot.get(to)!.next; at !== undefined; at = this.towardRoot.get(at)!.next) {
                toRoot.push(at);
            }
            tail.unshift(...toRoot.slice(-missing - 1, -1));
        }
        return { length, head, tail };
    }
}

function breadthFirst<Step>(root: string, neighbours: Map<string, string[]>, allowed: (id: string) => boolean, step: (via: string | undefined, distance: number) => Step): Map<string, Step & { distance: number }> {
    const reached = new Map<string, Step & { distance: number }>([[root, { ...step(undefined, 0), distance: 0 }]]);
    const queue = [root];
    for (let head = 0; head < queue.length; head++) {
        const node = queue[head];
        const distance = reached.get(node)!.distance + 1;
        for (const next of neighbours.get(node) ?? []) {
            if (!reached.has(next) && allowed(next)) {
                reached.set(next, { ...step(node, distance), distance });
                queue.push(next);
            }
        }
    }
    return reached;
}

/** Tarjan's strongly connected components: node id to component number. */
export function stronglyConnectedComponents(successors: Map<string, string[]>): Map<string, number> {
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
