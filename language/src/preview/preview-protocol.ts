// The preview's contract between the language server, the VS Code client and the webview.
// Plain types only: the client and the webview import this without Langium.

/** Request from the client: the preview of a plan, as of its last validated build. */
export const PREVIEW_REQUEST = 'proj/preview';
/** Request from the client: the plan as Markdown with Mermaid diagrams. */
export const MARKDOWN_REQUEST = 'proj/exportMarkdown';

export interface PreviewParams {
    readonly uri: string;
    /** Draw phases as summary bars past this many tasks and milestones. */
    readonly collapseGanttAbove?: number;
    /** A phase to draw in full in a collapsed Gantt. */
    readonly expandedPhase?: string;
    /** Draw the critical chain only in the network view. */
    readonly criticalOnly?: boolean;
    /** The network view never draws more nodes than this. */
    readonly maxNetworkNodes?: number;
}

export interface SourcePosition {
    readonly line: number;
    readonly character: number;
}

export interface PreviewModel {
    readonly uri: string;
    /** Errors in the plan. While there are any the preview keeps its last good charts, dimmed. */
    readonly errors: number;
    /** Why there is nothing to draw, when there is not (no project, no start date). */
    readonly message?: string;
    readonly project?: { readonly id: string; readonly title?: string; readonly start: string; readonly finish: string; readonly status?: string };
    readonly gantt?: {
        readonly mermaid: string;
        readonly collapsed: boolean;
        readonly bars: ReadonlyArray<{ readonly mermaidId: string; readonly id: string }>;
        readonly phases: ReadonlyArray<{ readonly id: string; readonly title: string }>;
        readonly expandedPhase?: string;
    };
    readonly network?: {
        readonly mermaid: string;
        readonly criticalOnly: boolean;
        readonly nodes: ReadonlyArray<{ readonly mermaidId: string; readonly id: string }>;
        readonly notice?: string;
    };
    /** Where each plan id is declared, so that a click on a bar or node reveals it. */
    readonly locations: Readonly<Record<string, SourcePosition>>;
}
