// `proj diff --format markdown`: what changed in the schedule, for a pull request's comment. GitHub
// renders its tables and its ```mermaid chart of what moved; every text from the plan is escaped.
import { scheduleDiffChart } from '../../language/src/engine/mermaid/schedule-diff-chart.js';
import { isUnchanged, type ScheduleDiff } from '../../language/src/engine/schedule-diff.js';
import { diffSections, finishSummary, versionText, type ComparedVersions, type DiffSection } from './format-schedule-diff.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';

/** The diff as one Markdown document (ending with a newline). */
export function scheduleDiffMarkdown(diff: ScheduleDiff, versions: ComparedVersions): string {
    const { before, after } = versions;
    const lines = [
        `## Schedule changes: ${markdownText(after.project.title ?? after.project.id)}`,
        '',
        `${markdownCode(after.project.id)} in ${markdownText(after.source.path)}, ${markdownText(versionText(before.source))} → ${markdownText(versionText(after.source))}.`,
        '',
        `**${markdownText(finishSummary(diff))}**`,
    ];
    if (isUnchanged(diff)) {
        return [...lines, '', 'Nothing in the schedule changed.', ''].join('\n');
    }
    const [project, ...changes] = diffSections(diff, after.project.currency, { id: markdownCode, text: markdownText });
    section(lines, project);
    if (diff.moved.length + diff.added.length + diff.removed.length > 0) {
        const chart = scheduleDiffChart(diff, after.plan.calendar);
        lines.push('', '### What moved', '', 'Each item before (grey) and after; work added or removed has one bar.', '', '```mermaid', chart.mermaid.trimEnd(), '```');
        if (chart.omitted > 0) {
            lines.push('', `The chart leaves out ${chart.omitted} more ${chart.omitted === 1 ? 'item' : 'items'}; the tables below list them all.`);
        }
    }
    for (const change of changes) {
        section(lines, change);
    }
    return [...lines, ''].join('\n');
}

function section(lines: string[], { title, headings, align, rows }: DiffSection): void {
    lines.push('', `### ${title}`, '', ...markdownTable(headings, rows, align));
}
