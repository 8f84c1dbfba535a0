/// <reference lib="dom" />
// The 5x5 risk heat map as an HTML table: likelihood 5 (top) down to 1, impact 1 to 5 across, each
// cell in its RAG band's colour with its score, and each risk or opportunity as a chip that
// reveals it. Opportunities are drawn apart from threats (a dashed chip).
import type { RisksView } from '../../language/src/preview/preview-protocol.js';
import type { RiskRow } from '../../language/src/engine/risk-register.js';
import { element } from './dom.js';
import { revealLink, type Locations } from './reveal-link.js';

const KIND_NAMES: Readonly<Record<RiskRow['kind'], string>> = { risk: 'Risk', opportunity: 'Opportunity' };

/** How the plan's bands split the scores, e.g. green below 6, amber 6 to 14, red 15 and above. */
export function bandTexts(bands: RisksView['bands']): Readonly<Record<'green' | 'amber' | 'red', string>> {
    return {
        green: `below ${bands.amber}`,
        amber: bands.red - 1 > bands.amber ? `${bands.amber} to ${bands.red - 1}` : String(bands.amber),
        red: `${bands.red} and above`,
    };
}

function chip(risk: RiskRow | undefined, id: string, locations: Locations): HTMLElement {
    const kind = risk?.kind ?? 'risk';
    const node = revealLink(id, locations, id, `proj-chip proj-chip-${kind}`);
    node.title = `${KIND_NAMES[kind]} ${id}${risk?.title ? `: ${risk.title}` : ''}`;
    node.setAttribute('data-kind', kind);
    return node;
}

export function heatMapTable(risks: RisksView, locations: Locations): HTMLElement {
    const byId = new Map(risks.rows.map(row => [row.id, row]));
    const bands = bandTexts(risks.bands);
    const impacts = risks.heatMap[0]?.map(cell => cell.impact) ?? [];
    const rows = risks.heatMap.map(cells => element('tr', {},
        element('th', { scope: 'row', class: 'proj-heat-axis' }, String(cells[0]?.likelihood ?? '')),
        ...cells.map(cell => element('td', {
            class: `proj-heat-cell proj-rag-${cell.rag}`,
            'data-likelihood': String(cell.likelihood),
            'data-impact': String(cell.impact),
            title: `Likelihood ${cell.likelihood} × impact ${cell.impact} = ${cell.score}: ${cell.rag} (${bands[cell.rag]})`,
        },
        element('span', { class: 'proj-heat-score' }, String(cell.score)),
        cell.risks.length > 0 && element('span', { class: 'proj-chips' }, ...cell.risks.map(id => chip(byId.get(id), id, locations)))))));
    const table = element('table', { class: 'proj-heat-map' },
        element('caption', {}, 'Likelihood (rows) by impact (columns)'),
        element('thead', {},
            element('tr', {}, element('td', { class: 'proj-heat-corner' }), element('th', { scope: 'colgroup', colspan: String(impacts.length) }, 'Impact')),
            element('tr', {}, element('th', { scope: 'col', class: 'proj-heat-corner' }, 'Likelihood'),
                ...impacts.map(impact => element('th', { scope: 'col', class: 'proj-heat-axis' }, String(impact))))),
        element('tbody', {}, ...rows));
    return element('div', { class: 'proj-heat' }, table, legend(bands));
}

function legend(bands: ReturnType<typeof bandTexts>): HTMLElement {
    const band = (rag: 'green' | 'amber' | 'red', name: string) =>
        element('li', {}, element('span', { class: `proj-swatch proj-rag-${rag}`, 'aria-hidden': 'true' }), `${name}: ${bands[rag]}`);
    const sample = (kind: RiskRow['kind']) =>
        element('li', {}, element('span', { class: `proj-chip proj-chip-${kind}`, 'aria-hidden': 'true' }, 'id'), KIND_NAMES[kind]);
    return element('ul', { class: 'proj-legend', 'aria-label': 'Key' },
        band('green', 'Green'), band('amber', 'Amber'), band('red', 'Red'), sample('risk'), sample('opportunity'));
}
