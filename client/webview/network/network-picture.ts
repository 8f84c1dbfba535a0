/// <reference lib="dom" />
// The network as the preview and the exported pages draw it, one drawing for both: Mermaid lays it
// out left to right (network-text.ts), then this marks each node to reveal its item, colours it
// from the chart palette and wraps it into rows that fit the pane at a readable size.
//
// Why Mermaid's own layout (dagre) with our own rows, not ELK: on linked plans of 40, 100 and 150
// items (the figures are in the commit that brought this in), @mermaid-js/layout-elk drew wider
// bands (6,475 px against 4,296 at 150 items, left to right, 13 px text) and took longer (319 ms
// against 216 at 40 items). It added 5 MB to a bundle that every exported page inlines (it ships a
// second copy of Mermaid), and Mermaid passes none of ELK's wrapping or aspect-ratio options
// through. Wrapping the band ourselves keeps the layered, left-to-right reading and uses the pane's
// height whatever the graph's shape: a long chain becomes a few rows, not a long scroll.
import { FIT_MAX_ZOOM, FIT_MIN_ZOOM, FIT_UNTIL_ZOOMED } from '../chart-view.js';
import { markNetworkNodes, type ChartItem } from '../click-targets.js';
import type { Rendered } from '../mermaid-renderer.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { colourNetwork } from './network-colours.js';
import { readNetworkGeometry, type NetworkGeometry } from './network-geometry.js';
import { cutCandidates, planRows, type Pane, type RowPlan, type ZoomRange } from './network-rows.js';
import { MIN_READABLE_PX, NETWORK_FONT_PX, networkDrawingText, networkLinks } from './network-text.js';
import { applyRows, wrappedLayout } from './network-wrap.js';

/**
 * The zooms the network is fitted within: never so small that its text is under 11 px, never so
 * large that a small network's text is more than about 16 px.
 */
export const NETWORK_ZOOM: ZoomRange = { min: MIN_READABLE_PX / NETWORK_FONT_PX, max: 1.25 };

export interface NetworkSource {
    readonly mermaid: string;
    readonly nodes: readonly ChartItem[];
}

export interface NetworkPictureOptions {
    /** The room the chart has, at 100%. */
    readonly pane: Pane;
    readonly zoom: ZoomRange;
    readonly palette: ChartPalette;
}

interface Drawn {
    readonly geometry: NetworkGeometry;
    readonly candidates: readonly number[];
    readonly zoom: ZoomRange;
}

/** What each drawn network was laid out from, so that it can wrap again for another pane. */
const drawings = new WeakMap<SVGSVGElement, Drawn>();

/** The text Mermaid draws for the network. */
export const networkPictureText = (network: NetworkSource) => networkDrawingText(network.mermaid);

function wrap(svg: SVGSVGElement, drawn: Drawn, pane: Pane): RowPlan {
    const plan = planRows(drawn.candidates, drawn.geometry.width, pane, drawn.zoom, cuts => wrappedLayout(drawn.geometry, cuts));
    const layout = applyRows(svg, drawn.geometry, plan);
    svg.setAttribute('width', layout.width.toFixed(0));
    svg.setAttribute('height', layout.height.toFixed(0));
    svg.dataset.rows = String(plan.slices.length);
    return plan;
}

/**
 * Finishes what Mermaid drew of `network` (its SVG, with the id Mermaid gave it): every node
 * marked to reveal its item, the palette's colours, the rows for the pane; and tells the view the
 * zooms to fit it within.
 */
export function dressNetwork(svg: SVGSVGElement, svgId: string, network: NetworkSource, options: NetworkPictureOptions): RowPlan {
    markNetworkNodes(svg, svgId, network.nodes);
    const geometry = readNetworkGeometry(svg, networkLinks(network.mermaid));
    colourNetwork(svg, svgId, geometry, options.palette);
    const boxes = [...geometry.nodes, ...geometry.labels].map(part => part.box);
    const drawn = { geometry, candidates: cutCandidates(boxes, geometry.width), zoom: options.zoom };
    drawings.set(svg, drawn);
    svg.setAttribute(FIT_MIN_ZOOM, String(options.zoom.min));
    svg.setAttribute(FIT_MAX_ZOOM, String(options.zoom.max));
    svg.setAttribute(FIT_UNTIL_ZOOMED, '');
    return wrap(svg, drawn, options.pane);
}

/** Wraps a drawn network again for another pane; false if it was not drawn by `dressNetwork`. */
export function rewrapNetwork(svg: SVGSVGElement, pane: Pane): boolean {
    const drawn = drawings.get(svg);
    if (drawn) {
        wrap(svg, drawn, pane);
    }
    return drawn !== undefined;
}

/** Draws the network into `host` with `render` (Mermaid's), for a page: returns its SVG. */
export async function drawNetworkPicture(host: HTMLElement, network: NetworkSource, options: NetworkPictureOptions & { render: (text: string) => Promise<Rendered> }): Promise<SVGSVGElement | undefined> {
    const rendered = await options.render(networkPictureText(network));
    // The SVG comes from mermaid.render under securityLevel 'strict', which sanitises it (DOMPurify).
    host.innerHTML = rendered.svg;
    const svg = host.querySelector('svg') ?? undefined;
    if (svg) {
        svg.style.removeProperty('max-width');
        dressNetwork(svg, rendered.id, network, options);
    }
    return svg;
}
