// How the network, laid out left to right, is cut into rows stacked down the pane, as text wraps:
// cuts fall only where no node or link label is, and the number of rows is the one that needs the
// least scrolling at a zoom where the text stays readable. Sideways scrolling counts double: a
// reader follows a row across, then the next one down, as on a page. Pure geometry, no DOM.
import type { Box } from './network-geometry.js';

/** Room kept beside and between rows for the links that go on to the next row, per link and around them. */
export const LANE_PX = 6;
export const GUTTER_PX = 10;

export interface Pane {
    readonly width: number;
    readonly height: number;
}

export interface ZoomRange {
    readonly min: number;
    readonly max: number;
}

export interface RowPlan {
    /** Where each row starts and ends across the drawing as Mermaid laid it out. */
    readonly slices: ReadonlyArray<{ readonly from: number; readonly to: number }>;
    /** The zoom at which the rows fit the pane best (within the range). */
    readonly zoom: number;
}

/** The middles of the gaps between the columns of nodes and labels: where a row may end. */
export function cutCandidates(boxes: readonly Box[], width: number): number[] {
    const spans = boxes.map(box => [box.x, box.x + box.width] as const).sort((a, b) => a[0] - b[0]);
    const cuts: number[] = [];
    let reach = -Infinity;
    for (const [from, to] of spans) {
        if (from > reach && reach > -Infinity) {
            cuts.push((reach + from) / 2);
        }
        reach = Math.max(reach, to);
    }
    return cuts.filter(cut => cut > 0 && cut < width);
}

/** Of the candidates, the cuts that make `rows` rows of about equal width. */
export function cutsFor(candidates: readonly number[], width: number, rows: number): number[] {
    const cuts: number[] = [];
    let index = 0;
    for (let row = 1; row < rows; row++) {
        const target = width * row / rows;
        while (index < candidates.length - 1 && Math.abs(candidates[index + 1] - target) <= Math.abs(candidates[index] - target)) {
            index++;
        }
        if (index < candidates.length && (cuts.length === 0 || candidates[index] > cuts[cuts.length - 1])) {
            cuts.push(candidates[index]);
            index++;
        }
    }
    return cuts;
}

export interface WrappedSize {
    readonly width: number;
    readonly height: number;
}

/**
 * Chooses the rows: for each number of rows, the drawing's size once wrapped (from `sizeOf`), the
 * zoom that fits it in the pane within `zoom`, and what is left to scroll at that zoom.
 */
export function planRows(candidates: readonly number[], width: number, pane: Pane, zoom: ZoomRange, sizeOf: (cuts: readonly number[]) => WrappedSize): RowPlan {
    let best: { cost: number; zoom: number; cuts: number[] } | undefined;
    for (let rows = 1; rows <= candidates.length + 1 && rows <= 40; rows++) {
        const cuts = cutsFor(candidates, width, rows);
        if (cuts.length !== rows - 1) {
            break;
        }
        const size = sizeOf(cuts);
        const fitted = Math.min(zoom.max, Math.max(zoom.min, Math.min(pane.width / size.width, pane.height / size.height)));
        const across = size.width * fitted / pane.width;
        const down = Number.isFinite(pane.height) ? size.height * fitted / pane.height : 1;
        const cost = Math.max(1, across) * Math.max(1, down) * (across > 1.001 ? 2 : 1);
        // Fewer rows unless more scroll less, or read larger (by a tenth) at no more scrolling.
        if (!best || cost < best.cost * 0.999 || (cost <= best.cost * 1.001 && fitted > best.zoom * 1.1)) {
            best = { cost, zoom: fitted, cuts };
        }
    }
    const cuts = best?.cuts ?? [];
    const edges = [0, ...cuts, width];
    return { slices: edges.slice(1).map((to, index) => ({ from: edges[index], to })), zoom: best?.zoom ?? 1 };
}
