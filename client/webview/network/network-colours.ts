/// <reference lib="dom" />
// The network in the chart palette's colours, written onto what Mermaid drew (inline, marked
// important so that Mermaid's own stylesheet and its classDefs give way), so that an exported SVG
// keeps them: critical work and the critical chain's links in the critical colour, other work in
// the colour of work that is not critical, other links in the links' grey. Each node's text is held
// to 4.5:1 against its own fill; nothing is faded.
import { contrast, hex, mix, parseColour, withContrast } from '../theme/colour.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import type { NetworkGeometry } from './network-geometry.js';

export interface NodeColours {
    readonly fill: string;
    readonly stroke: string;
    readonly strokeWidth: number;
    readonly text: string;
}

/** A node's colours: a tint of its colour behind text in the theme's text colour (high contrast: no tint). */
export function nodeColours(palette: ChartPalette, critical: boolean): NodeColours {
    const background = parseColour(palette.background)!;
    const stroke = critical ? palette.critical : palette.normal;
    const highContrast = palette.kind === 'high-contrast' || palette.kind === 'high-contrast-light';
    const fill = highContrast ? background : mix(parseColour(stroke)!, background, critical ? 0.14 : 0.1);
    return { fill: hex(fill), stroke, strokeWidth: critical ? 2.5 : 1.25, text: hex(withContrast(parseColour(palette.text)!, fill, 4.5)) };
}

/** The link labels' colours: the muted text on the background, which the palette holds to 4.5:1. */
export function labelColours(palette: ChartPalette): { background: string; text: string } {
    const background = parseColour(palette.background)!;
    const muted = parseColour(palette.muted)!;
    return { background: palette.background, text: contrast(muted, background) >= 4.5 ? palette.muted : palette.text };
}

const important = (element: Element, property: string, value: string) => (element as SVGElement | HTMLElement).style.setProperty(property, value, 'important');

/** An arrowhead of one colour, made from Mermaid's own. */
function arrowhead(svg: SVGSVGElement, svgId: string, name: string, colour: string): string | undefined {
    const id = `${svgId}-proj-arrow-${name}`;
    if (!svg.querySelector(`[id="${id}"]`)) {
        const original = svg.querySelector(`marker[id="${svgId}_flowchart-v2-pointEnd"]`);
        if (!original) {
            return undefined;
        }
        const marker = original.cloneNode(true) as SVGMarkerElement;
        marker.id = id;
        for (const shape of marker.querySelectorAll('path')) {
            shape.setAttribute('fill', colour);
            shape.setAttribute('stroke', colour);
            important(shape, 'fill', colour);
            important(shape, 'stroke', colour);
        }
        original.parentNode!.insertBefore(marker, original.nextSibling);
    }
    return `url(#${id})`;
}

export function colourNetwork(svg: SVGSVGElement, svgId: string, geometry: NetworkGeometry, palette: ChartPalette): void {
    svg.classList.add('proj-network');
    important(svg, 'background-color', palette.background);
    for (const { element } of geometry.nodes) {
        const critical = element.classList.contains('critical');
        const colours = nodeColours(palette, critical);
        for (const shape of element.querySelectorAll(':scope > rect, :scope > polygon, :scope > path')) {
            important(shape, 'fill', colours.fill);
            important(shape, 'stroke', colours.stroke);
            important(shape, 'stroke-width', `${colours.strokeWidth}px`);
        }
        for (const text of element.querySelectorAll('.label div, .label span, .label p')) {
            important(text, 'color', colours.text);
        }
    }
    const critical = arrowhead(svg, svgId, 'critical', palette.critical);
    const normal = arrowhead(svg, svgId, 'link', palette.link);
    for (const { element, link } of geometry.links) {
        const isCritical = link?.critical ?? false;
        important(element, 'stroke', isCritical ? palette.critical : palette.link);
        important(element, 'stroke-width', isCritical ? '2.5px' : '1.25px');
        const marker = isCritical ? critical : normal;
        if (marker) {
            element.setAttribute('marker-end', marker);
        }
    }
    const label = labelColours(palette);
    for (const { element } of geometry.labels) {
        for (const text of element.querySelectorAll('div, span, p')) {
            important(text, 'background-color', label.background);
            important(text, 'color', label.text);
        }
    }
}
