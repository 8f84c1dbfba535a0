/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// An SVG element builder, as dom.ts builds HTML: every string becomes a text node, never markup.

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Child = Node | string | undefined | false;

export function svgElement<K extends keyof SVGElementTagNameMap>(
    tag: K,
    attributes: Record<string, string | number | undefined> = {},
    ...children: Child[]
): SVGElementTagNameMap[K] {
    const node = document.createElementNS(SVG_NS, tag);
    setAttributes(node, attributes);
    for (const child of children) {
        if (child !== undefined && child !== false) {
            node.append(child);
        }
    }
    return node;
}

export function setAttributes(node: Element, attributes: Record<string, string | number | undefined>): void {
    for (const [name, value] of Object.entries(attributes)) {
        if (value !== undefined) {
            node.setAttribute(name, typeof value === 'number' ? svgNumber(value) : value);
        }
    }
}

/** A coordinate to two places, without trailing zeros: short paths, and no `1e-7`. */
export function svgNumber(value: number): string {
    return String(Math.round(value * 100) / 100 || 0);
}

/** An SVG path through points in order. */
export function polylinePath(points: ReadonlyArray<readonly [number, number]>): string {
    return points.map(([x, y], index) => `${index === 0 ? 'M' : 'L'}${Math.round(x * 10) / 10},${Math.round(y * 10) / 10}`).join('');
}

/** The elements of an SVG by id, whether or not it is in the document yet. */
export function elementsById(svg: SVGSVGElement): ReadonlyMap<string, Element> {
    return new Map([...svg.querySelectorAll('[id]')].map(node => [node.id, node]));
}
