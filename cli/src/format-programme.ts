// `proj programme`'s output: a table for people, JSON for tools, Markdown with Mermaid for git hosts.
import { indexText, workingDaysText } from '../../language/src/engine/figure-text.js';
import { programmeGantt, programmeNetwork } from '../../language/src/engine/mermaid/programme-chart.js';
import type { ProgrammeProject, ProgrammeView } from '../../language/src/engine/programme-view.js';
import { alignedTable, type TableColumn } from './aligned-table.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';

/** Against the deadline: `on time`, `3 working days late`, or a dash without one. */
function againstDeadline(project: ProgrammeProject): string {
    if (project.deadline === undefined) {
        return '–';
    }
    return project.daysLate ? `${workingDaysText(project.daysLate)} late` : 'on time';
}

const COLUMNS: ReadonlyArray<TableColumn<ProgrammeProject>> = [
    { heading: 'Project', align: 'left', cell: project => project.id },
    { heading: 'Name', align: 'left', cell: project => project.title ?? '' },
    { heading: 'Start', align: 'left', cell: project => project.start },
    { heading: 'Finish', align: 'left', cell: project => project.finish },
    { heading: 'Deadline', align: 'left', cell: project => project.deadline ?? '–' },
    { heading: 'Against deadline', align: 'left', cell: againstDeadline },
    { heading: 'RAG', align: 'left', cell: project => project.rag ?? '–' },
    { heading: 'SPI', align: 'right', cell: project => indexText(project.spi) },
    { heading: 'CPI', align: 'right', cell: project => indexText(project.cpi) },
];

function linkText(link: ProgrammeView['links'][number]): string {
    return `${link.from} → ${link.to}${link.type === 'FS' ? '' : ` ${link.type}`}${link.lag ? ` ${link.lag}` : ''}`;
}

/** The projects (`*` where the programme's critical path runs through one), the links, the critical path. */
export function formatProgrammeTable(view: ProgrammeView): string[] {
    const lines = [`Programme · ${view.start} → ${view.finish} · ${view.projects.length} projects`, ''];
    lines.push(...alignedTable(COLUMNS, view.projects, project => project.critical ? '*' : ' '));
    if (view.links.length > 0) {
        lines.push('', 'Links between projects:', ...view.links.map(link => `  ${linkText(link)}`));
    }
    if (view.criticalPath.length > 0) {
        lines.push('', `Critical path across projects: ${view.criticalPath.join(' → ')}`);
    }
    return lines;
}

export function formatProgrammeJson(view: ProgrammeView): string {
    const nullable = <T>(value: T | undefined) => value ?? null;
    return JSON.stringify({
        start: view.start, finish: view.finish,
        projects: view.projects.map(project => ({
            id: project.id, title: nullable(project.title), start: project.start, finish: project.finish,
            deadline: nullable(project.deadline), daysLate: nullable(project.daysLate),
            rag: nullable(project.rag), spi: nullable(project.spi), cpi: nullable(project.cpi),
            critical: project.critical, milestones: project.milestones.map(milestone => ({ id: milestone.id, name: nullable(milestone.name), date: milestone.date })),
        })),
        links: view.links.map(link => ({ from: link.from, to: link.to, type: link.type, lag: nullable(link.lag) })),
        criticalPath: view.criticalPath,
    }, null, 2);
}

/** The table, a Gantt chart of the projects and a flowchart of their links, in Mermaid that GitHub draws. */
export function formatProgrammeMarkdown(view: ProgrammeView): string {
    const rows = view.projects.map(project => [
        `${markdownCode(project.id)}${project.critical ? ' (critical)' : ''}`, markdownText(project.title ?? ''), project.start, project.finish,
        project.deadline ?? '–', againstDeadline(project), project.rag ?? '–', indexText(project.spi), indexText(project.cpi),
    ]);
    const lines = [
        '# Programme', '',
        `${view.projects.length} projects, ${view.start} to ${view.finish}.`, '',
        ...markdownTable(COLUMNS.map(column => column.heading), rows, COLUMNS.map(column => column.align)), '',
        '## Timeline', '', '```mermaid', programmeGantt(view).trimEnd(), '```', '',
    ];
    if (view.links.length > 0) {
        lines.push('## Links between projects', '', '```mermaid', programmeNetwork(view).trimEnd(), '```', '',
            ...view.links.map(link => `- ${markdownText(linkText(link))}`), '');
    }
    if (view.criticalPath.length > 0) {
        lines.push('## Critical path across projects', '', view.criticalPath.map(markdownCode).join(' → '), '');
    }
    return lines.join('\n');
}
