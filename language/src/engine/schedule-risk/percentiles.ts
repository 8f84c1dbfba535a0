// Percentiles and the histogram of what the iterations gave. A percentile is the smallest value
// that at least that share of the iterations reach or beat (the nearest-rank definition): P80 is
// the date by which 80% of the iterations have finished.

/** The percentiles reported: P10, P50, P80 and P90. */
export const PERCENTILE_LEVELS = [10, 50, 80, 90] as const;

export interface PercentileValues<T> {
    readonly p10: T;
    readonly p50: T;
    readonly p80: T;
    readonly p90: T;
}

/** Percentiles of whole day numbers, by counting: days of a finish span a few hundred values, not thousands. */
export function dayPercentiles(days: ArrayLike<number>): PercentileValues<number> {
    const counts = dayCounts(days);
    const at = (level: number) => {
        const needed = Math.ceil(level / 100 * days.length - 1e-9);
        let seen = 0;
        for (let k = 0; k < counts.counts.length; k++) {
            seen += counts.counts[k];
            if (seen >= Math.max(1, needed)) {
                return counts.from + k;
            }
        }
        return counts.from + counts.counts.length - 1;
    };
    return { p10: at(10), p50: at(50), p80: at(80), p90: at(90) };
}

/** Percentiles of any values. */
export function valuePercentiles(values: ArrayLike<number>): PercentileValues<number> {
    const sorted = Float64Array.from(values).sort();
    const at = (level: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(level / 100 * sorted.length - 1e-9) - 1))];
    return { p10: at(10), p50: at(50), p80: at(80), p90: at(90) };
}

/** How many of the values fall on each day from the first to the last. */
export function dayCounts(days: ArrayLike<number>): { readonly from: number; readonly counts: Int32Array } {
    let from = Infinity;
    let to = -Infinity;
    for (let k = 0; k < days.length; k++) {
        from = Math.min(from, days[k]);
        to = Math.max(to, days[k]);
    }
    const counts = new Int32Array(days.length === 0 ? 0 : to - from + 1);
    for (let k = 0; k < days.length; k++) {
        counts[days[k] - from]++;
    }
    return { from, counts };
}

export interface HistogramBin {
    /** Day numbers of the bin's first and last day. */
    readonly from: number;
    readonly to: number;
    readonly count: number;
    /** The share of iterations that finish by the bin's last day. */
    readonly cumulative: number;
}

/** At most this many bins: a chart of the finish reads at a glance. */
const MOST_BINS = 40;

/** The finish days in bins of whole days, as many days a bin as keeps them to {@link MOST_BINS}. */
export function dayHistogram(days: ArrayLike<number>): { readonly binDays: number; readonly bins: HistogramBin[] } {
    const { from, counts } = dayCounts(days);
    const binDays = Math.max(1, Math.ceil(counts.length / MOST_BINS));
    const bins: HistogramBin[] = [];
    let seen = 0;
    for (let start = 0; start < counts.length; start += binDays) {
        let count = 0;
        for (let k = start; k < Math.min(counts.length, start + binDays); k++) {
            count += counts[k];
        }
        seen += count;
        bins.push({ from: from + start, to: from + start + binDays - 1, count, cumulative: seen / days.length });
    }
    return { binDays, bins };
}
