// The order in which a network of work is placed: Kahn's topological order, with the scheduler's
// way with cycles: their items left out, what merely follows a cycle kept. Shared by the
// scheduler and schedule risk analysis, which must place work in the very same order.
import { stronglyConnectedComponents } from './dependency-cycles.js';

/** The order to place the `n` items in, and which are on a cycle (1): those are not in the order. */
export function topologicalOrder(n: number, outgoing: ReadonlyArray<ReadonlyArray<{ to: number }>>, incomingCount: Int32Array): { order: number[]; onCycle: Uint8Array } {
    const order: number[] = [];
    const onCycle = new Uint8Array(n);
    const remaining = Int32Array.from(incomingCount);
    const visit = (queue: number[]) => {
        for (let head = 0; head < queue.length; head++) {
            const node = queue[head];
            order.push(node);
            for (const link of outgoing[node]) {
                if (--remaining[link.to] === 0) {
                    queue.push(link.to);
                }
            }
        }
    };
    const ready: number[] = [];
    for (let i = 0; i < n; i++) {
        if (remaining[i] === 0) {
            ready.push(i);
        }
    }
    visit(ready);
    if (order.length === n) {
        return { order, onCycle };
    }
    const ordered = new Set(order);
    const successors = new Map<string, string[]>();
    for (let i = 0; i < n; i++) {
        if (!ordered.has(i)) {
            successors.set(String(i), outgoing[i].filter(link => !ordered.has(link.to)).map(link => String(link.to)));
        }
    }
    const component = stronglyConnectedComponents(successors);
    const sizes = new Map<number, number>();
    component.forEach(id => sizes.set(id, (sizes.get(id) ?? 0) + 1));
    const released: number[] = [];
    for (const [node, id] of component) {
        const i = Number(node);
        if (sizes.get(id)! > 1) {
            onCycle[i] = 1;
            for (const link of outgoing[i]) {
                if (--remaining[link.to] === 0 && !onCycle[link.to]) {
                    released.push(link.to);
                }
            }
        }
    }
    visit(released.filter(i => !onCycle[i] && remaining[i] === 0));
    return { order, onCycle };
}
