import type { PlanInput, Schedule } from '../plan-model.js';
import { ganttChart } from './gantt-chart.js';
import { shownDurations } from '../shown-durations.js';
import { daysFigure } from '../figure-text.js';
import { MARKDOWN_NETWORK_MAX_NODES, networkChart } from './network-chart.js';

/** Text for Markdown: pipes and line breaks would break a table, and angle brackets start HTML. */
function cell(text: string): string {
    return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ');
}

/**
 * The plan as Markdown that renders on GitHub: a summary, the Gantt chart and the critical-path
 * network as ```mermaid blocks (in syntax that Mermaid 10.9 onwards draws, as hosts draw them with
 * their own Mermaid), and the schedule as a table.
 */
export function planMarkdown(plan: PlanInput, schedule: Schedule, title?: string): string {
    const critical = schedule.criticalPaths[0] ?? [];
    const deadline = schedule.missedDates.find(missed => missed.kind === 'deadline');
    const lines = [
        `# ${cell(title ?? plan.id)}`,
        '',
        `- **Start:** ${schedule.start}`,
        `- **Finish:** ${schedule.finish}`,
    ];
    if (plan.deadline) {
        lines.push(`- **Deadline:** ${plan.deadline}${deadline ? ` (missed by ${deadline.workingDays} working days)` : ' (met)'}`);
    }
    if (plan.status) {
        lines.push(`- **Status date:** ${plan.status}`);
    }
    lines.push(`- **Critical path:** ${critical.length > 0 ? critical.map(id => `\`${id}\``).join(' → ') : 'none'}`);
    for (const missed of schedule.missedDates.filter(missed => missed.kind !== 'deadline')) {
        lines.push(`- **Missed:** ${missed.kind.replace(/-/g, ' ')} ${missed.date} on \`${missed.item}\`, by ${missed.workingDays} working days`);
    }
    lines.push(
        '', '## Gantt chart', '', '```mermaid', ganttChart(plan, schedule, { collapseAbove: Infinity, statusMarker: 'milestone' }).mermaid.trimEnd(), '```',
        // GitHub shrinks a chart to the page's width: the network runs its longest way down the page.
        '', '## Critical path network', '', '```mermaid', networkChart(plan, schedule, { direction: 'by-shape', maxNodes: MARKDOWN_NETWORK_MAX_NODES }).mermaid.trimEnd(), '```',
        '', '## Schedule', '',
        '| | Id | Name | Start | Finish | Days | Total float | Free float |',
        '|---|---|---|---|---|---:|---:|---:|',
    );
    const shownDays = shownDurations(plan, schedule);
    for (const item of schedule.items) {
        if (item.kind === 'phase') {
            continue;
        }
        lines.push(`| ${item.critical ? '★' : ''} | \`${item.id}\` | ${cell(item.name ?? '')} | ${item.start} | ${item.finish} | ${item.kind === 'milestone' ? '◆' : daysFigure(shownDays.get(item.id) ?? item.durationDays)} | ${daysFigure(item.totalFloat)} | ${daysFigure(item.freeFloat)} |`);
    }
    lines.push('', '★ critical · ◆ milestone', '');
    return lines.join('\n');
}
