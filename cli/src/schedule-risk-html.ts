// `proj risk --format html`: the schedule risk analysis as one page that needs nothing else, the
// preview's schedule risk chart (the finish's histogram and the tornado) drawn by the inlined
// renderer, then the tables of the Markdown document. Every text from the plan is escaped.
import type { ScheduleRiskAnalysis, TaskRisk } from '../../language/src/engine/schedule-risk/monte-carlo.js';
import { moneyText } from '../../language/src/engine/figure-text.js';
import { scheduleRiskViewOfAnalysis } from '../../language/src/preview/schedule-risk-view.js';
import { SCHEDULE_RISK_FIGURE_ID } from '../../client/webview/exported-charts.js';
import { dateText, finishRows, iterationsText, mostCritical, mostSensitive, percentText, type RiskProject } from './format-schedule-risk.js';
import { escapeHtml, htmlPage, PAGE_STYLE, type HtmlPageOptions } from './html-page.js';
import { table } from './report-html.js';

const code = (text: string) => `<code>${escapeHtml(text)}</code>`;
const sensitivityText = (value: number | undefined) => value === undefined ? '–' : value.toFixed(2);

/** Columns headed `headings`, those at `numeric` right-aligned. */
const columnsOf = (headings: readonly string[], numeric: readonly number[] = []) => headings.map((heading, index) => ({ heading, numeric: numeric.includes(index) }));

const rowsOf = (rows: ReadonlyArray<readonly string[]>) => rows.map(cells => ({ cells }));

function taskRows(tasks: readonly TaskRisk[]): string[][] {
    return tasks.map(task => [code(task.id), escapeHtml(task.name ?? ''), percentText(task.criticality), sensitivityText(task.sensitivity)]);
}

export function scheduleRiskHtml(analysis: ScheduleRiskAnalysis, project: RiskProject, options: HtmlPageOptions): string {
    const title = `Schedule risk: ${project.title ?? project.id}`;
    const summary: Array<[string, string]> = [
        ['Project', code(project.id)],
        ['Simulation', escapeHtml(iterationsText(analysis))],
        ['P80 finish', `${escapeHtml(analysis.finish.p80)} (planned ${escapeHtml(analysis.plannedFinish)}, which ${percentText(analysis.plannedFinishProbability)} of iterations meet)`],
        ...analysis.dates.map((date): [string, string] => [`Chance of meeting ${escapeHtml(dateText(date))}`, percentText(date.probability)]),
    ];
    const main = [
        '<section aria-labelledby="finish-heading">',
        '<h2 id="finish-heading">Finish date</h2>',
        `<p>P10 ${escapeHtml(analysis.finish.p10)}, P50 ${escapeHtml(analysis.finish.p50)}, P80 ${escapeHtml(analysis.finish.p80)}, P90 ${escapeHtml(analysis.finish.p90)}.</p>`,
        `<figure class="chart" id="${SCHEDULE_RISK_FIGURE_ID}" aria-label="The finish date's histogram and what drives it"></figure>`,
        table('finish-table', columnsOf(['Finish of', 'Name', 'Planned', 'P10', 'P50', 'P80', 'P90']),
            rowsOf(finishRows(analysis, project).map(row => [code(row.id), escapeHtml(row.name), row.planned, row.p10, row.p50, row.p80, row.p90])),
            'The finish of the project and each milestone'),
        '</section>',
    ];
    const critical = mostCritical(analysis);
    if (critical.length > 0) {
        main.push('<section aria-labelledby="critical-heading">', '<h2 id="critical-heading">Most often critical</h2>',
            table('critical-table', columnsOf(['Id', 'Name', 'Criticality', 'Sensitivity'], [2, 3]), rowsOf(taskRows(critical)),
                'Criticality index: the share of iterations on the critical path'), '</section>');
    }
    const sensitive = mostSensitive(analysis);
    if (sensitive.length > 0) {
        main.push('<section aria-labelledby="sensitive-heading">', '<h2 id="sensitive-heading">Most sensitive</h2>',
            table('sensitive-table', columnsOf(['Id', 'Name', 'Criticality', 'Sensitivity'], [2, 3]), rowsOf(taskRows(sensitive)),
                'The durations that most drive the finish (Spearman\'s rank correlation with it)'), '</section>');
    }
    if (analysis.risks.length > 0) {
        main.push('<section aria-labelledby="risks-heading">', '<h2 id="risks-heading">Risks</h2>',
            table('risks-table', columnsOf(['Id', 'Name', 'Kind', 'Occurred', 'Sensitivity'], [3, 4]),
                rowsOf(analysis.risks.map(risk => [code(risk.id), escapeHtml(risk.name ?? ''), risk.opportunity ? 'opportunity' : 'risk', percentText(risk.occurred), sensitivityText(risk.sensitivity)])),
                'Each risk: how often it occurred, and its rank correlation with the finish'),
            '</section>');
    }
    if (analysis.cost) {
        const money = (amount: number) => escapeHtml(moneyText(amount, project.currency));
        const { cost } = analysis;
        main.push('<section aria-labelledby="cost-heading">', '<h2 id="cost-heading">Cost</h2>',
            table('cost-table', columnsOf(['Planned', 'Mean', 'P50', 'P80', 'P90'], [0, 1, 2, 3, 4]),
                rowsOf([[money(cost.planned), money(cost.mean), money(cost.p50), money(cost.p80), money(cost.p90)]]), 'The cost over the iterations'),
            '</section>');
    }
    main.push(...analysis.notes.map(note => `<p class="notice">${escapeHtml(note)}</p>`));
    return htmlPage(options, {
        title, style: PAGE_STYLE,
        charts: { scheduleRisk: { view: scheduleRiskViewOfAnalysis(analysis), title: `${project.title ?? project.id}: finish date, ${analysis.iterations.toLocaleString('en-GB')} iterations` } },
        header: [
            `<h1>${escapeHtml(title)}</h1>`,
            '<dl class="summary">',
            ...summary.map(([term, description]) => `<dt>${term}</dt><dd>${description}</dd>`),
            '</dl>',
        ],
        main,
        footer: options.generator && `Written by ${options.generator}.`,
    });
}
