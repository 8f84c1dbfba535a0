/// <reference lib="dom" />
// One chart's scrollable view: places a rendered SVG (Mermaid's, or one the preview drew), zooms
// it about the middle of the view, fits it, keeps its scroll position, and exports it as a
// standalone SVG. HTML that goes with the chart (a legend above, a table below) has its own
// places, which zooming leaves alone.
import { ChartPanel, clampZoom, MIN_ZOOM, type ViewPlace } from './chart-panel.js';
import { element } from './dom.js';
import type { Rendered } from './mermaid-renderer.js';

/** What a fit leaves around the chart. */
const FIT_MARGIN = 24;
/** The largest zoom a fit chooses, unless the chart says otherwise. */
const FIT_MAX = 2;

/**
 * What the code that drew a chart may set on its SVG to say how it fits: the zooms a fit stays
 * within (the network's text must stay readable, so a bigger network scrolls), and that the view
 * fits it whenever it is drawn or reshaped until the user zooms, as the Gantt does. Charts that set
 * none fit as they always have, on request only.
 */
export const FIT_MIN_ZOOM = 'data-proj-fit-min';
export const FIT_MAX_ZOOM = 'data-proj-fit-max';
export const FIT_UNTIL_ZOOMED = 'data-proj-fit-until-zoomed';
/** Sent (bubbling) from a chart's SVG when what drew it changed its size after the view showed it. */
export const CHART_RESHAPED = 'proj-chart-reshaped';

/** An SVG's size from its view box (which the zoom leaves alone), else from its width and height. */
export function naturalSize(svg: SVGSVGElement): { width: number; height: number } {
    const box = svg.viewBox.baseVal;
    return box && box.width > 0
        ? { width: box.width, height: box.height }
        : { width: Number.parseFloat(svg.getAttribute('width') ?? '') || 800, height: Number.parseFloat(svg.getAttribute('height') ?? '') || 600 };
}

export class ChartView extends ChartPanel {
    private readonly canvas: HTMLElement;
    private svg: SVGSVGElement | undefined;
    private natural = { width: 0, height: 0 };
    /** What the SVG on show was rendered from, so that an update that changes nothing redraws nothing. */
    renderedKey: string | undefined;
    /** The id Mermaid gave the SVG on show: the prefix of its bars' and nodes' ids. */
    svgId: string | undefined;
    /** How to draw the export of a chart the preview drew itself (`showDrawn`), and which chart that is. */
    private drawnStandalone: { readonly svg: SVGSVGElement; readonly draw: () => SVGSVGElement } | undefined;
    /** Whether the zoom is the user's (or kept from before), rather than one the view fitted. */
    private zoomChosen: boolean;
    /** A chart that fits until zoomed was reshaped while the view was hidden: fit it when shown. */
    private fitWhenShown = false;

    constructor(id: string, label: string, place: Partial<ViewPlace>, onPlaceChange: (place: ViewPlace) => void) {
        const canvas = element('div', { class: 'proj-canvas proj-dimmable' });
        super(id, label, place, onPlaceChange, canvas);
        this.canvas = canvas;
        this.zoomChosen = place.zoom !== undefined;
        this.canvas.addEventListener(CHART_RESHAPED, () => this.reshaped());
    }

    hasChart(): boolean {
        return this.svg !== undefined;
    }

    chart(): SVGSVGElement | undefined {
        return this.svg;
    }

    /** Shows a rendered chart in place of the one on show, at the same zoom and scroll. */
    show(rendered: Rendered, key: string): SVGSVGElement | undefined {
        // The SVG comes from mermaid.render under securityLevel 'strict', which sanitises it (DOMPurify).
        this.canvas.innerHTML = rendered.svg;
        const svg = this.canvas.querySelector('svg') ?? undefined;
        this.svg = svg;
        this.svgId = rendered.id;
        this.renderedKey = key;
        if (svg) {
            this.natural = naturalSize(svg);
            svg.style.removeProperty('max-width');
            svg.classList.add('proj-chart');
            this.applyZoom();
            this.restoreScroll();
        }
        this.setMessage(undefined);
        return svg;
    }

    /**
     * Shows a chart the preview drew itself (not Mermaid) in place of the one on show, at the same
     * zoom and scroll. `standalone` draws the chart to export, when that differs from the one on
     * show (a legend inside, which the view has in HTML).
     */
    showDrawn(svg: SVGSVGElement, key: string, standalone?: () => SVGSVGElement): void {
        this.canvas.replaceChildren(svg);
        this.svg = svg;
        this.svgId = undefined;
        this.renderedKey = key;
        this.drawnStandalone = standalone && { svg, draw: standalone };
        this.natural = naturalSize(svg);
        svg.classList.add('proj-chart');
        this.applyZoom();
        this.restoreScroll();
        this.setMessage(undefined);
    }

    /** Takes the chart away, leaving its HTML. */
    clearChart(): void {
        this.canvas.replaceChildren();
        this.svg = undefined;
        this.svgId = undefined;
        this.renderedKey = undefined;
    }

    /** Shows another plan's place, its zoom and scroll, without reporting it as a change. */
    setPlace(place: Partial<ViewPlace>): void {
        this.zoomChosen = place.zoom !== undefined;
        super.setPlace(place);
    }

    /** A zoom the user chose: kept when the chart is redrawn, even one that fits until zoomed. */
    setZoom(zoom: number): void {
        this.zoomChosen = true;
        super.setZoom(zoom);
    }

    /** The whole chart in the view. */
    fit(): void {
        if (!this.svg || this.element.hidden) {
            return;
        }
        this.zoomChosen = false;
        this.zoomLevel = this.fittingZoom(this.svg);
        this.applyZoom();
        this.element.scrollLeft = 0;
        this.element.scrollTop = 0;
        this.scroll = { left: 0, top: 0 };
        this.onPlaceChange(this.place());
    }

    setVisible(visible: boolean): void {
        super.setVisible(visible);
        if (visible && this.fitWhenShown) {
            this.reshaped();
        }
    }

    /** The zoom at which the whole chart is in the view, within the zooms the chart allows. */
    private fittingZoom(svg: SVGSVGElement): number {
        const width = Math.max(1, this.element.clientWidth - FIT_MARGIN);
        const height = Math.max(1, this.element.clientHeight - FIT_MARGIN);
        const bound = (name: string, otherwise: number) => Number.parseFloat(svg.getAttribute(name) ?? '') || otherwise;
        const fitted = Math.min(width / this.natural.width, height / this.natural.height, bound(FIT_MAX_ZOOM, FIT_MAX));
        return clampZoom(Math.max(bound(FIT_MIN_ZOOM, MIN_ZOOM), fitted));
    }

    /** The chart changed its size after it was shown: take its new size, and fit it if it fits until zoomed. */
    private reshaped(): void {
        const svg = this.svg;
        if (!svg) {
            return;
        }
        this.natural = naturalSize(svg);
        const fits = svg.hasAttribute(FIT_UNTIL_ZOOMED) && !this.zoomChosen;
        this.fitWhenShown = fits && this.element.hidden;
        if (fits && !this.element.hidden) {
            // Unlike Fit, keeps the scroll: the chart is redrawn as the plan is edited.
            this.zoomLevel = this.fittingZoom(svg);
            this.applyZoom();
            this.restoreScroll();
            this.onPlaceChange(this.place());
        } else {
            this.applyZoom();
            this.restoreScroll();
        }
    }

    /** The chart as a standalone SVG document at its natural size, without the preview's additions. */
    exportSvg(): string | undefined {
        if (!this.svg) {
            return undefined;
        }
        // A chart the preview drew may export a version of itself that stands alone.
        const standalone = this.drawnStandalone?.svg === this.svg ? this.drawnStandalone.draw() : undefined;
        const copy = standalone ?? this.svg.cloneNode(true) as SVGSVGElement;
        return svgDocument(copy, standalone ? naturalSize(standalone) : this.natural);
    }

    protected applyZoom(): void {
        if (this.svg) {
            this.svg.setAttribute('width', String(Math.round(this.natural.width * this.zoomLevel)));
            this.svg.setAttribute('height', String(Math.round(this.natural.height * this.zoomLevel)));
        }
    }
}

/**
 * A chart (a copy, which this changes) as a standalone SVG document at `size`, without the
 * preview's additions: its zoom, its fit hints, and the marks that make its parts reveal the plan.
 */
export function svgDocument(copy: SVGSVGElement, size: { readonly width: number; readonly height: number }): string {
    copy.setAttribute('width', String(size.width));
    copy.setAttribute('height', String(size.height));
    copy.classList.remove('proj-chart');
    copy.removeAttribute('style');
    for (const attribute of [FIT_MIN_ZOOM, FIT_MAX_ZOOM, FIT_UNTIL_ZOOMED]) {
        copy.removeAttribute(attribute);
    }
    for (const target of copy.querySelectorAll('[data-proj-id]')) {
        target.removeAttribute('data-proj-id');
        target.removeAttribute('tabindex');
        target.removeAttribute('role');
        target.removeAttribute('aria-label');
        target.classList.remove('proj-target');
    }
    if (!copy.hasAttribute('xmlns')) {
        copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}
