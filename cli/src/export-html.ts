// `proj export --format html`: one self-contained page (summary, Gantt chart, critical-path
// network, schedule table) that renders offline, the preview's chart renderer inlined, under a
// strict CSP.
import { ganttChart } from '../../language/src/engine/mermaid/gantt-chart.js';
import type { BaselineAgainst } from './format-schedule.js';
import { networkChart } from '../../language/src/engine/mermaid/network-chart.js';
import { shownDurations } from '../../language/src/engine/shown-durations.js';
import { daysFigure } from '../../language/src/engine/figure-text.js';
import type { PlanInput, Schedule, ScheduledItem } from '../../language/src/engine/plan-model.js';
import type { ElsewhereWork } from '../../language/src/engine/gantt-rows.js';
import { GANTT_FIGURE_ID, NETWORK_FIGURE_ID } from '../../client/webview/exported-charts.js';
import { escapeHtml, htmlPage, PAGE_STYLE, type HtmlPageOptions } from './html-page.js';

export interface PlanHtmlOptions extends HtmlPageOptions {
    /** The project's title; its id when it has none. */
    readonly title?: string;
    /** The plan against its baseline: drawn as baseline bars under the Gantt's own. */
    readonly baseline?: BaselineAgainst;
    /** Work of other plans linked with this one's: rows of their own in the Gantt. */
    readonly elsewhere?: readonly ElsewhereWork[];
}

/** Where the page's renderer draws the Gantt picture (legend, table, scale and chart). */
export const ganttFigure = `<figure class="chart proj-gantt-figure" id="${GANTT_FIGURE_ID}" aria-label="Gantt chart"></figure>`;

/**
 * The plan as one HTML page that needs nothing else: a summary, the Gantt chart (never collapsed)
 * and the critical-path network drawn by the inlined renderer, and the schedule as a table. Every
 * string from the plan is escaped; the CSP lets only the page's own (nonced) scripts run and
 * loads nothing from anywhere.
 */
export function planHtml(plan: PlanInput, schedule: Schedule, options: PlanHtmlOptions): string {
    const title = options.title ?? plan.id;
    const gantt = { ...ganttChart(plan, schedule, { collapseAbove: Infinity, baseline: options.baseline, elsewhere: options.elsewhere }), baseline: options.baseline?.source.revision };
    const network = networkChart(plan, schedule);
    const byId = new Map(schedule.items.map(item => [item.id, item]));
    const nameOf = (item: ScheduledItem) => item.name ?? item.id;
    const code = (id: string) => `<code>${escapeHtml(id)}</code>`;

    const critical = schedule.criticalPaths[0] ?? [];
    const deadlineMiss = schedule.missedDates.find(missed => missed.kind === 'deadline');
    const summary: Array<[string, string]> = [
        ['Start', escapeHtml(schedule.start)],
        ['Finish', escapeHtml(schedule.finish)],
    ];
    if (plan.deadline) {
        summary.push(['Deadline', `${escapeHtml(plan.deadline)} ${deadlineMiss
            ? `<span class="missed">(missed by ${deadlineMiss.workingDays} working days)</span>`
            : '(met)'}`]);
    }
    if (plan.status) {
        summary.push(['Status date', escapeHtml(plan.status)]);
    }
    summary.push(['Critical path', critical.length > 0 ? critical.map(code).join(' → ') : 'none']);
    for (const missed of schedule.missedDates.filter(missed => missed.kind !== 'deadline')) {
        summary.push(['Missed', `<span class="missed">${escapeHtml(missed.kind.replace(/-/g, ' '))} ${escapeHtml(missed.date)}`
            + `${missed.item === undefined ? '' : ` on ${code(missed.item)}`}, by ${missed.workingDays} working days</span>`]);
    }

    const hasPhases = schedule.items.some(item => item.phase !== undefined);
    const shownDays = shownDurations(plan, schedule);
    const rows = schedule.items.filter(item => item.kind !== 'phase').map(item => {
        const phase = item.phase === undefined ? undefined : byId.get(item.phase);
        const cells = [
            `<td>${item.critical ? '<span title="critical">★</span>' : ''}</td>`,
            `<td>${code(item.id)}</td>`,
            `<td class="name">${escapeHtml(item.name ?? '')}</td>`,
            ...(hasPhases ? [`<td>${phase ? escapeHtml(nameOf(phase)) : ''}</td>`] : []),
            `<td class="date">${escapeHtml(item.start)}</td>`,
            `<td class="date">${escapeHtml(item.finish)}</td>`,
            `<td class="number">${item.kind === 'milestone' ? '◆' : daysFigure(shownDays.get(item.id) ?? item.durationDays)}</td>`,
            `<td class="number">${daysFigure(item.totalFloat)}</td>`,
            `<td class="number">${daysFigure(item.freeFloat)}</td>`,
        ];
        return `<tr${item.critical ? ' class="critical"' : ''}>${cells.join('')}</tr>`;
    });
    const headers = ['<th scope="col"><span title="critical">★</span></th>', '<th scope="col">Id</th>', '<th scope="col">Name</th>',
        ...(hasPhases ? ['<th scope="col">Phase</th>'] : []),
        '<th scope="col">Start</th>', '<th scope="col">Finish</th>', '<th scope="col" class="number">Days</th>',
        '<th scope="col" class="number">Total float</th>', '<th scope="col" class="number">Free float</th>'];

    return htmlPage(options, {
        title, style: PAGE_STYLE,
        charts: { gantt: { view: gantt, status: plan.status }, network },
        header: [
            `<h1>${escapeHtml(title)}</h1>`,
            `<p class="project-id">Project ${code(plan.id)}</p>`,
            '<dl class="summary">',
            ...summary.map(([term, description]) => `<dt>${term}</dt><dd>${description}</dd>`),
            '</dl>',
        ],
        main: [
            '<section aria-labelledby="gantt-heading">',
            '<h2 id="gantt-heading">Gantt chart</h2>',
            ganttFigure,
            '</section>',
            '<section aria-labelledby="network-heading">',
            '<h2 id="network-heading">Critical path network</h2>',
            ...(network.notice ? [`<p class="notice">${escapeHtml(network.notice)}</p>`] : []),
            `<div class="chart" id="${NETWORK_FIGURE_ID}" aria-label="Critical path network"></div>`,
            '</section>',
            '<section aria-labelledby="schedule-heading">',
            '<h2 id="schedule-heading">Schedule</h2>',
            '<div class="table-wrap"><table>',
            `<thead><tr>${headers.join('')}</tr></thead>`,
            '<tbody>',
            ...rows,
            '</tbody>',
            '</table></div>',
            '<p class="legend">★ critical · ◆ milestone · days and floats in working days</p>',
            '</section>',
        ],
        footer: options.generator && `Exported by ${options.generator}.`,
    });
}
