/// <reference lib="dom" />
// A tab whose chart the preview draws itself in SVG at the width of the pane (the Budget tab's
// S-curve, the Risk analysis tab's histogram), with HTML above and beneath it. The chart follows
// the pane: it is drawn again when the pane's width changes, at once when the tab comes into view,
// and after a pause while the pane is being resized.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { ChartView } from './chart-view.js';
import type { ChartHtml } from './mermaid-tab.js';
import type { TabContent } from './tab-panel.js';
import { canvasTextWidth, type TextWidth } from './text-width.js';
import { pagePalette, type ChartPalette } from './theme/chart-palette.js';

const RESIZE_DELAY_MS = 120;
/** Narrower panes scroll sideways rather than squeeze the dates together. */
const MIN_WIDTH = 320;

export interface ChartLook {
    readonly width: number;
    readonly palette: ChartPalette;
    readonly textWidth: TextWidth;
    /** Given for the standalone SVG an export writes: its title. */
    readonly standaloneTitle?: string;
}

/** What one such tab draws, from the model. */
export interface PaneWidthChart<Data> {
    /** The chart's data, or undefined when the model has none to draw. */
    dataOf(model: PreviewModel): Data | undefined;
    svg(data: Data, look: ChartLook): SVGSVGElement;
    /** The standalone SVG's title, for the plan called `title`. */
    standaloneTitle(title: string, data: Data): string;
    emptyMessage(model: PreviewModel): string;
    html(model: PreviewModel, palette: ChartPalette): ChartHtml | undefined;
}

export class PaneWidthChartTab<Data> implements TabContent {
    /** The model on show, for redrawing at a new width. */
    private model: PreviewModel | undefined;
    private observedWidth = 0;
    private resizeTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(readonly panel: ChartView, private readonly chart: PaneWidthChart<Data>) {
        new ResizeObserver(() => this.resized()).observe(panel.element);
    }

    async draw(model: PreviewModel): Promise<boolean> {
        this.model = model;
        // Read on every draw: the preview draws again when the theme changes.
        const palette = pagePalette();
        if (!this.drawChart(model, palette)) {
            this.panel.clearChart();
            this.panel.setMessage(this.chart.emptyMessage(model));
        }
        this.panel.setStale(false);
        const html = this.chart.html(model, palette);
        if (html === undefined) {
            this.panel.clearHtml();
        } else if (this.panel.htmlKey !== html.key) {
            this.panel.showHtml(html.key, html.header ?? [], html.details ?? []);
        }
        return true;
    }

    /** Draws the model's chart at the pane's width, unless that is what is on show; false when it has none. */
    private drawChart(model: PreviewModel, palette: ChartPalette): boolean {
        const data = this.chart.dataOf(model);
        if (!data) {
            return false;
        }
        const width = Math.max(MIN_WIDTH, Math.floor(this.panel.roomForChart()));
        const key = JSON.stringify({ width, palette, data });
        if (this.panel.renderedKey !== key) {
            const look = { width, palette, textWidth: canvasTextWidth };
            const title = model.project?.title ?? model.project?.id ?? 'Plan';
            this.panel.showDrawn(this.chart.svg(data, look), key,
                () => this.chart.svg(data, { ...look, standaloneTitle: this.chart.standaloneTitle(title, data) }));
        }
        return true;
    }

    private resized(): void {
        const width = this.panel.element.clientWidth;
        const cameIntoView = this.observedWidth === 0;
        this.observedWidth = width;
        clearTimeout(this.resizeTimer);
        if (width === 0 || !this.model || !this.panel.hasChart()) {
            return;
        }
        const model = this.model;
        // In the frame it appears in, before it is painted at the width it was drawn for while hidden.
        if (cameIntoView) {
            this.drawChart(model, pagePalette());
        } else {
            this.resizeTimer = setTimeout(() => this.model === model && this.drawChart(model, pagePalette()), RESIZE_DELAY_MS);
        }
    }
}
