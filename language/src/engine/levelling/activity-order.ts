// Precedence-feasible activity lists from priority values: Kahn's algorithm with a heap, so
// that each step takes the best activity whose predecessors (or, backwards, successors) are
// all in the list. Priority is the dominant key: among the activities that could come next,
// those of the highest priority come first, and lower ones wait (backwards: come last).
import type { LevellingNetwork } from './levelling-network.js';

export class ActivityOrder {
    private readonly heap: Int32Array;
    private readonly waiting: Int32Array;
    private readonly negatedPriority: Float64Array;
    private primary: ArrayLike<number> = [];
    private secondary: ArrayLike<number> = [];
    private tertiary: ArrayLike<number> = [];

    constructor(private readonly network: LevellingNetwork) {
        this.heap = new Int32Array(network.count);
        this.waiting = new Int32Array(network.count);
        this.negatedPriority = network.priority.map(priority => -priority);
    }

    /**
     * Movable work, every predecessor first; among what could come next, higher priority first,
     * then lower `key`, then lower `tieBreak`.
     */
    forward(key: ArrayLike<number>, tieBreak: ArrayLike<number>, into: Int32Array): Int32Array {
        const { network } = this;
        return this.build(network.predecessorFrom, network.successorFrom, network.successor, this.negatedPriority, key, tieBreak, into);
    }

    /**
     * Movable work, every successor first; among what could come next, lower priority first,
     * then lower `key`, then lower `tieBreak`.
     */
    backward(key: ArrayLike<number>, tieBreak: ArrayLike<number>, into: Int32Array): Int32Array {
        const { network } = this;
        return this.build(network.successorFrom, network.predecessorFrom, network.predecessor, network.priority, key, tieBreak, into);
    }

    private build(
        blockingFrom: Int32Array, releasingFrom: Int32Array, released: Int32Array,
        primary: ArrayLike<number>, secondary: ArrayLike<number>, tertiary: ArrayLike<number>, into: Int32Array,
    ): Int32Array {
        const { network, heap, waiting } = this;
        this.primary = primary;
        this.secondary = secondary;
        this.tertiary = tertiary;
        let size = 0;
        for (let i = 0; i < network.movable.length; i++) {
            const a = network.movable[i];
            waiting[a] = blockingFrom[a + 1] - blockingFrom[a];
            if (waiting[a] === 0) {
                size = this.push(size, a);
            }
        }
        let length = 0;
        while (size > 0) {
            const a = heap[0];
            size = this.pop(size);
            into[length++] = a;
            for (let l = releasingFrom[a]; l < releasingFrom[a + 1]; l++) {
                const next = released[l];
                if (--waiting[next] === 0) {
                    size = this.push(size, next);
                }
            }
        }
        return into;
    }

    private before(a: number, b: number): boolean {
        const p = this.primary[a] - this.primary[b];
        if (p !== 0) {
            return p < 0;
        }
        const s = this.secondary[a] - this.secondary[b];
        if (s !== 0) {
            return s < 0;
        }
        return this.tertiary[a] < this.tertiary[b];
    }

    private push(size: number, a: number): number {
        const heap = this.heap;
        let i = size;
        while (i > 0) {
            const parent = (i - 1) >> 1;
            if (!this.before(a, heap[parent])) {
                break;
            }
            heap[i] = heap[parent];
            i = parent;
        }
        heap[i] = a;
        return size + 1;
    }

    private pop(size: number): number {
        const heap = this.heap;
        const last = heap[--size];
        let i = 0;
        for (;;) {
            let child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && this.before(heap[child + 1], heap[child])) {
                child++;
            }
            if (!this.before(heap[child], last)) {
                break;
            }
            heap[i] = heap[child];
            i = child;
        }
        heap[i] = last;
        return size;
    }
}
