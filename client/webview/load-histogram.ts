/// <reference lib="dom" />
// A resource's load histogram, drawn by the preview in SVG from its layout (load-histogram-layout.ts):
// a bar a day of the units required (the part above the capacity in the critical colour), the
// capacity as a step line in the text colour, days off shaded, and each stretch over marked above
// the plot, so that it shows at any width and not by colour alone. The colours are the chart
// palette's, written as attributes so that an exported SVG keeps them. Also the Resources tab's
// export: every histogram stacked in one standalone SVG, with a title, legend and headings.
import type { ResourcesView } from '../../language/src/preview/preview-protocol.js';
import { dateOfDay, FONT_SIZE, histogramLayout, labelRoomOf, type HistogramLayout } from './load-histogram-layout.js';
import { chartRoot, chartText, crisp } from './chart-text.js';
import { SVG_NS, svgElement, svgNumber } from './svg.js';
import type { Font, TextWidth } from './text-width.js';
import type { ChartPalette } from './theme/chart-palette.js';

export type Resource = ResourcesView['resources'][number];

/** What each mark of the histogram means, in the legends' order. */
export type LegendKey = 'required' | 'capacity' | 'over' | 'off';
export const LEGEND: ReadonlyArray<{ readonly key: LegendKey; readonly label: string }> = [
    { key: 'required', label: 'Required' },
    { key: 'capacity', label: 'Capacity' },
    { key: 'over', label: 'Over-allocated' },
    { key: 'off', label: 'Day off' },
];

/** The colour of each mark. */
export function markColours(palette: ChartPalette): Record<LegendKey, string> {
    return { required: palette.normal, capacity: palette.text, over: palette.critical, off: palette.dayOff };
}

/** `Facilities crew`, `crew` when it has no title. */
export const resourceName = (resource: Resource) => resource.title ?? resource.id;

/** `4 units · calendar depot`: what the heading says after the name. */
export function resourceFacts(resource: Resource): string {
    const units = `${Math.round(resource.units * 100) / 100} ${resource.units === 1 ? 'unit' : 'units'}`;
    return `${units} · ${resource.calendar !== undefined ? `calendar ${resource.calendar}` : 'project calendar'}`;
}

export interface HistogramLook {
    readonly width: number;
    readonly palette: ChartPalette;
    readonly textWidth: TextWidth;
}

/** Each resource's layout at a width, their units labels given the same room so that their days line up. */
export function histogramLayouts(view: ResourcesView, look: HistogramLook): HistogramLayout[] {
    const family = look.palette.fontFamily;
    const loads = view.resources.map(resource => ({ from: view.from, required: resource.required, available: resource.available }));
    const labelRoom = Math.max(0, ...loads.map((load, index) => labelRoomOf(load, view.resources[index].units, family, look.textWidth)));
    return loads.map((load, index) => histogramLayout(load, view.resources[index].units, { width: look.width, fontFamily: family, textWidth: look.textWidth, labelRoom }));
}

/** The histogram's marks, in drawing order, at the layout's origin. */
export function histogramParts(layout: HistogramLayout, palette: ChartPalette): SVGElement[] {
    const { left, right, top, bottom } = layout.plot;
    const colours = markColours(palette);
    const dateAttributes = (from: number, to: number) => ({ 'data-from': dateOfDay(layout, from), 'data-to': dateOfDay(layout, to) });
    return [
        svgElement('g', { class: 'proj-days-off' }, ...layout.daysOff.map(off => svgElement('rect', {
            ...dateAttributes(off.from, off.to), x: off.x, y: top, width: off.width, height: bottom - top, fill: colours.off,
        }))),
        svgElement('g', { class: 'proj-y-axis' }, ...layout.yTicks.flatMap(tick => [
            ...(tick.value > 0 ? [svgElement('line', { class: 'proj-grid', x1: left, x2: right, y1: crisp(tick.y), y2: crisp(tick.y), stroke: palette.grid, 'stroke-width': 1 })] : []),
            chartText(tick.label, palette.muted, { className: 'proj-tick-label' }),
        ]), chartText(layout.yTitle, palette.text, { className: 'proj-y-title' })),
        svgElement('g', { class: 'proj-x-axis', 'data-cadence': layout.xCadence },
            ...layout.xTicks.map(tick => svgElement('line', { class: 'proj-grid', x1: crisp(tick.x), x2: crisp(tick.x), y1: top, y2: bottom, stroke: palette.grid, 'stroke-width': 1 })),
            ...layout.xTicks.flatMap(tick => [
                svgElement('line', { x1: crisp(tick.label.x), x2: crisp(tick.label.x), y1: crisp(bottom), y2: bottom + 4, stroke: palette.muted, 'stroke-width': 1 }),
                svgElement('text', { class: 'proj-tick-label', 'data-date': tick.date, x: tick.label.x, y: tick.label.y, 'text-anchor': tick.label.anchor, fill: palette.muted }, tick.label.text),
            ])),
        svgElement('g', { class: 'proj-bars' }, ...layout.bars.flatMap(bar => {
            const attributes = { ...dateAttributes(bar.from, bar.to), 'data-required': svgNumber(bar.required), 'data-available': svgNumber(bar.available) };
            return [
                ...(bar.within ? [svgElement('rect', { class: 'proj-bar', ...attributes, x: bar.x, y: bar.within.y, width: bar.width, height: bar.within.height, fill: colours.required })] : []),
                ...(bar.over ? [svgElement('rect', {
                    class: 'proj-bar proj-over', ...attributes, x: bar.x, y: bar.over.y, width: bar.width, height: bar.over.height, fill: colours.over,
                    // Set apart from the part below by an edge in the background's colour.
                    stroke: palette.background, 'stroke-width': layout.dayByDay ? 1 : 0,
                })] : []),
            ];
        })),
        svgElement('line', { class: 'proj-axis-line', x1: left, x2: right, y1: crisp(bottom), y2: crisp(bottom), stroke: palette.muted, 'stroke-width': 1 }),
        svgElement('path', {
            class: 'proj-capacity',
            d: layout.capacity.map(piece => piece.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${svgNumber(x)},${svgNumber(y)}`).join('')).join(''),
            fill: 'none', stroke: colours.capacity, 'stroke-width': 2, 'stroke-linejoin': 'miter',
        }),
        svgElement('g', { class: 'proj-over-marks' }, ...layout.overMarks.map(mark => overMark(layout, mark, colours.over, palette.background))),
    ];
}

/** A stretch over: a band along the top of the plot, and a triangle pointing down at its middle. */
function overMark(layout: HistogramLayout, mark: HistogramLayout['overMarks'][number], colour: string, background: string): SVGGElement {
    const { top, bottom } = layout.markRow;
    const middle = (mark.x1 + mark.x2) / 2;
    const half = 6;
    return svgElement('g', { class: 'proj-over-mark', 'data-from': dateOfDay(layout, mark.from), 'data-to': dateOfDay(layout, mark.to) },
        svgElement('rect', { x: mark.x1, y: bottom - 4, width: Math.max(2, mark.x2 - mark.x1), height: 4, fill: colour }),
        svgElement('path', {
            d: `M${svgNumber(middle - half)},${svgNumber(top)}L${svgNumber(middle + half)},${svgNumber(top)}L${svgNumber(middle)},${svgNumber(bottom - 1)}Z`,
            fill: colour, stroke: background, 'stroke-width': 1,
        }));
}

/** The chosen day's outline, over its bar. */
export function dayCursor(layout: HistogramLayout, index: number, palette: ChartPalette): SVGRectElement {
    const width = Math.max(4, layout.dayWidth);
    const x = layout.plot.left + (index + 0.5) * layout.dayWidth - width / 2;
    return svgElement('rect', {
        class: 'proj-day-cursor', 'data-date': dateOfDay(layout, index), x, y: layout.markRow.top, width, height: layout.plot.bottom - layout.markRow.top,
        fill: 'none', stroke: palette.text, 'stroke-width': 1.5, 'stroke-dasharray': '4 3', 'pointer-events': 'none',
    });
}

/** One resource's histogram, as the tab shows it (its heading is HTML above it). */
export function histogramSvg(layout: HistogramLayout, palette: ChartPalette, description: string): SVGSVGElement {
    return chartRoot(layout, palette, { className: 'proj-load-histogram', description: description },
        ...histogramParts(layout, palette),
    );
}

const TITLE_SIZE = 14;
const HEADING_ROW = 24;
const PADDING = 12;
const ROW = 18;
const SWATCH = 18;

/**
 * Every histogram in one standalone SVG, as the Resources tab exports it: its title, the legend,
 * then each resource's heading and histogram.
 */
export function histogramsStandaloneSvg(view: ResourcesView, look: HistogramLook & { readonly title: string }): SVGSVGElement {
    const palette = look.palette;
    const colours = markColours(palette);
    const font: Font = { size: FONT_SIZE, family: palette.fontFamily };
    const bold: Font = { size: FONT_SIZE, family: palette.fontFamily, weight: 'bold' };
    const width = Math.max(1, Math.round(look.width));
    const parts: SVGElement[] = [chartText({ text: look.title, x: PADDING, y: PADDING + TITLE_SIZE, anchor: 'start' }, palette.text,
        { className: 'proj-chart-title', font: { size: TITLE_SIZE, family: palette.fontFamily, weight: 'bold' } })];
    let y = PADDING + TITLE_SIZE + 10;
    let x = PADDING;
    const legend: SVGElement[] = [];
    for (const item of LEGEND) {
        const itemWidth = SWATCH + 6 + look.textWidth(item.label, font);
        if (x > PADDING && x + itemWidth > width - PADDING) {
            x = PADDING;
            y += ROW;
        }
        const middle = y + ROW / 2;
        const swatch = item.key === 'capacity'
            ? svgElement('line', { x1: x, x2: x + SWATCH, y1: middle, y2: middle, stroke: colours.capacity, 'stroke-width': 2 })
            : svgElement('rect', { x, y: middle - 6, width: SWATCH, height: 12, fill: colours[item.key], stroke: item.key === 'off' ? palette.grid : 'none' });
        legend.push(svgElement('g', { 'data-key': item.key }, swatch, chartText({ text: item.label, x: x + SWATCH + 6, y: middle + FONT_SIZE * 0.35, anchor: 'start' }, palette.text)));
        x += itemWidth + 20;
    }
    parts.push(svgElement('g', { class: 'proj-svg-legend' }, ...legend));
    y += ROW + 8;
    const layouts = histogramLayouts(view, look);
    view.resources.forEach((resource, index) => {
        const layout = layouts[index];
        const name = resourceName(resource);
        const heading = name === resource.id ? name : `${name} (${resource.id})`;
        const facts = resourceFacts(resource);
        // The units and calendar after the name, or under it when the name is long.
        const oneLine = look.textWidth(heading, bold) + look.textWidth(`  ${facts}`, font) <= width - 2 * PADDING;
        parts.push(svgElement('text', { class: 'proj-resource-heading', x: PADDING, y: y + HEADING_ROW - 6, fill: palette.text },
            svgElement('tspan', { 'font-weight': bold.weight }, heading),
            svgElement('tspan', oneLine ? { fill: palette.muted } : { fill: palette.muted, x: PADDING, dy: ROW }, `${oneLine ? '  ' : ''}${facts}`)));
        y += HEADING_ROW + (oneLine ? 0 : ROW);
        parts.push(svgElement('g', { class: 'proj-resource', 'data-resource': resource.id, transform: `translate(0 ${svgNumber(y)})` }, ...histogramParts(layout, palette)));
        y += layout.height;
    });
    const height = Math.ceil(y + PADDING);
    const description = `Resource loading: units required and capacity by day, for ${view.resources.length} ${view.resources.length === 1 ? 'resource' : 'resources'}`;
    const svg = svgElement('svg', {
        viewBox: `0 0 ${width} ${height}`, width, height, role: 'img', 'aria-label': description,
        class: 'proj-load-histograms', 'font-family': palette.fontFamily, 'font-size': FONT_SIZE,
    });
    svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
    svg.append(svgElement('title', {}, description), svgElement('rect', { class: 'proj-background', width, height, fill: palette.background }), ...parts);
    return svg;
}
