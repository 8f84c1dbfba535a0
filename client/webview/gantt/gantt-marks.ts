/// <reference lib="dom" />
/// <reference lib="dom.iterable" />
// Finishes what Mermaid drew for the Gantt chart, in place: each bar in the one colour scheme
// (critical, normal, done, milestone, phase), a phase as a summary bar, progress filled inside each
// bar, a baseline bar under it where the plan has one, labels beside the bars with a halo of the
// background, zebra rows aligned with the table, days off and the status date in the palette's
// colours, and the drawing cropped to its rows (the time scale is drawn above it, and stays in view).
// The colours go into one stylesheet in the SVG, scoped to it and written after Mermaid's so that
// they win, and each mark gets a class: an exported SVG keeps them, and a thousand bars restyle
// as cheaply as one (the browser shares the style of elements with the same classes).
import type { GanttChartRow } from '../../../language/src/engine/mermaid/gantt-chart.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { elementsById, setAttributes, svgElement } from '../svg.js';
import { LABEL_OFFSET, milestoneHalfWidth, type LabelSide } from './bar-labels.js';
import { dateTime, nextDay, TOP_PADDING, xOf, type GanttLayout } from './gantt-layout.js';
import type { BarBox, RowSpan } from './link-routes.js';

/** What a row's colour says: done work, critical work, or its kind. */
export type RowColour = 'done' | 'phase' | 'critical' | 'milestone' | 'normal' | 'elsewhere';

export function rowColourKind(row: GanttChartRow): RowColour {
    if (row.elsewhere) {
        return 'elsewhere';
    }
    if (row.progress >= 100) {
        return 'done';
    }
    if (row.kind === 'phase') {
        return 'phase';
    }
    if (row.critical) {
        return 'critical';
    }
    return row.kind === 'milestone' ? 'milestone' : 'normal';
}

/** The colour that says what a row is: done work, critical work, or its kind. */
export function rowColour(row: GanttChartRow, palette: ChartPalette): string {
    return palette[rowColourKind(row)];
}

/** A summary bar is this share of a bar's height, with its ends turned down. */
const PHASE_BAR_SHARE = 0.42;

/** The picture's rules for one drawing, every selector under its id (and so above Mermaid's own). */
function ganttStyle(svgId: string, layout: GanttLayout, palette: ChartPalette): string {
    const scope = `#${svgId}`;
    const fills = (['done', 'phase', 'critical', 'milestone', 'normal'] as const)
        .map(kind => `${scope} rect.proj-fill-${kind}, ${scope} path.proj-fill-${kind} { fill: ${palette[kind]}; }`);
    return [
        `${scope} rect.proj-bar { stroke: ${palette.outline}; stroke-width: 1px; }`,
        ...fills,
        // Work of another plan: hollow, with a dashed outline, as it is not this plan's to move.
        `${scope} rect.proj-fill-elsewhere, ${scope} path.proj-fill-elsewhere { fill: ${palette.background}; stroke: ${palette.elsewhere}; stroke-width: 1.5px; stroke-dasharray: 4 3; }`,
        `${scope} text.proj-label { fill: ${palette.text}; stroke: ${palette.background}; stroke-width: 3px; stroke-linejoin: round; paint-order: stroke;`
            + ' font-style: normal; font-weight: normal; dominant-baseline: central; }',
        `${scope} text.proj-label-right { text-anchor: start; }`,
        `${scope} text.proj-label-left { text-anchor: end; }`,
        `${scope} rect.section { fill: ${palette.background}; opacity: 1; stroke: none; }`,
        `${scope} rect.section.proj-band { fill: ${palette.band}; }`,
        // Below a few pixels a day, shaded weekends are only a texture.
        `${scope} rect.exclude-range { fill: ${palette.dayOff};${layout.pxPerDay < 3 ? ' display: none;' : ''} }`,
        `${scope} g.grid line { stroke: ${palette.grid}; opacity: 1; }`,
        `${scope} rect.vert { fill: ${palette.status}; stroke: none; opacity: 1; }`,
    ].join('\n');
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

/** `labels`: each row's label's side and width, as the layout measured it. */
export function markGantt(svg: SVGSVGElement, svgId: string, rows: readonly GanttChartRow[], layout: GanttLayout,
    labels: { readonly sides: readonly LabelSide[]; readonly widths: readonly number[] }, palette: ChartPalette): MarkedGantt {
    const height = rows.length * layout.rowHeight;
    setAttributes(svg, { viewBox: `0 ${layout.top} ${layout.width} ${height}`, width: layout.width, height, style: `background: ${palette.background}` });
    svg.append(svgElement('style', {}, ganttStyle(svgId, layout, palette)));
    restyleBackground(svg, layout);

    const byId = elementsById(svg);
    const boxes = new Map<string, BarBox>();
    const labelSpans: RowSpan[] = [];
    let barLayer: SVGGElement | undefined;
    rows.forEach((row, index) => {
        const bar = byId.get(`${svgId}-${row.mermaidId}`);
        if (!(bar instanceof SVGRectElement)) {
            return;
        }
        barLayer ??= bar.parentNode instanceof SVGGElement ? bar.parentNode : undefined;
        const fill = `proj-fill-${rowColourKind(row)}`;
        const x = bar.x.baseVal.value;
        const width = bar.width.baseVal.value;
        const y = TOP_PADDING + index * layout.rowHeight;
        const centreY = y + layout.barHeight / 2;
        // A click on the bar or its label reveals the item (click-targets.ts); the table's rows are
        // the keyboard's way in, so that a thousand bars are not a thousand tab stops.
        bar.setAttribute('class', `${bar.getAttribute('class')} proj-bar proj-bar-${row.kind} ${fill} proj-target`);
        bar.setAttribute('data-proj-id', row.id);
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
            bar.after(svgElement('path', {
                class: `proj-phase-ends ${fill}`,
                d: `M${x},${bottom}h${cap}l${-cap},${cap}z M${x + width},${bottom}h${-cap}l${cap},${cap}z`,
            }));
            box = { row: index, left: x, right: x + width, top, bottom, centreX: x + width / 2, centreY: top + thin / 2 };
        } else {
            box = { row: index, left: x, right: x + width, top: y, bottom: y + layout.barHeight, centreX: x + width / 2, centreY };
        }
        if (row.kind !== 'milestone' && row.progress > 0 && row.progress < 100 && !row.elsewhere) {
            const geometry = row.kind === 'phase' ? { y: bar.y.baseVal.value, height: bar.height.baseVal.value } : { y, height: layout.barHeight };
            bar.after(svgElement('rect', {
                class: 'proj-progress proj-fill-done', x, width: width * row.progress / 100, ...geometry, rx: 3, ry: 3,
                stroke: palette.outline, 'stroke-width': 1, 'pointer-events': 'none',
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
            const labelX = right ? box.right + LABEL_OFFSET : box.left - LABEL_OFFSET;
            labelSpans.push({ row: index, left: right ? labelX : labelX - labels.widths[index], right: right ? labelX + labels.widths[index] : labelX });
            setAttributes(label, { 'x': labelX, 'y': centreY, 'class': `${label.getAttribute('class')} proj-label proj-label-${right ? 'right' : 'left'} proj-target`, 'data-proj-id': row.id });
            label.removeAttribute('dy');
        }
    });
    return { boxes, labels: labelSpans, barLayer, byId };
}

/** Rows banded as the table is, the status date as a line through the rows; what the picture draws itself, taken out. */
function restyleBackground(svg: SVGSVGElement, layout: GanttLayout): void {
    // Mermaid bands each section; the picture bands alternate rows, as its table does.
    for (const band of svg.querySelectorAll<SVGRectElement>('rect.section')) {
        const row = Math.round((band.y.baseVal.value - TOP_PADDING + 2) / layout.rowHeight);
        setAttributes(band, { y: layout.top + row * layout.rowHeight, height: layout.rowHeight, width: layout.width });
        if (row % 2 === 1) {
            band.classList.add('proj-band');
        }
    }
    for (const removed of svg.querySelectorAll('text.sectionTitle, text.vertText, g.grid text, g.grid path.domain')) {
        removed.remove();
    }
    for (const status of svg.querySelectorAll<SVGRectElement>('rect.vert')) {
        const x = status.x.baseVal.value + status.width.baseVal.value / 2;
        setAttributes(status, { x: x - 1, width: 2, y: layout.top, height: layout.rows * layout.rowHeight });
        status.classList.add('proj-status-line');
    }
}
