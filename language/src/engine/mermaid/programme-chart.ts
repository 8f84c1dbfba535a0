// A programme in Mermaid for Markdown: a Gantt chart with a section per project (its span and its
// milestones) and a flowchart of the projects with the links between them. Every name is escaped
// for Mermaid (mermaidText), and only syntax Mermaid 10.9 onwards draws is used.
import { workingDaysText } from '../figure-text.js';
import type { GanttLink, GanttRow } from '../gantt-rows.js';
import type { ProgrammeView } from '../programme-view.js';
import { ganttBar, ganttHeader, type GanttChart, type GanttChartRow } from './gantt-chart.js';
import { mermaidId, mermaidText } from './mermaid-text.js';

/** Each project's span (critical where the programme's critical path runs through it) and milestones. */
export function programmeGantt(view: ProgrammeView): string {
    const lines = ['gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %d %b', '    inclusiveEndDates', '    todayMarker off'];
    for (const project of view.projects) {
        lines.push(`    section ${mermaidText(project.title ?? project.id)}`);
        lines.push(ganttBar({
            label: project.title ?? project.id, tags: project.critical ? ['crit'] : [], id: mermaidId('p', project.id),
            kind: 'phase', start: project.start, finish: project.finish,
        }));
        for (const milestone of project.milestones) {
            lines.push(ganttBar({
                label: milestone.name ?? milestone.id, tags: view.criticalPath.includes(`${project.id}.${milestone.id}`) ? ['crit'] : [],
                id: mermaidId(`m_${project.id}`, milestone.id), kind: 'milestone', start: milestone.date, finish: milestone.date,
            }));
        }
    }
    return lines.join('\n') + '\n';
}

/** The projects as nodes (their dates, RAG and deadline), the links between them as labelled arrows. */
export function programmeNetwork(view: ProgrammeView): string {
    const lines = ['flowchart LR'];
    for (const project of view.projects) {
        const dates = `${project.start} → ${project.finish}`;
        const late = project.daysLate ? `, ${workingDaysText(project.daysLate)} late` : '';
        const rag = project.rag ? `RAG ${project.rag}` : 'RAG not measured';
        lines.push(`    ${mermaidId('p', project.id)}["${mermaidText(project.title ?? project.id)}<br/>${mermaidText(dates)}<br/>${mermaidText(rag + late)}"]`);
    }
    const drawn = new Map<string, string[]>();
    for (const link of view.links) {
        const pair = `${link.from.slice(0, link.from.indexOf('.'))} ${link.to.slice(0, link.to.indexOf('.'))}`;
        const label = `${link.from} → ${link.to}${link.type === 'FS' ? '' : ` ${link.type}`}${link.lag ? ` ${link.lag}` : ''}`;
        drawn.set(pair, [...drawn.get(pair) ?? [], label]);
    }
    for (const [pair, labels] of drawn) {
        const [from, to] = pair.split(' ');
        // Several links between two projects share one arrow, the first named and a count.
        const label = labels.length === 1 ? labels[0] : `${labels[0]} and ${labels.length - 1} more`;
        lines.push(`    ${mermaidId('p', from)} -->|"${mermaidText(label)}"| ${mermaidId('p', to)}`);
    }
    const critical = view.projects.filter(project => project.critical).map(project => mermaidId('p', project.id));
    if (critical.length > 0) {
        lines.push('    classDef critical stroke:#d73a49,stroke-width:3px', `    class ${critical.join(',')} critical`);
    }
    return lines.join('\n') + '\n';
}

/**
 * The programme as the preview's Gantt picture draws a plan (one renderer for both): a section per
 * project, its span as a summary bar (float: working days to its deadline) and its milestones
 * under it; the links between projects as arrows, from the milestone or project they leave to the
 * project they lead into, critical where the programme's critical path runs along them.
 */
export function programmeGanttChart(view: ProgrammeView): GanttChart {
    const lines = ganttHeader({ workdays: [], holidays: [] });
    const rows: GanttChartRow[] = [];
    const push = (row: GanttRow, mermaidIdOf: string) => {
        rows.push({ ...row, mermaidId: mermaidIdOf });
        lines.push(ganttBar({ label: row.title, tags: row.critical ? ['crit'] : [], id: mermaidIdOf, kind: row.kind, start: row.start, finish: row.finish }));
    };
    for (const project of view.projects) {
        const section = project.title ?? project.id;
        lines.push(`    section ${mermaidText(section)}`);
        push({
            id: project.id, title: section, kind: 'phase', depth: 0, section, start: project.start, finish: project.finish,
            workingDays: project.workingDays, totalFloat: project.float, freeFloat: project.float, progress: project.progress, critical: project.critical,
            contains: project.workCount,
            ...(project.deadline !== undefined ? { deadline: { date: project.deadline, ...(project.daysLate ? { missedBy: project.daysLate } : {}) } } : {}),
        }, mermaidId('p', project.id));
        for (const milestone of project.milestones) {
            push({
                id: `${project.id}.${milestone.id}`, title: milestone.name ?? milestone.id, kind: 'milestone', depth: 1, section,
                start: milestone.date, finish: milestone.date, workingDays: 0, totalFloat: milestone.totalFloat, freeFloat: milestone.totalFloat,
                progress: milestone.progress, critical: milestone.critical, ...(milestone.atEndOfDay ? { atEndOfDay: true } : {}),
            }, mermaidId(`m_${project.id}`, milestone.id));
        }
    }
    const shown = new Set(rows.map(row => row.id));
    const onPath = new Set(view.criticalPath);
    const links: GanttLink[] = [];
    const drawn = new Set<string>();
    view.links.forEach((link, index) => {
        const fromProject = link.from.slice(0, link.from.indexOf('.'));
        const from = shown.has(link.from) ? link.from : fromProject;
        const to = link.to.slice(0, link.to.indexOf('.'));
        const key = `${from} ${to} ${link.type} ${link.lag ?? ''}`;
        if (!drawn.has(key)) {
            drawn.add(key);
            links.push({ from, to, type: link.type, ...(link.lag ? { lag: link.lag } : {}), critical: onPath.has(link.from) && onPath.has(link.to), source: { item: link.to, index } });
        }
    });
    return { mermaid: lines.join('\n') + '\n', rows, links, collapsed: false, phases: [] };
}
