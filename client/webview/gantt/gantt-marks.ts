/// <reference lib="dom" />
// Finishes what Mermaid drew for the Gantt chart, in place: each bar in the one colour scheme
// (critical, normal, done, milestone, phase), a phase as a summary bar, progress filled inside each
// bar, a baseline bar under it where the plan has one, labels beside the bars with a halo of the
// background, zebra rows aligned with the table, days off and the status date in the palette's
// colours, and the drawing cropped to its rows (the time scale is drawn above it, and stays in view).
// Colours are written as attributes and inline styles, so that an exported SVG keeps them.
import type { GanttChartRow } from '../../../language/src/engine/mermaid/gantt-chart.js';
import { elementsById } from '../click-targets.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { setAttributes, svgElement } from '../svg.js';
import { LABEL_OFFSET, milestoneHalfWidth, type LabelSide } from './bar-labels.js';
import { dateTime, nextDay, TOP_PADDING, xOf, type GanttLayout } from './gantt-layout.js';
import type { BarBox, RowSpan } from './link-routes.js';

/** The colour that says what a row is: done work, critical work, or its kind. */
export function rowColour(row: GanttChartRow, palette: ChartPalette): string {
    if (row.progress >= 100) {
        return palette.done;
    }
    if (row.kind === 'phase') {
        return palette.phase;
    }
    if (row.critical) {
        return palette.critical;
    }
    return row.kind === 'milestone' ? palette.milestone : palette.normal;
}

/** A summary bar is this share of a bar's height, with its ends turned down. */
const PHASE_BAR_SHARE = 0.42;

function style(node: SVGElement, properties: Record<string, string>): void {
    for (const [name, value] of Object.entries(properties)) {
        node.style.setProperty(name, value);
    }
}

export interface MarkedGantt {
    /** Each row's bar as drawn, by plan id. */
    readonly boxes: ReadonlyMap<string, BarBox>;
    /** Where each label is drawn. */
    readonly labels: readonly RowSpan[];
    /** The group that holds the bars: links go just under it. */
    readonly barLayer: SVGGElement | undefined;
    /** The drawing's elements by id. */
    readonly byId: ReadonlyMap<string, Element>;
}

/** `labelWidths`: each row's label's width, as the layout measured it. */
export function markGantt(svg: SVGSVGElement, svgId: string, rows: readonly GanttChartRow[], layout: GanttLayout,
    labels: { readonly sides: readonly LabelSide[]; readonly widths: readonly number[] }, palette: ChartPalette): MarkedGantt {
    const height = rows.length * layout.rowHeight;
    setAttributes(svg, { viewBox: `0 ${layout.top} ${layout.width} ${height}`, width: layout.width, height });
    svg.style.removeProperty('max-width');
    svg.style.setProperty('background', palette.background);
    restyleBackground(svg, layout, palette);

    const byId = elementsById(svg);
    const boxes = new Map<string, BarBox>();
    const labelSpans: RowSpan[] = [];
    let barLayer: SVGGElement | undefined;
    const labelStyle = {
        'fill': palette.text, 'stroke': palette.background, 'stroke-width': '3px', 'stroke-linejoin': 'round',
        'paint-order': 'stroke', 'font-style': 'normal', 'font-weight': 'normal',
    };
    rows.forEach((row, index) => {
        const bar = byId.get(`${svgId}-${row.mermaidId}`);
        if (!(bar instanceof SVGRectElement)) {
            return;
        }
        barLayer ??= bar.parentNode instanceof SVGGElement ? bar.parentNode : undefined;
        const colour = rowColour(row, palette);
        const x = bar.x.baseVal.value;
        const width = bar.width.baseVal.value;
        const y = TOP_PADDING + index * layout.rowHeight;
        const centreY = y + layout.barHeight / 2;
        style(bar, { fill: colour, stroke: palette.outline, 'stroke-width': '1px' });
        bar.classList.add('proj-bar', `proj-bar-${row.kind}`);
        let box: BarBox;
        if (row.kind === 'milestone') {
            const centreX = x + width / 2;
            const half = milestoneHalfWidth(layout.barHeight);
            box = { row: index, left: centreX - half, right: centreX + half, top: centreY - half, bottom: centreY + half, centreX, centreY, diamond: true };
        } else if (row.kind === 'phase') {
            const thin = Math.max(4, Math.round(layout.barHeight * PHASE_BAR_SHARE));
            const top = Math.round(centreY - thin / 2);
            setAttributes(bar, { y: top, height: thin, rx: 1, ry: 1 });
            const cap = Math.min(thin, width / 2);
            const bottom = top + thin;
            const ends = svgElement('path', {
                class: 'proj-phase-ends', fill: colour,
                d: `M${x},${bottom}h${cap}l${-cap},${cap}z M${x + width},${bottom}h${-cap}l${cap},${cap}z`,
            });
            bar.after(ends);
            box = { row: index, left: x, right: x + width, top, bottom, centreX: x + width / 2, centreY: top + thin / 2 };
        } else {
            box = { row: index, left: x, right: x + width, top: y, bottom: y + layout.barHeight, centreX: x + width / 2, centreY };
        }
        if (row.kind !== 'milestone' && row.progress > 0 && row.progress < 100) {
            const geometry = row.kind === 'phase' ? { y: bar.y.baseVal.value, height: bar.height.baseVal.value } : { y, height: layout.barHeight };
            bar.after(svgElement('rect', {
                class: 'proj-progress', x, width: width * row.progress / 100, ...geometry, rx: 3, ry: 3,
                fill: palette.done, stroke: palette.outline, 'stroke-width': 1, 'pointer-events': 'none',
            }));
        }
        if (row.baseline) {
            const left = xOf(layout, dateTime(row.baseline.start));
            const right = xOf(layout, nextDay(dateTime(row.baseline.finish)));
            bar.after(svgElement('rect', {
                class: 'proj-baseline', x: left, width: Math.max(2, right - left), y: y + layout.barHeight + 1, height: 3,
                fill: palette.baseline, 'pointer-events': 'none',
            }));
        }
        const right = labels.sides[index] !== 'left';
        boxes.set(row.id, { ...box, labelSide: right ? 'right' : 'left' });

        const label = byId.get(`${svgId}-${row.mermaidId}-text`);
        if (label instanceof SVGTextElement) {
            const x = right ? box.right + LABEL_OFFSET : box.left - LABEL_OFFSET;
            labelSpans.push({ row: index, left: right ? x : x - labels.widths[index], right: right ? x + labels.widths[index] : x });
            setAttributes(label, { x, y: centreY });
            style(label, { ...labelStyle, 'text-anchor': right ? 'start' : 'end', 'dominant-baseline': 'central' });
            label.removeAttribute('dy');
        }
    });
    return { boxes, labels: labelSpans, barLayer, byId };
}

/** Rows, days off, the grid and the status date in the palette; what the picture draws itself, taken out. */
function restyleBackground(svg: SVGSVGElement, layout: GanttLayout, palette: ChartPalette): void {
    // Mermaid bands each section; the picture bands alternate rows, as its table does.
    for (const band of svg.querySelectorAll<SVGRectElement>('rect.section')) {
        const row = Math.round((band.y.baseVal.value - TOP_PADDING + 2) / layout.rowHeight);
        setAttributes(band, { y: layout.top + row * layout.rowHeight, height: layout.rowHeight, width: layout.width });
        style(band, { fill: row % 2 === 1 ? palette.band : palette.background, opacity: '1', stroke: 'none' });
    }
    for (const title of svg.querySelectorAll('text.sectionTitle')) {
        title.remove();
    }
    // Below a few pixels a day, shaded weekends are only a texture.
    const showDaysOff = layout.pxPerDay >= 3;
    for (const dayOff of svg.querySelectorAll<SVGRectElement>('rect.exclude-range')) {
        style(dayOff, { fill: palette.dayOff, display: showDaysOff ? 'inline' : 'none' });
    }
    for (const grid of svg.querySelectorAll('g.grid')) {
        for (const text of grid.querySelectorAll('text')) {
            text.remove();
        }
        grid.querySelector('path.domain')?.remove();
        for (const line of grid.querySelectorAll<SVGLineElement>('line')) {
            style(line, { stroke: palette.grid, opacity: '1' });
        }
    }
    for (const status of svg.querySelectorAll<SVGRectElement>('rect.vert')) {
        const x = status.x.baseVal.value + status.width.baseVal.value / 2;
        setAttributes(status, { x: x - 1, width: 2, y: layout.top, height: layout.rows * layout.rowHeight });
        style(status, { fill: palette.status, stroke: 'none', opacity: '1' });
        status.classList.add('proj-status-line');
    }
    for (const label of svg.querySelectorAll('text.vertText')) {
        label.remove();
    }
}
