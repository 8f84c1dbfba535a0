// Spearman's rank correlation, for what drives the finish: how closely the order of a task's
// sampled durations follows the order of the project's finishes (1: the longer the task, the later
// the finish, always; 0: no relation). Ties (many iterations finish on the same day) share the mean
// of the ranks they span.

/** Ranks 1..n of the values, ties sharing their mean rank. */
export function midRanks(values: ArrayLike<number>): Float64Array {
    const n = values.length;
    const order = Array.from({ length: n }, (_, k) => k).sort((a, b) => values[a] - values[b] || a - b);
    const ranks = new Float64Array(n);
    for (let start = 0; start < n;) {
        let end = start + 1;
        while (end < n && values[order[end]] === values[order[start]]) {
            end++;
        }
        const rank = (start + 1 + end) / 2;
        for (let k = start; k < end; k++) {
            ranks[order[k]] = rank;
        }
        start = end;
    }
    return ranks;
}

/** Mid-ranks of whole day numbers, by counting. */
export function dayMidRanks(days: ArrayLike<number>): Float64Array {
    let from = Infinity;
    let to = -Infinity;
    for (let k = 0; k < days.length; k++) {
        from = Math.min(from, days[k]);
        to = Math.max(to, days[k]);
    }
    const counts = new Float64Array(days.length === 0 ? 0 : to - from + 2);
    for (let k = 0; k < days.length; k++) {
        counts[days[k] - from + 1]++;
    }
    // Values of day d take ranks (below + 1) to (below + count): their mean.
    const rankOf = new Float64Array(counts.length);
    let below = 0;
    for (let d = 1; d < counts.length; d++) {
        rankOf[d] = below + (counts[d] + 1) / 2;
        below += counts[d];
    }
    return Float64Array.from(days, day => rankOf[day - from + 1]);
}

/** Sums over n pairs (x, y), from which their Pearson correlation follows. */
export interface PairSums {
    readonly n: number;
    readonly x: number;
    readonly xx: number;
    readonly y: number;
    readonly yy: number;
    readonly xy: number;
}

/** Pearson's correlation from sums; 0 when either side does not vary. */
export function correlationOfSums(sums: PairSums): number {
    const { n, x, xx, y, yy, xy } = sums;
    const covariance = xy / n - (x / n) * (y / n);
    const varianceX = xx / n - (x / n) ** 2;
    const varianceY = yy / n - (y / n) ** 2;
    // Relative to the values, a variance this small is rounding error, not variation.
    if (varianceX <= 1e-12 * (xx / n) || varianceY <= 1e-12 * (yy / n)) {
        return 0;
    }
    return Math.max(-1, Math.min(1, covariance / Math.sqrt(varianceX * varianceY)));
}

/** Spearman's correlation of two samples: Pearson's of their mid-ranks. */
export function spearman(first: ArrayLike<number>, second: ArrayLike<number>): number {
    return correlationWithRanks(midRanks(first), midRanks(second));
}

/** Pearson's correlation of values with ranks already made. */
export function correlationWithRanks(x: ArrayLike<number>, y: ArrayLike<number>): number {
    let sx = 0, sxx = 0, sy = 0, syy = 0, sxy = 0;
    for (let k = 0; k < x.length; k++) {
        sx += x[k];
        sxx += x[k] * x[k];
        sy += y[k];
        syy += y[k] * y[k];
        sxy += x[k] * y[k];
    }
    return correlationOfSums({ n: x.length, x: sx, xx: sxx, y: sy, yy: syy, xy: sxy });
}
