// Units left of each resource on each day: its units on the days its calendar works, none on
// others, less what the work placed so far takes. Fixed work is taken once, into a baseline
// that every new schedule starts from. One flat array, a row of days per resource, keeps the
// serial scheme's innermost loop to one lookup.
import type { DayLine } from './day-line.js';

export class ResourceProfile {
    /** Units left of resource r on day offset t, at [r * stride + t]. */
    free = new Float64Array(0);
    private baseline = new Float64Array(0);
    /** Days laid out per resource: offsets [0, stride). */
    stride = 0;

    constructor(private readonly units: Float64Array, private readonly lines: readonly DayLine[]) {}

    /** Lays out days up to and including `offset`. */
    cover(offset: number): void {
        if (offset < this.stride) {
            return;
        }
        const stride = Math.max(offset + 1, this.stride * 2, 256);
        const resources = this.lines.length;
        const free = new Float64Array(resources * stride);
        const baseline = new Float64Array(resources * stride);
        for (let r = 0; r < resources; r++) {
            const line = this.lines[r];
            line.cover(stride - 1);
            free.set(this.free.subarray(r * this.stride, (r + 1) * this.stride), r * stride);
            baseline.set(this.baseline.subarray(r * this.stride, (r + 1) * this.stride), r * stride);
            for (let t = this.stride; t < stride; t++) {
                free[r * stride + t] = baseline[r * stride + t] = line.works[t] ? this.units[r] : 0;
            }
        }
        this.free = free;
        this.baseline = baseline;
        this.stride = stride;
    }

    /** Takes units into the baseline: work that is there in every schedule. */
    reserve(resource: number, offset: number, units: number): void {
        this.cover(offset);
        this.baseline[resource * this.stride + offset] -= units;
        this.free[resource * this.stride + offset] -= units;
    }

    /** Back to the baseline: nothing but fixed work placed. */
    reset(): void {
        this.free.set(this.baseline);
    }
}
