/// <reference lib="dom" />
// The budget S-curve drawn by the preview itself, in SVG. Mermaid's xychart cannot draw it: its x
// axis is a list of categories (or a numeric range it spreads the points evenly over), so weekly
// and monthly points stood evenly spaced whatever their dates; it has a fixed width whose labels
// ran into each other; and it draws every line across the whole axis, where EV and AC must end at
// the status date. Here a date's x is proportional to its time, the margins and ticks come from
// measured labels (s-curve-layout.ts), and the colours are the chart palette's, written as
// attributes so that an exported SVG keeps them.
import { sCurveLayout, type SCurveData, type SCurveLayout, type SeriesKey } from './s-curve-layout.js';
import { chartRoot, chartText, crisp } from './chart-text.js';
import { svgElement, svgNumber } from './svg.js';
import type { TextWidth } from './text-width.js';
import type { ChartPalette } from './theme/chart-palette.js';

export interface SCurveLook {
    readonly width: number;
    readonly palette: ChartPalette;
    readonly textWidth: TextWidth;
    /** For a chart that stands on its own (an exported file): its title, and the legend inside. */
    readonly standaloneTitle?: string;
}

const DESCRIPTION = 'Budget S-curve: cumulative planned value, earned value and actual cost by date';

export interface SeriesStroke {
    readonly colour: string;
    readonly dash?: string;
}

/**
 * How a line is drawn, in the chart and in its legends. Actual cost is dashed as well as coloured:
 * it runs close to earned value, and some themes' green and orange are hard to tell apart.
 */
export function seriesStroke(palette: ChartPalette, key: SeriesKey): SeriesStroke {
    return {
        pv: { colour: palette.series.planned },
        ev: { colour: palette.series.earned },
        ac: { colour: palette.series.actual, dash: '7 4' },
    }[key];
}

const strokeAttributes = (stroke: SeriesStroke, width: number) => ({
    stroke: stroke.colour, 'stroke-width': width, 'stroke-dasharray': stroke.dash,
    // Round ends would close a dashed line's gaps.
    'stroke-linecap': stroke.dash ? 'butt' : 'round',
});

export function sCurveSvg(data: SCurveData, look: SCurveLook): SVGSVGElement {
    const layout = sCurveLayout(data, { width: look.width, fontFamily: look.palette.fontFamily, textWidth: look.textWidth, standaloneTitle: look.standaloneTitle });
    const palette = look.palette;
    return chartRoot(layout, palette, { className: 'proj-s-curve', description: DESCRIPTION, labelled: true },
        ...heading(layout, palette),
        moneyAxis(layout, palette),
        timeAxis(layout, palette),
        budgetLine(layout, palette),
        statusDate(layout, palette),
        seriesLines(layout, palette),
    );
}

function heading(layout: SCurveLayout, palette: ChartPalette): SVGElement[] {
    const parts: SVGElement[] = [];
    if (layout.title) {
        parts.push(chartText(layout.title, palette.text, { className: 'proj-chart-title', font: layout.titleFont }));
    }
    if (layout.legend.length > 0) {
        parts.push(svgElement('g', { class: 'proj-svg-legend' }, ...layout.legend.map(item => svgElement('g', { 'data-series': item.key },
            svgElement('line', { x1: item.swatch.x1, x2: item.swatch.x2, y1: item.swatch.y, y2: item.swatch.y, ...strokeAttributes(seriesStroke(palette, item.key), 3) }),
            chartText(item.label, palette.text)))));
    }
    parts.push(chartText(layout.yTitle, palette.text, { className: 'proj-y-title' }));
    return parts;
}

function moneyAxis(layout: SCurveLayout, palette: ChartPalette): SVGGElement {
    const { left, right } = layout.plot;
    return svgElement('g', { class: 'proj-y-axis' }, ...layout.yTicks.flatMap(tick => [
        // The zero line is the time axis.
        ...(tick.value > 0 ? [svgElement('line', { class: 'proj-grid', x1: left, x2: right, y1: crisp(tick.y), y2: crisp(tick.y), stroke: palette.grid, 'stroke-width': 1 })] : []),
        chartText(tick.label, palette.muted, { className: 'proj-tick-label' }),
    ]));
}

function timeAxis(layout: SCurveLayout, palette: ChartPalette): SVGGElement {
    const { left, right, top, bottom } = layout.plot;
    const axisY = crisp(bottom);
    return svgElement('g', { class: 'proj-x-axis', 'data-cadence': layout.xCadence },
        ...layout.xTicks.map(tick => svgElement('line', { class: 'proj-grid', x1: crisp(tick.x), x2: crisp(tick.x), y1: top, y2: bottom, stroke: palette.grid, 'stroke-width': 1 })),
        svgElement('line', { class: 'proj-axis-line', x1: left, x2: right, y1: axisY, y2: axisY, stroke: palette.muted, 'stroke-width': 1 }),
        ...layout.xTicks.flatMap(tick => [
            svgElement('line', { x1: crisp(tick.x), x2: crisp(tick.x), y1: axisY, y2: axisY + 5, stroke: palette.muted, 'stroke-width': 1 }),
            svgElement('text', { class: 'proj-tick-label', 'data-date': tick.date, x: tick.label.x, y: tick.label.y, 'text-anchor': tick.label.anchor, fill: palette.muted }, tick.label.text),
        ]));
}

function budgetLine(layout: SCurveLayout, palette: ChartPalette): SVGGElement {
    const y = crisp(layout.bac.y);
    return svgElement('g', { class: 'proj-bac' },
        svgElement('line', { x1: layout.plot.left, x2: layout.plot.right, y1: y, y2: y, stroke: palette.muted, 'stroke-width': 1.25, 'stroke-dasharray': '6 4' }),
        chartText(layout.bac.label, palette.text, { halo: palette.background }));
}

/**
 * The status date: EV and AC end on it. In the text colour, not the palette's status orange, which
 * is also actual cost's colour (both are the theme's charts.orange): a marker in a series' colour
 * would read as part of that series.
 */
function statusDate(layout: SCurveLayout, palette: ChartPalette): SVGGElement {
    const x = crisp(layout.status.x);
    return svgElement('g', { class: 'proj-status-date' },
        svgElement('line', { x1: x, x2: x, y1: layout.status.top, y2: layout.plot.bottom, stroke: palette.text, 'stroke-width': 1.25, 'stroke-dasharray': '4 3' }),
        chartText(layout.status.label, palette.text, { halo: palette.background }));
}

const pathOf = (points: readonly { x: number; y: number }[]) =>
    points.map((point, index) => `${index === 0 ? 'M' : 'L'}${svgNumber(point.x)},${svgNumber(point.y)}`).join('');

function seriesLines(layout: SCurveLayout, palette: ChartPalette): SVGGElement {
    const lines = layout.series.filter(series => series.points.length > 0);
    return svgElement('g', { class: 'proj-series-lines', fill: 'none' },
        ...lines.map(series => svgElement('path', {
            class: 'proj-series', 'data-series': series.key, d: pathOf(series.points),
            ...strokeAttributes(seriesStroke(palette, series.key), 2.5), 'stroke-linejoin': 'round', fill: 'none',
        })),
        // EV and AC are known up to the status date: a dot where each stops.
        ...lines.filter(series => series.key !== 'pv').map(series => svgElement('circle', {
            class: 'proj-series-end', 'data-series': series.key, cx: series.points.at(-1)!.x, cy: series.points.at(-1)!.y, r: 4,
            fill: seriesStroke(palette, series.key).colour, stroke: palette.background, 'stroke-width': 1.5,
        })));
}
