// Regret-based biased random sampling (Drexl 1991; Kolisch 1995; Tormos and Lova 2001): build
// activity lists step by step, taking work that could come next with a probability that grows
// with its regret, how much worse the worst choice's rule value is than its own. The rule's
// favourite is likeliest, and every choice stays possible. Priority stays the dominant key:
// only work of the highest priority among what could come next is drawn from.
import type { LevellingNetwork } from './levelling-network.js';

/** Regret is raised to this power and offset by this much: the values of Tormos and Lova. */
const BIAS = 1;
const OFFSET = 1;

export class RegretSampler {
    private readonly waiting: Int32Array;
    private readonly eligible: Int32Array;
    private readonly weight: Float64Array;

    constructor(private readonly network: LevellingNetwork, private readonly random: () => number) {
        this.waiting = new Int32Array(network.count);
        this.eligible = new Int32Array(network.count);
        this.weight = new Float64Array(network.count);
    }

    /** A precedence-feasible list of the movable work, biased by `value` (lower is more urgent). */
    list(value: Float64Array, into: Int32Array): Int32Array {
        const { network, waiting, eligible, weight } = this;
        const { predecessorFrom, successorFrom, successor, priority } = network;
        let size = 0;
        for (const a of network.movable) {
            waiting[a] = predecessorFrom[a + 1] - predecessorFrom[a];
            if (waiting[a] === 0) {
                eligible[size++] = a;
            }
        }
        for (let length = 0; size > 0; length++) {
            let top = -Infinity;
            for (let e = 0; e < size; e++) {
                top = Math.max(top, priority[eligible[e]]);
            }
            let worst = -Infinity;
            for (let e = 0; e < size; e++) {
                const a = eligible[e];
                if (priority[a] === top && value[a] > worst) {
                    worst = value[a];
                }
            }
            let total = 0;
            for (let e = 0; e < size; e++) {
                const a = eligible[e];
                const w = priority[a] === top ? Math.pow(worst - value[a] + OFFSET, BIAS) : 0;
                weight[e] = w;
                total += w;
            }
            let draw = this.random() * total;
            let chosen = 0;
            while (chosen < size - 1 && (draw -= weight[chosen]) >= 0) {
                chosen++;
            }
            // A weight of zero is never drawn, even at the end of the list where rounding may land.
            while (weight[chosen] === 0) {
                chosen--;
            }
            const a = eligible[chosen];
            eligible[chosen] = eligible[--size];
            into[length] = a;
            for (let l = successorFrom[a]; l < successorFrom[a + 1]; l++) {
                const next = successor[l];
                if (--waiting[next] === 0) {
                    eligible[size++] = next;
                }
            }
        }
        return into;
    }
}
