/// <reference lib="dom" />
// The Risk analysis tab's histogram of the project's finish, drawn by the preview in SVG at the
// width of the pane (finish-histogram-layout.ts places everything), with the colours written as
// attributes so that an exported SVG keeps them. Bars in the colour of ordinary work; the
// cumulative curve and the P80 line in the text colour, the line dashed; the deadline in the
// critical colour, as the hard limit it is.
import { finishHistogramLayout, type FinishHistogramData, type FinishHistogramLayout } from './finish-histogram-layout.js';
import { chartRoot, chartText, crisp } from './chart-text.js';
import { svgElement, svgNumber } from './svg.js';
import type { TextWidth } from './text-width.js';
import type { ChartPalette } from './theme/chart-palette.js';

export interface FinishHistogramLook {
    readonly width: number;
    readonly palette: ChartPalette;
    readonly textWidth: TextWidth;
    readonly standaloneTitle?: string;
}

const DESCRIPTION = 'Schedule risk: how many iterations finish on each date, and the cumulative chance of finishing by it';

export function finishHistogramSvg(data: FinishHistogramData, look: FinishHistogramLook): SVGSVGElement {
    const layout = finishHistogramLayout(data, { width: look.width, fontFamily: look.palette.fontFamily, textWidth: look.textWidth, standaloneTitle: look.standaloneTitle });
    const palette = look.palette;
    return chartRoot(layout, palette, { className: 'proj-finish-histogram', description: DESCRIPTION, labelled: true },
        ...(layout.title ? [chartText(layout.title, palette.text, { className: 'proj-chart-title', font: layout.titleFont })] : []),
        chartText(layout.countTitle, palette.text, { className: 'proj-y-title' }),
        chartText(layout.shareTitle, palette.text, { className: 'proj-y-title' }),
        countAxis(layout, palette),
        shareAxis(layout, palette),
        timeAxis(layout, palette),
        bars(layout, palette),
        curve(layout, palette),
        markers(layout, palette),
    );
}

function countAxis(layout: FinishHistogramLayout, palette: ChartPalette): SVGGElement {
    const { left, right } = layout.plot;
    return svgElement('g', { class: 'proj-y-axis' }, ...layout.countTicks.flatMap(tick => [
        ...(tick.value > 0 ? [svgElement('line', { class: 'proj-grid', x1: left, x2: right, y1: crisp(tick.y), y2: crisp(tick.y), stroke: palette.grid, 'stroke-width': 1 })] : []),
        chartText(tick.label, palette.muted, { className: 'proj-tick-label' }),
    ]));
}

function shareAxis(layout: FinishHistogramLayout, palette: ChartPalette): SVGGElement {
    const x = crisp(layout.plot.right);
    return svgElement('g', { class: 'proj-y-axis proj-share-axis' },
        svgElement('line', { x1: x, x2: x, y1: layout.plot.top, y2: layout.plot.bottom, stroke: palette.muted, 'stroke-width': 1 }),
        ...layout.shareTicks.flatMap(tick => [
            svgElement('line', { x1: x, x2: x + 5, y1: crisp(tick.y), y2: crisp(tick.y), stroke: palette.muted, 'stroke-width': 1 }),
            chartText(tick.label, palette.muted, { className: 'proj-tick-label' }),
        ]));
}

function timeAxis(layout: FinishHistogramLayout, palette: ChartPalette): SVGGElement {
    const { left, right, bottom } = layout.plot;
    const axisY = crisp(bottom);
    return svgElement('g', { class: 'proj-x-axis', 'data-cadence': layout.xCadence },
        svgElement('line', { class: 'proj-axis-line', x1: left, x2: right, y1: axisY, y2: axisY, stroke: palette.muted, 'stroke-width': 1 }),
        ...layout.xTicks.flatMap(tick => [
            svgElement('line', { x1: crisp(tick.x), x2: crisp(tick.x), y1: axisY, y2: axisY + 5, stroke: palette.muted, 'stroke-width': 1 }),
            svgElement('text', { class: 'proj-tick-label', 'data-date': tick.date, x: tick.label.x, y: tick.label.y, 'text-anchor': tick.label.anchor, fill: palette.muted }, tick.label.text),
        ]));
}

function bars(layout: FinishHistogramLayout, palette: ChartPalette): SVGGElement {
    return svgElement('g', { class: 'proj-bars' }, ...layout.bars.filter(bar => bar.count > 0).map(bar => svgElement('rect', {
        class: 'proj-bar', 'data-from': bar.from, 'data-to': bar.to, 'data-count': bar.count,
        x: bar.x, y: bar.y, width: Math.max(1, bar.width - (bar.width > 4 ? 1 : 0)), height: bar.height,
        fill: palette.normal,
    }, svgElement('title', {}, `${bar.from === bar.to ? bar.from : `${bar.from} to ${bar.to}`}: ${bar.count} iterations`))));
}

function curve(layout: FinishHistogramLayout, palette: ChartPalette): SVGPathElement {
    return svgElement('path', {
        class: 'proj-cumulative', d: layout.curve.map((point, index) => `${index === 0 ? 'M' : 'L'}${svgNumber(point.x)},${svgNumber(point.y)}`).join(''),
        fill: 'none', stroke: palette.text, 'stroke-width': 2, 'stroke-linejoin': 'round',
    });
}

function markers(layout: FinishHistogramLayout, palette: ChartPalette): SVGGElement {
    return svgElement('g', { class: 'proj-markers' }, ...layout.markers.map(marker => {
        const x = crisp(marker.x);
        const colour = marker.key === 'deadline' ? palette.critical : palette.text;
        return svgElement('g', { class: 'proj-marker', 'data-marker': marker.key, 'data-date': marker.date, 'data-x': svgNumber(marker.x) },
            svgElement('line', {
                x1: x, x2: x, y1: marker.top, y2: layout.plot.bottom, stroke: colour, 'stroke-width': marker.key === 'deadline' ? 2 : 1.5,
                'stroke-dasharray': marker.key === 'p80' ? '5 3' : marker.offAxis ? '2 3' : undefined,
            }),
            chartText(marker.label, palette.text, { halo: palette.background }));
    }));
}
