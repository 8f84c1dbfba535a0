/// <reference lib="dom" />
// What the views of charts share (chart-view.ts: one chart; chart-stack-view.ts: a stack of them):
// a scrolling section with HTML above and below its charts, which the zoom leaves alone; the zoom,
// ctrl+wheel or the toolbar, about the middle of what is on screen; and the place (zoom and
// scroll) kept per plan and reported as it changes.
import { element } from './dom.js';
import { ScrollingPanel, type ScrollPlace } from './scrolling-panel.js';

export const MIN_ZOOM = 0.05;
const MAX_ZOOM = 5;
export const clampZoom = (zoom: number) => Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(zoom) ? zoom : 1));

export interface ViewPlace {
    readonly zoom: number;
    readonly scroll: ScrollPlace;
}

/** The width inside `box` (its padding left out) when it spans `view`, a tab's view, hidden or not. */
export function roomInside(view: HTMLElement, box: HTMLElement): number {
    // A hidden view has no width: its place (the tab panels' container) has.
    const outer = view.clientWidth || view.parentElement?.clientWidth || 0;
    const style = getComputedStyle(box);
    return outer - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
}

export abstract class ChartPanel extends ScrollingPanel {
    protected readonly header: HTMLElement;
    protected readonly details: HTMLElement;
    protected zoomLevel: number;
    /** What the HTML on show was built from. */
    htmlKey: string | undefined;

    /** `content` holds the charts, between the HTML above and below them. */
    protected constructor(id: string, label: string, place: Partial<ViewPlace>, protected readonly onPlaceChange: (place: ViewPlace) => void,
        private readonly content: HTMLElement) {
        const header = element('div', { class: 'proj-chart-header proj-dimmable' });
        const details = element('div', { class: 'proj-chart-details proj-dimmable' });
        super(id, label, place.scroll, header, content, details);
        this.header = header;
        this.details = details;
        this.zoomLevel = clampZoom(place.zoom ?? 1);
        this.element.addEventListener('wheel', event => {
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1);
            }
        }, { passive: false });
    }

    abstract hasChart(): boolean;
    /** Takes the charts away, leaving their HTML. */
    abstract clearChart(): void;
    /** Sizes the charts on show at the zoom. */
    protected abstract applyZoom(): void;

    get zoom(): number {
        return this.zoomLevel;
    }

    place(): ViewPlace {
        return { zoom: this.zoomLevel, scroll: { ...this.scroll } };
    }

    hasContent(): boolean {
        return this.hasChart() || this.htmlKey !== undefined;
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

    /** The width a chart drawn to fit the view has, at 100%: the view's, less its charts' padding. */
    roomForChart(): number {
        return roomInside(this.element, this.content);
    }

    /** The HTML that goes with the charts, in place of the HTML on show. */
    showHtml(key: string, header: readonly Node[], details: readonly Node[]): void {
        this.header.replaceChildren(...header);
        this.details.replaceChildren(...details);
        this.htmlKey = key;
        // The table may make room to scroll to where the user was.
        this.restoreScroll();
    }

    clearHtml(): void {
        this.header.replaceChildren();
        this.details.replaceChildren();
        this.htmlKey = undefined;
    }

    protected scrolled(): void {
        this.onPlaceChange(this.place());
    }
}
