/// <reference lib="dom" />
// The Risk analysis tab: the histogram of the project's finish (finish-histogram.ts) and beneath it
// the tornado of what drives the finish (tornado.ts), one chart drawn at the pane's width and
// exported whole, with its legend above and the figures beneath (schedule-risk-html.ts).
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { ChartView } from './chart-view.js';
import type { FinishHistogramData } from './finish-histogram-layout.js';
import { finishHistogramSvg } from './finish-histogram.js';
import { PaneWidthChartTab } from './pane-width-chart-tab.js';
import { deadlineOf, scheduleRiskEmptyMessage, scheduleRiskHtml } from './schedule-risk-html.js';
import { stackedCharts } from './chart-text.js';
import { tornadoSvg } from './tornado.js';
import type { TornadoDriver } from './tornado-layout.js';

interface ScheduleRiskChart {
    readonly histogram: FinishHistogramData;
    readonly drivers: readonly TornadoDriver[];
}

export function scheduleRiskTab(panel: ChartView): PaneWidthChartTab<ScheduleRiskChart> {
    return new PaneWidthChartTab(panel, {
        dataOf: chartOf,
        svg: (data, look) => {
            const histogram = finishHistogramSvg(data.histogram, look);
            return data.drivers.length === 0 ? histogram
                : stackedCharts([histogram, tornadoSvg(data.drivers, look)], look.palette, { className: 'proj-schedule-risk-chart', description: 'Schedule risk analysis' });
        },
        standaloneTitle: (title, data) => `${title}: finish date, ${data.histogram.iterations.toLocaleString('en-GB')} iterations`,
        emptyMessage: scheduleRiskEmptyMessage,
        html: scheduleRiskHtml,
    });
}

function chartOf(model: PreviewModel): ScheduleRiskChart | undefined {
    const view = model.scheduleRisk;
    return view?.histogram && view.finish && view.iterations !== undefined && view.histogram.bins.length > 0
        ? { histogram: { histogram: view.histogram, iterations: view.iterations, p80: view.finish.p80, deadline: deadlineOf(view) }, drivers: view.drivers ?? [] }
        : undefined;
}
