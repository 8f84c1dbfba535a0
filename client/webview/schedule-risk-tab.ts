/// <reference lib="dom" />
// The Risk analysis tab: the histogram of the project's finish (finish-histogram.ts), drawn at the
// pane's width, with its legend above and the figures and tornado beneath (schedule-risk-html.ts).
// Like the Budget tab's S-curve it follows the pane: drawn again when the width changes, at once
// when the tab comes into view, after a pause while it is resized.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { ChartView } from './chart-view.js';
import type { FinishHistogramData } from './finish-histogram-layout.js';
import { finishHistogramSvg } from './finish-histogram.js';
import { deadlineOf, scheduleRiskEmptyMessage, scheduleRiskHtml } from './schedule-risk-html.js';
import type { TabContent } from './tab-panel.js';
import { canvasTextWidth } from './text-width.js';
import { pagePalette, type ChartPalette } from './theme/chart-palette.js';

const RESIZE_DELAY_MS = 120;
const MIN_WIDTH = 320;

export class ScheduleRiskTab implements TabContent {
    private model: PreviewModel | undefined;
    private observedWidth = 0;
    private resizeTimer: ReturnType<typeof setTimeout> | undefined;

    constructor(readonly panel: ChartView) {
        new ResizeObserver(() => this.resized()).observe(panel.element);
    }

    async draw(model: PreviewModel): Promise<boolean> {
        this.model = model;
        const palette = pagePalette();
        if (!this.drawChart(model, palette)) {
            this.panel.clearChart();
            this.panel.setMessage(scheduleRiskEmptyMessage(model));
        }
        this.panel.setStale(false);
        const html = scheduleRiskHtml(model, palette);
        if (html === undefined) {
            this.panel.clearHtml();
        } else if (this.panel.htmlKey !== html.key) {
            this.panel.showHtml(html.key, html.header ?? [], html.details ?? []);
        }
        return true;
    }

    private drawChart(model: PreviewModel, palette: ChartPalette): boolean {
        const data = histogramOf(model);
        if (!data) {
            return false;
        }
        const width = Math.max(MIN_WIDTH, Math.floor(this.panel.roomForChart()));
        const key = JSON.stringify({ width, palette, data });
        if (this.panel.renderedKey !== key) {
            const look = { width, palette, textWidth: canvasTextWidth };
            const title = model.project?.title ?? model.project?.id ?? 'Plan';
            this.panel.showDrawn(finishHistogramSvg(data, look), key,
                () => finishHistogramSvg(data, { ...look, standaloneTitle: `${title}: finish date, ${data.iterations.toLocaleString('en-GB')} iterations` }));
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
        if (cameIntoView) {
            this.drawChart(model, pagePalette());
        } else {
            this.resizeTimer = setTimeout(() => this.model === model && this.drawChart(model, pagePalette()), RESIZE_DELAY_MS);
        }
    }
}

function histogramOf(model: PreviewModel): FinishHistogramData | undefined {
    const view = model.scheduleRisk;
    return view?.histogram && view.finish && view.iterations !== undefined && view.histogram.bins.length > 0
        ? { histogram: view.histogram, iterations: view.iterations, p80: view.finish.p80, deadline: deadlineOf(view) }
        : undefined;
}
