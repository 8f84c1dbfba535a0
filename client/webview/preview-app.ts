/// <reference lib="dom" />
// The preview webview: receives the server's preview model by postMessage and draws it in tabs:
// the Gantt picture (gantt/), the budget S-curve, the resources' load histograms and the finish date's histogram (schedule-risk-tab.ts) in their own
// SVG, Mermaid charts (critical-path network, stakeholder grid), each with its HTML where it has
// some, the plan against its baseline, its history in git (posted apart: history/history-tab.ts), and HTML registers (risks, KSB coverage). Keeps the last good content (dimmed) while the plan has errors, keeps the tab across
// plans and reloads and each plan's zoom, scroll and folds for that plan, and drops renders that a
// newer model has overtaken. Bundled with Mermaid into out/webview.js.
import { PREVIEW_PARTS, type PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { baselineContent } from './baseline-view.js';
import { budgetTab } from './budget-tab.js';
import { ChartStackView } from './chart-stack-view.js';
import type { ViewPlace } from './chart-panel.js';
import { ChartView } from './chart-view.js';
import { onTarget } from './click-targets.js';
import { element } from './dom.js';
import { GanttTab, type GanttPlace } from './gantt/gantt-tab.js';
import { HtmlTab } from './html-tab.js';
import { HistoryTab } from './history/history-tab.js';
import { HtmlView } from './html-view.js';
import { ksbContent } from './ksb-view.js';
import { currentTheme, paletteKey, type Theme } from './mermaid-renderer.js';
import { MermaidTab } from './mermaid-tab.js';
import { PlanStates } from './plan-states.js';
import { PROGRAMME_GANTT } from './programme-view.js';
import { RenderQueue } from './render-queue.js';
import { ResourcesTab } from './resources-tab.js';
import { risksContent } from './risks-view.js';
import { scheduleRiskTab } from './schedule-risk-tab.js';
import { networkSource } from './schedule-tabs.js';
import type { ScrollPlace } from './scrolling-panel.js';
import { stakeholdersSource } from './stakeholders-view.js';
import { StatusBar } from './status-bar.js';
import type { TabContent } from './tab-panel.js';
import { TAB_LABELS, Toolbar } from './toolbar.js';
import { loadState, post, saveState } from './vscode-api.js';
import { isChartKind, TAB_KINDS, TAB_PARTS, tabKindOf, type ChartKind, type PlanViewState, type PreviewWebviewState, type TabKind, type ToWebview } from './webview-messages.js';

/** How long updates must pause before the hidden tabs are drawn. */
const HIDDEN_TAB_DELAY_MS = 400;
const COLLAPSED_NOTICE = 'This plan has more tasks and milestones than the Gantt chart draws one by one '
    + '(setting proj.preview.collapseGanttAbove): each phase is a summary bar. Choose a phase to expand it, or unfold one in the table.';

const root = document.getElementById('proj-preview') ?? document.body.appendChild(element('div', { id: 'proj-preview' }));
const saved: PreviewWebviewState = loadState();
let tab: TabKind = tabKindOf(saved.tab) ?? 'gantt';
let criticalOnly = saved.criticalOnly ?? false;
let showLinks = saved.showLinks ?? true;
let planUri = saved.uri;
const plans = new PlanStates(saved.plans, all => saveState({ plans: all }));
let latest: PreviewModel | undefined;
let lastGood: PreviewModel | undefined;
let received = 0;
let renderedColours = paletteKey();

const plan = () => plans.of(planUri);
const options = () => ({ criticalOnly, expandedPhase: plan().expandedPhase, folded: plan().folded });
/** Sends the chart options of the plan on show, kept at the top of the state for the panel's serializer. */
function postOptions(): void {
    saveState({ criticalOnly, expandedPhase: plan().expandedPhase, folded: plan().folded });
    post({ type: 'options', ...options() });
}

const scrolled = (kind: TabKind) => (scroll: ScrollPlace) => {
    plans.update(planUri, { scroll: { ...plan().scroll, [kind]: scroll } });
};
const placeChanged = (kind: ChartKind) => (place: ViewPlace) => {
    plans.update(planUri, { zoom: { ...plan().zoom, [kind]: place.zoom }, scroll: { ...plan().scroll, [kind]: place.scroll } });
    if (kind === tab) {
        toolbar.setZoom(place.zoom);
    }
};
const chartView = (kind: ChartKind) =>
    new ChartView(`proj-view-${kind}`, TAB_LABELS[kind], { zoom: plan().zoom?.[kind], scroll: plan().scroll?.[kind] }, placeChanged(kind));
const htmlView = (kind: TabKind) => new HtmlView(`proj-view-${kind}`, TAB_LABELS[kind], plan().scroll?.[kind], scrolled(kind));
/** The Resources tab stacks a chart per resource. */
const resourcesView = new ChartStackView('proj-view-resources', TAB_LABELS.resources,
    { zoom: plan().zoom?.resources, scroll: plan().scroll?.resources }, placeChanged('resources'));
const charts = {
    network: chartView('network'), budget: chartView('budget'), resources: resourcesView, 'schedule-risk': chartView('schedule-risk'), stakeholders: chartView('stakeholders'),
} satisfies Record<Exclude<ChartKind, 'gantt' | 'programme'>, ChartView | ChartStackView>;
const main = element('main', { class: 'proj-charts' });
/** A Gantt tab (the plan's or the programme's) keeps its scale and scroll, and the toolbar its zoom while on show. */
const ganttPlaceChanged = (kind: 'gantt' | 'programme', view: () => GanttTab) => (place: GanttPlace) => {
    plans.update(planUri, { [kind]: place.scale, scroll: { ...plan().scroll, [kind]: place.scroll } });
    if (tab === kind) {
        toolbar.setZoom(view().zoom);
    }
};
const gantt: GanttTab = new GanttTab({
    pane: main,
    requestRender,
    placeChanged: ganttPlaceChanged('gantt', () => gantt),
    fold: (phase, folded) => {
        const current = new Set(plan().folded ?? []);
        if (folded) {
            current.add(phase);
        } else {
            current.delete(phase);
        }
        // Unfolding a phase of a collapsed chart expands it.
        const expanded = !folded && lastGood?.gantt?.collapsed ? { expandedPhase: phase } : {};
        plans.update(planUri, { folded: [...current], ...expanded });
        postOptions();
    },
    revealDependency: key => post({ type: 'revealDependency', key }),
});
gantt.setPlace({ scale: plan().gantt, scroll: plan().scroll?.gantt });
const programme: GanttTab = new GanttTab({
    pane: main,
    requestRender,
    placeChanged: ganttPlaceChanged('programme', () => programme),
    revealDependency: () => undefined,
}, PROGRAMME_GANTT);
programme.setPlace({ scale: plan().programme, scroll: plan().scroll?.programme });
const tabs: Record<TabKind, TabContent> = {
    gantt,
    network: new MermaidTab('network', charts.network, networkSource),
    budget: budgetTab(charts.budget),
    resources: new ResourcesTab(charts.resources),
    baseline: new HtmlTab(htmlView('baseline'), baselineContent()),
    history: new HistoryTab(htmlView('history')),
    risks: new HtmlTab(htmlView('risks'), risksContent()),
    'schedule-risk': scheduleRiskTab(charts['schedule-risk']),
    stakeholders: new MermaidTab('stakeholders', charts.stakeholders, stakeholdersSource()),
    ksb: new HtmlTab(htmlView('ksb'), ksbContent()),
    programme,
};
const history = tabs.history as HistoryTab;
history.setPlan(planUri);
const htmlViews = { baseline: tabs.baseline.panel as HtmlView, history: history.panel, risks: tabs.risks.panel as HtmlView, ksb: tabs.ksb.panel as HtmlView };
const panels = TAB_KINDS.map(kind => tabs[kind].panel);
/** The tabs drawn from the preview model: all but History, which errors in today's plan leave alone. */
const modelPanels = TAB_KINDS.filter(kind => kind !== 'history').map(kind => tabs[kind].panel);

/** The zoom, fit and export of the tab on show, if it draws a chart. */
function toolsOnShow(): Pick<GanttTab, 'zoom' | 'zoomBy' | 'fit' | 'exportSvg'> | undefined {
    return tab === 'gantt' ? gantt : tab === 'programme' ? programme : isChartKind(tab) ? charts[tab] : undefined;
}

const toolbar = new Toolbar({
    selectTab,
    zoomBy: factor => toolsOnShow()?.zoomBy(factor),
    fit: () => toolsOnShow()?.fit(),
    exportSvg: () => {
        if (isChartKind(tab)) {
            post({ type: 'exportSvg', chart: tab, ...svgOf(tab) });
        }
    },
    setCriticalOnly: value => {
        criticalOnly = value;
        postOptions();
    },
    expandPhase: phase => {
        plans.update(planUri, { expandedPhase: phase });
        postOptions();
    },
    setShowLinks: value => {
        showLinks = value;
        saveState({ showLinks });
        gantt.panel.element.classList.toggle('proj-links-hidden', !showLinks);
    },
});
toolbar.setShowLinks(showLinks);
gantt.panel.element.classList.toggle('proj-links-hidden', !showLinks);
const status = new StatusBar(() => post({ type: 'showProblems' }));
main.append(...panels.map(panel => panel.element));
root.replaceChildren(toolbar.element, status.element, main);
for (const panel of panels) {
    onTarget(panel.element, id => post({ type: 'reveal', id }));
}
if (tab !== 'history') {
    tabs[tab].panel.setMessage('Waiting for the plan…');
}

function selectTab(kind: TabKind, tell = true): void {
    const switched = tab !== kind;
    tab = kind;
    saveState({ tab });
    if (tell) {
        post({ type: 'tab', tab });
    }
    toolbar.setTab(kind);
    for (const other of TAB_KINDS) {
        tabs[other].panel.setVisible(other === kind);
    }
    toolbar.setZoom(toolsOnShow()?.zoom);
    showNotice();
    if (switched && latest) {
        // The tab now on show may still wait for a pause in typing: draw it now.
        requestRender();
    }
}

function showNotice(): void {
    const model = lastGood;
    status.setNotice(tab === 'gantt' ? (model?.gantt?.collapsed ? COLLAPSED_NOTICE : undefined)
        : tab === 'network' ? model?.network?.notice
            : undefined);
}

function svgOf(kind: ChartKind): { svg?: string; reason?: string } {
    // `kind` comes from a message: an unknown one has no chart.
    const svg = kind === 'gantt' ? gantt.exportSvg() : kind === 'programme' ? programme.exportSvg()
        : Object.hasOwn(charts, kind) ? charts[kind as keyof typeof charts].exportSvg() : undefined;
    return svg !== undefined ? { svg } : { reason: latest?.message ?? (latest && latest.errors > 0 ? 'The plan has errors.' : 'There is no chart to export yet.') };
}

/** Another plan is on show: its own zoom, scroll and folds, and the server told of its options. */
function switchPlan(uri: string): void {
    const previous = planUri;
    planUri = uri;
    saveState({ uri });
    history.setPlan(uri);
    const state: PlanViewState = plan();
    for (const [kind, view] of Object.entries(charts) as Array<[keyof typeof charts, ChartView | ChartStackView]>) {
        view.setPlace({ zoom: state.zoom?.[kind], scroll: state.scroll?.[kind] });
    }
    for (const [kind, view] of Object.entries(htmlViews) as Array<[keyof typeof htmlViews, HtmlView]>) {
        view.setScroll(state.scroll?.[kind]);
    }
    gantt.setPlace({ scale: state.gantt, scroll: state.scroll?.gantt });
    programme.setPlace({ scale: state.programme, scroll: state.scroll?.programme });
    toolbar.setZoom(toolsOnShow()?.zoom);
    if (previous !== undefined && (state.expandedPhase !== undefined || (state.folded?.length ?? 0) > 0)) {
        postOptions();
    } else {
        saveState({ criticalOnly, expandedPhase: state.expandedPhase, folded: state.folded });
    }
}

async function render(isCurrent: () => boolean): Promise<void> {
    const model = latest;
    const theme = currentTheme();
    renderedColours = paletteKey();
    if (!model) {
        return;
    }
    if (model.errors > 0) {
        // Never blank: the last good content stays (redrawn only if the theme changed), dimmed.
        // Another plan's does not.
        if (lastGood && lastGood.uri !== model.uri) {
            lastGood = undefined;
            for (const panel of modelPanels) {
                panel.clear();
            }
        }
        if (lastGood && !(await draw(lastGood, theme, isCurrent))) {
            return;
        }
        const anyContent = modelPanels.some(panel => panel.hasContent());
        status.setErrors(model.errors, anyContent);
        for (const panel of modelPanels) {
            panel.setStale(panel.hasContent());
            panel.setMessage(panel.hasContent() ? undefined : 'Nothing to show yet: the plan has errors.');
        }
        return;
    }
    status.setErrors(0, false);
    if (!model.gantt && !model.network) {
        lastGood = undefined;
        for (const panel of modelPanels) {
            panel.clear();
            panel.setStale(false);
            panel.setMessage(model.message ?? 'There is nothing to preview.');
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

/** Draws a model in every tab, skipping what is already on show; false when a newer render overtook it. */
async function draw(model: PreviewModel, theme: Theme, isCurrent: () => boolean): Promise<boolean> {
    toolbar.setPhases(model.gantt?.collapsed ? model.gantt.phases : undefined, model.gantt?.expandedPhase);
    toolbar.setCriticalOnly(criticalOnly, !!model.network?.criticalOnly && !criticalOnly);
    // The tab on show first. The hidden tabs wait until updates pause, so that drawing them never
    // delays the next update of the tab on show while the user types.
    let paused = false;
    for (const kind of [tab, ...TAB_KINDS.filter(other => other !== tab)]) {
        if (kind !== tab && !paused) {
            await queue.pause(HIDDEN_TAB_DELAY_MS);
            paused = true;
        }
        if (!isCurrent()) {
            return false;
        }
        const panel = tabs[kind].panel;
        if (!hasPartsOf(kind, model) && panel.hasContent()) {
            // What it draws is of an earlier build: it stays, dimmed, until a model with its part comes.
            panel.setStale(true);
        } else if (!(await tabs[kind].draw(model, theme, isCurrent))) {
            return false;
        }
        markShown(kind, model);
    }
    return true;
}

/** Whether `model` has what the tab draws made from its own build (see `withEarlierParts`). */
function hasPartsOf(kind: TabKind, model: PreviewModel): boolean {
    return !model.parts || TAB_PARTS[kind].every(part => model.parts!.includes(part));
}

/**
 * A model made with some of its parts (those of the tab on show, while the user types),
 * completed with the parts of the model before it, so that the other tabs keep what they show.
 */
function withEarlierParts(model: PreviewModel, earlier: PreviewModel | undefined): PreviewModel {
    if (!model.parts || !earlier || earlier.uri !== model.uri || model.errors > 0) {
        return model;
    }
    const kept = PREVIEW_PARTS.filter(part => !model.parts!.includes(part) && earlier[part] !== undefined).map(part => [part, earlier[part]]);
    return { ...Object.fromEntries(kept), ...model };
}

/**
 * The tab on show has drawn `model`: it is now the last good one (even if the hidden tabs'
 * drawing is overtaken), and `data-shown` says which update it drew.
 */
function markShown(kind: TabKind, model: PreviewModel): void {
    if (kind === tab) {
        lastGood = model;
        root.dataset.shown = String(received);
        toolbar.setZoom(toolsOnShow()?.zoom);
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
        const model = JSON.parse(message.model) as PreviewModel;
        if (model.uri !== planUri && model.uri !== '') {
            switchPlan(model.uri);
        }
        latest = withEarlierParts(model, latest && latest.errors === 0 ? latest : lastGood);
        received++;
        root.dataset.received = String(received);
        requestRender();
    } else if (message?.type === 'requestSvg') {
        void queue.idle().then(() => post({ type: 'exportSvg', chart: message.chart, requestId: message.requestId, ...svgOf(message.chart) }));
    } else if (message?.type === 'history') {
        history.receive(message.uri, message.history);
    } else if (message?.type === 'selectTab') {
        const kind = tabKindOf(message.tab);
        if (kind) {
            selectTab(kind);
        }
    }
});

// VS Code switches the body's theme class, and the colours it sets on the page, when the colour
// theme changes: redraw in the new colours.
const recolour = new MutationObserver(() => {
    if (paletteKey() !== renderedColours && latest) {
        requestRender();
    }
});
recolour.observe(document.body, { attributes: true, attributeFilter: ['class'] });
recolour.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });

// The extension hears of the tab on show with 'ready', and of each tab shown after.
selectTab(tab, false);
post({ type: 'ready', tab, ...options() });
