/// <reference lib="dom" />
// Where Mermaid (11, dagre, HTML labels) drew each part of the network, read from the SVG's own
// attributes rather than measured, so that it can be read while its tab is hidden:
//   node:        <g class="node …" id="{svgId}-flowchart-{mermaidId}-{n}" transform="translate(cx, cy)">
//                  with its shape (<rect x y width height>) about that centre
//   link:        <path class="flowchart-link" data-id="L_{from}_{to}_{n}" data-points="{base64 JSON}" d="…">
//   link label:  <g class="edgeLabel" transform="translate(cx, cy)"><g class="label" data-id="…">
//                  <foreignObject width height>
import type { NetworkLink } from './network-text.js';

export interface Point {
    readonly x: number;
    readonly y: number;
}

/** A box by its top-left corner. */
export interface Box {
    readonly x: number;
    readonly y: number;
    readonly width: number;
    readonly height: number;
}

export interface DrawnNode {
    readonly element: SVGGElement;
    readonly centre: Point;
    readonly box: Box;
}

export interface DrawnLabel {
    readonly element: SVGGElement;
    readonly centre: Point;
    readonly box: Box;
}

export interface DrawnLink {
    readonly element: SVGPathElement;
    /** The points Mermaid routed it through, from its source's edge to its target's. */
    readonly points: readonly Point[];
    readonly link?: NetworkLink;
}

export interface NetworkGeometry {
    readonly width: number;
    readonly height: number;
    readonly nodes: readonly DrawnNode[];
    readonly labels: readonly DrawnLabel[];
    readonly links: readonly DrawnLink[];
}

const number = (value: string | null | undefined) => Number.parseFloat(value ?? '') || 0;

export function translation(element: Element): Point {
    const match = /translate\(\s*([-\d.e]+)[\s,]+([-\d.e]+)\s*\)/.exec(element.getAttribute('transform') ?? '');
    return match ? { x: Number(match[1]), y: Number(match[2]) } : { x: 0, y: 0 };
}

function nodeBox(node: SVGGElement, centre: Point): Box {
    const rect = node.querySelector(':scope > rect');
    if (rect && number(rect.getAttribute('width')) > 0) {
        return { x: centre.x + number(rect.getAttribute('x')), y: centre.y + number(rect.getAttribute('y')), width: number(rect.getAttribute('width')), height: number(rect.getAttribute('height')) };
    }
    // Other shapes (the stadium of the elided chain): the label's box with Mermaid's padding.
    const label = node.querySelector('foreignObject');
    const width = number(label?.getAttribute('width')) + 32;
    const height = number(label?.getAttribute('height')) + 16;
    return { x: centre.x - width / 2, y: centre.y - height / 2, width, height };
}

function pointsOf(path: Element): Point[] {
    try {
        const points = JSON.parse(atob(path.getAttribute('data-points') ?? '')) as Point[];
        return Array.isArray(points) ? points.filter(point => Number.isFinite(point.x) && Number.isFinite(point.y)) : [];
    } catch {
        return [];
    }
}

export function readNetworkGeometry(svg: SVGSVGElement, links: readonly NetworkLink[]): NetworkGeometry {
    const box = svg.viewBox.baseVal;
    const byEdgeId = new Map(links.map(link => [link.edgeId, link]));
    const nodes = [...svg.querySelectorAll<SVGGElement>('g.nodes > g.node')].map(element => {
        const centre = translation(element);
        return { element, centre, box: nodeBox(element, centre) };
    });
    const labels = [...svg.querySelectorAll<SVGGElement>('g.edgeLabels > g.edgeLabel')].flatMap(element => {
        const object = element.querySelector('foreignObject');
        const width = number(object?.getAttribute('width'));
        const height = number(object?.getAttribute('height'));
        if (width === 0 || height === 0) {
            return [];
        }
        const centre = translation(element);
        return [{ element, centre, box: { x: centre.x - width / 2, y: centre.y - height / 2, width, height } }];
    });
    const drawn = [...svg.querySelectorAll<SVGPathElement>('g.edgePaths > path.flowchart-link')].map(element => ({
        element,
        points: pointsOf(element),
        link: byEdgeId.get(element.getAttribute('data-id') ?? ''),
    }));
    return { width: box?.width || number(svg.getAttribute('width')), height: box?.height || number(svg.getAttribute('height')), nodes, labels, links: drawn };
}
