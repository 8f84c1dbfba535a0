/// <reference lib="dom" />
// A scrollable view of several charts stacked one above another, each in a figure of its own with
// HTML about it (a heading above, a panel below), as the Resources tab shows a histogram per
// resource. Like a chart's view (chart-view.ts) it zooms the charts about the middle of the view,
// fits them, keeps its place, and exports: one standalone SVG that the tab draws of them all.
// The tab scrolls down through the figures, so Fit fits their width only.
import { ChartPanel, clampZoom, type ViewPlace } from './chart-panel.js';
import { naturalSize, svgDocument } from './chart-view.js';
import { element } from './dom.js';

/** The largest zoom a fit chooses. */
const FIT_MAX = 2;

export class ChartStackView extends ChartPanel {
    private readonly stack: HTMLElement;
    private charts: Array<{ readonly svg: SVGSVGElement; readonly natural: { width: number; height: number } }> = [];
    private standalone: (() => SVGSVGElement) | undefined;
    /** What the figures on show were drawn from, so that an update that changes nothing redraws nothing. */
    renderedKey: string | undefined;

    constructor(id: string, label: string, place: Partial<ViewPlace>, onPlaceChange: (place: ViewPlace) => void) {
        const stack = element('div', { class: 'proj-chart-stack proj-dimmable' });
        super(id, label, place, onPlaceChange, stack);
        this.stack = stack;
    }

    hasChart(): boolean {
        return this.charts.length > 0;
    }

    /** The charts on show, top to bottom. */
    chartElements(): readonly SVGSVGElement[] {
        return this.charts.map(chart => chart.svg);
    }

    /**
     * Shows figures in place of those on show, at the same zoom and scroll: each holds a chart (an
     * SVG with a view box) among its HTML. `standalone` draws them all as one SVG to export.
     */
    showFigures(figures: readonly HTMLElement[], key: string, standalone: () => SVGSVGElement): void {
        this.stack.replaceChildren(...figures);
        this.charts = figures.flatMap(figure => {
            const svg = figure.querySelector('svg');
            return svg ? [{ svg, natural: naturalSize(svg) }] : [];
        });
        for (const { svg } of this.charts) {
            svg.classList.add('proj-chart');
        }
        this.standalone = standalone;
        this.renderedKey = key;
        this.applyZoom();
        this.restoreScroll();
        this.setMessage(undefined);
    }

    clearChart(): void {
        this.stack.replaceChildren();
        this.charts = [];
        this.standalone = undefined;
        this.renderedKey = undefined;
    }

    /** The charts as wide as the view: they are drawn at its width, so back to 100% unless the view narrowed since. */
    fit(): void {
        if (!this.hasChart() || this.element.hidden) {
            return;
        }
        const widest = Math.max(...this.charts.map(chart => chart.natural.width));
        this.zoomLevel = clampZoom(Math.min(FIT_MAX, Math.max(1, this.roomForChart()) / widest));
        this.applyZoom();
        this.element.scrollLeft = 0;
        this.scroll = { left: 0, top: this.element.scrollTop };
        this.onPlaceChange(this.place());
    }

    /** Every chart as one standalone SVG document, without the preview's additions. */
    exportSvg(): string | undefined {
        if (!this.hasChart() || !this.standalone) {
            return undefined;
        }
        const copy = this.standalone();
        return svgDocument(copy, naturalSize(copy));
    }

    protected applyZoom(): void {
        for (const { svg, natural } of this.charts) {
            svg.setAttribute('width', String(Math.round(natural.width * this.zoomLevel)));
            svg.setAttribute('height', String(Math.round(natural.height * this.zoomLevel)));
        }
    }
}
