/// <reference lib="dom" />
// What the charts the preview draws itself (the S-curve, the load and finish histograms) share:
// their text, placed by their layouts, and their one-pixel lines.
import type { Label } from './s-curve-layout.js';
import { svgElement } from './svg.js';
import type { Font } from './text-width.js';

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
