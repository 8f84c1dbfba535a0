/// <reference lib="dom" />
// The Budget tab: the S-curve, drawn by the preview in SVG at the width of the pane (s-curve.ts
// says why not by Mermaid), with its legend and figures (budget-view.ts). The chart follows the
// pane: it is drawn again when the pane's width changes, at once when the tab comes into view,
// and after a pause while the pane is being resized.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { budgetEmptyMessage, budgetHtml } from './budget-view.js';
import type { ChartView } from './chart-view.js';
import type { SCurveData } from './s-curve-layout.js';
import { sCurveSvg } from './s-curve.js';
import type { TabContent } from './tab-panel.js';
import { canvasTextWidth } from './text-width.js';
import { pagePalette, type ChartPalette } from './theme/chart-palette.js';

const RESIZE_DELAY_MS = 120;
/** Narrower panes scroll sideways rather than squeeze the dates together. */
const MIN_WIDTH = 320;

export class BudgetTab implements TabContent {
    /** The model on show, for redrawing at a new width. */
    private model: PreviewModel | undefined;
    private observedWidth = 0;
    private resizeTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(readonly panel: ChartView) {
        new ResizeObserver(() => this.resized()).observe(panel.element);
    }

    async draw(model: PreviewModel): Promise<boolean> {
        this.model = model;
        // Read on every draw: the preview draws again when the theme changes.
        const palette = pagePalette();
        if (!this.drawChart(model, palette)) {
            this.panel.clearChart();
            this.panel.setMessage(budgetEmptyMessage(model));
        }
        this.panel.setStale(false);
        const html = budgetHtml(model, palette);
        if (html === undefined) {
            this.panel.clearHtml();
        } else if (this.panel.htmlKey !== html.key) {
            this.panel.showHtml(html.key, html.header ?? [], html.details ?? []);
        }
        return true;
    }

    /** Draws the model's curve at the pane's width, unless that is what is on show; false when it has none. */
    private drawChart(model: PreviewModel, palette: ChartPalette): boolean {
        const data = curveOf(model);
        if (!data) {
            return false;
        }
        const width = Math.max(MIN_WIDTH, Math.floor(this.panel.roomForChart()));
        const key = JSON.stringify({ width, palette, data });
        if (this.panel.renderedKey !== key) {
            const look = { width, palette, textWidth: canvasTextWidth };
            const title = model.project?.title ?? model.project?.id ?? 'Budget';
            this.panel.showDrawn(sCurveSvg(data, look), key,
                () => sCurveSvg(data, { ...look, standaloneTitle: `${title}: budget and earned value` }));
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

function curveOf(model: PreviewModel): SCurveData | undefined {
    const budget = model.budget;
    return budget?.curve && budget.status && budget.curve.points.length > 0
        ? { points: budget.curve.points, bac: budget.curve.bac, status: budget.status, currency: budget.currency }
        : undefined;
}
