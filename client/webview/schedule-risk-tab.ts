/// <reference lib="dom" />
// The Risk analysis tab: the histogram of the project's finish (finish-histogram.ts), drawn at the
// pane's width, with its legend above and the figures and tornado beneath (schedule-risk-html.ts).
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { ChartView } from './chart-view.js';
import type { FinishHistogramData } from './finish-histogram-layout.js';
import { finishHistogramSvg } from './finish-histogram.js';
import { PaneWidthChartTab } from './pane-width-chart-tab.js';
import { deadlineOf, scheduleRiskEmptyMessage, scheduleRiskHtml } from './schedule-risk-html.js';

export function scheduleRiskTab(panel: ChartView): PaneWidthChartTab<FinishHistogramData> {
    return new PaneWidthChartTab(panel, {
        dataOf: histogramOf,
        svg: finishHistogramSvg,
        standaloneTitle: (title, data) => `${title}: finish date, ${data.iterations.toLocaleString('en-GB')} iterations`,
        emptyMessage: scheduleRiskEmptyMessage,
        html: scheduleRiskHtml,
    });
}

function histogramOf(model: PreviewModel): FinishHistogramData | undefined {
    const view = model.scheduleRisk;
    return view?.histogram && view.finish && view.iterations !== undefined && view.histogram.bins.length > 0
        ? { histogram: view.histogram, iterations: view.iterations, p80: view.finish.p80, deadline: deadlineOf(view) }
        : undefined;
}
