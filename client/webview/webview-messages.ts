// The messages between the preview panel (extension host) and its webview, and the state the
// webview keeps across reloads. Plain types: both sides import this, neither needs the DOM.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';

export type ChartKind = 'gantt' | 'network';

/** What the user chose in the webview that changes what the server draws. */
export interface ChartOptions {
    readonly criticalOnly?: boolean;
    readonly expandedPhase?: string;
}

/** Extension → webview. */
export type ToWebview =
    | { readonly type: 'update'; readonly model: PreviewModel }
    /** Asks for a chart's SVG once the render under way (if any) has finished. */
    | { readonly type: 'requestSvg'; readonly chart: ChartKind; readonly requestId: number };

/** Webview → extension. */
export type FromWebview =
    /** The script is listening; carries the options restored from the webview's state. */
    | ({ readonly type: 'ready' } & ChartOptions)
    | ({ readonly type: 'options' } & ChartOptions)
    | { readonly type: 'reveal'; readonly id: string }
    | { readonly type: 'showProblems' }
    /** A chart as a standalone SVG: answers a `requestSvg` (with its id) or comes from the toolbar. */
    | { readonly type: 'exportSvg'; readonly chart: ChartKind; readonly svg?: string; readonly reason?: string; readonly requestId?: number };

/** What `vscode.setState` keeps: restored after a reload, and read by the panel serializer. */
export interface PreviewWebviewState extends ChartOptions {
    readonly uri?: string;
    readonly tab?: ChartKind;
    readonly zoom?: Partial<Record<ChartKind, number>>;
    readonly scroll?: Partial<Record<ChartKind, { readonly left: number; readonly top: number }>>;
}
