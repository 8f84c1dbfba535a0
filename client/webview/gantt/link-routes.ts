// Routes for the Gantt chart's dependency arrows, drawn the way planning tools draw them: out of
// the predecessor's finish (FS, FF) or start (SS, SF), straight up or down from the end of its bar
// so that the arrow never runs through the bar's own label, then across into the successor's start
// (FS, SS) or finish (FF, SF), in right-angled elbows; into the end that has the successor's label
// beside it, the arrow comes down (or up) onto the bar's end instead, clear of the label. A
// vertical run is moved sideways to a gap where it would cross another bar, and where there is no
// room to come in from the right side it goes round through the gap between two rows. Pure
// geometry: no DOM.
import type { DependencyType } from '../../../language/src/engine/plan-model.js';

export interface BarBox {
    /** The row the bar is drawn in. */
    readonly row: number;
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
    /** The middle, across and down. */
    readonly centreX: number;
    readonly centreY: number;
    /** The side of the bar its label is on. */
    readonly labelSide?: 'left' | 'right';
    /** A milestone's diamond: links meet it at its tips. */
    readonly diamond?: boolean;
}

export interface RowGrid {
    /** The top of the first row, and each row's height. */
    readonly top: number;
    readonly rowHeight: number;
}

export type Point = readonly [number, number];

export interface LinkRoute {
    readonly points: readonly Point[];
    /** Where a lag label goes: by the arrowhead, clear of the successor's bar and label. */
    readonly label: { readonly x: number; readonly y: number; readonly anchor: 'start' | 'end' };
}

/** The shortest straight run into a bar, room for the arrowhead. */
export const ARRIVAL = 7;
/** How far from a bar's end an arrow leaves it (on a bar shorter than twice this, its middle). */
export const DEPARTURE_INSET = 2;
/** Clearance kept from other bars. */
const CLEARANCE = 3;

const finishes = (type: DependencyType, end: 'from' | 'to') => end === 'from' ? type === 'FS' || type === 'FF' : type === 'FF' || type === 'SF';

/** Something in a row that arrows keep clear of: a bar, or a label. */
export interface RowSpan {
    readonly row: number;
    readonly left: number;
    readonly right: number;
}

/**
 * The bars and labels in each row that a vertical run between two rows must not cross, as x
 * intervals. Built once for all the links of a chart.
 */
export class RowObstacles {
    private readonly byRow = new Map<number, Array<readonly [number, number]>>();

    constructor(spans: Iterable<RowSpan>) {
        for (const span of spans) {
            const row = this.byRow.get(span.row) ?? [];
            row.push([span.left - CLEARANCE, span.right + CLEARANCE]);
            this.byRow.set(span.row, row);
        }
    }

    /** The intervals of the rows strictly between two rows, merged and in order. */
    between(a: number, b: number): Array<[number, number]> {
        const intervals: Array<readonly [number, number]> = [];
        for (let row = Math.min(a, b) + 1; row < Math.max(a, b); row++) {
            intervals.push(...(this.byRow.get(row) ?? []));
        }
        intervals.sort((x, y) => x[0] - y[0]);
        const merged: Array<[number, number]> = [];
        for (const [left, right] of intervals) {
            const last = merged[merged.length - 1];
            if (last && left <= last[1]) {
                last[1] = Math.max(last[1], right);
            } else {
                merged.push([left, right]);
            }
        }
        return merged;
    }
}

/** The free x nearest to `preferred` within [low, high], outside every interval; undefined if none. */
export function nearestFreeX(preferred: number, low: number, high: number, blocked: ReadonlyArray<readonly [number, number]>): number | undefined {
    if (low > high) {
        return undefined;
    }
    const x = Math.min(high, Math.max(low, preferred));
    const inside = blocked.find(([left, right]) => x > left && x < right);
    if (!inside) {
        return x;
    }
    const candidates = [inside[0], inside[1]].filter(candidate => candidate >= low && candidate <= high);
    return candidates.sort((a, b) => Math.abs(a - preferred) - Math.abs(b - preferred))[0];
}

/** Drops repeated points and the middle of three points on one straight line. */
function simplify(points: readonly Point[]): Point[] {
    const out: Point[] = [];
    for (const point of points) {
        const last = out[out.length - 1];
        if (last && Math.abs(last[0] - point[0]) < 0.01 && Math.abs(last[1] - point[1]) < 0.01) {
            continue;
        }
        const before = out[out.length - 2];
        if (last && before && ((before[0] === last[0] && last[0] === point[0]) || (before[1] === last[1] && last[1] === point[1]))) {
            out[out.length - 1] = point;
            continue;
        }
        out.push(point);
    }
    return out;
}

/** The point on a bar's end (inset a little) at its top or bottom edge. */
function endPoint(bar: BarBox, finish: boolean, bottom: boolean): Point {
    const inset = Math.min(DEPARTURE_INSET, (bar.right - bar.left) / 2);
    const x = bar.diamond || bar.right - bar.left < 2 * ARRIVAL ? bar.centreX : finish ? bar.right - inset : bar.left + inset;
    return [x, bottom ? bar.bottom : bar.top];
}

export function routeLink(type: DependencyType, from: BarBox, to: BarBox, grid: RowGrid, obstacles: RowObstacles): LinkRoute {
    const down = to.row > from.row || (to.row === from.row && to.centreY >= from.centreY);
    // Out of the predecessor's end, up or down towards the successor.
    const [xs, ys] = endPoint(from, finishes(type, 'from'), down);
    const intoStart = !finishes(type, 'to');
    const blocked = obstacles.between(from.row, to.row);
    const rowEdge = (row: number, below: boolean) => grid.top + (row + (below ? 1 : 0)) * grid.rowHeight;
    // Leave the predecessor's row through the gap on the successor's side.
    const leave = rowEdge(from.row, down);
    const enter = rowEdge(to.row, !down);

    if ((to.labelSide ?? 'right') === (intoStart ? 'left' : 'right')) {
        // The label is beside the end the arrow goes to: onto the end from above or below.
        const [tx, ty] = endPoint(to, !intoStart, !down);
        const across = nearestFreeX(xs, -Infinity, Infinity, blocked) ?? xs;
        // Left of the arrow's last run, just outside the successor's row.
        const label = { x: tx - 4, y: down ? enter - 3 : enter + 11, anchor: 'end' as const };
        return { points: simplify([[xs, ys], [xs, leave], [across, leave], [across, enter], [tx, enter], [tx, ty]]), label };
    }

    // Into the successor's start from the left, or its finish from the right.
    const tx = intoStart ? to.left : to.right;
    const ty = to.centreY;
    const side = intoStart ? 1 : -1;
    const arrives = (x: number) => side * (tx - x) >= ARRIVAL;
    const label = { x: tx - side * (ARRIVAL + 2), y: ty - 4, anchor: intoStart ? 'end' as const : 'start' as const };

    if (arrives(xs) && nearestFreeX(xs, xs, xs, blocked) !== undefined) {
        return { points: simplify([[xs, ys], [xs, ty], [tx, ty]]), label };
    }
    const reach = side > 0 ? nearestFreeX(xs, -Infinity, tx - ARRIVAL, blocked) : nearestFreeX(xs, tx + ARRIVAL, Infinity, blocked);
    if (reach !== undefined) {
        return { points: simplify([[xs, ys], [xs, leave], [reach, leave], [reach, ty], [tx, ty]]), label };
    }
    // No way down on the arriving side: go round, through the gap next to the successor's row.
    const across = nearestFreeX(xs, -Infinity, Infinity, blocked) ?? xs;
    const approach = tx - side * ARRIVAL;
    return { points: simplify([[xs, ys], [xs, leave], [across, leave], [across, enter], [approach, enter], [approach, ty], [tx, ty]]), label };
}

/** How far a point is from a route, in the drawing's pixels. */
export function distanceToRoute([x, y]: Point, points: readonly Point[]): number {
    let best = Infinity;
    for (let index = 1; index < points.length; index++) {
        const [x1, y1] = points[index - 1];
        const [x2, y2] = points[index];
        const length = (x2 - x1) ** 2 + (y2 - y1) ** 2;
        const along = length === 0 ? 0 : Math.max(0, Math.min(1, ((x - x1) * (x2 - x1) + (y - y1) * (y2 - y1)) / length));
        best = Math.min(best, Math.hypot(x - (x1 + along * (x2 - x1)), y - (y1 + along * (y2 - y1))));
    }
    return best;
}
