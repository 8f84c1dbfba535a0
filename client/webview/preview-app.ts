/// <reference lib="dom" />
// The preview webview: receives the server's preview model by postMessage and draws its Mermaid
// charts, Gantt and critical-path network, in tabs. Keeps the last good charts (dimmed) while the
// plan has errors, keeps tab, zoom and scroll across updates and reloads, and drops renders that
// a newer model has overtaken. Bundled with Mermaid into out/webview.js.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { ChartView, type ViewPlace } from './chart-view.js';
import { markGanttBars, markNetworkNodes, onTarget } from './click-targets.js';
import { element } from './dom.js';
import { currentTheme, ganttMermaidFor, renderMermaid, type Theme } from './mermaid-renderer.js';
import { RenderQueue } from './render-queue.js';
import { StatusBar } from './status-bar.js';
import { TAB_LABELS, Toolbar } from './toolbar.js';
import { loadState, post, saveState } from './vscode-api.js';
import type { ChartKind, PreviewWebviewState, ToWebview } from './webview-messages.js';

const KINDS: readonly ChartKind[] = ['gantt', 'network'];
/** How long updates must pause before the hidden tab is drawn. */
const HIDDEN_TAB_DELAY_MS = 400;
const COLLAPSED_NOTICE = 'This plan has more tasks and milestones than the Gantt chart draws one by one '
    + '(setting proj.preview.collapseGanttAbove): each phase is a summary bar. Choose a phase to expand it.';

const root = document.getElementById('proj-preview') ?? document.body.appendChild(element('div', { id: 'proj-preview' }));
const saved: PreviewWebviewState = loadState();
let tab: ChartKind = saved.tab === 'network' ? 'network' : 'gantt';
let criticalOnly = saved.criticalOnly ?? false;
let expandedPhase = saved.expandedPhase;
let latest: PreviewModel | undefined;
let lastGood: PreviewModel | undefined;
let received = 0;
let renderedTheme = currentTheme();

const zooms: Partial<Record<ChartKind, number>> = { ...saved.zoom };
const scrolls: NonNullable<PreviewWebviewState['scroll']> = { ...saved.scroll };
const placeChanged = (kind: ChartKind) => (place: ViewPlace) => {
    zooms[kind] = place.zoom;
    (scrolls as Record<ChartKind, ViewPlace['scroll']>)[kind] = place.scroll;
    saveState({ zoom: { ...zooms }, scroll: { ...scrolls } });
    if (kind === tab) {
        toolbar.setZoom(place.zoom);
    }
};
const views: Record<ChartKind, ChartView> = {
    gantt: new ChartView('proj-view-gantt', TAB_LABELS.gantt, { zoom: zooms.gantt, scroll: scrolls.gantt }, placeChanged('gantt')),
    network: new ChartView('proj-view-network', TAB_LABELS.network, { zoom: zooms.network, scroll: scrolls.network }, placeChanged('network')),
};

const toolbar = new Toolbar({
    selectTab,
    zoomBy: factor => views[tab].zoomBy(factor),
    fit: () => views[tab].fit(),
    exportSvg: () => post({ type: 'exportSvg', chart: tab, ...svgOf(tab) }),
    setCriticalOnly: value => {
        criticalOnly = value;
        saveState({ criticalOnly });
        post({ type: 'options', criticalOnly, expandedPhase });
    },
    expandPhase: phase => {
        expandedPhase = phase;
        saveState({ expandedPhase });
        post({ type: 'options', criticalOnly, expandedPhase });
    },
});
const status = new StatusBar(() => post({ type: 'showProblems' }));
const charts = element('main', { class: 'proj-charts' }, views.gantt.element, views.network.element);
root.replaceChildren(toolbar.element, status.element, charts);
for (const kind of KINDS) {
    onTarget(views[kind].element, id => post({ type: 'reveal', id }));
}
views[tab].setMessage('Waiting for the plan…');

function selectTab(kind: ChartKind): void {
    const switched = tab !== kind;
    tab = kind;
    saveState({ tab });
    toolbar.setTab(kind);
    for (const other of KINDS) {
        views[other].setVisible(other === kind);
    }
    toolbar.setZoom(views[kind].zoom);
    showNotice();
    if (switched && latest) {
        // The chart now on show may still wait for a pause in typing: draw it now.
        requestRender();
    }
}

function showNotice(): void {
    const model = lastGood;
    status.setNotice(tab === 'gantt'
        ? (model?.gantt?.collapsed ? COLLAPSED_NOTICE : undefined)
        : model?.network?.notice);
}

function svgOf(kind: ChartKind): { svg?: string; reason?: string } {
    const svg = views[kind].exportSvg();
    return svg !== undefined ? { svg } : { reason: latest?.message ?? (latest && latest.errors > 0 ? 'The plan has errors.' : 'There is no chart to export yet.') };
}


async function render(isCurrent: () => boolean): Promise<void> {
    const model = latest;
    const theme = currentTheme();
    renderedTheme = theme;
    if (!model) {
        return;
    }
    if (model.errors > 0) {
        // Never blank: the last good charts stay (redrawn only if the theme changed), dimmed.
        // Another plan's charts do not.
        if (lastGood && lastGood.uri !== model.uri) {
            lastGood = undefined;
            for (const kind of KINDS) {
                views[kind].clear();
            }
        }
        if (lastGood && !(await draw(lastGood, theme, isCurrent))) {
            return;
        }
        const anyChart = KINDS.some(kind => views[kind].hasChart());
        status.setErrors(model.errors, anyChart);
        for (const kind of KINDS) {
            views[kind].setStale(views[kind].hasChart());
            views[kind].setMessage(views[kind].hasChart() ? undefined : 'No chart yet: the plan has errors.');
        }
        return;
    }
    status.setErrors(0, false);
    if (!model.gantt && !model.network) {
        lastGood = undefined;
        for (const kind of KINDS) {
            views[kind].clear();
            views[kind].setStale(false);
            views[kind].setMessage(model.message ?? 'There is nothing to preview.');
        }
        toolbar.setPhases(undefined, undefined);
        showNotice();
        return;
    }
    if (await draw(model, theme, isCurrent)) {
        lastGood = model;
        showNotice();
    }
}

/** Draws a model's charts, skipping those already on show; false when a newer render overtook it. */
async function draw(model: PreviewModel, theme: Theme, isCurrent: () => boolean): Promise<boolean> {
    toolbar.setPhases(model.gantt?.collapsed ? model.gantt.phases : undefined, model.gantt?.expandedPhase);
    toolbar.setCriticalOnly(criticalOnly, !!model.network?.criticalOnly && !criticalOnly);
    // The chart on show first. The hidden tab's waits until updates pause, so that drawing it
    // never delays the next update of the chart on show while the user types.
    for (const kind of [tab, ...KINDS.filter(other => other !== tab)]) {
        const view = views[kind];
        if (kind !== tab) {
            await queue.pause(HIDDEN_TAB_DELAY_MS);
            if (!isCurrent()) {
                return false;
            }
        }
        const text = kind === 'gantt' ? ganttMermaidFor(model, charts.clientWidth - 24) : model.network?.mermaid;
        const items = kind === 'gantt' ? model.gantt?.bars.length : model.network?.nodes.length;
        if (text === undefined || !items) {
            view.clear();
            view.setStale(false);
            view.setMessage(model.message ?? 'The plan has no tasks or milestones to draw yet.');
            continue;
        }
        const key = `${theme}\n${text}`;
        if (view.renderedKey === key) {
            view.setStale(false);
            markShown(kind, model);
            continue;
        }
        try {
            // The last render's time, kept so that the preview benchmark can tell Mermaid's share
            // from the preview's own.
            const started = performance.now();
            const rendered = await renderMermaid(kind, text, theme);
            performance.clearMeasures('proj-mermaid');
            performance.measure('proj-mermaid', { start: started });
            if (!isCurrent()) {
                return false;
            }
            const svg = view.show(rendered, key);
            if (svg && kind === 'gantt') {
                markGanttBars(svg, rendered.id, model.gantt?.bars ?? []);
            } else if (svg) {
                markNetworkNodes(svg, rendered.id, model.network?.nodes ?? []);
            }
            view.setStale(false);
            markShown(kind, model);
        } catch (error) {
            if (!isCurrent()) {
                return false;
            }
            view.setStale(view.hasChart());
            view.setMessage(`The chart could not be drawn: ${error instanceof Error ? error.message : String(error)}`);
        }
    }
    return true;
}

/**
 * The chart on show has drawn `model`: it is now the last good one (even if the hidden tab's
 * drawing is overtaken), and `data-shown` says which update it drew.
 */
function markShown(kind: ChartKind, model: PreviewModel): void {
    if (kind === tab) {
        lastGood = model;
        root.dataset.shown = String(received);
    }
}

const queue = new RenderQueue(render, () => {
    root.dataset.rendered = String(received);
    root.removeAttribute('aria-busy');
});

function requestRender(): void {
    root.setAttribute('aria-busy', 'true');
    queue.request();
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
    const message = event.data;
    if (message?.type === 'update') {
        if (message.model.uri !== loadState().uri && latest !== undefined) {
            // Another plan: its phases are not this one's.
            expandedPhase = undefined;
        }
        latest = message.model;
        received++;
        root.dataset.received = String(received);
        saveState({ uri: message.model.uri, expandedPhase });
        requestRender();
    } else if (message?.type === 'requestSvg') {
        void queue.idle().then(() => post({ type: 'exportSvg', chart: message.chart, requestId: message.requestId, ...svgOf(message.chart) }));
    }
});

// VS Code switches the body's theme class when the colour theme changes: redraw in the new colours.
new MutationObserver(() => {
    if (currentTheme() !== renderedTheme && latest) {
        requestRender();
    }
}).observe(document.body, { attributes: true, attributeFilter: ['class'] });

selectTab(tab);
post({ type: 'ready', criticalOnly, expandedPhase });
