/// <reference lib="dom" />
// A scrollable view of several charts stacked one above another, each in a figure of its own with
// HTML about it (a heading above, a panel below), as the Resources tab shows a histogram per
// resource. Like a chart's view (chart-view.ts) it zooms the charts about the middle of the view,
// fits them, keeps its place, and exports: one standalone SVG that the tab draws of them all.
// The tab scrolls down through the figures, so Fit fits their width only.
import { clampZoom, naturalSize, roomInside, svgDocument, type ViewPlace } from './chart-view.js';
import { element } from './dom.js';
import { ScrollingPanel } from './scrolling-panel.js';

/** The largest zoom a fit chooses. */
const FIT_MAX = 2;

export class ChartStackView extends ScrollingPanel {
    private readonly header: HTMLElement;
    private readonly stack: HTMLElement;
    private readonly details: HTMLElement;
    private charts: Array<{ readonly svg: SVGSVGElement; readonly natural: { width: number; height: number } }> = [];
    private standalone: (() => SVGSVGElement) | undefined;
    private zoomLevel: number;
    /** What the figures on show were drawn from, so that an update that changes nothing redraws nothing. */
    renderedKey: string | undefined;
    /** What the HTML on show was built from. */
    htmlKey: string | undefined;

    constructor(id: string, label: string, place: Partial<ViewPlace>, private readonly onPlaceChange: (place: ViewPlace) => void) {
        const header = element('div', { class: 'proj-chart-header proj-dimmable' });
        const stack = element('div', { class: 'proj-chart-stack proj-dimmable' });
        const details = element('div', { class: 'proj-chart-details proj-dimmable' });
        super(id, label, place.scroll, header, stack, details);
        this.header = header;
        this.stack = stack;
        this.details = details;
        this.zoomLevel = clampZoom(place.zoom ?? 1);
        this.element.addEventListener('wheel', event => {
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1);
            }
        }, { passive: false });
    }

    get zoom(): number {
        return this.zoomLevel;
    }

    place(): ViewPlace {
        return { zoom: this.zoomLevel, scroll: { ...this.scroll } };
    }

    hasChart(): boolean {
        return this.charts.length > 0;
    }

    hasContent(): boolean {
        return this.hasChart() || this.htmlKey !== undefined;
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

    /** The width a chart drawn to fit the view has, at 100%: the view's, less the stack's padding. */
    roomForChart(): number {
        return roomInside(this.element, this.stack);
    }

    /** The HTML that goes with the charts, above and below them, in place of the HTML on show. */
    showHtml(key: string, header: readonly Node[], details: readonly Node[]): void {
        this.header.replaceChildren(...header);
        this.details.replaceChildren(...details);
        this.htmlKey = key;
        this.restoreScroll();
    }

    clearChart(): void {
        this.stack.replaceChildren();
        this.charts = [];
        this.standalone = undefined;
        this.renderedKey = undefined;
    }

    clearHtml(): void {
        this.header.replaceChildren();
        this.details.replaceChildren();
        this.htmlKey = undefined;
    }

    clear(): void {
        this.clearChart();
        this.clearHtml();
    }

    /** Shows another plan's place, its zoom and scroll, without reporting it as a change. */
    setPlace(place: Partial<ViewPlace>): void {
        this.zoomLevel = clampZoom(place.zoom ?? 1);
        this.scroll = { left: place.scroll?.left ?? 0, top: place.scroll?.top ?? 0 };
        this.applyZoom();
        this.restoreScroll();
    }

    zoomBy(factor: number): void {
        this.setZoom(this.zoomLevel * factor);
    }

    /** Zooms about the middle of what is on screen (as near as HTML that keeps its size allows). */
    setZoom(zoom: number): void {
        const view = this.element;
        const before = this.zoomLevel;
        const middle = { x: view.scrollLeft + view.clientWidth / 2, y: view.scrollTop + view.clientHeight / 2 };
        this.zoomLevel = clampZoom(zoom);
        this.applyZoom();
        if (this.hasChart() && !view.hidden) {
            const ratio = this.zoomLevel / before;
            view.scrollLeft = middle.x * ratio - view.clientWidth / 2;
            view.scrollTop = middle.y * ratio - view.clientHeight / 2;
            this.scroll = { left: view.scrollLeft, top: view.scrollTop };
        }
        this.onPlaceChange(this.place());
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

    private applyZoom(): void {
        for (const { svg, natural } of this.charts) {
            svg.setAttribute('width', String(Math.round(natural.width * this.zoomLevel)));
            svg.setAttribute('height', String(Math.round(natural.height * this.zoomLevel)));
        }
    }

    protected scrolled(): void {
        this.onPlaceChange(this.place());
    }
}
