// A genetic algorithm on activity lists (Hartmann 1998), the best in Kolisch and Hartmann's
// surveys once each child is justified (Valls, Ballestin and Quintanilla 2005). Two-point
// crossover keeps every list precedence-feasible; mutation swaps neighbours that no link orders;
// the population is the best of parents and children. A child's list is rewritten in the order
// of its justified starts, so that what justification found is inherited.
import type { LevellingNetwork } from './levelling-network.js';

/** Chance that a neighbour pair swaps in a child. */
const MUTATION = 0.05;

export interface Individual {
    readonly list: Int32Array;
    finish: number;
    startSum: number;
}

export function isFitter(a: Individual, b: Individual): boolean {
    return a.finish < b.finish || (a.finish === b.finish && a.startSum < b.startSum);
}

export class GeneticOperators {
    private readonly taken: Uint8Array;

    constructor(private readonly network: LevellingNetwork, private readonly random: () => number) {
        this.taken = new Uint8Array(network.count);
    }

    /**
     * Hartmann's two-point crossover: the daughter takes the mother's list up to one point, then
     * the father's order of what is left up to a second, then the mother's order of the rest.
     */
    crossover(mother: Int32Array, father: Int32Array, into: Int32Array): void {
        const n = mother.length;
        const taken = this.taken;
        const first = Math.floor(this.random() * (n + 1));
        const second = first + Math.floor(this.random() * (n - first + 1));
        let length = 0;
        for (let i = 0; i < first; i++) {
            taken[mother[i]] = 1;
            into[length++] = mother[i];
        }
        for (let i = 0; i < n && length < second; i++) {
            if (!taken[father[i]]) {
                taken[father[i]] = 1;
                into[length++] = father[i];
            }
        }
        for (let i = 0; i < n && length < n; i++) {
            if (!taken[mother[i]]) {
                taken[mother[i]] = 1;
                into[length++] = mother[i];
            }
        }
        for (let i = 0; i < n; i++) {
            taken[into[i]] = 0;
        }
    }

    /** Swaps each neighbour pair that no link orders, with a small probability. */
    mutate(list: Int32Array): void {
        const { successorFrom, successor } = this.network;
        for (let i = 0; i + 1 < list.length; i++) {
            if (this.random() >= MUTATION) {
                continue;
            }
            const a = list[i];
            const b = list[i + 1];
            let linked = false;
            for (let l = successorFrom[a]; l < successorFrom[a + 1] && !linked; l++) {
                linked = successor[l] === b;
            }
            if (!linked) {
                list[i] = b;
                list[i + 1] = a;
            }
        }
    }

    /** Shuffles `items` in place (Fisher-Yates). */
    shuffle<T>(items: T[]): void {
        for (let i = items.length - 1; i > 0; i--) {
            const j = Math.floor(this.random() * (i + 1));
            const item = items[i];
            items[i] = items[j];
            items[j] = item;
        }
    }
}
