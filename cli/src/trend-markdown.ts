// `proj trend --format markdown`: the trend as Markdown that renders on GitHub, the charts as
// ```mermaid blocks (see engine/mermaid/trend-chart.ts for which charts, and why), then a table
// row per commit. Every text from the plan and from git is escaped.
import { chartedPoints, finishTrendChart, indexTrendChart, MAX_CHART_POINTS } from '../../language/src/engine/mermaid/trend-chart.js';
import { indexText } from '../../language/src/engine/figure-text.js';
import { trendChart } from '../../language/src/engine/plan-trend.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';
import { commitsText, referenceText, shallowText, TREND_COLUMNS, trendLegend, trendTitle, type TrendDocument } from '../../language/src/engine/trend-text.js';

const text = markdownText;

/** A ```mermaid block, or what stands in for a chart with nothing to draw. */
function mermaidBlock(chart: string | undefined, nothing: string): string[] {
    return chart === undefined ? [nothing] : ['```mermaid', chart.trimEnd(), '```'];
}

/** The trend as one Markdown document (ending with a newline). */
export function trendMarkdown(document: TrendDocument): string {
    const { trend } = document;
    const chart = trendChart(trend);
    const shallow = shallowText(document);
    const charted = chartedPoints(chart).length;
    const lines = [
        `# Trend: ${text(trendTitle(document))}`,
        '',
        `- **Project:** ${markdownCode(document.project.id)}`,
        `- **History:** ${text(commitsText(document))}`,
        `- **Reference:** ${text(referenceText(trend))}`,
        ...(shallow ? ['', `> ${text(shallow)}`] : []),
        '',
        '## Forecast finish',
        '',
        `Each commit's forecast finish, ${trend.reference ? 'in the critical colour where it is later than the reference, ' : ''}`
            + `oldest at the top${charted < chart.points.length ? `; the last ${MAX_CHART_POINTS} of ${chart.points.length} commits` : ''}.`,
        '',
        ...mermaidBlock(finishTrendChart(chart), 'No commit could be scheduled.'),
    ];
    for (const index of ['spi', 'cpi'] as const) {
        const name = index.toUpperCase();
        const measured = chart.points.filter(point => point[index] !== undefined);
        lines.push('', `## ${name}`, '', ...mermaidBlock(indexTrendChart(chart, index), measured.length === 1
            ? `Only one commit measures ${name}: ${indexText(measured[0][index])} at ${measured[0].commit} of ${measured[0].date}.`
            : `No commit measures ${name}: it needs a status date${index === 'spi' ? ' and work due by it' : ' and money spent'}.`));
    }
    lines.push(
        '', '## Commits', '',
        ...markdownTable(
            [...TREND_COLUMNS.map(([heading]) => heading), 'Subject', 'Note'],
            trend.rows.map(row => [
                ...TREND_COLUMNS.map(([heading, cell]) => heading === 'Commit' ? markdownCode(cell(row)) : text(cell(row))),
                text(row.subject),
                row.problem !== undefined ? `⚠ ${text(row.problem)}` : row.reference ? 'reference' : '',
            ]),
            [...TREND_COLUMNS.map(([, , align]) => align), 'left', 'left'],
        ),
        '',
        text(trendLegend(document)),
        '',
    );
    return lines.join('\n');
}
