/// <reference lib="dom" />
// The Gantt chart's dependency arrows, drawn over Mermaid's chart (Mermaid's gantt has no links):
// one path per link, routed by link-routes.ts, under the bars and their labels so that both stay
// legible, in the critical colour on the critical chain and muted elsewhere, with the lag or lead
// written by the arrowhead. A thin line is hard to hit with the pointer, and a wide invisible twin
// for each would double what the browser lays out: the pointer finds the nearest arrow by its
// route instead (`linkAt`). For the same reason the arrowheads are not SVG markers (the browser
// lays out a marker for every line that has one: 3% of a 200-task chart's edit-to-chart time) but
// one filled path for the heads of each colour. Each arrow carries its dependency's key, so that a
// click reveals the `after` clause that made it.
import type { GanttLink } from '../../../language/src/engine/gantt-rows.js';
import { dependencyKey } from '../../../language/src/preview/preview-protocol.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { polylinePath, svgElement } from '../svg.js';
import type { GanttLayout } from './gantt-layout.js';
import { distanceToRoute, routeLink, RowObstacles, type BarBox, type Point, type RowSpan } from './link-routes.js';

/** The link layer's class: a toolbar toggle hides it. */
export const LINK_LAYER_CLASS = 'proj-links';
/** How near the pointer must come to an arrow to be on it. */
const HIT_DISTANCE = 5;

export interface DrawnLinks {
    readonly layer: SVGGElement;
    /** The arrow nearest a point of the drawing, within a few pixels of it. */
    linkAt(point: Point): { readonly link: GanttLink; readonly path: SVGPathElement } | undefined;
}

/** `labels`: where the bars' labels are, which vertical runs keep clear of as they do of bars. */
export function drawLinks(links: readonly GanttLink[], boxes: ReadonlyMap<string, BarBox>, labels: readonly RowSpan[],
    layout: GanttLayout, palette: ChartPalette, under: Element): DrawnLinks {
    const lags = svgElement('g', {
        'class': 'proj-link-lags', 'font-size': Math.max(11, layout.fontSize - 2), 'fill': palette.text,
        'stroke': palette.background, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round',
    });
    const layer = svgElement('g', { class: LINK_LAYER_CLASS, fill: 'none', 'stroke-linejoin': 'round' });
    const heads = { normal: [] as string[], critical: [] as string[] };
    const obstacles = new RowObstacles([...boxes.values(), ...labels]);
    const grid = { top: layout.top, rowHeight: layout.rowHeight };
    const labelSize = Math.max(11, layout.fontSize - 2);
    const drawn: Array<{ readonly link: GanttLink; readonly path: SVGPathElement; readonly points: readonly Point[] }> = [];
    // Critical links last, so that they are drawn over the others where they meet.
    const ordered = [...links].sort((a, b) => Number(a.critical) - Number(b.critical));
    for (const link of ordered) {
        const from = boxes.get(link.from);
        const to = boxes.get(link.to);
        if (!from || !to) {
            continue;
        }
        const route = routeLink(link.type, from, to, grid, obstacles);
        const path = svgElement('path', {
            'class': `proj-link${link.critical ? ' proj-link-critical' : ''}`,
            'd': polylinePath(route.points),
            'stroke': link.critical ? palette.critical : palette.link,
            'stroke-width': link.critical ? 1.8 : 1.2,
            'data-link': dependencyKey(link.source),
            'data-from': link.from,
            'data-to': link.to,
            'data-type': link.type,
        });
        layer.append(path);
        (link.critical ? heads.critical : heads.normal).push(arrowhead(route.points));
        drawn.push({ link, path, points: route.points });
        if (link.lag) {
            // Kept inside the chart where the label would run off its left edge.
            const room = route.label.anchor === 'end' ? route.label.x - link.lag.length * labelSize * 0.62 : Infinity;
            const x = room < 2 ? route.label.x - room + 2 : route.label.x;
            lags.append(svgElement('text', { 'x': x, 'y': route.label.y, 'text-anchor': route.label.anchor === 'end' ? 'end' : undefined }, link.lag));
        }
    }
    for (const critical of [false, true]) {
        const shapes = critical ? heads.critical : heads.normal;
        if (shapes.length > 0) {
            layer.append(svgElement('path', {
                'class': `proj-link-heads${critical ? ' proj-link-heads-critical' : ''}`, 'd': shapes.join(''),
                'fill': critical ? palette.critical : palette.link, 'stroke': 'none', 'pointer-events': 'none',
            }));
        }
    }
    layer.append(lags);
    under.before(layer);
    return {
        layer,
        linkAt: point => {
            let nearest: (typeof drawn)[number] | undefined;
            let distance = HIT_DISTANCE;
            // The last drawn is on top: the critical chain wins where arrows meet.
            for (let index = drawn.length - 1; index >= 0; index--) {
                const candidate = distanceToRoute(point, drawn[index].points);
                if (candidate < distance) {
                    distance = candidate;
                    nearest = drawn[index];
                }
            }
            return nearest && { link: nearest.link, path: nearest.path };
        },
    };
}

/** How long an arrowhead is, and half as wide. */
const HEAD_LENGTH = 7;
const HEAD_HALF_WIDTH = 3.5;

/** A filled triangle with its tip on the route's last point, pointing along its last leg. */
function arrowhead(points: readonly Point[]): string {
    const [tipX, tipY] = points[points.length - 1];
    const [fromX, fromY] = points[points.length - 2] ?? [tipX - 1, tipY];
    const length = Math.hypot(tipX - fromX, tipY - fromY) || 1;
    const [dx, dy] = [(tipX - fromX) / length, (tipY - fromY) / length];
    const [baseX, baseY] = [tipX - dx * HEAD_LENGTH, tipY - dy * HEAD_LENGTH];
    const corner = (side: number): Point => [baseX - dy * HEAD_HALF_WIDTH * side, baseY + dx * HEAD_HALF_WIDTH * side];
    return `${polylinePath([[tipX, tipY], corner(1), corner(-1)])}Z`;
}
