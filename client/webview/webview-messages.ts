// The messages between the preview panel (extension host) and its webview, and the state the
// webview keeps across reloads. Plain types and constants: both sides import this, neither needs
// the DOM.
import type { HistoryAnswer, PreviewModel, PreviewPart } from '../../language/src/preview/preview-protocol.js';
import type { GanttScale } from './gantt/gantt-layout.js';

/** The tabs that show a chart (Mermaid's or the preview's own): these zoom, fit and export as SVG. */
export type ChartKind = 'gantt' | 'network' | 'budget' | 'resources' | 'schedule-risk' | 'stakeholders' | 'programme';
/** Every tab of the preview; the baseline comparison, history, risks and KSB coverage are HTML (history's charts inline). */
export type TabKind = ChartKind | 'baseline' | 'history' | 'risks' | 'ksb';

/** The tabs in the order the toolbar shows them (and the arrow keys cycle through). */
export const TAB_KINDS: readonly TabKind[] = ['gantt', 'network', 'budget', 'baseline', 'history', 'resources', 'risks', 'schedule-risk', 'stakeholders', 'ksb', 'programme'];
const CHART_KINDS: ReadonlySet<TabKind> = new Set<ChartKind>(['gantt', 'network', 'budget', 'resources', 'schedule-risk', 'stakeholders', 'programme']);

export function isChartKind(kind: TabKind): kind is ChartKind {
    return CHART_KINDS.has(kind);
}

/** The parts of the preview model a tab draws: what the preview asks for while the user types on it. */
export const TAB_PARTS: Readonly<Record<TabKind, readonly PreviewPart[]>> = {
    'gantt': ['gantt'], 'network': ['network'], 'budget': ['budget'], 'baseline': ['baseline'], 'history': [], 'resources': ['resources'],
    'risks': ['risks'], 'schedule-risk': ['scheduleRisk'], 'stakeholders': ['stakeholders'], 'ksb': ['ksb'], 'programme': ['programme'],
};

/** A saved tab, if it still names one: state may come from an older version of the preview. */
export function tabKindOf(value: unknown): TabKind | undefined {
    return TAB_KINDS.find(kind => kind === value);
}

/** What the user chose in the webview that changes what the server draws. */
export interface ChartOptions {
    readonly criticalOnly?: boolean;
    readonly expandedPhase?: string;
    /** Phases folded in the Gantt's table. */
    readonly folded?: readonly string[];
}

/** Extension → webview. */
export type ToWebview =
    /** The preview model as JSON text (see `updateMessage`). */
    | { readonly type: 'update'; readonly model: string }
    /** Asks for a chart's SVG once the render under way (if any) has finished. */
    | { readonly type: 'requestSvg'; readonly chart: ChartKind; readonly requestId: number }
    /** Brings a tab forward, as a command asks (Compare with Baseline). */
    | { readonly type: 'selectTab'; readonly tab: TabKind }
    /** The plan's history for the History tab (the `proj/history` answer); absent while it is read. */
    | { readonly type: 'history'; readonly uri: string; readonly history?: HistoryAnswer };

/**
 * The update that carries `model` to the webview. It travels as JSON text: a message crosses the
 * extension host, VS Code's window and the webview's two frames, and one string is copied at each
 * hop far faster than a graph of thousands of small objects is cloned (7 ms of a 200-task plan's
 * edit-to-chart time, measured by `npm run bench`). The language server writes that text once
 * (`PreviewAnswer.model`) and the extension relays it as it is; this is for a model at hand.
 */
export function updateMessage(model: PreviewModel): ToWebview {
    return { type: 'update', model: JSON.stringify(model) };
}

/** Webview → extension. */
export type FromWebview =
    /** The script is listening; carries the tab on show and the options restored from the webview's state. */
    | ({ readonly type: 'ready'; readonly tab?: TabKind } & ChartOptions)
    | ({ readonly type: 'options' } & ChartOptions)
    | { readonly type: 'reveal'; readonly id: string }
    /** Reveals a dependency (an arrow of the Gantt) by its `dependencyKey`. */
    | { readonly type: 'revealDependency'; readonly key: string }
    | { readonly type: 'showProblems' }
    /** The tab now on show: the History tab asks for the plan's history when it is shown. */
    | { readonly type: 'tab'; readonly tab: TabKind }
    /** A chart as a standalone SVG: answers a `requestSvg` (with its id) or comes from the toolbar. */
    | { readonly type: 'exportSvg'; readonly chart: ChartKind; readonly svg?: string; readonly reason?: string; readonly requestId?: number };

/** Where the user left one plan's views. */
export interface PlanViewState {
    /** The zoom of the charts drawn at a uniform scale (all but the Gantt). */
    readonly zoom?: Partial<Record<ChartKind, number>>;
    readonly scroll?: Partial<Record<TabKind, { readonly left: number; readonly top: number }>>;
    /** The Gantt's time and row scale; absent while it fits the pane. */
    readonly gantt?: GanttScale;
    /** The same for the programme's timeline. */
    readonly programme?: GanttScale;
    readonly expandedPhase?: string;
    readonly folded?: readonly string[];
}

/**
 * What `vscode.setState` keeps: restored after a reload, and read by the panel serializer. The
 * chart options at the top level are the plan on show's (the serializer reads them).
 */
export interface PreviewWebviewState extends ChartOptions {
    readonly uri?: string;
    readonly tab?: TabKind;
    /** Whether the Gantt draws its dependency arrows. */
    readonly showLinks?: boolean;
    /** Each plan shown lately, by uri, the most recent last. */
    readonly plans?: Readonly<Record<string, PlanViewState>>;
}
