/// <reference lib="dom" />
// The Resources tab: a load histogram per resource (load-histogram.ts), stacked down the pane at
// its width, each under a heading of its name, units and calendar; the legend above them and the
// over-allocation list beneath (resources-html.ts). A click on a day, or the arrow keys on a
// focused histogram, lists that day's work in a panel below the histogram, each piece revealing
// its item. The histograms follow the pane, as the Budget tab's S-curve does: drawn again when
// its width changes, at once when the tab comes into view, after a pause while it is resized.
import type { PreviewModel, ResourcesView } from '../../language/src/preview/preview-protocol.js';
import type { ChartStackView } from './chart-stack-view.js';
import { element } from './dom.js';
import { dateOfDay, dayAt, dayIndexOf, type HistogramLayout } from './load-histogram-layout.js';
import { dayCursor, histogramLayouts, histogramsStandaloneSvg, histogramSvg, resourceName, type Resource } from './load-histogram.js';
import { dayWork, overAllocationList, resourceHeading, resourcesLegend } from './resources-html.js';
import { contentKey } from './reveal-link.js';
import type { TabContent } from './tab-panel.js';
import { canvasTextWidth } from './text-width.js';
import { pagePalette, type ChartPalette } from './theme/chart-palette.js';

const RESIZE_DELAY_MS = 120;
/** Narrower panes scroll sideways rather than squeeze the days together. */
const MIN_WIDTH = 320;

/** A histogram on show, and what it needs to answer a click. */
interface Figure {
    readonly model: PreviewModel;
    readonly resource: Resource;
    readonly layout: HistogramLayout;
    readonly svg: SVGSVGElement;
    readonly panel: HTMLElement;
    readonly palette: ChartPalette;
}

export const resourcesEmptyMessage = (model: PreviewModel) => model.resources?.message ?? model.message ?? 'There are no resources to chart.';

export class ResourcesTab implements TabContent {
    /** The model on show, for redrawing at a new width. */
    private model: PreviewModel | undefined;
    private observedWidth = 0;
    private resizeTimer: ReturnType<typeof setTimeout> | undefined;
    /** The day chosen in each resource's histogram, by resource id: kept when the plan changes. */
    private readonly chosen = new Map<string, string>();

    constructor(readonly panel: ChartStackView) {
        new ResizeObserver(() => this.resized()).observe(panel.element);
    }

    async draw(model: PreviewModel): Promise<boolean> {
        this.model = model;
        // Read on every draw: the preview draws again when the theme changes.
        const palette = pagePalette();
        const view = model.resources;
        this.panel.setStale(false);
        if (!view || view.resources.length === 0) {
            this.panel.clear();
            this.panel.setMessage(resourcesEmptyMessage(model));
            return true;
        }
        this.drawCharts(model, view, palette);
        const key = `${JSON.stringify(palette)}\n${contentKey({ from: view.from, days: view.resources[0].required.length, over: view.overAllocations, titles: view.titles, levelled: view.levelled, status: model.project?.status }, model.locations)}`;
        if (this.panel.htmlKey !== key) {
            this.panel.showHtml(key, [resourcesLegend(palette)], [overAllocationList(view, model)]);
        }
        return true;
    }

    /** Draws the model's histograms at the pane's width, unless that is what is on show. */
    private drawCharts(model: PreviewModel, view: ResourcesView, palette: ChartPalette): void {
        const width = Math.max(MIN_WIDTH, Math.floor(this.panel.roomForChart()));
        const key = `${JSON.stringify({ width, palette })}\n${contentKey(view, model.locations)}`;
        if (this.panel.renderedKey === key) {
            return;
        }
        const look = { width, palette, textWidth: canvasTextWidth };
        const layouts = histogramLayouts(view, look);
        const figures = view.resources.map((resource, index) => this.figure(model, resource, layouts[index], palette));
        const title = `${model.project?.title ?? model.project?.id ?? 'Plan'}: resource loading`;
        // A histogram the keyboard is on keeps the focus when it is drawn again.
        const active = document.activeElement;
        const focused = active instanceof SVGSVGElement ? active.closest<HTMLElement>('section.proj-resource')?.dataset.resource : undefined;
        this.panel.showFigures(figures, key, () => histogramsStandaloneSvg(view, { ...look, title }));
        if (focused !== undefined) {
            figures.find(figure => figure.dataset.resource === focused)?.querySelector('svg')?.focus({ preventScroll: true });
        }
    }

    /** A resource's heading, histogram and the panel for its chosen day. */
    private figure(model: PreviewModel, resource: Resource, layout: HistogramLayout, palette: ChartPalette): HTMLElement {
        const name = resourceName(resource);
        const svg = histogramSvg(layout, palette, `${name}: units required and capacity by day`);
        svg.setAttribute('tabindex', '0');
        svg.setAttribute('role', 'group');
        svg.setAttribute('aria-roledescription', 'load histogram');
        svg.setAttribute('aria-label', `Load of ${name} by day. Arrow keys choose a day with work, Enter lists it, Escape closes the list.`);
        const panel = element('div', { class: 'proj-day-work', role: 'region', 'aria-live': 'polite', 'aria-label': `${name}: work on the chosen day`, hidden: '' });
        const figure: Figure = { model, resource, layout, svg, panel, palette };
        svg.addEventListener('click', event => {
            const box = svg.getBoundingClientRect();
            const index = box.width > 0 ? dayAt(layout, (event.clientX - box.left) * layout.width / box.width) : undefined;
            if (index !== undefined) {
                this.choose(figure, index);
            }
        });
        svg.addEventListener('keydown', event => this.keyed(figure, event));
        const chosen = this.chosen.get(resource.id);
        const index = chosen === undefined ? undefined : dayIndexOf(layout, chosen);
        const section = element('section', { class: 'proj-resource', 'data-resource': resource.id, 'aria-label': name },
            resourceHeading(resource, model.locations), svg, panel);
        if (index !== undefined) {
            this.choose(figure, index);
        } else {
            this.chosen.delete(resource.id);
        }
        return section;
    }

    /** Shows a day's work below the histogram, and outlines the day; undefined closes the panel. */
    private choose(figure: Figure, index: number | undefined): void {
        const model = figure.model;
        figure.svg.querySelector('.proj-day-cursor')?.remove();
        if (index === undefined || !model.resources) {
            this.chosen.delete(figure.resource.id);
            figure.panel.hidden = true;
            figure.panel.replaceChildren();
            return;
        }
        const date = dateOfDay(figure.layout, index);
        this.chosen.set(figure.resource.id, date);
        figure.svg.append(dayCursor(figure.layout, index, figure.palette));
        const close = element('button', { type: 'button', class: 'proj-day-close', title: 'Close', 'aria-label': 'Close the list of the day\'s work' }, '×');
        close.addEventListener('click', () => {
            this.choose(figure, undefined);
            figure.svg.focus();
        });
        figure.panel.replaceChildren(close, ...dayWork(model.resources, figure.resource, index, date, model.locations));
        figure.panel.dataset.date = date;
        figure.panel.hidden = false;
    }

    /** The arrow keys go from day to day with work, Home and End to the first and last; Escape closes. */
    private keyed(figure: Figure, event: KeyboardEvent): void {
        const required = figure.resource.required;
        const chosen = this.chosen.get(figure.resource.id);
        const current = chosen === undefined ? undefined : dayIndexOf(figure.layout, chosen);
        const withWork = (from: number, step: 1 | -1) => {
            for (let index = from; index >= 0 && index < required.length; index += step) {
                if ((required[index] ?? 0) > 0) {
                    return index;
                }
            }
            return undefined;
        };
        let next: number | undefined;
        switch (event.key) {
            case 'ArrowRight':
                next = current === undefined ? withWork(0, 1) : withWork(current + 1, 1) ?? current;
                break;
            case 'ArrowLeft':
                next = current === undefined ? withWork(required.length - 1, -1) : withWork(current - 1, -1) ?? current;
                break;
            case 'Home':
                next = withWork(0, 1);
                break;
            case 'End':
                next = withWork(required.length - 1, -1);
                break;
            case 'Enter':
            case ' ':
                next = current ?? withWork(0, 1);
                break;
            case 'Escape':
                if (current === undefined) {
                    return;
                }
                event.preventDefault();
                this.choose(figure, undefined);
                return;
            default:
                return;
        }
        event.preventDefault();
        if (next !== undefined) {
            this.choose(figure, next);
        }
    }

    private resized(): void {
        const width = this.panel.element.clientWidth;
        const cameIntoView = this.observedWidth === 0;
        this.observedWidth = width;
        clearTimeout(this.resizeTimer);
        const model = this.model;
        if (width === 0 || !model?.resources || !this.panel.hasChart()) {
            return;
        }
        const redraw = () => this.model === model && model.resources && this.drawCharts(model, model.resources, pagePalette());
        // In the frame it appears in, before it is painted at the width it was drawn for while hidden.
        if (cameIntoView) {
            redraw();
        } else {
            this.resizeTimer = setTimeout(redraw, RESIZE_DELAY_MS);
        }
    }
}
