/// <reference lib="dom" />
// Wraps the network that Mermaid laid out in one long band, left to right, into rows stacked down
// the pane (network-rows.ts chooses where): each row keeps Mermaid's drawing of its part, moved into
// place, with the empty bands that dagre leaves between the nodes of a row closed up (a map of
// heights that only shrinks gaps, so that nothing changes order or meets); a link that goes on to
// the next row leaves its row at the right, runs back along the gap below it and enters the next
// row from the left, each in a lane of its own so that none overlap and none cross. Applied to the
// SVG in place, always from Mermaid's own geometry, so that it can wrap again for another pane.
import type { NetworkGeometry, Point } from './network-geometry.js';
import { GUTTER_PX, LANE_PX, type RowPlan } from './network-rows.js';

/** Around the whole drawing, as Mermaid leaves. */
const MARGIN_PX = 8;
/** The most empty height left between two nodes of a row, one above the other. */
const MAX_GAP_PX = 26;
/** How far the end of a link stops short of its node, for the arrowhead (Mermaid's marker). */
const ARROW_PX = 4;

interface Row {
    readonly from: number;
    readonly to: number;
    /** Moves Mermaid's coordinates within this row to the wrapped drawing's: across, and down once closed up. */
    readonly dx: number;
    readonly dy: number;
    readonly closeUp: (y: number) => number;
    /** Where the row ends across, and its bottom, in the wrapped drawing. */
    readonly end: number;
    readonly bottom: number;
}

export interface WrappedLayout {
    readonly rows: readonly Row[];
    readonly width: number;
    readonly height: number;
    /** Per cut between rows, the links that cross it, top first, each with the height it crosses at. */
    readonly crossings: ReadonlyArray<ReadonlyArray<{ readonly link: number; readonly y: number }>>;
    readonly leftGutter: number;
}

/** Where a polyline crosses the vertical line at `x`, if it does. */
function crossingAt(points: readonly Point[], x: number): number | undefined {
    for (let index = 1; index < points.length; index++) {
        const [a, b] = [points[index - 1], points[index]];
        if ((a.x - x) * (b.x - x) <= 0 && a.x !== b.x) {
            return a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x);
        }
    }
    return undefined;
}

/**
 * A map of heights that closes every empty band between the occupied ones to `MAX_GAP_PX`: inside
 * an occupied band it moves everything alike, across a closed band it squeezes evenly.
 */
export function closingUp(occupied: ReadonlyArray<readonly [number, number]>): (y: number) => number {
    const bands: Array<[number, number]> = [];
    for (const [top, bottom] of [...occupied].sort((a, b) => a[0] - b[0])) {
        const last = bands[bands.length - 1];
        if (last && top <= last[1] + MAX_GAP_PX) {
            last[1] = Math.max(last[1], bottom);
        } else {
            bands.push([top, bottom]);
        }
    }
    // Each gap between bands: where it starts, how tall it was, and how much it lost before it.
    const gaps = bands.slice(1).map((band, index) => ({ from: bands[index][1], height: band[0] - bands[index][1] }));
    return y => {
        let removed = 0;
        for (const gap of gaps) {
            if (y >= gap.from + gap.height) {
                removed += gap.height - MAX_GAP_PX;
            } else if (y > gap.from) {
                return y - removed - (y - gap.from) * (1 - MAX_GAP_PX / gap.height);
            } else {
                break;
            }
        }
        return y - removed;
    };
}

/** The wrapped drawing for the given cuts: rows, their places, and the links that go on from row to row. */
export function wrappedLayout(geometry: NetworkGeometry, cuts: readonly number[]): WrappedLayout {
    const bounds = [0, ...cuts, geometry.width];
    const crossings = cuts.map(cut => geometry.links
        .flatMap((link, index) => {
            const y = crossingAt(link.points, cut);
            return y === undefined ? [] : [{ link: index, y }];
        })
        .sort((a, b) => a.y - b.y));
    const most = Math.max(0, ...crossings.map(crossing => crossing.length));
    const gutter = cuts.length > 0 ? GUTTER_PX + most * LANE_PX : 0;
    const rows: Row[] = [];
    let top = MARGIN_PX;
    let width = 0;
    for (let index = 0; index + 1 < bounds.length; index++) {
        const [from, to] = [bounds[index], bounds[index + 1]];
        const inside = (x: number) => x >= from && x <= to;
        const boxes = [...geometry.nodes, ...geometry.labels].filter(part => inside(part.centre.x)).map(part => part.box);
        const closeUp = closingUp(boxes.map(box => [box.y, box.y + box.height] as const));
        const ys = [
            ...boxes.flatMap(box => [box.y, box.y + box.height]),
            ...geometry.links.flatMap(link => link.points.filter(point => inside(point.x)).map(point => point.y)),
        ].map(closeUp);
        const [high, low] = ys.length > 0 ? [Math.min(...ys), Math.max(...ys)] : [0, 0];
        const dx = gutter - from;
        const dy = top - high;
        rows.push({ from, to, dx, dy, closeUp, end: to + dx, bottom: low + dy });
        width = Math.max(width, to + dx);
        top = low + dy + (index < crossings.length ? 2 * GUTTER_PX + crossings[index].length * LANE_PX : 0);
    }
    return { rows, width: width + gutter, height: top + MARGIN_PX, crossings, leftGutter: gutter };
}

/** A smooth path through points, as Mermaid draws its links (d3's basis curve), without its opening move. */
function basisSegments(points: readonly Point[]): string {
    const at = (x: number, y: number) => `${x.toFixed(2)},${y.toFixed(2)}`;
    if (points.length < 3) {
        return points.map(point => `L${at(point.x, point.y)}`).join('');
    }
    const parts = [`L${at(points[0].x, points[0].y)}`];
    const curve = (a: Point, b: Point, c: Point) =>
        `C${at((2 * a.x + b.x) / 3, (2 * a.y + b.y) / 3)},${at((a.x + 2 * b.x) / 3, (a.y + 2 * b.y) / 3)},${at((a.x + 4 * b.x + c.x) / 6, (a.y + 4 * b.y + c.y) / 6)}`;
    parts.push(`L${at((5 * points[0].x + points[1].x) / 6, (5 * points[0].y + points[1].y) / 6)}`);
    for (let index = 2; index < points.length; index++) {
        parts.push(curve(points[index - 2], points[index - 1], points[index]));
    }
    const [a, b] = [points[points.length - 2], points[points.length - 1]];
    parts.push(curve(a, b, b), `L${at(b.x, b.y)}`);
    return parts.join('');
}

/** The last point moved back along the last segment, so that the arrowhead ends at the node. */
function shortened(points: readonly Point[]): Point[] {
    if (points.length < 2) {
        return [...points];
    }
    const [a, b] = [points[points.length - 2], points[points.length - 1]];
    const length = Math.hypot(b.x - a.x, b.y - a.y);
    if (length <= ARROW_PX) {
        return [...points];
    }
    return [...points.slice(0, -1), { x: b.x - (b.x - a.x) * ARROW_PX / length, y: b.y - (b.y - a.y) * ARROW_PX / length }];
}

/** The path of a link that goes on from row to row: its part in each row, joined through the lanes. */
function routedPath(points: readonly Point[], layout: WrappedLayout, linkIndex: number): string {
    const { rows } = layout;
    const rowOf = (x: number) => Math.max(0, rows.findIndex(row => x <= row.to));
    const moved = (point: Point, row: Row): Point => ({ x: point.x + row.dx, y: row.closeUp(point.y) + row.dy });
    const pieces: Array<{ row: number; points: Point[] }> = [{ row: rowOf(points[0].x), points: [points[0]] }];
    for (let index = 1; index < points.length; index++) {
        const point = points[index];
        let piece = pieces[pieces.length - 1];
        // Each cut passed on the way: the piece ends on it and the next one starts from it.
        while (piece.row < rows.length - 1 && point.x > rows[piece.row].to) {
            const cut = rows[piece.row].to;
            const previous = piece.points[piece.points.length - 1];
            const y = previous.y + (point.y - previous.y) * (cut - previous.x) / ((point.x - previous.x) || 1);
            piece.points.push({ x: cut, y });
            piece = { row: piece.row + 1, points: [{ x: cut, y }] };
            pieces.push(piece);
        }
        piece.points.push(point);
    }
    const last = pieces[pieces.length - 1];
    last.points = shortened(last.points);
    let d = '';
    pieces.forEach((piece, index) => {
        const placed = piece.points.map(point => moved(point, rows[piece.row]));
        if (index === 0) {
            d = `M${placed[0].x.toFixed(2)},${placed[0].y.toFixed(2)}`;
        } else {
            // From the end of the row above: out to its lane at the right, back along the gap
            // below that row, down the lane at the left, and into this row.
            const cut = piece.row - 1;
            const crossing = layout.crossings[cut];
            const lane = crossing.findIndex(entry => entry.link === linkIndex);
            const outer = crossing.length - 1 - lane;
            const exit = pieces[index - 1].points.map(point => moved(point, rows[cut])).at(-1)!;
            const right = rows[cut].end + GUTTER_PX / 2 + outer * LANE_PX;
            const along = rows[cut].bottom + GUTTER_PX + outer * LANE_PX;
            const left = layout.leftGutter - GUTTER_PX / 2 - lane * LANE_PX;
            d += [[right, exit.y], [right, along], [left, along], [left, placed[0].y]].map(([x, y]) => `L${x.toFixed(2)},${y.toFixed(2)}`).join('');
        }
        d += basisSegments(placed);
    });
    return d;
}

/** Draws the network in the rows of `plan`, from what Mermaid drew. */
export function applyRows(svg: SVGSVGElement, geometry: NetworkGeometry, plan: RowPlan): WrappedLayout {
    const cuts = plan.slices.slice(0, -1).map(slice => slice.to);
    const layout = wrappedLayout(geometry, cuts);
    const rowAt = (x: number) => layout.rows.find(row => x <= row.to) ?? layout.rows[layout.rows.length - 1];
    for (const part of [...geometry.nodes, ...geometry.labels]) {
        const row = rowAt(part.centre.x);
        part.element.setAttribute('transform', `translate(${(part.centre.x + row.dx).toFixed(2)}, ${(row.closeUp(part.centre.y) + row.dy).toFixed(2)})`);
    }
    geometry.links.forEach((link, index) => {
        if (link.points.length >= 2) {
            link.element.setAttribute('d', routedPath(link.points, layout, index));
        }
    });
    svg.setAttribute('viewBox', `0 0 ${layout.width.toFixed(2)} ${layout.height.toFixed(2)}`);
    return layout;
}
