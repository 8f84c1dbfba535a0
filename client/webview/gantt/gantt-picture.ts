/// <reference lib="dom" />
// The Gantt chart as Proj draws it, the same in the preview, the exported HTML pages and the
// exported SVG: Mermaid draws the bars on the computed dates, and Proj adds what Mermaid's gantt
// lacks, from the schedule: dependency arrows, progress, a task table whose rows line up with the
// bars, a time scale whose labels never overlap, one colour scheme, and a legend (gantt-legend.ts).
// Laid out as frozen panes: the scale stays at the top and the table at the left while the chart
// scrolls (media/charts.css).
import type { GanttLink } from '../../../language/src/engine/gantt-rows.js';
import type { GanttView } from '../../../language/src/preview/preview-protocol.js';
import { element } from '../dom.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { textMeasure } from '../text-width.js';
import { labelText, placeLabels, type LabelSide } from './bar-labels.js';
import { drawLinks } from './gantt-links.js';
import { fitScale, ganttLayout, rowMetrics, sizedGanttText, timeSpan, type GanttLayout, type GanttScale } from './gantt-layout.js';
import { markGantt } from './gantt-marks.js';
import { GanttTableBody, tableHeader, tablePlan, type TablePlan } from './gantt-table.js';
import type { BarBox } from './link-routes.js';
import { scaleHeight, SCALE_FONT_SIZE, timeScaleSvg } from './time-scale-svg.js';
import { timeScale, type TimeScale } from './time-scale.js';

export interface GanttPictureInput {
    readonly gantt: GanttView;
    readonly status?: string;
}

export interface GanttPictureOptions {
    /** The room the picture has: the table takes part of the width, the chart the rest. */
    readonly pane: { readonly width: number; readonly height: number };
    /** The scale to draw at; fitted to the pane when absent. */
    readonly scale?: GanttScale;
    readonly palette: ChartPalette;
    readonly showTable?: boolean;
    readonly onFold?: (phase: string, folded: boolean) => void;
    /** Where the view will be scrolled down to when the picture is shown, so that the right rows are made first. */
    readonly scrollTop?: number;
    /** Mermaid's rendering of a text: the preview's renderer, or the page's. */
    readonly render: (text: string) => Promise<{ readonly id: string; readonly svg: string }>;
}

export interface GanttPicture {
    readonly element: HTMLElement;
    readonly chart: SVGSVGElement;
    readonly svgId: string;
    readonly layout: GanttLayout;
    readonly timeScale: TimeScale;
    readonly table: TablePlan | undefined;
    readonly boxes: ReadonlyMap<string, BarBox>;
    readonly sides: readonly LabelSide[];
    readonly input: GanttPictureInput;
    readonly palette: ChartPalette;
    /**
     * Keeps the table's rows made for what `scroller` (the element the picture scrolls in) shows, as
     * it scrolls; returns what stops it.
     */
    follow(scroller: HTMLElement): () => void;
    /** The arrow under the pointer (within a few pixels), by the page's coordinates. */
    linkAt(clientX: number, clientY: number): { readonly link: GanttLink; readonly path: SVGPathElement } | undefined;
    /** The panes the picture is drawn in, for the next drawing to draw into (`drawGanttPicture`'s `into`). */
    readonly frame: PictureFrame;
}

/** The elements of a drawn picture that the next drawing of the same plan can keep. */
interface PictureFrame {
    /** The height of the time scale, which the table's header matches. */
    readonly headHeight: number;
    readonly scale: HTMLElement;
    readonly chartPane: HTMLElement;
    readonly body: GanttTableBody | undefined;
}

/** The table never takes more than this share of the pane, so that the chart keeps the most room. */
const TABLE_SHARE = 0.42;
const SCROLLBAR = 14;

export type PicturePlan = ReturnType<typeof planPicture>;

/** Where everything goes, before Mermaid draws: fitted to the pane, or at the given scale. */
export function planPicture(input: GanttPictureInput, options: Pick<GanttPictureOptions, 'pane' | 'scale' | 'palette' | 'showTable'>) {
    const { gantt, status } = input;
    const span = timeSpan(gantt, status);
    const rows = gantt.rows.length;
    const scaleMeasure = textMeasure(SCALE_FONT_SIZE, options.palette.fontFamily);
    const headerHeight = 2 * 20;
    const firstScale = options.scale ?? fitScale(span, rows, { width: options.pane.width, height: options.pane.height - headerHeight - SCROLLBAR }, 8);
    const { fontSize } = rowMetrics(firstScale.rowHeight);
    const measure = textMeasure(fontSize, options.palette.fontFamily);
    const table = options.showTable === false ? undefined : tablePlan(gantt.rows, Math.max(170, options.pane.width * TABLE_SHARE), measure);
    const chartWidth = Math.max(160, options.pane.width - (table?.width ?? 0) - SCROLLBAR);
    const widths = gantt.rows.map(row => measure(labelText(row)));
    let scale = options.scale ?? fitScale(span, rows, { width: chartWidth, height: options.pane.height - headerHeight - SCROLLBAR }, 8);
    let layout = ganttLayout(span, rows, scale, 8);
    let labels = placeLabels(gantt.rows, layout, widths);
    // The labels' room on the right takes from the dates' when fitting: settle it in a few rounds.
    for (let round = 0; round < 3 && !options.scale; round++) {
        scale = fitScale(span, rows, { width: chartWidth, height: options.pane.height - headerHeight - SCROLLBAR }, labels.rightPadding);
        layout = ganttLayout(span, rows, scale, labels.rightPadding);
        labels = placeLabels(gantt.rows, layout, widths);
    }
    layout = ganttLayout(span, rows, scale, labels.rightPadding);
    return { layout, sides: labels.sides, labelWidths: widths, table, timeScale: timeScale(layout, scaleMeasure) };
}

/**
 * Draws the picture (to `plan`, where the caller has planned it already): Mermaid first, then
 * Proj's marks on it and the panes around it. Given the picture on show (`into`), it draws into
 * that picture's panes where their sizes allow: the table keeps the rows an edit did not change,
 * so that the page lays out only what changed.
 */
export async function drawGanttPicture(input: GanttPictureInput, options: GanttPictureOptions, plan = planPicture(input, options), into?: GanttPicture): Promise<GanttPicture> {
    const { layout, sides, labelWidths, table, timeScale: scale } = plan;
    const rendered = await options.render(sizedGanttText(input.gantt.mermaid, layout, scale.tickInterval));

    const chartPane = element('div', { class: 'proj-gantt-chart' });
    // The SVG comes from mermaid.render under securityLevel 'strict', which sanitises it (DOMPurify).
    chartPane.innerHTML = rendered.svg;
    const chart = chartPane.querySelector('svg')!;
    chart.classList.add('proj-chart');
    const marked = markGantt(chart, rendered.id, input.gantt.rows, layout, { sides, widths: labelWidths }, options.palette);
    const links = marked.barLayer && drawLinks(input.gantt.links, marked.boxes, marked.labels, layout, options.palette, marked.barLayer);

    const scaleSvg = timeScaleSvg(scale, layout, options.palette, input.status);
    const tableOptions = { rowHeight: layout.rowHeight, fontSize: layout.fontSize, palette: options.palette, onFold: options.onFold };
    const headHeight = scaleHeight(scale);
    const kept = into && table && into.frame.headHeight === headHeight && into.frame.body?.fits(table, tableOptions) ? into : undefined;
    let root: HTMLElement;
    let frame: PictureFrame;
    if (kept) {
        root = kept.element;
        kept.frame.body!.update(input.gantt.rows, tableOptions);
        kept.frame.scale.replaceChildren(scaleSvg);
        kept.frame.chartPane.replaceWith(chartPane);
        frame = { ...kept.frame, chartPane };
    } else {
        const corner = element('div', { class: 'proj-gantt-corner' });
        const side = element('div', { class: 'proj-gantt-side' });
        const body = table && new GanttTableBody(input.gantt.rows, table, tableOptions);
        if (table && body) {
            corner.append(tableHeader(table, headHeight, layout.fontSize));
            side.append(body.element);
        }
        const scaleHost = element('div', { class: 'proj-gantt-scale' }, scaleSvg);
        root = element('div', { class: 'proj-gantt' },
            element('div', { class: 'proj-gantt-head' }, corner, scaleHost),
            element('div', { class: 'proj-gantt-body' }, side, chartPane));
        frame = { headHeight, scale: scaleHost, chartPane, body };
    }
    frame.body?.show(options.scrollTop ?? 0, (options.scrollTop ?? 0) + options.pane.height);
    root.dataset.unit = scale.unit;
    // The layout, for tests and the benchmark to read what was asked of Mermaid.
    root.dataset.layout = JSON.stringify(layout);
    root.dataset.tickInterval = scale.tickInterval;
    root.style.setProperty('--proj-gantt-background', options.palette.background);
    root.style.setProperty('--proj-gantt-band', options.palette.band);
    const body = frame.body;
    return {
        element: root, chart, svgId: rendered.id, layout, timeScale: scale, table, boxes: marked.boxes, sides, input, palette: options.palette, frame,
        follow: scroller => body ? followScroll(scroller, body) : () => undefined,
        linkAt: (clientX, clientY) => {
            const matrix = chart.getScreenCTM()?.inverse();
            if (!links || !matrix) {
                return undefined;
            }
            const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
            return links.linkAt([point.x, point.y]);
        },
    };
}

function followScroll(scroller: HTMLElement, body: GanttTableBody): () => void {
    let frame = 0;
    const update = () => {
        frame = 0;
        const offset = scroller.getBoundingClientRect().top - body.element.getBoundingClientRect().top;
        body.show(offset, offset + scroller.clientHeight);
    };
    const scrolled = () => {
        frame ||= requestAnimationFrame(update);
    };
    scroller.addEventListener('scroll', scrolled, { passive: true });
    update();
    return () => {
        scroller.removeEventListener('scroll', scrolled);
        cancelAnimationFrame(frame);
    };
}
