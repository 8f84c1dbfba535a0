/// <reference lib="dom" />
// The Critical path tab: the network of the schedule (network/network-picture.ts), each node
// marked to reveal its item in the plan, wrapped into rows that fit the pane, and wrapped again
// when the pane is resized. (The Gantt tab is gantt/gantt-tab.ts.)
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { CHART_RESHAPED } from './chart-view.js';
import { paletteKey } from './mermaid-renderer.js';
import type { ChartSource } from './mermaid-tab.js';
import { networkLegend } from './network/network-legend.js';
import { dressNetwork, NETWORK_ZOOM, networkPictureText, rewrapNetwork } from './network/network-picture.js';
import type { Pane } from './network/network-rows.js';
import { pagePalette } from './theme/chart-palette.js';

const nothingToDraw = (model: PreviewModel) => model.message ?? 'The plan has no tasks or milestones to draw yet.';

/** What ChartView's fit leaves around a chart, a vertical scroll bar's width (a tall network has one), the legend's height. */
const FIT_MARGIN_PX = 24;
const SCROLL_BAR_PX = 16;
const LEGEND_PX = 34;

/** The room a chart has in its view at 100%; a hidden view has none, its place (the tabs' container) has. */
function paneOf(view: HTMLElement | null): Pane {
    const width = view?.clientWidth || view?.parentElement?.clientWidth || 800;
    const height = view?.clientHeight || view?.parentElement?.clientHeight || 600;
    return { width: Math.max(200, width - FIT_MARGIN_PX - SCROLL_BAR_PX), height: Math.max(150, height - FIT_MARGIN_PX - LEGEND_PX) };
}

const watched = new WeakSet<HTMLElement>();

/** Wraps the network on show again when its pane's width changes (the panel resized, the window too). */
function rewrapOnResize(view: HTMLElement): void {
    if (watched.has(view)) {
        return;
    }
    watched.add(view);
    let width = paneOf(view).width;
    let timer: ReturnType<typeof setTimeout> | undefined;
    new ResizeObserver(() => {
        clearTimeout(timer);
        timer = setTimeout(() => {
            const pane = paneOf(view);
            const svg = view.querySelector<SVGSVGElement>('svg.proj-network');
            if (svg && !view.hidden && Math.abs(pane.width - width) >= 8 && rewrapNetwork(svg, pane)) {
                svg.dispatchEvent(new CustomEvent(CHART_RESHAPED, { bubbles: true }));
            }
            width = pane.width;
        }, 120);
    }).observe(view.parentElement ?? view);
}

export const networkSource: ChartSource = {
    text: model => model.network?.nodes.length ? networkPictureText(model.network) : undefined,
    emptyMessage: nothingToDraw,
    decorate: (svg, svgId, model) => {
        if (!model.network) {
            return;
        }
        const view = svg.closest<HTMLElement>('.proj-view');
        dressNetwork(svg, svgId, model.network, { pane: paneOf(view), zoom: NETWORK_ZOOM, palette: pagePalette() });
        svg.dispatchEvent(new CustomEvent(CHART_RESHAPED, { bubbles: true }));
        if (view) {
            rewrapOnResize(view);
        }
    },
    html: model => {
        if (!model.network?.nodes.length) {
            return undefined;
        }
        const palette = pagePalette();
        return { key: paletteKey(palette), header: [networkLegend(palette)] };
    },
};
