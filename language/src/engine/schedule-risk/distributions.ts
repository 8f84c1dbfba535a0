// The distributions a duration, a risk's delay or its cost is drawn from, each sampled by its
// quantile function from one uniform draw: every draw consumes exactly one number of the seeded
// stream (so that the stream stays aligned and a seed always gives the same figures), and a draw's
// uniform is its rank among all the durations the task could take (rank-correlation.ts).
//
// PERT-Beta is the Beta distribution that PERT's mean (o + 4m + p) / 6 belongs to: on [o, p],
// with shape parameters 1 + 4(m - o)/(p - o) and 1 + 4(p - m)/(p - o), which sum to 6 (Vose, Risk Analysis, 2008).
// Its quantile function has no closed form, so each shape gets a table of it, built once from the
// density and interpolated: a draw costs a lookup, not a Beta sampler's rejection loop.

import type { DurationDistribution } from '../plan-model.js';
import { WORDS } from './seeded-stream.js';

export interface ThreePoints {
    readonly low: number;
    readonly mostLikely: number;
    readonly high: number;
}

/** A value drawn by its quantile function: `quantile(u)` for u uniform on [0, 1). */
export interface Distribution {
    quantile(u: number): number;
}

/** Quantile levels in each PERT-Beta table: linear interpolation between them is exact to about 1e-6 of the range. */
const QUANTILE_STEPS = 1024;
/** Steps of the density integrated to build a table. */
const DENSITY_STEPS = 16384;

export function distributionOf(points: ThreePoints, kind: DurationDistribution = 'pert'): Distribution {
    const { low, high } = points;
    if (!(high > low)) {
        return new Fixed(points.mostLikely);
    }
    const mostLikely = Math.min(high, Math.max(low, points.mostLikely));
    return kind === 'triangular' ? new Triangular(low, mostLikely, high) : new PertBeta(low, mostLikely, high);
}

class Fixed implements Distribution {
    constructor(readonly value: number) {}

    quantile(): number {
        return this.value;
    }
}

class Triangular implements Distribution {
    /** The share of the distribution below the most likely value. */
    readonly split: number;

    constructor(readonly low: number, readonly mostLikely: number, readonly high: number) {
        this.split = (mostLikely - low) / (high - low);
    }

    quantile(u: number): number {
        const { low, mostLikely, high } = this;
        return u < this.split
            ? low + Math.sqrt(u * (high - low) * (mostLikely - low))
            : high - Math.sqrt((1 - u) * (high - low) * (high - mostLikely));
    }
}

class PertBeta implements Distribution {
    readonly quantiles: BetaQuantiles;
    readonly range: number;

    constructor(readonly low: number, mostLikely: number, high: number) {
        this.range = high - low;
        this.quantiles = standardBetaQuantiles(1 + 4 * (mostLikely - low) / this.range);
    }

    quantile(u: number): number {
        const { body, lowTail, highTail } = this.quantiles;
        // The quantile function is steep where the density thins out at either end: finer tables there.
        const x = u < TAIL ? interpolate(lowTail, u / TAIL)
            : u >= 1 - TAIL ? interpolate(highTail, (u - (1 - TAIL)) / TAIL)
            : interpolate(body, u);
        return this.low + this.range * x;
    }
}

/**
 * Many distributions' quantile functions in typed arrays: an iteration draws every sampled duration
 * with one monomorphic call each, not a call through each distribution's own object. The same
 * arithmetic as each distribution's `quantile`, step for step, so the same draws to the last bit.
 */
export class QuantileTable {
    private readonly kind: Uint8Array;
    /** Fixed: the value; triangular: low, most likely, high and the split; PERT-Beta: low and range. */
    private readonly low: Float64Array;
    private readonly mostLikely: Float64Array;
    private readonly high: Float64Array;
    private readonly split: Float64Array;
    private readonly range: Float64Array;
    /** Where each PERT-Beta's tables start in `tables`: body, low tail, high tail, each QUANTILE_STEPS + 1 long. */
    private readonly tableAt: Int32Array;
    private readonly tables: Float64Array;

    constructor(distributions: readonly Distribution[]) {
        const count = distributions.length;
        this.kind = new Uint8Array(count);
        this.low = new Float64Array(count);
        this.mostLikely = new Float64Array(count);
        this.high = new Float64Array(count);
        this.split = new Float64Array(count);
        this.range = new Float64Array(count);
        this.tableAt = new Int32Array(count);
        const shapes = new Map<BetaQuantiles, number>();
        distributions.forEach((distribution, s) => {
            if (distribution instanceof PertBeta) {
                this.kind[s] = PERT;
                this.low[s] = distribution.low;
                this.range[s] = distribution.range;
                if (!shapes.has(distribution.quantiles)) {
                    shapes.set(distribution.quantiles, shapes.size * 3 * (QUANTILE_STEPS + 1));
                }
                this.tableAt[s] = shapes.get(distribution.quantiles)!;
            } else if (distribution instanceof Triangular) {
                this.kind[s] = TRIANGULAR;
                this.low[s] = distribution.low;
                this.mostLikely[s] = distribution.mostLikely;
                this.high[s] = distribution.high;
                this.split[s] = distribution.split;
            } else if (distribution instanceof Fixed) {
                this.low[s] = distribution.value;
            } else {
                throw new Error('A quantile table holds the distributions of distributionOf only.');
            }
        });
        this.tables = new Float64Array(shapes.size * 3 * (QUANTILE_STEPS + 1));
        for (const [quantiles, at] of shapes) {
            this.tables.set(quantiles.body, at);
            this.tables.set(quantiles.lowTail, at + QUANTILE_STEPS + 1);
            this.tables.set(quantiles.highTail, at + 2 * (QUANTILE_STEPS + 1));
        }
    }

    /** The parameters of distribution `s`, as a key: the same key, the same distribution. */
    parametersOf(s: number): string {
        return `${this.kind[s]} ${this.low[s]} ${this.mostLikely[s]} ${this.high[s]} ${this.split[s]} ${this.range[s]} ${this.tableAt[s]}`;
    }

    /** The quantile of distribution `s` at u, as its own `quantile(u)`. */
    quantile(s: number, u: number): number {
        const kind = this.kind[s];
        if (kind === PERT) {
            const at = this.tableAt[s];
            // TAIL is a power of two: multiplying by its inverse is dividing by it, exactly.
            const x = u < TAIL ? this.interpolate(at + QUANTILE_STEPS + 1, u * (1 / TAIL))
                : u >= 1 - TAIL ? this.interpolate(at + 2 * (QUANTILE_STEPS + 1), (u - (1 - TAIL)) * (1 / TAIL))
                : this.interpolate(at, u);
            return this.low[s] + this.range[s] * x;
        }
        if (kind === TRIANGULAR) {
            const low = this.low[s];
            const mostLikely = this.mostLikely[s];
            const high = this.high[s];
            return u < this.split[s]
                ? low + Math.sqrt(u * (high - low) * (mostLikely - low))
                : high - Math.sqrt((1 - u) * (high - low) * (high - mostLikely));
        }
        return this.low[s];
    }

    private interpolate(table: number, share: number): number {
        const at = share * QUANTILE_STEPS;
        // The share is below 1 for u below 1: the step is within the table without Math.min.
        const step = at >= QUANTILE_STEPS - 1 ? QUANTILE_STEPS - 1 : at | 0;
        const below = this.tables[table + step];
        return below + (this.tables[table + step + 1] - below) * (at - step);
    }
}

const TRIANGULAR = 1;
const PERT = 2;

/** Beyond this many whole values a distribution is drawn by its quantile function and rounded. */
const MOST_WHOLE_VALUES = 64;
/** The words are cut into 2^BUCKET_BITS buckets by their top bits, each knowing where its scan starts. */
const BUCKET_BITS = 6;

/**
 * Draws rounded to whole units (at least 0), straight from the seeded stream's 32-bit words: for
 * each distribution, the least word from which each next whole value is drawn, found once by
 * bisection, so that a draw is a scan of a few numbers instead of an interpolation and a rounding
 * (a scan that starts where the word's top bits say, so that it is rarely more than a step).
 * The quantile function rises with the level, and so does its rounding: a draw is the table's
 * `Math.max(0, Math.round(quantile(word / 2³²)))`. Distributions with the same parameters share
 * their words; those not wanted, or of more than MOST_WHOLE_VALUES whole values, have none.
 */
export class WholeUnitDraws {
    /** The least whole value of each distribution. */
    private readonly least: Int32Array;
    /** Where each distribution's words start in `words`; -1 for none. */
    private readonly from: Int32Array;
    /** Each distribution's words in a row, the row closed by 2³², above every word. */
    private readonly words: Float64Array;
    /** Where in each distribution's row the scan for a word starts, by its bucket: the words below the bucket. */
    private readonly scanFrom: Int32Array;
    /** Where each distribution's buckets start in `scanFrom`. */
    private readonly bucketsAt: Int32Array;

    /**
     * Words for each wanted distribution where they pay: finding them costs about 32 quantiles a
     * whole value, once for all the distributions alike; each of the `draws` draws of each saves
     * about half of one.
     */
    constructor(table: QuantileTable, count: number, draws: number, wanted: (s: number) => boolean) {
        this.least = new Int32Array(count);
        this.from = new Int32Array(count).fill(-1);
        this.bucketsAt = new Int32Array(count);
        const words: number[] = [];
        const scanFrom: number[] = [];
        const sharing = new Map<string, number>();
        for (let s = 0; s < count; s++) {
            if (wanted(s)) {
                const key = table.parametersOf(s);
                sharing.set(key, (sharing.get(key) ?? 0) + 1);
            }
        }
        const known = new Map<string, { from: number; buckets: number }>();
        for (let s = 0; s < count; s++) {
            const whole = (word: number) => Math.max(0, Math.round(table.quantile(s, word / WORDS)));
            const least = whole(0);
            const most = whole(WORDS - 1);
            this.least[s] = least;
            if (!wanted(s) || most - least > MOST_WHOLE_VALUES) {
                continue;
            }
            const key = table.parametersOf(s);
            const same = known.get(key);
            if (same) {
                this.from[s] = same.from;
                this.bucketsAt[s] = same.buckets;
                continue;
            }
            if (32 * (most - least) > draws * sharing.get(key)! / 2) {
                continue;
            }
            this.from[s] = words.length;
            this.bucketsAt[s] = scanFrom.length;
            known.set(key, { from: this.from[s], buckets: this.bucketsAt[s] });
            for (let value = least + 1; value <= most; value++) {
                let low = words.length > this.from[s] ? words[words.length - 1] : 0;
                let high = WORDS - 1;
                while (low < high) {
                    const middle = Math.floor((low + high) / 2);
                    if (whole(middle) >= value) {
                        high = middle;
                    } else {
                        low = middle + 1;
                    }
                }
                words.push(low);
            }
            words.push(WORDS);
            for (let bucket = 0, k = this.from[s]; bucket < 2 ** BUCKET_BITS; bucket++) {
                while (words[k] < bucket * 2 ** (32 - BUCKET_BITS)) {
                    k++;
                }
                scanFrom.push(k);
            }
        }
        this.words = Float64Array.from(words);
        this.scanFrom = Int32Array.from(scanFrom);
    }

    /** Whether distribution `s` is drawn here. */
    has(s: number): boolean {
        return this.from[s] !== -1;
    }

    /** Distribution s's whole value for the stream's word `word`. */
    draw(s: number, word: number): number {
        let k = this.scanFrom[this.bucketsAt[s] + (word >>> (32 - BUCKET_BITS))];
        while (word >= this.words[k]) {
            k++;
        }
        return this.least[s] + k - this.from[s];
    }
}

function interpolate(table: Float64Array, share: number): number {
    const at = share * QUANTILE_STEPS;
    const step = Math.min(QUANTILE_STEPS - 1, Math.floor(at));
    const below = table[step];
    return below + (table[step + 1] - below) * (at - step);
}

interface BetaQuantiles {
    /** Quantiles at 0, 1/Q, ..., 1. */
    readonly body: Float64Array;
    /** Quantiles at 0, TAIL/Q, ..., TAIL, and at 1 - TAIL, ..., 1. */
    readonly lowTail: Float64Array;
    readonly highTail: Float64Array;
}

/** The share of the distribution at either end that has a table of its own. */
const TAIL = 1 / 32;
/** Shapes are told apart to 1/256 of alpha: a plan of a thousand estimates needs a few tables, not a thousand. */
const SHAPE_STEPS = 256;

const tables = new Map<number, BetaQuantiles>();

/**
 * Quantiles of the PERT-Beta(alpha, 6 - alpha) on [0, 1] (alpha from 1 to 5), from its density
 * integrated by the trapezoid rule (the density is bounded) and inverted by interpolation.
 */
function standardBetaQuantiles(exactAlpha: number): BetaQuantiles {
    const key = Math.round(exactAlpha * SHAPE_STEPS);
    const known = tables.get(key);
    if (known) {
        return known;
    }
    const alpha = key / SHAPE_STEPS;
    const beta = 6 - alpha;
    const density = (x: number) => Math.pow(x, alpha - 1) * Math.pow(1 - x, beta - 1);
    const cumulative = new Float64Array(DENSITY_STEPS + 1);
    let previous = density(0);
    for (let k = 1; k <= DENSITY_STEPS; k++) {
        const value = density(k / DENSITY_STEPS);
        cumulative[k] = cumulative[k - 1] + (previous + value) / 2;
        previous = value;
    }
    const total = cumulative[DENSITY_STEPS];
    const inverse = (from: number, to: number): Float64Array => {
        const table = new Float64Array(QUANTILE_STEPS + 1);
        let k = 0;
        for (let q = 0; q <= QUANTILE_STEPS; q++) {
            const level = total * (from + (to - from) * q / QUANTILE_STEPS);
            while (k < DENSITY_STEPS - 1 && cumulative[k + 1] < level) {
                k++;
            }
            const width = cumulative[k + 1] - cumulative[k];
            const share = width > 0 ? Math.min(1, Math.max(0, (level - cumulative[k]) / width)) : 0;
            table[q] = (k + share) / DENSITY_STEPS;
        }
        table[0] = from === 0 ? 0 : table[0];
        table[QUANTILE_STEPS] = to === 1 ? 1 : table[QUANTILE_STEPS];
        return table;
    };
    const quantiles = { body: inverse(0, 1), lowTail: inverse(0, TAIL), highTail: inverse(1 - TAIL, 1) };
    tables.set(key, quantiles);
    return quantiles;
}
