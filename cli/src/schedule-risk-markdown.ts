// `proj risk --format markdown`: the schedule risk analysis as Markdown that renders on GitHub, the
// finish's histogram as an `xychart-beta` bar chart (Mermaid 10.6 onwards, as the trend's charts;
// no text from the plan goes into it), then the tables. Every text from the plan is escaped.
import type { ScheduleRiskAnalysis, TaskRisk } from '../../language/src/engine/schedule-risk/monte-carlo.js';
import { moneyText } from '../../language/src/engine/figure-text.js';
import { dateText, finishRows, iterationsText, mostCritical, mostSensitive, percentText, type RiskProject } from './format-schedule-risk.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `12 Jul`: short enough for an axis of up to 60 bars. */
function dayText(date: string): string {
    return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}

/**
 * The finish's histogram: a bar per bin (a day, or several where the finishes spread over many),
 * labelled by the bin's first day, and the bars' counts summing to the iterations.
 */
export function finishHistogramChart(analysis: ScheduleRiskAnalysis): string {
    const { bins, binDays } = analysis.histogram;
    const most = Math.max(...bins.map(bin => bin.count));
    return [
        'xychart-beta',
        `    title "Finish date: iterations per ${binDays === 1 ? 'day' : `${binDays} days`}"`,
        `    x-axis [${bins.map(bin => `"${dayText(bin.from)}"`).join(', ')}]`,
        `    y-axis "Iterations" 0 --> ${most}`,
        `    bar [${bins.map(bin => bin.count).join(', ')}]`,
        '',
    ].join('\n');
}

const sensitivityText = (value: number | undefined) => value === undefined ? '–' : value.toFixed(2);

function taskTable(tasks: readonly TaskRisk[]): string[] {
    return markdownTable(['Id', 'Name', 'Criticality', 'Sensitivity'],
        tasks.map(task => [markdownCode(task.id), markdownText(task.name ?? ''), percentText(task.criticality), sensitivityText(task.sensitivity)]),
        ['left', 'left', 'right', 'right']);
}

/** The analysis as one Markdown document (ending with a newline). */
export function scheduleRiskMarkdown(analysis: ScheduleRiskAnalysis, project: RiskProject): string {
    const lines = [
        `# Schedule risk: ${markdownText(project.title ?? project.id)}`,
        '',
        `- **Project:** ${markdownCode(project.id)}`,
        `- **Simulation:** ${iterationsText(analysis)}`,
        `- **P80 finish:** ${analysis.finish.p80} (planned ${analysis.plannedFinish}, which ${percentText(analysis.plannedFinishProbability)} of iterations meet)`,
        ...analysis.dates.map(date => `- **Chance of meeting ${markdownText(dateText(date))}:** ${percentText(date.probability)}`),
        '',
        '## Finish date',
        '',
        `P10 ${analysis.finish.p10}, P50 ${analysis.finish.p50}, P80 ${analysis.finish.p80}, P90 ${analysis.finish.p90}.`,
        '',
        '```mermaid',
        finishHistogramChart(analysis).trimEnd(),
        '```',
        '',
        ...markdownTable(['Finish of', 'Name', 'Planned', 'P10', 'P50', 'P80', 'P90'],
            finishRows(analysis, project).map(row => [markdownCode(row.id), markdownText(row.name), row.planned, row.p10, row.p50, row.p80, row.p90])),
    ];
    const critical = mostCritical(analysis);
    if (critical.length > 0) {
        lines.push('', '## Most often critical', '', ...taskTable(critical));
    }
    const sensitive = mostSensitive(analysis);
    if (sensitive.length > 0) {
        lines.push('', '## Most sensitive', '', 'The durations that most drive the finish (Spearman\'s rank correlation with it).', '', ...taskTable(sensitive));
    }
    if (analysis.risks.length > 0) {
        lines.push('', '## Risks', '', ...markdownTable(['Id', 'Name', 'Kind', 'Occurred', 'Sensitivity'],
            analysis.risks.map(risk => [markdownCode(risk.id), markdownText(risk.name ?? ''), risk.opportunity ? 'opportunity' : 'risk', percentText(risk.occurred), sensitivityText(risk.sensitivity)]),
            ['left', 'left', 'left', 'right', 'right']));
    }
    if (analysis.cost) {
        const money = (amount: number) => markdownText(moneyText(amount, project.currency));
        const { cost } = analysis;
        lines.push('', '## Cost', '', ...markdownTable(['Planned', 'Mean', 'P50', 'P80', 'P90'],
            [[money(cost.planned), money(cost.mean), money(cost.p50), money(cost.p80), money(cost.p90)]], ['right', 'right', 'right', 'right', 'right']));
    }
    if (analysis.notes.length > 0) {
        lines.push('', ...analysis.notes.map(note => `> ${markdownText(note)}`));
    }
    lines.push('');
    return lines.join('\n');
}
