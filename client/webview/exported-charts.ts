// What an exported HTML page carries for its charts, and where it wants them drawn: shared by the
// CLI, which writes the page, and export-page.ts, which draws in it. Plain types and constants.
import type { GanttView, PreviewModel } from '../../language/src/preview/preview-protocol.js';

/** In `<script type="application/json" id="proj-charts">`. */
export interface ExportedCharts {
    readonly gantt?: { readonly view: GanttView; readonly status?: string };
    readonly network?: NonNullable<PreviewModel['network']>;
}

export const CHARTS_DATA_ID = 'proj-charts';
export const GANTT_FIGURE_ID = 'proj-gantt-figure';
export const NETWORK_FIGURE_ID = 'proj-network-figure';
