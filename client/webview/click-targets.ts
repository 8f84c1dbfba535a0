/// <reference lib="dom" />
// Finds the SVG elements Mermaid drew for each bar and node, and marks them as targets that reveal
// their plan item in the source. Mermaid (11, securityLevel 'strict') names them after the SVG's id:
//   Gantt bar:       <rect id="{svgId}-{mermaidId}">, its label <text id="{svgId}-{mermaidId}-text">
//   flowchart node:  <g class="node" id="{svgId}-flowchart-{mermaidId}-{n}">
// Mermaid's own `click` statements are off under 'strict', so the preview binds its own.

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

/** Marks each Gantt bar (and its label) with its plan id; returns how many bars were found. */
export function markGanttBars(svg: SVGSVGElement, svgId: string, bars: readonly ChartItem[]): number {
    let found = 0;
    for (const bar of bars) {
        const rect = svg.ownerDocument.getElementById(`${svgId}-${bar.mermaidId}`);
        if (rect && svg.contains(rect)) {
            mark(rect, bar.id);
            found++;
            const label = svg.ownerDocument.getElementById(`${svgId}-${bar.mermaidId}-text`);
            if (label && svg.contains(label)) {
                mark(label, bar.id);
            }
        }
    }
    return found;
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
        const id = (event.key === 'Enter' || event.key === ' ') ? idOf(event) : undefined;
        if (id !== undefined) {
            event.preventDefault();
            reveal(id);
        }
    });
}
