/// <reference lib="dom" />
// What the network's colours mean, in the Gantt legend's style and with the network's own marks:
// a node box in each of its colours, and each kind of link.
import { legendHtml, type LegendEntry } from '../gantt/gantt-legend.js';
import { svgElement } from '../svg.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { nodeColours } from './network-colours.js';

const box = (palette: ChartPalette, critical: boolean) => {
    const colours = nodeColours(palette, critical);
    return svgElement('rect', { x: 2, y: 1.5, width: 24, height: 11, rx: 1.5, fill: colours.fill, stroke: colours.stroke, 'stroke-width': Math.min(2, colours.strokeWidth) });
};
const arrow = (colour: string, width: number) => [
    svgElement('path', { d: 'M1,7h20', stroke: colour, 'stroke-width': width }),
    svgElement('path', { d: 'M20,3l7,4l-7,4z', fill: colour }),
];

const ENTRIES: readonly LegendEntry[] = [
    // The Gantt's words for the same colours.
    { key: 'critical', label: 'Critical', glyph: palette => [box(palette, true)] },
    { key: 'normal', label: 'Not critical', glyph: palette => [box(palette, false)] },
    { key: 'link', label: 'Dependency (type and lag unless FS)', glyph: palette => arrow(palette.link, 1.2) },
    { key: 'critical-link', label: 'Critical dependency', glyph: palette => arrow(palette.critical, 2) },
];

export function networkLegend(palette: ChartPalette): HTMLElement {
    const legend = legendHtml(ENTRIES, palette);
    legend.classList.add('proj-network-legend');
    return legend;
}
