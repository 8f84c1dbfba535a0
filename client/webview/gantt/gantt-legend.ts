/// <reference lib="dom" />
// What each colour and mark of the Gantt chart means, drawn with the chart's own marks and colours:
// as a list above the chart in the preview and the HTML pages, and as a row of SVG in an exported
// chart.
import type { GanttView } from '../../../language/src/preview/preview-protocol.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { element } from '../dom.js';
import { svgElement } from '../svg.js';

export interface LegendEntry {
    readonly key: string;
    readonly label: string;
    /** The mark, drawn in a 28 × 14 box. */
    readonly glyph: (palette: ChartPalette) => SVGElement[];
}

const bar = (fill: string, outline: string, width = 26) => svgElement('rect', { x: 1, y: 3, width, height: 8, rx: 2, fill, stroke: outline });

export const LEGEND: readonly LegendEntry[] = [
    { key: 'critical', label: 'Critical', glyph: palette => [bar(palette.critical, palette.outline)] },
    { key: 'normal', label: 'Not critical', glyph: palette => [bar(palette.normal, palette.outline)] },
    { key: 'progress', label: 'In progress (done part)', glyph: palette => [bar(palette.normal, palette.outline), bar(palette.done, palette.outline, 15)] },
    { key: 'done', label: 'Done', glyph: palette => [bar(palette.done, palette.outline)] },
    {
        key: 'milestone', label: 'Milestone',
        glyph: palette => [svgElement('path', { d: 'M14,1L20,7L14,13L8,7Z', fill: palette.milestone, stroke: palette.outline })],
    },
    {
        key: 'phase', label: 'Phase',
        glyph: palette => [svgElement('path', { d: 'M1,4h26v4h-3l-3,3v-3h-14v3l-3,-3h-3z', fill: palette.phase })],
    },
    {
        key: 'link', label: 'Dependency',
        glyph: palette => [svgElement('path', { d: 'M1,7h20', stroke: palette.link, 'stroke-width': 1.2 }), svgElement('path', { d: 'M20,3l7,4l-7,4z', fill: palette.link })],
    },
    {
        key: 'critical-link', label: 'Critical dependency',
        glyph: palette => [svgElement('path', { d: 'M1,7h20', stroke: palette.critical, 'stroke-width': 1.8 }), svgElement('path', { d: 'M20,3l7,4l-7,4z', fill: palette.critical })],
    },
    { key: 'status', label: 'Status date', glyph: palette => [svgElement('rect', { x: 13, y: 0, width: 2, height: 14, fill: palette.status })] },
    {
        key: 'elsewhere', label: 'Work of another plan',
        glyph: palette => [svgElement('rect', { x: 1, y: 3, width: 26, height: 8, rx: 2, fill: palette.background, stroke: palette.elsewhere, 'stroke-width': 1.5, 'stroke-dasharray': '4 3' })],
    },
];

/** The entries the Gantt of `view` needs: no status date, baseline or links where it has none. */
export function legendEntries(view: GanttView, status: string | undefined, palette: ChartPalette): LegendEntry[] {
    const has = {
        status: status !== undefined, links: view.links.length > 0, criticalLinks: view.links.some(link => link.critical),
        baseline: view.rows.some(row => row.baseline) ? view.baseline ?? 'baseline' : undefined,
        elsewhere: view.rows.some(row => row.elsewhere),
    };
    const entries = LEGEND.filter(entry => (entry.key !== 'status' || has.status)
        && (entry.key !== 'elsewhere' || has.elsewhere)
        && (entry.key !== 'link' || has.links)
        && (entry.key !== 'critical-link' || has.criticalLinks));
    if (has.baseline !== undefined) {
        entries.push({ key: 'baseline', label: `Baseline (${has.baseline})`, glyph: () => [svgElement('rect', { x: 1, y: 9, width: 26, height: 3, fill: palette.baseline })] });
    }
    return entries;
}

function glyphSvg(entry: LegendEntry, palette: ChartPalette): SVGSVGElement {
    return svgElement('svg', { width: 28, height: 14, viewBox: '0 0 28 14', 'aria-hidden': 'true', class: 'proj-legend-glyph' }, ...entry.glyph(palette));
}

export function legendHtml(entries: readonly LegendEntry[], palette: ChartPalette): HTMLElement {
    return element('ul', { 'class': 'proj-legend proj-gantt-legend', 'aria-label': 'What the marks mean' },
        ...entries.map(entry => element('li', { 'data-legend': entry.key }, glyphSvg(entry, palette), entry.label)));
}

/** The legend as one SVG row, `width` wide at most (it wraps), for an exported chart; its height. */
export function legendSvg(entries: readonly LegendEntry[], palette: ChartPalette, width: number, measure: (text: string) => number): { group: SVGGElement; height: number } {
    const group = svgElement('g', { 'class': 'proj-legend', 'font-size': 12, 'font-family': palette.fontFamily });
    let x = 0;
    let y = 0;
    for (const entry of entries) {
        const itemWidth = 28 + 6 + measure(entry.label) + 18;
        if (x > 0 && x + itemWidth > width) {
            x = 0;
            y += 22;
        }
        const item = svgElement('g', { transform: `translate(${x},${y})` }, ...entry.glyph(palette),
            svgElement('text', { x: 34, y: 7, 'dominant-baseline': 'central', fill: palette.text }, entry.label));
        group.append(item);
        x += itemWidth;
    }
    return { group, height: y + 18 };
}
