// `proj programme --format html`: the programme on one page that works offline: its projects'
// table, the programme's Gantt picture (drawn by the preview's renderer, inlined, as `proj export`
// draws a plan's), the links between projects and the critical path across them.
import { indexText } from '../../language/src/engine/figure-text.js';
import { programmeGanttChart } from '../../language/src/engine/mermaid/programme-chart.js';
import type { ProgrammeView } from '../../language/src/engine/programme-view.js';
import { ganttFigure } from './export-html.js';
import { escapeHtml, htmlPage, PAGE_STYLE, type HtmlPageOptions } from './html-page.js';
import { columns, ragClass, REPORT_STYLE, section, table } from './report-html.js';

const code = (id: string) => `<code>${escapeHtml(id)}</code>`;

export function programmeHtml(view: ProgrammeView, options: HtmlPageOptions): string {
    const projects = table('projects', [
        ...columns(['Project', 'Name', 'Start', 'Finish', 'Deadline', 'Against deadline'], ['Start', 'Finish', 'Deadline']),
        { heading: 'RAG' }, { heading: 'SPI', numeric: true }, { heading: 'CPI', numeric: true },
    ], view.projects.map(project => ({
        className: project.critical ? 'critical' : undefined,
        cells: [
            `${code(project.id)}${project.critical ? ' <span title="on the critical path">★</span>' : ''}`, escapeHtml(project.title ?? ''),
            escapeHtml(project.start), escapeHtml(project.finish), escapeHtml(project.deadline ?? '–'),
            project.deadline === undefined ? '–' : project.daysLate ? `<span class="missed">${project.daysLate} working ${project.daysLate === 1 ? 'day' : 'days'} late</span>` : 'on time',
            `<span class="${ragClass(project.rag)}">${escapeHtml(project.rag ?? 'not measured')}</span>`, indexText(project.spi), indexText(project.cpi),
        ],
    })), 'Each project from its first work to its forecast finish; ★ on the critical path across projects');
    const links = view.links.map(link => `<li>${code(link.from)} → ${code(link.to)}${link.type === 'FS' ? '' : ` ${escapeHtml(link.type)}`}${link.lag ? ` ${escapeHtml(link.lag)}` : ''}</li>`);
    return htmlPage(options, {
        title: 'Programme', style: PAGE_STYLE + REPORT_STYLE,
        charts: { gantt: { view: programmeGanttChart(view) } },
        header: [
            '<h1>Programme</h1>',
            `<p class="project-id">${view.projects.length} projects, ${escapeHtml(view.start)} to ${escapeHtml(view.finish)}</p>`,
        ],
        main: [
            ...section('projects-section', 'Projects', [projects]),
            ...section('timeline', 'Timeline', [ganttFigure]),
            ...(links.length > 0 ? section('links', 'Links between projects', ['<ul>', ...links, '</ul>']) : []),
            ...(view.criticalPath.length > 0 ? section('critical-path', 'Critical path across projects', [`<p>${view.criticalPath.map(code).join(' → ')}</p>`]) : []),
        ],
    });
}
