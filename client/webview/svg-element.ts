/// <reference lib="dom" />
// SVG built as the HTML is in dom.ts: every string a text node or an attribute value, never markup,
// so that text from the plan cannot become elements, in the preview or in an exported file.

export const SVG_NS = 'http://www.w3.org/2000/svg';

type Child = Node | string | undefined | false;

export function svgElement<K extends keyof SVGElementTagNameMap>(
    tag: K,
    attributes: Record<string, string | number | undefined> = {},
    ...children: Child[]
): SVGElementTagNameMap[K] {
    const node = document.createElementNS(SVG_NS, tag);
    for (const [name, value] of Object.entries(attributes)) {
        if (value !== undefined) {
            node.setAttribute(name, typeof value === 'number' ? svgNumber(value) : value);
        }
    }
    for (const child of children) {
        if (child !== undefined && child !== false) {
            node.append(child);
        }
    }
    return node;
}

/** A coordinate to two places, without trailing zeros: short paths, and no `1e-7`. */
export function svgNumber(value: number): string {
    return String(Math.round(value * 100) / 100 || 0);
}
