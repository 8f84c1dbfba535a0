// The trend's two charts over the commits' dates: the forecast finish, with the reference's finish
// dashed across it, and SPI and CPI, with 1.00 (on plan) dashed across them. Drawn by
// time-line-chart.ts for the preview's History tab and `proj trend --format html` alike.
import { dayNumberOf, isoDateOfDayNumber } from '../../../language/src/engine/calendar-dates.js';
import { indexText } from '../../../language/src/engine/figure-text.js';
import type { TrendChart, TrendRow } from '../../../language/src/engine/plan-trend.js';
import { shortCommit } from '../../../language/src/engine/trend-text.js';
import { dateAxis, indexAxis, timeLineChartSvg } from './time-line-chart.js';

/** Said in place of the finish chart when no version could be scheduled. */
export const NO_FINISH_CHART = 'No commit could be scheduled.';
/** Said in place of the index chart when no version measures an index. */
export const NO_INDEX_CHART = 'No commit measures SPI or CPI: they need a status date, work due by it and money spent.';

/** Each point's tooltip: its commit's day, short id and subject. */
export function trendTips(rows: readonly TrendRow[]): string[] {
    return rows.map(row => `${row.date} ${shortCommit(row.commit)} ${row.subject}`);
}

/** The forecast finish by commit date, as SVG markup; undefined when nothing was scheduled. */
export function finishChartSvg(chart: TrendChart, tips: readonly string[], width?: number): string | undefined {
    const range = chart.finishRange;
    return range && timeLineChartSvg({
        label: 'Forecast finish by commit date', width,
        dates: chart.points.map(point => point.date),
        tips,
        series: [{ name: 'Forecast finish', className: 'series-first', values: chart.points.map(point => point.finish === undefined ? undefined : dayNumberOf(point.finish)) }],
        y: { ...dateAxis(dayNumberOf(range.from), dayNumberOf(range.to)), format: isoDateOfDayNumber },
        levels: chart.referenceFinish === undefined ? [] : [{ value: dayNumberOf(chart.referenceFinish), label: `Reference finish ${chart.referenceFinish}` }],
    });
}

/** SPI and CPI by commit date, as SVG markup; undefined when no version measures either. */
export function indexChartSvg(chart: TrendChart, tips: readonly string[], width?: number): string | undefined {
    const measured = chart.points.some(point => point.spi !== undefined || point.cpi !== undefined);
    return measured ? timeLineChartSvg({
        label: 'SPI and CPI by commit date', width,
        dates: chart.points.map(point => point.date),
        tips,
        series: [
            { name: 'SPI', className: 'series-first', values: chart.points.map(point => point.spi) },
            { name: 'CPI', className: 'series-second', values: chart.points.map(point => point.cpi) },
        ],
        y: { ...indexAxis(chart.indexRange.min, chart.indexRange.max), format: value => indexText(value) },
        levels: [{ value: 1, label: '1.00: on plan' }],
    }) : undefined;
}
