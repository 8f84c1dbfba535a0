/// <reference lib="dom" />
// The Risk analysis tab: the schedule risk chart (schedule-risk-chart.ts: the finish's histogram and
// the tornado beneath), drawn at the pane's width and exported whole, with its legend above and
// the figures beneath (schedule-risk-html.ts).
import type { ChartView } from './chart-view.js';
import { PaneWidthChartTab } from './pane-width-chart-tab.js';
import { scheduleRiskChartOf, scheduleRiskChartSvg, type ScheduleRiskChart } from './schedule-risk-chart.js';
import { scheduleRiskEmptyMessage, scheduleRiskHtml } from './schedule-risk-html.js';

export function scheduleRiskTab(panel: ChartView): PaneWidthChartTab<ScheduleRiskChart> {
    return new PaneWidthChartTab(panel, {
        dataOf: model => scheduleRiskChartOf(model.scheduleRisk),
        svg: scheduleRiskChartSvg,
        standaloneTitle: (title, data) => `${title}: finish date, ${data.histogram.iterations.toLocaleString('en-GB')} iterations`,
        emptyMessage: scheduleRiskEmptyMessage,
        html: scheduleRiskHtml,
    });
}
