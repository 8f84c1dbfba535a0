/// <reference lib="dom" />
// Finds the SVG elements Mermaid drew for each node and point, and marks them as targets that reveal
// their plan item in the source. Mermaid (11, securityLevel 'strict') names them after the SVG's id:
//   flowchart node:  <g class="node" id="{svgId}-flowchart-{mermaidId}-{n}">
//   quadrant point:  <g class="data-point"><circle cx cy/><text/></g>, with no id and not in the
//                    order of the text, so found by where it is drawn
// Mermaid's own `click` statements are off under 'strict', so the preview binds its own. HTML
// tables mark their ids with the same attribute (reveal-link.ts), and so do the Gantt's bars and
// labels (gantt/gantt-marks.ts).

export interface ChartItem {
    readonly mermaidId: string;
    readonly id: string;
}

function mark(target: Element, id: string): void {
    target.setAttribute('data-proj-id', id);
    target.setAttribute('tabindex', '0');
    target.setAttribute('role', 'button');
    target.setAttribute('aria-label', `Reveal ${id} in the plan`);
    target.classList.add('proj-target');
}

/** Marks each network node with its plan id; returns how many nodes were found. */
export function markNetworkNodes(svg: SVGSVGElement, svgId: string, nodes: readonly ChartItem[]): number {
    const byMermaidId = new Map(nodes.map(node => [node.mermaidId, node.id]));
    const prefix = `${svgId}-flowchart-`;
    let found = 0;
    for (const node of svg.querySelectorAll('g.node[id]')) {
        const match = node.id.startsWith(prefix) ? /^(.*)-\d+$/.exec(node.id.slice(prefix.length)) : null;
        const id = match ? byMermaidId.get(match[1]) : undefined;
        if (id !== undefined) {
            mark(node, id);
            found++;
        }
    }
    return found;
}

/** A point of a quadrant chart: x and y from 0 to 1, as in the chart's text. */
export interface QuadrantItem {
    readonly id: string;
    readonly x: number;
    readonly y: number;
}

/**
 * Marks each quadrant chart point with its plan id, matching the drawn circles to the points by
 * position within the four quadrants; returns how many were found.
 */
export function markQuadrantPoints(svg: SVGSVGElement, points: readonly QuadrantItem[]): number {
    const rects = [...svg.querySelectorAll('g.quadrants g.quadrant > rect')];
    if (rects.length === 0) {
        return 0;
    }
    const edge = (name: string, rect: Element) => Number(rect.getAttribute(name)) || 0;
    const left = Math.min(...rects.map(rect => edge('x', rect)));
    const top = Math.min(...rects.map(rect => edge('y', rect)));
    const right = Math.max(...rects.map(rect => edge('x', rect) + edge('width', rect)));
    const bottom = Math.max(...rects.map(rect => edge('y', rect) + edge('height', rect)));
    const drawn = [...svg.querySelectorAll('g.data-point')].flatMap(group => {
        const circle = group.querySelector('circle');
        return circle ? [{ group, x: Number(circle.getAttribute('cx')), y: Number(circle.getAttribute('cy')) }] : [];
    });
    let found = 0;
    for (const point of points) {
        const x = left + point.x * (right - left);
        const y = bottom - point.y * (bottom - top);
        let nearest = -1;
        let distance = Infinity;
        drawn.forEach((candidate, index) => {
            const d = Math.hypot(candidate.x - x, candidate.y - y);
            if (d < distance) {
                distance = d;
                nearest = index;
            }
        });
        // Within a few pixels: Mermaid rounds, and points that share a spot are fanned out wider.
        if (nearest >= 0 && distance < 4) {
            mark(drawn[nearest].group, point.id);
            drawn.splice(nearest, 1);
            found++;
        }
    }
    return found;
}

/** Calls `reveal` with the plan id of a clicked target, or of one activated from the keyboard. */
export function onTarget(container: HTMLElement, reveal: (id: string) => void): void {
    const idOf = (event: Event) => (event.target instanceof Element ? event.target.closest('[data-proj-id]') : null)?.getAttribute('data-proj-id') ?? undefined;
    container.addEventListener('click', event => {
        const id = idOf(event);
        if (id !== undefined) {
            event.preventDefault();
            reveal(id);
        }
    });
    container.addEventListener('keydown', event => {
        // A button (an HTML table's id) clicks itself on Enter and Space.
        if (event.target instanceof HTMLButtonElement) {
            return;
        }
        const id = (event.key === 'Enter' || event.key === ' ') ? idOf(event) : undefined;
        if (id !== undefined) {
            event.preventDefault();
            reveal(id);
        }
    });
}
