// `proj trend --format html`: the trend as one self-contained page in the style of the status
// report: the forecast finish and the indices drawn as inline SVG over the commits' dates by the
// preview's own drawer (client/webview/history/, as the preview's History tab draws them), then a
// row per commit. The page runs no script and loads nothing; every text from the plan and from git
// is escaped.
import { trendChart } from '../../language/src/engine/plan-trend.js';
import { TIME_LINE_CHART_STYLE } from '../../client/webview/history/time-line-chart.js';
import { finishChartSvg, indexChartSvg, NO_FINISH_CHART, NO_INDEX_CHART, trendTips } from '../../client/webview/history/trend-charts.js';
import { escapeHtml, htmlPage, PAGE_STYLE, type StaticPageOptions } from './html-page.js';
import { section, table } from './report-html.js';
import { commitsText, referenceText, shallowText, TREND_COLUMNS, trendLegend, trendTitle, type TrendDocument } from '../../language/src/engine/trend-text.js';

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
    const tips = trendTips(trend.rows);
    const shallow = shallowText(document);
    const figure = (id: string, svg: string | undefined, otherwise: string) => svg ? [`<figure class="chart" id="${id}">${svg}</figure>`] : [paragraph(otherwise)];

    const finish = section('forecast-finish', 'Forecast finish', figure('finish-chart', finishChartSvg(chart, tips), NO_FINISH_CHART));
    const indices = section('indices', 'SPI and CPI', figure('index-chart', indexChartSvg(chart, tips), NO_INDEX_CHART));

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
