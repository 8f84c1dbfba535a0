/// <reference lib="dom" />
// The preview's toolbar: the tabs, zoom, fit and export (for the tabs that show a chart), the
// arrows toggle for the Gantt, the critical-chain toggle for the network, and the phase selector
// for a Gantt chart drawn with phases collapsed.
import { element } from './dom.js';
import { TAB_KINDS, type TabKind } from './webview-messages.js';

export interface ToolbarActions {
    readonly selectTab: (tab: TabKind) => void;
    readonly zoomBy: (factor: number) => void;
    readonly fit: () => void;
    readonly exportSvg: () => void;
    readonly setCriticalOnly: (criticalOnly: boolean) => void;
    readonly expandPhase: (phase: string | undefined) => void;
    readonly setShowLinks: (showLinks: boolean) => void;
}

export const TAB_LABELS: Record<TabKind, string> = {
    gantt: 'Gantt', network: 'Critical path', budget: 'Budget', baseline: 'Baseline', history: 'History', resources: 'Resources', risks: 'Risks', 'schedule-risk': 'Risk analysis', stakeholders: 'Stakeholders',
    ksb: 'KSB coverage', programme: 'Programme',
};
const ZOOM_STEP = 1.25;

function button(label: string, title: string, action: () => void, attributes: Record<string, string> = {}): HTMLButtonElement {
    const node = element('button', { type: 'button', title, 'aria-label': title, ...attributes }, label);
    node.addEventListener('click', action);
    return node;
}

export class Toolbar {
    readonly element: HTMLElement;
    private readonly tabs: Record<TabKind, HTMLButtonElement>;
    private readonly zoomLabel: HTMLOutputElement;
    /** Zoom, fit and export: for charts only. */
    private readonly chartButtons: readonly HTMLButtonElement[];
    private selected: TabKind = 'gantt';
    private readonly criticalOnly: HTMLInputElement;
    private readonly criticalGroup: HTMLElement;
    private readonly phaseSelect: HTMLSelectElement;
    private readonly phaseGroup: HTMLElement;
    private readonly showLinks: HTMLInputElement;
    private readonly linksGroup: HTMLElement;

    constructor(actions: ToolbarActions) {
        const tab = (kind: TabKind) => {
            const node = element('button', { type: 'button', role: 'tab', id: `proj-tab-${kind}`, 'aria-controls': `proj-view-${kind}` }, TAB_LABELS[kind]);
            node.addEventListener('click', () => actions.selectTab(kind));
            return node;
        };
        this.tabs = Object.fromEntries(TAB_KINDS.map(kind => [kind, tab(kind)])) as Record<TabKind, HTMLButtonElement>;
        const tabList = element('div', { class: 'proj-tabs', role: 'tablist', 'aria-label': 'Views' }, ...TAB_KINDS.map(kind => this.tabs[kind]));
        // The arrow keys cycle through the tabs, Home and End go to the ends (WAI-ARIA tabs).
        tabList.addEventListener('keydown', event => {
            const index = TAB_KINDS.indexOf(this.selected);
            const target = event.key === 'ArrowRight' ? (index + 1) % TAB_KINDS.length
                : event.key === 'ArrowLeft' ? (index - 1 + TAB_KINDS.length) % TAB_KINDS.length
                    : event.key === 'Home' ? 0
                        : event.key === 'End' ? TAB_KINDS.length - 1
                            : undefined;
            if (target !== undefined) {
                event.preventDefault();
                const next = TAB_KINDS[target];
                actions.selectTab(next);
                this.tabs[next].focus();
            }
        });

        this.zoomLabel = element('output', { class: 'proj-zoom', 'aria-live': 'polite', title: 'Zoom (Ctrl+wheel zooms too)' }, '100%');
        this.chartButtons = [
            button('−', 'Zoom out', () => actions.zoomBy(1 / ZOOM_STEP), { 'data-action': 'zoom-out' }),
            button('+', 'Zoom in', () => actions.zoomBy(ZOOM_STEP), { 'data-action': 'zoom-in' }),
            button('Fit', 'Fit the chart to the view', actions.fit, { 'data-action': 'fit' }),
            button('Export SVG', 'Export this chart as SVG', actions.exportSvg, { 'data-action': 'export' }),
        ];
        const [zoomOut, zoomIn, fit, exportSvg] = this.chartButtons;
        const view = element('div', { class: 'proj-group proj-chart-tools', role: 'group', 'aria-label': 'View' }, zoomOut, this.zoomLabel, zoomIn, fit, exportSvg);

        this.criticalOnly = element('input', { type: 'checkbox', id: 'proj-critical-only' });
        this.criticalOnly.addEventListener('change', () => actions.setCriticalOnly(this.criticalOnly.checked));
        this.criticalGroup = element('label', { class: 'proj-group proj-critical-only', for: 'proj-critical-only' }, this.criticalOnly, 'Critical chain only');

        this.phaseSelect = element('select', { id: 'proj-phase', 'aria-label': 'Phase to expand' });
        this.phaseSelect.addEventListener('change', () => actions.expandPhase(this.phaseSelect.value || undefined));
        this.phaseGroup = element('label', { class: 'proj-group proj-phase', for: 'proj-phase' }, 'Expand phase ', this.phaseSelect);

        this.showLinks = element('input', { type: 'checkbox', id: 'proj-show-links' });
        this.showLinks.addEventListener('change', () => actions.setShowLinks(this.showLinks.checked));
        this.linksGroup = element('label', { class: 'proj-group proj-show-links', for: 'proj-show-links', title: 'Draw the dependency arrows' }, this.showLinks, 'Arrows');

        this.element = element('header', { class: 'proj-toolbar' }, tabList, view, this.linksGroup, this.criticalGroup, this.phaseGroup);
    }

    setTab(tab: TabKind): void {
        this.selected = tab;
        for (const [kind, node] of Object.entries(this.tabs) as Array<[TabKind, HTMLButtonElement]>) {
            node.setAttribute('aria-selected', String(kind === tab));
            node.tabIndex = kind === tab ? 0 : -1;
        }
        this.criticalGroup.hidden = tab !== 'network';
        this.linksGroup.hidden = tab !== 'gantt';
        this.phaseGroup.classList.toggle('proj-off-tab', tab !== 'gantt');
    }

    /**
     * The zoom of the chart on show; undefined on a tab of HTML only, which has nothing to zoom or
     * export: the tools stay in place (the toolbar does not jump) but are disabled.
     */
    setZoom(zoom: number | undefined): void {
        this.zoomLabel.value = zoom === undefined ? '–' : `${Math.round(zoom * 100)}%`;
        for (const node of this.chartButtons) {
            node.disabled = zoom === undefined;
        }
    }

    setShowLinks(checked: boolean): void {
        this.showLinks.checked = checked;
    }

    /** `forced` when the plan is too large for anything but the critical chain. */
    setCriticalOnly(checked: boolean, forced: boolean): void {
        this.criticalOnly.checked = checked || forced;
        this.criticalOnly.disabled = forced;
    }

    /** Shows the phase selector when the Gantt chart collapses phases. */
    setPhases(phases: ReadonlyArray<{ readonly id: string; readonly title: string }> | undefined, expanded: string | undefined): void {
        this.phaseGroup.hidden = phases === undefined;
        if (phases === undefined) {
            return;
        }
        const options = [element('option', { value: '' }, 'None (all summarised)'),
            ...phases.map(phase => element('option', { value: phase.id }, phase.title === phase.id ? phase.id : `${phase.title} (${phase.id})`))];
        this.phaseSelect.replaceChildren(...options);
        this.phaseSelect.value = expanded !== undefined && phases.some(phase => phase.id === expanded) ? expanded : '';
    }
}
