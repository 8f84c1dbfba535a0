// `proj trend --format html`: the trend as one self-contained page in the style of the status
// report: the forecast finish and the indices drawn as inline SVG over the commits' dates (see
// time-line-chart.ts for why not by the pages' renderer), then a row per commit. The page runs no
// script and loads nothing; every text from the plan and from git is escaped.
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { indexText } from '../../language/src/engine/figure-text.js';
import { trendChart, type TrendChart } from '../../language/src/engine/plan-trend.js';
import { escapeHtml, htmlPage, PAGE_STYLE, type StaticPageOptions } from './html-page.js';
import { section, table } from './report-html.js';
import { dateAxis, indexAxis, TIME_LINE_CHART_STYLE, timeLineChartSvg } from './time-line-chart.js';
import { commitsText, referenceText, shallowText, TREND_COLUMNS, trendLegend, trendTitle, type TrendDocument } from './trend-text.js';

const TREND_STYLE = `
td.nowrap { white-space: nowrap; }
tr.problem td { color: var(--muted); }
tr.reference td { font-weight: 600; }
.problem-note { color: var(--critical); }
`;

const html = escapeHtml;
const paragraph = (text: string) => `<p>${html(text)}</p>`;

/** The trend as one HTML page that needs nothing else. */
export function trendHtml(document: TrendDocument, options: StaticPageOptions): string {
    const { trend } = document;
    const title = trendTitle(document);
    const chart = trendChart(trend);
    const tips = trend.rows.map(row => `${row.date} ${row.commit.slice(0, 7)} ${row.subject}`);
    const shallow = shallowText(document);

    const finish = section('forecast-finish', 'Forecast finish', chart.finishRange ? [
        `<figure class="chart" id="finish-chart">${finishChartSvg(chart, tips)}</figure>`,
    ] : [paragraph('No commit could be scheduled.')]);
    const measured = chart.points.some(point => point.spi !== undefined || point.cpi !== undefined);
    const indices = section('indices', 'SPI and CPI', measured ? [
        `<figure class="chart" id="index-chart">${indexChartSvg(chart, tips)}</figure>`,
    ] : [paragraph('No commit measures SPI or CPI: they need a status date, work due by it and money spent.')]);

    const commits = section('commits', 'Commits', [
        table('commits-table',
            [...TREND_COLUMNS.map(([heading, , align]) => ({ heading, numeric: align === 'right', nowrap: true })), { heading: 'Subject' }, { heading: 'Note' }],
            trend.rows.map(row => ({
                className: row.problem !== undefined ? 'problem' : row.reference ? 'reference' : undefined,
                cells: [
                    ...TREND_COLUMNS.map(([heading, cell]) => heading === 'Commit' ? `<code>${html(cell(row))}</code>` : html(cell(row))),
                    html(row.subject),
                    row.problem !== undefined ? `<span class="problem-note">${html(row.problem)}</span>` : row.reference ? 'reference' : '',
                ],
            }))),
        `<p class="legend">${html(trendLegend(document))}</p>`,
    ]);

    return htmlPage(options, {
        title: `Trend: ${title}`, style: PAGE_STYLE + TIME_LINE_CHART_STYLE + TREND_STYLE,
        header: [
            `<h1>${html(`Trend: ${title}`)}</h1>`,
            `<p class="project-id">Project <code>${html(document.project.id)}</code></p>`,
            '<dl class="summary">',
            `<dt>History</dt><dd>${html(commitsText(document))}</dd>`,
            `<dt>Reference</dt><dd>${html(referenceText(trend))}</dd>`,
            '</dl>',
            ...(shallow ? [`<p class="notice">${html(shallow)}</p>`] : []),
        ],
        main: [...finish, ...indices, ...commits],
        footer: options.generator && `Made by ${options.generator}.`,
    });
}

function finishChartSvg(chart: TrendChart, tips: readonly string[]): string {
    const range = chart.finishRange!;
    return timeLineChartSvg({
        label: 'Forecast finish by commit date',
        dates: chart.points.map(point => point.date),
        tips,
        series: [{ name: 'Forecast finish', className: 'series-first', values: chart.points.map(point => point.finish === undefined ? undefined : dayNumberOf(point.finish)) }],
        y: { ...dateAxis(dayNumberOf(range.from), dayNumberOf(range.to)), format: isoDateOfDayNumber },
        levels: chart.referenceFinish === undefined ? [] : [{ value: dayNumberOf(chart.referenceFinish), label: `Reference finish ${chart.referenceFinish}` }],
    });
}

function indexChartSvg(chart: TrendChart, tips: readonly string[]): string {
    return timeLineChartSvg({
        label: 'SPI and CPI by commit date',
        dates: chart.points.map(point => point.date),
        tips,
        series: [
            { name: 'SPI', className: 'series-first', values: chart.points.map(point => point.spi) },
            { name: 'CPI', className: 'series-second', values: chart.points.map(point => point.cpi) },
        ],
        y: { ...indexAxis(chart.indexRange.min, chart.indexRange.max), format: value => indexText(value) },
        levels: [{ value: 1, label: '1.00: on plan' }],
    });
}
