/// <reference lib="dom" />
// What the charts the preview draws itself (the S-curve, the load and finish histograms) share:
// their root element, their text, placed by their layouts, and their one-pixel lines.
import type { Label } from './s-curve-layout.js';
import { SVG_NS, svgElement } from './svg.js';
import type { Font } from './text-width.js';
import type { ChartPalette } from './theme/chart-palette.js';

/**
 * A chart's root: its layout's size, the page's font, its description as its title (and, when
 * `labelled`, as the image's label) and its background, then `parts`.
 */
export function chartRoot(
    layout: { readonly width: number; readonly height: number; readonly font: { readonly size: number } },
    palette: ChartPalette,
    chart: { readonly className: string; readonly description: string; readonly labelled?: boolean },
    ...parts: SVGElement[]
): SVGSVGElement {
    const svg = svgElement('svg', {
        viewBox: `0 0 ${layout.width} ${layout.height}`, width: layout.width, height: layout.height,
        ...(chart.labelled ? { role: 'img', 'aria-label': chart.description } : {}),
        class: chart.className, 'font-family': palette.fontFamily, 'font-size': layout.font.size,
    });
    // Declared, so that the exported file is a standalone SVG document.
    svg.setAttributeNS('http://www.w3.org/2000/xmlns/', 'xmlns', SVG_NS);
    svg.append(
        svgElement('title', {}, chart.description),
        svgElement('rect', { class: 'proj-background', width: layout.width, height: layout.height, fill: palette.background }),
        ...parts,
    );
    return svg;
}

/**
 * Charts one above the other as one chart, each at its own size (nested SVG documents), `gap`
 * apart: an exported file holds them all.
 */
export function stackedCharts(charts: readonly SVGSVGElement[], palette: ChartPalette, chart: { readonly className: string; readonly description: string }, gap = 8): SVGSVGElement {
    let height = 0;
    for (const part of charts) {
        part.setAttribute('y', String(height));
        height += Number(part.getAttribute('height')) + gap;
    }
    const width = Math.max(...charts.map(part => Number(part.getAttribute('width'))));
    return chartRoot({ width, height: Math.max(0, height - gap), font: { size: 12 } }, palette, chart, ...charts);
}

/** Text on the chart, ringed in the background colour (`halo`) where it may cross a line. */
export function chartText(label: Label, fill: string, options: { className?: string; font?: Font; halo?: string } = {}): SVGTextElement {
    return svgElement('text', {
        class: options.className, x: label.x, y: label.y, 'text-anchor': label.anchor, fill,
        'font-size': options.font?.size, 'font-weight': options.font?.weight,
        ...(options.halo ? { stroke: options.halo, 'stroke-width': 4, 'stroke-linejoin': 'round', 'paint-order': 'stroke' } : {}),
    }, label.text);
}

/** A one-pixel line on the pixel grid, so that it is crisp. */
export const crisp = (value: number) => Math.round(value) + 0.5;
