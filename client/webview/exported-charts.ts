// What an exported HTML page carries for its charts, and where it wants them drawn: shared by the
// CLI, which writes the page, and export-page.ts, which draws in it. Plain types and constants.
import type { GanttView, PreviewModel, ScheduleRiskView } from '../../language/src/preview/preview-protocol.js';

/** In `<script type="application/json" id="proj-charts">`. */
export interface ExportedCharts {
    readonly gantt?: { readonly view: GanttView; readonly status?: string };
    readonly network?: NonNullable<PreviewModel['network']>;
    /** `proj risk --format html`: the analysis's chart, its title that of the standalone SVG. */
    readonly scheduleRisk?: { readonly view: ScheduleRiskView; readonly title: string };
}

export const CHARTS_DATA_ID = 'proj-charts';
export const GANTT_FIGURE_ID = 'proj-gantt-figure';
export const NETWORK_FIGURE_ID = 'proj-network-figure';
export const SCHEDULE_RISK_FIGURE_ID = 'proj-schedule-risk-figure';
