// `proj export --format html`: one self-contained page (summary, Gantt chart, critical-path
// network, schedule table) that renders offline, Mermaid inlined, under a strict CSP.
import { randomBytes } from 'node:crypto';
import { differenceInCalendarDays, parseISO } from 'date-fns';
import { ganttChart } from '../../language/src/engine/mermaid/gantt-chart.js';
import { networkChart } from '../../language/src/engine/mermaid/network-chart.js';
import type { PlanInput, Schedule, ScheduledItem } from '../../language/src/engine/plan-model.js';

export interface PlanHtmlOptions {
    /** The project's title; its id when it has none. */
    readonly title?: string;
    /** Mermaid's browser bundle (`mermaid.min.js`), inlined into the page. */
    readonly mermaidScript: string;
    /** The nonce the page's scripts carry; a fresh random one by default. */
    readonly nonce?: string;
    /** Named in the page's footer, e.g. `proj 0.1.0`. */
    readonly generator?: string;
}

/** Text made safe anywhere in HTML: in elements and in quoted attribute values. */
export function escapeHtml(text: string): string {
    return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

/** A script's text made safe inside `<script>`: nothing in it may end the element early. */
export function scriptText(script: string): string {
    // `<\/script` means the same as `</script` in JavaScript strings, templates and regexes.
    return script.replace(/<\/(script)/gi, '<\\/$1');
}

/** Section names take the left margin of a Gantt chart: make it wide enough for the longest. */
function ganttLeftPadding(mermaid: string): number {
    const sections = mermaid.split('\n')
        .filter(line => line.startsWith('    section '))
        .map(line => line.slice('    section '.length).replace(/#\d+;/g, '_'));
    const longest = Math.max(0, ...sections.map(section => section.length));
    return Math.min(320, Math.max(100, longest * 8 + 24));
}

/** Ticks a person reads at a glance: days for a few weeks, Mondays for months, months for years. */
function ganttTickInterval(schedule: Pick<Schedule, 'start' | 'finish'>): string | undefined {
    const days = differenceInCalendarDays(parseISO(schedule.finish), parseISO(schedule.start));
    return days <= 21 ? '1day' : days <= 200 ? '1week' : days <= 1100 ? '1month' : undefined;
}

/** Mermaid's settings for a Gantt chart on a page: wide enough for its sections, ticks to suit its span. */
export function ganttConfig(mermaid: string, span: Pick<Schedule, 'start' | 'finish'>) {
    return {
        fontSize: 14,
        sectionFontSize: 14,
        barHeight: 26,
        barGap: 6,
        topPadding: 60,
        leftPadding: ganttLeftPadding(mermaid),
        gridLineStartPadding: 40,
        topAxis: true,
        tickInterval: ganttTickInterval(span),
    };
}

/** The script that starts Mermaid with `config` (strict security), in the dark theme when the reader uses one. */
export function mermaidStartScript(config: object): string {
    return [
        `const config = ${JSON.stringify(config)};`,
        // Mermaid's dark theme shades weekends and holidays a glaring yellow: a quiet grey instead.
        `if (window.matchMedia('(prefers-color-scheme: dark)').matches) {`,
        `    config.theme = 'dark';`,
        `    config.themeVariables = { excludeBkgColor: '#262c36' };`,
        `}`,
        'mermaid.initialize(config);',
    ].join('\n');
}

/** The style of the exported pages: light and dark, print-friendly. */
export const PAGE_STYLE = `
:root {
    color-scheme: light dark;
    --text: #1f2328; --muted: #59636e; --background: #ffffff; --surface: #f6f8fa;
    --border: #d1d9e0; --critical: #d1242f; --accent: #0969da;
}
@media (prefers-color-scheme: dark) {
    :root {
        --text: #e6edf3; --muted: #9198a1; --background: #0d1117; --surface: #151b23;
        --border: #3d444d; --critical: #ff7b72; --accent: #4493f8;
    }
}
* { box-sizing: border-box; }
body {
    margin: 0; padding: 2rem clamp(1rem, 4vw, 3rem); color: var(--text); background: var(--background);
    font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
}
main, header, footer { max-width: 80rem; margin: 0 auto; }
h1 { font-size: 1.9rem; margin: 0 0 0.25rem; line-height: 1.25; overflow-wrap: anywhere; }
h2 { font-size: 1.35rem; margin: 2.5rem 0 0.75rem; padding-bottom: 0.3rem; border-bottom: 1px solid var(--border); }
code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
.project-id { color: var(--muted); margin: 0; }
.summary { display: grid; grid-template-columns: max-content 1fr; gap: 0.35rem 1.5rem; margin: 1.5rem 0 0; }
.summary dt { font-weight: 600; }
.summary dd { margin: 0; overflow-wrap: anywhere; }
.missed { color: var(--critical); }
.chart { overflow-x: auto; padding: 1rem; background: var(--surface); border: 1px solid var(--border); border-radius: 6px; }
pre.mermaid { margin: 0; background: transparent; font-family: inherit; }
.notice { color: var(--muted); font-style: italic; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; }
th, td { padding: 0.4rem 0.75rem; border-bottom: 1px solid var(--border); text-align: left; vertical-align: top; }
th { background: var(--surface); font-weight: 600; }
td.number, th.number { text-align: right; }
td.name { overflow-wrap: anywhere; }
td.date { white-space: nowrap; }
tr.critical td:first-child { color: var(--critical); font-weight: 700; }
.table-wrap { overflow-x: auto; }
.legend, footer { color: var(--muted); font-size: 0.9rem; }
footer { margin-top: 3rem; }
@media print {
    body { padding: 0; }
    .chart { border: none; padding: 0; overflow: visible; }
}
`;

/**
 * The plan as one HTML page that needs nothing else: a summary, the Gantt chart (never collapsed)
 * and the critical-path network drawn by the inlined Mermaid, and the schedule as a table. Every
 * string from the plan is escaped; the CSP lets only the page's own (nonced) scripts run and
 * loads nothing from anywhere.
 */
export function planHtml(plan: PlanInput, schedule: Schedule, options: PlanHtmlOptions): string {
    const nonce = options.nonce ?? randomBytes(18).toString('base64');
    const title = options.title ?? plan.id;
    const gantt = ganttChart(plan, schedule, { collapseAbove: Infinity });
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
    const rows = schedule.items.filter(item => item.kind !== 'phase').map(item => {
        const phase = item.phase === undefined ? undefined : byId.get(item.phase);
        const cells = [
            `<td>${item.critical ? '<span title="critical">★</span>' : ''}</td>`,
            `<td>${code(item.id)}</td>`,
            `<td class="name">${escapeHtml(item.name ?? '')}</td>`,
            ...(hasPhases ? [`<td>${phase ? escapeHtml(nameOf(phase)) : ''}</td>`] : []),
            `<td class="date">${escapeHtml(item.start)}</td>`,
            `<td class="date">${escapeHtml(item.finish)}</td>`,
            `<td class="number">${item.kind === 'milestone' ? '◆' : item.durationDays}</td>`,
            `<td class="number">${item.totalFloat}</td>`,
            `<td class="number">${item.freeFloat}</td>`,
        ];
        return `<tr${item.critical ? ' class="critical"' : ''}>${cells.join('')}</tr>`;
    });
    const headers = ['<th scope="col"><span title="critical">★</span></th>', '<th scope="col">Id</th>', '<th scope="col">Name</th>',
        ...(hasPhases ? ['<th scope="col">Phase</th>'] : []),
        '<th scope="col">Start</th>', '<th scope="col">Finish</th>', '<th scope="col" class="number">Days</th>',
        '<th scope="col" class="number">Total float</th>', '<th scope="col" class="number">Free float</th>'];

    const mermaidConfig = {
        startOnLoad: true,
        securityLevel: 'strict',
        // Big plans make long chart sources; the page is the user's own.
        maxTextSize: 5_000_000,
        gantt: ganttConfig(gantt.mermaid, schedule),
        flowchart: { useMaxWidth: false },
    };
    const startMermaid = mermaidStartScript(mermaidConfig);

    const csp = `default-src 'none'; script-src 'nonce-${nonce}'; style-src 'unsafe-inline'; img-src data:`;
    return [
        '<!DOCTYPE html>',
        '<html lang="en">',
        '<head>',
        '<meta charset="utf-8">',
        // The policy holds no text from the plan, and the nonce is base64: no escaping needed.
        `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        ...(options.generator ? [`<meta name="generator" content="${escapeHtml(options.generator)}">`] : []),
        `<title>${escapeHtml(title)}</title>`,
        `<style>${PAGE_STYLE}</style>`,
        '</head>',
        '<body>',
        '<header>',
        `<h1>${escapeHtml(title)}</h1>`,
        `<p class="project-id">Project ${code(plan.id)}</p>`,
        '<dl class="summary">',
        ...summary.map(([term, description]) => `<dt>${term}</dt><dd>${description}</dd>`),
        '</dl>',
        '</header>',
        '<main>',
        '<section aria-labelledby="gantt-heading">',
        '<h2 id="gantt-heading">Gantt chart</h2>',
        `<div class="chart"><pre class="mermaid" id="gantt">${escapeHtml(gantt.mermaid)}</pre></div>`,
        '</section>',
        '<section aria-labelledby="network-heading">',
        '<h2 id="network-heading">Critical path network</h2>',
        ...(network.notice ? [`<p class="notice">${escapeHtml(network.notice)}</p>`] : []),
        `<div class="chart"><pre class="mermaid" id="network">${escapeHtml(network.mermaid)}</pre></div>`,
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
        '</main>',
        ...(options.generator ? [`<footer>Exported by ${escapeHtml(options.generator)}.</footer>`] : []),
        `<script nonce="${nonce}">${scriptText(options.mermaidScript)}</script>`,
        `<script nonce="${nonce}">${scriptText(startMermaid)}</script>`,
        '</body>',
        '</html>',
        '',
    ].join('\n');
}
