/// <reference lib="dom" />
// The time scale drawn as an SVG strip as wide as the chart: the coarser tier above, the finer one
// below with a tick at each boundary, and the status date flagged where the chart has one.
import type { ChartPalette } from '../theme/chart-palette.js';
import { svgElement } from '../svg.js';
import { dateTime, nextDay, xOf, type GanttLayout } from './gantt-layout.js';
import type { TimeScale } from './time-scale.js';

export const TIER_HEIGHT = 20;
export const SCALE_FONT_SIZE = 11;

export function scaleHeight(scale: TimeScale): number {
    return (scale.major.length > 0 ? 2 : 1) * TIER_HEIGHT;
}

export function timeScaleSvg(scale: TimeScale, layout: GanttLayout, palette: ChartPalette, status: string | undefined): SVGSVGElement {
    const height = scaleHeight(scale);
    const svg = svgElement('svg', {
        'class': 'proj-time-scale', 'xmlns': 'http://www.w3.org/2000/svg', 'width': layout.width, height, 'viewBox': `0 0 ${layout.width} ${height}`,
        'font-family': palette.fontFamily, 'font-size': SCALE_FONT_SIZE, 'role': 'img', 'aria-label': `Time scale in ${scale.unit}s`,
    });
    svg.append(svgElement('rect', { x: 0, y: 0, width: layout.width, height, fill: palette.background }));
    const tier = (ticks: TimeScale['minor'], top: number, className: string) => {
        const group = svgElement('g', { class: className });
        for (const tick of ticks) {
            group.append(svgElement('line', { x1: tick.x, x2: tick.x, y1: top, y2: top + TIER_HEIGHT, stroke: palette.grid, 'stroke-width': 1 }));
            if (tick.label) {
                group.append(svgElement('text', { x: tick.labelX, y: top + TIER_HEIGHT / 2, 'dominant-baseline': 'central', fill: palette.text }, tick.label));
            }
        }
        return group;
    };
    let top = 0;
    if (scale.major.length > 0) {
        svg.append(tier(scale.major, 0, 'proj-scale-major'));
        top = TIER_HEIGHT;
        svg.append(svgElement('line', { x1: 0, x2: layout.width, y1: top, y2: top, stroke: palette.grid }));
    }
    svg.append(tier(scale.minor, top, `proj-scale-minor proj-scale-${scale.unit}`));
    svg.append(svgElement('line', { x1: 0, x2: layout.width, y1: height - 0.5, y2: height - 0.5, stroke: palette.muted }));
    if (status !== undefined) {
        // At the end of the status day, pointing down to the line through the rows.
        const x = xOf(layout, nextDay(dateTime(status)));
        svg.append(svgElement('path', {
            'class': 'proj-status-flag', 'd': `M${x - 5},${height - 7}h10l-5,7z`, 'fill': palette.status,
        }, svgElement('title', {}, `Status date ${status}`)));
    }
    return svg;
}
