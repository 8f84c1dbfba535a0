/// <reference lib="dom" />
// The Gantt picture as one standalone SVG document (the preview's Export SVG, and `proj export
// --format svg --chart gantt`): the legend, the table written as SVG text, the time scale and
// Mermaid's chart with Proj's marks, each bar with its tooltip as a <title>, on the background of
// the theme it was drawn in. Nothing interactive is kept.
import { elementsById, setAttributes, svgElement } from '../svg.js';
import { textMeasure } from '../text-width.js';
import { legendEntries, legendSvg } from './gantt-legend.js';
import type { GanttPicture } from './gantt-picture.js';
import { cellText, COLUMNS, INDENT } from './gantt-table.js';
import { rowTooltip } from './gantt-tooltip.js';
import { scaleHeight } from './time-scale-svg.js';

const MARGIN = 12;
const INTERACTIVE = ['data-proj-id', 'tabindex', 'role', 'aria-label', 'data-link', 'data-from', 'data-to', 'data-type'];

export function ganttStandaloneSvg(picture: GanttPicture): string {
    const { layout, palette, table, input } = picture;
    const rows = input.gantt.rows;
    const tableWidth = table?.width ?? 0;
    const headHeight = scaleHeight(picture.timeScale);
    const bodyHeight = rows.length * layout.rowHeight;
    const width = tableWidth + layout.width;
    const legend = legendSvg(legendEntries(input.gantt, input.status, palette), palette, width, textMeasure(12, palette.fontFamily));
    const top = legend.height + MARGIN;
    const document = svgElement('svg', {
        'xmlns': 'http://www.w3.org/2000/svg', 'width': width + 2 * MARGIN, 'height': top + headHeight + bodyHeight + 2 * MARGIN,
        'viewBox': `0 0 ${width + 2 * MARGIN} ${top + headHeight + bodyHeight + 2 * MARGIN}`, 'font-family': palette.fontFamily,
    });
    document.append(svgElement('rect', { x: 0, y: 0, width: '100%', height: '100%', fill: palette.background }));
    legend.group.setAttribute('transform', `translate(${MARGIN},${MARGIN})`);
    document.append(legend.group);

    const body = svgElement('g', { transform: `translate(${MARGIN},${MARGIN + top})` });
    document.append(body);
    if (table) {
        body.append(tableSvg(picture, headHeight));
    }
    const scale = picture.element.querySelector('.proj-time-scale')?.cloneNode(true) as SVGSVGElement | undefined;
    if (scale) {
        setAttributes(scale, { x: tableWidth, y: 0 });
        body.append(scale);
    }
    const chart = picture.chart.cloneNode(true) as SVGSVGElement;
    setAttributes(chart, { x: tableWidth, y: headHeight });
    chart.classList.remove('proj-chart');
    for (const attribute of INTERACTIVE) {
        for (const node of chart.querySelectorAll(`[${attribute}]`)) {
            node.removeAttribute(attribute);
        }
    }
    for (const node of chart.querySelectorAll('.proj-target')) {
        node.classList.remove('proj-target');
    }
    // The tooltips, for viewers that show an SVG's titles.
    const titles = new Map(rows.map(row => [row.id, row.title]));
    const byId = elementsById(chart);
    for (const row of rows) {
        const bar = byId.get(`${picture.svgId}-${row.mermaidId}`);
        bar?.append(svgElement('title', {}, rowTooltip(row, titles, input.gantt.baseline).join('\n')));
    }
    body.append(chart);
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(document)}\n`;
}

/** The table as SVG text, clipped to its columns as the HTML table ellipsises. */
function tableSvg(picture: GanttPicture, headHeight: number): SVGGElement {
    const { layout, palette, table, input, svgId } = picture;
    const group = svgElement('g', { 'class': 'proj-table', 'font-size': layout.fontSize, 'fill': palette.text });
    const defs = svgElement('defs');
    group.append(defs);
    const rows = input.gantt.rows;
    const height = headHeight + rows.length * layout.rowHeight;
    rows.forEach((_row, index) => {
        if (index % 2 === 1) {
            group.append(svgElement('rect', { x: 0, y: headHeight + index * layout.rowHeight, width: table!.width, height: layout.rowHeight, fill: palette.band }));
        }
    });
    let x = 0;
    for (const column of table!.columns) {
        const spec = COLUMNS.find(candidate => candidate.key === column.key)!;
        const clipId = `${svgId}-column-${column.key}`;
        defs.append(svgElement('clipPath', { id: clipId }, svgElement('rect', { x: x + 2, y: 0, width: column.width - 4, height })));
        const cells = svgElement('g', { 'clip-path': `url(#${clipId})` });
        const anchor = spec.numeric ? 'end' : 'start';
        const textX = (indent = 0) => spec.numeric ? x + column.width - 6 : x + 6 + indent;
        cells.append(svgElement('text', { 'x': textX(), 'y': headHeight - 6, 'text-anchor': anchor, 'font-weight': 600 }, spec.header));
        rows.forEach((row, index) => {
            const text = cellText(row, column.key, table!.dateFormat);
            cells.append(svgElement('text', {
                'x': textX(column.key === 'name' ? row.depth * INDENT : 0), 'y': headHeight + (index + 0.5) * layout.rowHeight,
                'dominant-baseline': 'central', 'text-anchor': anchor,
                'font-weight': column.key === 'name' && row.kind === 'phase' ? 600 : undefined,
                // Work of another plan reads apart, as in the preview's table (media/charts.css).
                'font-style': row.elsewhere ? 'italic' : undefined,
                'fill': column.key === 'float' && row.totalFloat < 0 ? palette.critical : row.elsewhere ? palette.muted : undefined,
            }, text));
        });
        group.append(cells);
        x += column.width;
    }
    group.append(svgElement('line', { x1: 0, x2: table!.width, y1: headHeight - 0.5, y2: headHeight - 0.5, stroke: palette.muted }));
    group.append(svgElement('line', { x1: table!.width - 0.5, x2: table!.width - 0.5, y1: 0, y2: height, stroke: palette.muted }));
    return group;
}
