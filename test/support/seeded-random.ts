import { seededRandom } from '../../language/src/engine/levelling/seeded-random.js';

/**
 * A tiny seeded pseudo-random number generator (mulberry32, the one levelling samples with), so
 * that every generated test case can be reproduced from its seed alone.
 */
export const mulberry32 = seededRandom;

/** Mixes several integers into one 32-bit seed, so that each case gets its own independent stream. */
export function mixSeed(...parts: number[]): number {
    let hash = 0x811c9dc5;
    for (const part of parts) {
        hash = Math.imul(hash ^ (part >>> 0), 0x01000193);
        hash ^= hash >>> 13;
        hash = Math.imul(hash, 0x5bd1e995);
        hash ^= hash >>> 15;
    }
    return hash >>> 0;
}

/** Convenience helpers over a seeded generator. */
export class Random {
    private readonly next: () => number;

    constructor(readonly seed: number) {
        this.next = mulberry32(seed);
    }

    /** A float in [0, 1). */
    float(): number {
        return this.next();
    }

    /** An integer in [0, bound). */
    int(bound: number): number {
        return Math.floor(this.next() * bound);
    }

    /** An integer in [min, max]. */
    between(min: number, max: number): number {
        return min + this.int(max - min + 1);
    }

    chance(probability: number): boolean {
        return this.next() < probability;
    }

    pick<T>(items: readonly T[]): T {
        if (items.length === 0) {
            throw new Error('Random.pick of an empty list');
        }
        return items[this.int(items.length)];
    }
}
