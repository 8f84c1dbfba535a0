/// <reference lib="dom" />
// The schedule risk chart: the finish's histogram (finish-histogram.ts) and beneath it the tornado of
// what drives the finish (tornado.ts), one SVG at a width. The preview's Risk analysis tab and the
// page of `proj risk --format html` draw it with this code.
import type { ScheduleRiskView } from '../../language/src/preview/preview-protocol.js';
import { stackedCharts } from './chart-text.js';
import { finishHistogramSvg } from './finish-histogram.js';
import type { FinishHistogramData } from './finish-histogram-layout.js';
import type { TextWidth } from './text-width.js';
import type { ChartPalette } from './theme/chart-palette.js';
import { tornadoSvg } from './tornado.js';
import type { TornadoDriver } from './tornado-layout.js';

export interface ScheduleRiskChart {
    readonly histogram: FinishHistogramData;
    readonly drivers: readonly TornadoDriver[];
}

/** The deadline of the view, if the plan has one. */
export const deadlineOf = (view: ScheduleRiskView) => view.dates?.find(date => date.kind === 'deadline')?.date;

/** The chart's data, or undefined when the analysis has no finishes to draw. */
export function scheduleRiskChartOf(view: ScheduleRiskView | undefined): ScheduleRiskChart | undefined {
    return view?.histogram && view.finish && view.iterations !== undefined && view.histogram.bins.length > 0
        ? { histogram: { histogram: view.histogram, iterations: view.iterations, p80: view.finish.p80, deadline: deadlineOf(view) }, drivers: view.drivers ?? [] }
        : undefined;
}

export function scheduleRiskChartSvg(data: ScheduleRiskChart, look: { readonly width: number; readonly palette: ChartPalette; readonly textWidth: TextWidth; readonly standaloneTitle?: string }): SVGSVGElement {
    const histogram = finishHistogramSvg(data.histogram, look);
    return data.drivers.length === 0 ? histogram
        : stackedCharts([histogram, tornadoSvg(data.drivers, look)], look.palette, { className: 'proj-schedule-risk-chart', description: 'Schedule risk analysis' });
}
