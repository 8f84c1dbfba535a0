/// <reference lib="dom" />
// The charts of Proj's exported HTML pages (`proj export --format html`, `proj report --format html`,
// `proj risk --format html`) and of `proj export --format svg`: the preview's own Gantt picture,
// network and schedule risk chart, drawn by the same code from the data the page carries (a JSON
// script, never run), in the reader's light or dark theme. Bundled with Mermaid into out/charts.js, which the pages inline under their strict CSP.
// `window.projCharts` says when the charts are drawn and gives each as a standalone SVG.
import { FIT_MAX_ZOOM, FIT_MIN_ZOOM, FIT_UNTIL_ZOOMED } from './chart-view.js';
import { element } from './dom.js';
import { CHARTS_DATA_ID, GANTT_FIGURE_ID, NETWORK_FIGURE_ID, SCHEDULE_RISK_FIGURE_ID, type ExportedCharts } from './exported-charts.js';
import { legendEntries, legendHtml } from './gantt/gantt-legend.js';
import { drawGanttPicture, type GanttPicture } from './gantt/gantt-picture.js';
import { ganttStandaloneSvg } from './gantt/gantt-svg.js';
import { renderMermaid } from './mermaid-renderer.js';
import { networkLegend } from './network/network-legend.js';
import { drawNetworkPicture } from './network/network-picture.js';
import { scheduleRiskChartOf, scheduleRiskChartSvg } from './schedule-risk-chart.js';
import { canvasTextWidth } from './text-width.js';
import { pagePalette } from './theme/chart-palette.js';

declare global {
    interface Window {
        projCharts?: { readonly ready: Promise<void>; svg(chart: 'gantt' | 'network' | 'schedule-risk'): string | undefined };
    }
}

function readData(): ExportedCharts {
    const script = document.getElementById(CHARTS_DATA_ID);
    return script?.textContent ? JSON.parse(script.textContent) as ExportedCharts : {};
}

async function drawGantt(figure: HTMLElement, data: NonNullable<ExportedCharts['gantt']>): Promise<GanttPicture> {
    const palette = pagePalette();
    const frame = element('div', { class: 'proj-gantt-frame' });
    figure.replaceChildren(legendHtml(legendEntries(data.view, data.status, palette), palette), frame);
    // As wide as the page allows; rows at their full height, the page scrolls.
    const picture = await drawGanttPicture({ gantt: data.view, status: data.status }, {
        pane: { width: Math.max(480, frame.clientWidth), height: Number.MAX_SAFE_INTEGER },
        palette,
        render: text => renderMermaid('gantt', text, palette),
    });
    frame.append(picture.element);
    picture.follow(frame);
    return picture;
}

/**
 * The preview's network, wrapped into rows as wide as the page at its natural size (13 px text), so
 * that the page scrolls down through it and never across.
 */
async function drawNetwork(figure: HTMLElement, network: NonNullable<ExportedCharts['network']>): Promise<SVGSVGElement | undefined> {
    const palette = pagePalette();
    const style = getComputedStyle(figure);
    const room = figure.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
    // Drawn aside (the drawing reads only what Mermaid wrote), then placed in the figure under its legend.
    const svg = await drawNetworkPicture(element('div'), network, {
        pane: { width: Math.max(480, room), height: Number.POSITIVE_INFINITY },
        zoom: { min: 1, max: 1 },
        palette,
        render: text => renderMermaid('network', text, palette),
    });
    figure.replaceChildren(networkLegend(palette), ...(svg ? [svg] : []));
    return svg;
}

/** The schedule risk chart as wide as the figure, and as the standalone SVG with its title. */
function drawScheduleRisk(figure: HTMLElement, data: NonNullable<ExportedCharts['scheduleRisk']>): SVGSVGElement | undefined {
    const chart = scheduleRiskChartOf(data.view);
    if (!chart) {
        return undefined;
    }
    const style = getComputedStyle(figure);
    const room = figure.clientWidth - (Number.parseFloat(style.paddingLeft) || 0) - (Number.parseFloat(style.paddingRight) || 0);
    const look = { width: Math.max(320, Math.floor(room)), palette: pagePalette(), textWidth: canvasTextWidth };
    figure.replaceChildren(scheduleRiskChartSvg(chart, look));
    return scheduleRiskChartSvg(chart, { ...look, standaloneTitle: data.title });
}

function standalone(svg: SVGSVGElement): string {
    const copy = svg.cloneNode(true) as SVGSVGElement;
    copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
    for (const node of copy.querySelectorAll('[data-proj-id]')) {
        for (const attribute of ['data-proj-id', 'tabindex', 'role', 'aria-label']) {
            node.removeAttribute(attribute);
        }
    }
    // What the network told the preview's view about fitting it.
    for (const attribute of [FIT_MIN_ZOOM, FIT_MAX_ZOOM, FIT_UNTIL_ZOOMED]) {
        copy.removeAttribute(attribute);
    }
    return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

async function main(): Promise<{ gantt?: GanttPicture; network?: SVGSVGElement; scheduleRisk?: SVGSVGElement }> {
    // The reader's theme, as VS Code marks its webviews, so that the charts take its colours.
    if (window.matchMedia('(prefers-color-scheme: dark)').matches) {
        document.body.classList.add('vscode-dark');
    }
    const data = readData();
    const ganttFigure = document.getElementById(GANTT_FIGURE_ID);
    const networkFigure = document.getElementById(NETWORK_FIGURE_ID);
    const scheduleRiskFigure = document.getElementById(SCHEDULE_RISK_FIGURE_ID);
    return {
        scheduleRisk: scheduleRiskFigure && data.scheduleRisk ? drawScheduleRisk(scheduleRiskFigure, data.scheduleRisk) : undefined,
        gantt: ganttFigure && data.gantt ? await drawGantt(ganttFigure, data.gantt) : undefined,
        network: networkFigure && data.network ? await drawNetwork(networkFigure, data.network) : undefined,
    };
}

const drawn = new Promise<Awaited<ReturnType<typeof main>>>(resolve => {
    const start = () => void main().then(resolve, error => {
        console.error('Proj: the charts could not be drawn', error);
        resolve({});
    });
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start, { once: true });
    } else {
        start();
    }
});
let charts: Awaited<typeof drawn> = {};
window.projCharts = {
    ready: drawn.then(result => {
        charts = result;
    }),
    svg: chart => chart === 'gantt' ? charts.gantt && ganttStandaloneSvg(charts.gantt)
        : chart === 'network' ? charts.network && standalone(charts.network)
            : charts.scheduleRisk && standalone(charts.scheduleRisk),
};
