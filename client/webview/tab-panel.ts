/// <reference lib="dom" />
// What the preview asks of every tab, chart or HTML: so that errors, messages and tab switches
// treat them all alike, and each tab kind only says how it draws.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { Theme } from './mermaid-renderer.js';

/** A tab's scrolling panel. */
export interface TabPanel {
    readonly element: HTMLElement;
    /** Whether it shows anything drawn from a plan (a chart, a table). */
    hasContent(): boolean;
    /** Forgets what it shows, as for another plan. */
    clear(): void;
    /** A line shown above the content (or alone, when there is none). */
    setMessage(message: string | undefined): void;
    /** Content from a plan that no longer builds: kept, and dimmed. */
    setStale(stale: boolean): void;
    setVisible(visible: boolean): void;
}

/** A tab's drawing of the preview model into its panel. */
export interface TabContent {
    readonly panel: TabPanel;
    /** Draws what changed since the last model; false when a newer render overtook it. */
    draw(model: PreviewModel, theme: Theme, isCurrent: () => boolean): Promise<boolean>;
}
