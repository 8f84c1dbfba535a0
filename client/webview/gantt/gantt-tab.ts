/// <reference lib="dom" />
// The preview's Gantt tab: the Gantt picture in a scrolling view, with its legend and tooltips. The
// Programme tab is another of it, drawing the programme's timeline (GanttSource).
// Zoom here is the time scale (pixels a day), as in planning tools, so text keeps its size: zooming
// redraws at the new scale, keeping the date in the middle of the view in the middle. Until the
// user zooms, the chart fits the pane, and fits it again when the pane is resized. A click on a bar,
// a label or a table row reveals the item; on an arrow, the dependency that made it.
import { dependencyKey, type GanttView, type PreviewModel } from '../../../language/src/preview/preview-protocol.js';
import { element } from '../dom.js';
import { paletteKey, timedRender, type Theme } from '../mermaid-renderer.js';
import { ScrollingPanel, type ScrollPlace } from '../scrolling-panel.js';
import type { TabContent } from '../tab-panel.js';
import { pagePalette } from '../theme/chart-palette.js';
import { clampPxPerDay, PX_PER_DAY, timeAt, xOf, type GanttScale } from './gantt-layout.js';
import { legendEntries, legendHtml } from './gantt-legend.js';
import { drawGanttPicture, planPicture, type GanttPicture } from './gantt-picture.js';
import { ganttStandaloneSvg } from './gantt-svg.js';
import { linkTooltip, rowTooltip, Tooltip } from './gantt-tooltip.js';

/** Where the user left a plan's Gantt: its scale (none while it fits the pane) and scroll. */
export interface GanttPlace {
    readonly scale?: GanttScale;
    readonly scroll?: ScrollPlace;
}

export interface GanttActions {
    /** The element whose size is the charts' pane, whether or not this tab is on show. */
    readonly pane: HTMLElement;
    readonly requestRender: () => void;
    readonly placeChanged: (place: GanttPlace) => void;
    /** Absent, the picture's phases cannot be folded. */
    readonly fold?: (phase: string, folded: boolean) => void;
    readonly revealDependency: (key: string) => void;
}

/** What a Gantt tab draws: the plan's Gantt, or another picture drawn as one (the programme's). */
export interface GanttSource {
    readonly kind: string;
    readonly label: string;
    readonly ganttOf: (model: PreviewModel) => GanttView | undefined;
    readonly emptyMessage: (model: PreviewModel) => string;
    /** Shown above the legend: the programme's table of projects. */
    readonly header?: (model: PreviewModel) => HTMLElement | undefined;
}

const nothingToDraw = (model: PreviewModel) => model.message ?? 'The plan has no tasks or milestones to draw yet.';

export const PLAN_GANTT: GanttSource = { kind: 'gantt', label: 'Gantt', ganttOf: model => model.gantt, emptyMessage: nothingToDraw };

/** A value worked out the first time it is asked for. */
function lazy<T>(make: () => T): () => T {
    let value: { readonly is: T } | undefined;
    return () => (value ??= { is: make() }).is;
}

class GanttPanel extends ScrollingPanel {
    readonly legend: HTMLElement;
    readonly host: HTMLElement;
    picture: GanttPicture | undefined;
    /** What the picture on show was drawn from: its Mermaid text, and the rest (compared only when the text is the same). */
    drawn: { readonly text: string; readonly rest: () => string } | undefined;
    private unfollow: (() => void) | undefined;

    constructor(source: GanttSource, private readonly onScroll: (scroll: ScrollPlace) => void) {
        const legend = element('div', { class: 'proj-chart-header proj-gantt-header proj-dimmable' });
        const host = element('div', { class: 'proj-gantt-host proj-dimmable' });
        super(`proj-view-${source.kind}`, source.label, undefined, legend, host);
        this.legend = legend;
        this.host = host;
    }

    hasContent(): boolean {
        return this.picture !== undefined;
    }

    clear(): void {
        this.unfollow?.();
        this.unfollow = undefined;
        this.host.replaceChildren();
        this.legend.replaceChildren();
        this.picture = undefined;
        this.drawn = undefined;
    }

    show(picture: GanttPicture, drawn: NonNullable<GanttPanel['drawn']>, legend: HTMLElement, scroll: ScrollPlace): void {
        // A picture drawn into the one on show is in place already; a legend like the one on show stays.
        if (picture.element !== this.picture?.element) {
            this.host.replaceChildren(picture.element);
        }
        if (!this.legend.firstElementChild?.isEqualNode(legend)) {
            this.legend.replaceChildren(legend);
        }
        this.picture = picture;
        this.drawn = drawn;
        this.setMessage(undefined);
        this.setScroll(scroll);
        this.unfollow?.();
        this.unfollow = picture.follow(this.element);
    }

    protected scrolled(): void {
        this.onScroll({ ...this.scroll });
    }
}

export class GanttTab implements TabContent {
    readonly panel: GanttPanel;
    private place: GanttPlace = {};
    /** The model on show, and its items' titles, for tooltips. */
    private model: PreviewModel | undefined;
    private titles: ReadonlyMap<string, string> = new Map();
    /** A time to keep in the middle of the view when the next drawing is at a new scale. */
    private anchor: number | undefined;
    private resizeTimer: ReturnType<typeof setTimeout> | undefined;
    /** The arrow the pointer is on. */
    private hovered: SVGPathElement | undefined;
    /** The pane's size as last laid out; read once before the first layout. */
    private pane: { width: number; height: number } | undefined;
    /** Two lines of legend until one has been laid out. */
    private legendHeight = 52;

    constructor(private readonly actions: GanttActions, private readonly source: GanttSource = PLAN_GANTT) {
        this.panel = new GanttPanel(source, scroll => {
            this.place = { ...this.place, scroll };
            this.actions.placeChanged(this.place);
        });
        const view = this.panel.element;
        view.addEventListener('wheel', event => {
            if (event.ctrlKey || event.metaKey) {
                event.preventDefault();
                this.zoomBy(event.deltaY < 0 ? 1.1 : 1 / 1.1);
            }
        }, { passive: false });
        view.addEventListener('click', event => {
            const hit = this.linkUnder(event);
            if (hit) {
                event.preventDefault();
                this.actions.revealDependency(dependencyKey(hit.link.source));
            }
        });
        // The arrow under the pointer is found by its route (gantt-links.ts): marked, as hover would mark it.
        view.addEventListener('pointermove', event => {
            const hit = this.linkUnder(event);
            if (hit?.path !== this.hovered) {
                this.hovered?.classList.remove('proj-link-hover');
                hit?.path.classList.add('proj-link-hover');
                this.hovered = hit?.path;
                view.classList.toggle('proj-on-link', hit !== undefined);
            }
        });
        new Tooltip(view, (target, event) => this.tooltipOf(target, event));
        new ResizeObserver(entries => this.resized(entries[0].contentRect)).observe(actions.pane);
    }

    /** Shows a plan's place (its scale and scroll), as when the preview switches to another plan. */
    setPlace(place: GanttPlace): void {
        this.place = place;
        this.anchor = undefined;
        this.panel.setScroll(place.scroll);
    }

    /** The zoom as a share of the default scale; the fitted one until the user zooms. */
    get zoom(): number {
        const pxPerDay = this.place.scale?.pxPerDay ?? this.panel.picture?.layout.pxPerDay ?? PX_PER_DAY.default;
        return pxPerDay / PX_PER_DAY.default;
    }

    zoomBy(factor: number): void {
        const current = this.place.scale ?? (this.panel.picture ? { pxPerDay: this.panel.picture.layout.pxPerDay, rowHeight: this.panel.picture.layout.rowHeight } : undefined);
        if (!current) {
            return;
        }
        this.anchor = this.middleTime();
        this.place = { ...this.place, scale: { ...current, pxPerDay: clampPxPerDay(current.pxPerDay * factor) } };
        this.actions.placeChanged(this.place);
        this.actions.requestRender();
    }

    fit(): void {
        this.anchor = undefined;
        this.place = { ...this.place, scale: undefined, scroll: { left: 0, top: 0 } };
        this.actions.placeChanged(this.place);
        this.actions.requestRender();
    }

    exportSvg(): string | undefined {
        return this.panel.picture && ganttStandaloneSvg(this.panel.picture);
    }

    async draw(model: PreviewModel, theme: Theme, isCurrent: () => boolean): Promise<boolean> {
        const gantt = this.source.ganttOf(model);
        if (!gantt || gantt.rows.length === 0) {
            this.showing(model);
            this.panel.clear();
            this.panel.setStale(false);
            this.panel.setMessage(this.source.emptyMessage(model));
            return true;
        }
        const palette = pagePalette();
        const pane = this.paneFor();
        const input = { gantt, status: model.project?.status };
        const options = { pane, scale: this.place.scale, palette, showTable: true, scrollTop: this.place.scroll?.top };
        // Everything the drawing depends on, worked out before Mermaid draws anything.
        const plan = planPicture(input, options);
        // An edit almost always changes the chart's text: only when it does not is the rest compared.
        const text = gantt.mermaid;
        const rest = lazy(() => JSON.stringify([theme, paletteKey(palette), gantt.rows, gantt.links, model.project?.status, plan.layout, plan.table]));
        const drawn = this.panel.drawn;
        if (!drawn || drawn.text !== text || drawn.rest() !== rest()) {
            const fold = this.actions.fold;
            const picture = await drawGanttPicture(input, {
                ...options,
                ...(fold ? { onFold: fold } : {}),
                render: chart => timedRender(this.source.kind, chart, palette),
            }, plan, this.panel.picture);
            // Drawn into the picture on show, it is on show already, even if a newer update overtook it.
            const inPlace = picture.element === this.panel.picture?.element;
            if (!isCurrent() && !inPlace) {
                return false;
            }
            const entries = legendHtml(legendEntries(gantt, input.status, palette), palette);
            const header = this.source.header?.(model);
            const legend = header ? element('div', { class: 'proj-gantt-header-stack' }, header, entries) : entries;
            this.panel.show(picture, { text, rest }, legend, this.scrollAfter(picture));
            this.anchor = undefined;
            if (!isCurrent()) {
                return false;
            }
        }
        this.showing(model);
        this.panel.setStale(false);
        return true;
    }

    private showing(model: PreviewModel): void {
        if (this.model !== model) {
            this.model = model;
            this.titles = new Map(this.source.ganttOf(model)?.rows.map(row => [row.id, row.title]) ?? []);
        }
    }

    /** The scroll that keeps the anchored date in the middle of the view, or the kept scroll. */
    private scrollAfter(picture: GanttPicture): ScrollPlace {
        const scroll = this.place.scroll ?? { left: 0, top: 0 };
        if (this.anchor === undefined) {
            return scroll;
        }
        const view = this.paneFor();
        const chartWidth = view.width - (picture.table?.width ?? 0);
        return { left: Math.max(0, xOf(picture.layout, this.anchor) - chartWidth / 2), top: scroll.top };
    }

    private middleTime(): number | undefined {
        const picture = this.panel.picture;
        if (!picture) {
            return undefined;
        }
        const chartWidth = this.panel.element.clientWidth - (picture.table?.width ?? 0);
        return timeAt(picture.layout, this.panel.element.scrollLeft + chartWidth / 2);
    }

    /**
     * The pane less the legend above the chart, as they were last laid out (the resize observer
     * says), not read here: reading them would lay the page out in the middle of an update.
     */
    private paneFor(): { width: number; height: number } {
        const pane = this.pane ??= { width: this.actions.pane.clientWidth, height: this.actions.pane.clientHeight };
        return { width: Math.max(240, pane.width), height: Math.max(120, pane.height - this.legendHeight) };
    }

    /** Redraws, after the resizing pauses, if the pane's size changed. */
    private resized(size: { width: number; height: number }): void {
        clearTimeout(this.resizeTimer);
        this.resizeTimer = setTimeout(() => {
            this.legendHeight = this.panel.legend.offsetHeight || this.legendHeight;
            const changed = this.pane !== undefined && (size.width !== this.pane.width || size.height !== this.pane.height);
            this.pane = { width: size.width, height: size.height };
            if (changed && this.model) {
                this.actions.requestRender();
            }
        }, 120);
    }

    /** The arrow under the pointer, unless it is on a bar, a label or a row (which come first). */
    private linkUnder(event: MouseEvent): ReturnType<GanttPicture['linkAt']> {
        const target = event.target instanceof Element ? event.target : undefined;
        if (!this.panel.picture || !target || target.closest('[data-proj-id]') || !target.closest('.proj-gantt-chart')
            || this.panel.element.classList.contains('proj-links-hidden')) {
            return undefined;
        }
        return this.panel.picture.linkAt(event.clientX, event.clientY);
    }

    private tooltipOf(target: Element, event: MouseEvent): string[] | undefined {
        const gantt = this.model && this.source.ganttOf(this.model);
        if (!gantt) {
            return undefined;
        }
        const titles = this.titles;
        const hit = this.linkUnder(event);
        if (hit) {
            return linkTooltip(hit.link, titles);
        }
        const id = target.closest('.proj-gantt [data-proj-id]')?.getAttribute('data-proj-id');
        const row = id === undefined ? undefined : gantt.rows.find(candidate => candidate.id === id);
        return row && rowTooltip(row, titles, gantt.baseline);
    }
}
