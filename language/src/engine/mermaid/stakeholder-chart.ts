import { QUADRANT_TITLES, type StakeholderGrid } from '../stakeholder-grid.js';

/**
 * The power/interest grid as a Mermaid `quadrantChart`, interest across and power up. Mermaid's
 * quadrant numbers run anticlockwise from the top right.
 */
export function stakeholderChart(grid: StakeholderGrid): string {
    return [
        // Mermaid writes a point's label from 5 px below its centre, over the 5 px dot: move it clear.
        '%%{init: {"quadrantChart": {"pointTextPadding": 10}}}%%',
        'quadrantChart',
        '    x-axis Low interest --> High interest',
        '    y-axis Low power --> High power',
        `    quadrant-1 ${QUADRANT_TITLES['manage-closely']}`,
        `    quadrant-2 ${QUADRANT_TITLES['keep-satisfied']}`,
        `    quadrant-3 ${QUADRANT_TITLES.monitor}`,
        `    quadrant-4 ${QUADRANT_TITLES['keep-informed']}`,
        ...grid.points.map(point => `    "${quadrantLabel(point.title ?? point.id)}": [${point.x}, ${point.y}]`),
    ].join('\n');
}

/**
 * A point's label. The quadrant chart neither decodes Mermaid's entities nor keeps markup
 * characters as written (its sanitiser drops or double-escapes them), so anything beyond words and
 * plain punctuation is replaced: the full name is in the table beside the chart.
 */
export function quadrantLabel(text: string): string {
    return text.replace(/&/g, 'and').replace(/[^\p{L}\p{N} .,'()/-]+/gu, ' ').replace(/\s+/g, ' ').trim() || '?';
}
