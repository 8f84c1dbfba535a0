// What the preview and the exported pages draw of the network's Mermaid text (network-chart.ts):
// the text laid out left to right, at the network's own font size, and the links it declares, in
// order, with the critical ones (its `linkStyle`), so that the drawing can find, colour and route
// each link Mermaid drew.

/** The size of the network's text when drawn at 100%. */
export const NETWORK_FONT_PX = 13;
/** No fit makes the network's text smaller than this on screen. */
export const MIN_READABLE_PX = 11;

export interface NetworkLink {
    /** Mermaid ids of the nodes it joins. */
    readonly from: string;
    readonly to: string;
    /** The id Mermaid (11) gives its path: `L_{from}_{to}_0`, then `_2`, `_3`… for more links between the same two nodes. */
    readonly edgeId: string;
    readonly critical: boolean;
}

const HEADER = /^flowchart (LR|TB|TD|RL|BT)\b/;

/**
 * The text to draw: left to right whatever the text says (the drawing wraps it into rows to fit
 * its pane; the text's own direction is for pages that draw it as it is), its font size set for
 * this chart alone (a directive, which Mermaid forgets after the render).
 */
export function networkDrawingText(mermaid: string): string {
    const directive = `%%{init: {"themeVariables": {"fontSize": "${NETWORK_FONT_PX}px"}}}%%`;
    return `${directive}\n${mermaid.replace(HEADER, 'flowchart LR')}`;
}

/** The links of the network's text, in the order Mermaid numbers them. */
export function networkLinks(mermaid: string): NetworkLink[] {
    const links: Array<{ from: string; to: string }> = [];
    let critical = new Set<number>();
    for (const line of mermaid.split('\n')) {
        const style = /^\s*linkStyle ([\d,]+) /.exec(line);
        if (style) {
            critical = new Set(style[1].split(',').map(Number));
            continue;
        }
        // `a --> b`, `a -- "SS +1d" --> b`, `a -.-> elided -.-> b`: labels are entities, never quotes.
        const parts = line.trim().split(/\s+(?:-- "[^"]*" -->|-->|-\.->)\s+/);
        if (parts.length > 1 && parts.every(part => /^\w+$/.test(part))) {
            for (let index = 1; index < parts.length; index++) {
                links.push({ from: parts[index - 1], to: parts[index] });
            }
        }
    }
    const seen = new Map<string, number>();
    return links.map((link, index) => {
        const pair = `L_${link.from}_${link.to}`;
        const count = seen.get(pair) ?? 0;
        seen.set(pair, count + 1);
        return { ...link, edgeId: `${pair}_${count === 0 ? 0 : count + 1}`, critical: critical.has(index) };
    });
}
