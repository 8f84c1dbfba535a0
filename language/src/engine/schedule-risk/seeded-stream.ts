// The seeded stream (mulberry32, levelling/seeded-random.ts) taken apart, so that a hot loop keeps
// its state in a local variable rather than calling a closure for each number:
//     state = nextState(state); const u = levelAfter(state);
// gives the numbers seededRandom(seed) gives, one for one, from state = seed.

/** The state after one step. */
export function nextState(state: number): number {
    return (state + 0x6d2b79f5) | 0;
}

/** The 32-bit word, 0 to 2³² - 1, that the stream's number at `state` is made of. */
export function wordAfter(state: number): number {
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
}

/** The number in [0, 1) that the stream gives at `state`: its word over 2³². */
export function levelAfter(state: number): number {
    return wordAfter(state) / WORDS;
}

export const WORDS = 4294967296;
