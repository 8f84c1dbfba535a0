/// <reference lib="dom" />
// The Gantt chart's dependency arrows, drawn over Mermaid's chart (Mermaid's gantt has no links):
// one per link, routed by link-routes.ts, under the bars and their labels so that both stay
// legible, in the critical colour on the critical chain and muted elsewhere, with the lag or lead
// written by the arrowhead. Each arrow carries its dependency's key, so that a click reveals the
// `after` clause that made it.
import type { GanttLink } from '../../../language/src/engine/gantt-rows.js';
import { dependencyKey } from '../../../language/src/preview/preview-protocol.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { polylinePath, svgElement } from '../svg.js';
import type { GanttLayout } from './gantt-layout.js';
import { routeLink, RowObstacles, type BarBox, type RowSpan } from './link-routes.js';

/** The link layer's class: a toolbar toggle hides it. */
export const LINK_LAYER_CLASS = 'proj-links';

/** `labels`: where the bars' labels are, which vertical runs keep clear of as they do of bars. */
export function drawLinks(svg: SVGSVGElement, svgId: string, links: readonly GanttLink[], boxes: ReadonlyMap<string, BarBox>, labels: readonly RowSpan[],
    layout: GanttLayout, palette: ChartPalette, under: Element | undefined): SVGGElement {
    const markerId = (critical: boolean) => `${svgId}-arrow${critical ? '-critical' : ''}`;
    const marker = (critical: boolean) => svgElement('marker', {
        id: markerId(critical), viewBox: '0 0 8 8', refX: 8, refY: 4, markerWidth: 7, markerHeight: 7,
        markerUnits: 'userSpaceOnUse', orient: 'auto-start-reverse',
    }, svgElement('path', { d: 'M0,0L8,4L0,8z', fill: critical ? palette.critical : palette.link }));
    const layer = svgElement('g', { class: LINK_LAYER_CLASS }, svgElement('defs', {}, marker(false), marker(true)));
    const obstacles = new RowObstacles([...boxes.values(), ...labels]);
    const grid = { top: layout.top, rowHeight: layout.rowHeight };
    const labelSize = Math.max(11, layout.fontSize - 2);
    // Critical links last, so that they are drawn over the others where they meet.
    const ordered = [...links].sort((a, b) => Number(a.critical) - Number(b.critical));
    for (const link of ordered) {
        const from = boxes.get(link.from);
        const to = boxes.get(link.to);
        if (!from || !to) {
            continue;
        }
        const route = routeLink(link.type, from, to, grid, obstacles);
        const colour = link.critical ? palette.critical : palette.link;
        const d = polylinePath(route.points);
        const arrow = svgElement('g', {
            'class': `proj-link${link.critical ? ' proj-link-critical' : ''}`,
            'data-link': dependencyKey(link.source),
            'data-from': link.from,
            'data-to': link.to,
            'data-type': link.type,
        },
        // A wide, invisible stroke underneath: a thin line is hard to hit with the pointer.
        svgElement('path', { class: 'proj-link-hit', d, fill: 'none', stroke: 'transparent', 'stroke-width': 9 }),
        svgElement('path', {
            class: 'proj-link-line', d, fill: 'none', stroke: colour, 'stroke-width': link.critical ? 1.8 : 1.2,
            'marker-end': `url(#${markerId(link.critical)})`, 'stroke-linejoin': 'round',
        }));
        if (link.lag) {
            // Kept inside the chart where the label would run off its left edge.
            const room = route.label.anchor === 'end' ? route.label.x - link.lag.length * labelSize * 0.62 : Infinity;
            const x = room < 2 ? route.label.x - room + 2 : route.label.x;
            arrow.append(svgElement('text', {
                'class': 'proj-link-lag', 'x': x, 'y': route.label.y, 'text-anchor': route.label.anchor, 'font-size': labelSize,
                'fill': palette.text, 'stroke': palette.background, 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round',
            }, link.lag));
        }
        layer.append(arrow);
    }
    if (under) {
        under.before(layer);
    } else {
        svg.append(layer);
    }
    return layer;
}
