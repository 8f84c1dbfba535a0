/// <reference lib="dom" />
// The Programme tab: the programme the plan is in, as the Gantt picture draws a plan (gantt-tab.ts
// with this source): each project a summary bar with its milestones, the links between projects,
// and above it a table of the projects, their dates against their deadlines, RAG, SPI and CPI.
import { indexText } from '../../language/src/engine/figure-text.js';
import type { ProgrammeProject } from '../../language/src/engine/programme-view.js';
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { element } from './dom.js';
import type { GanttSource } from './gantt/gantt-tab.js';
import { htmlTable, type Column } from './html-table.js';

const COLUMNS: ReadonlyArray<Column<ProgrammeProject>> = [
    { key: 'project', header: 'Project', cell: project => element('span', { class: 'proj-id', 'data-proj-id': project.id }, project.title ?? project.id) },
    { key: 'start', header: 'Start', cell: project => project.start },
    { key: 'finish', header: 'Finish', cell: project => project.finish },
    { key: 'deadline', header: 'Deadline', cell: project => project.deadline ?? '–' },
    {
        key: 'late', header: 'Against deadline',
        cell: project => project.deadline === undefined ? '–' : project.daysLate ? `${project.daysLate} working ${project.daysLate === 1 ? 'day' : 'days'} late` : 'on time',
        className: project => project.daysLate ? 'proj-negative' : undefined,
    },
    { key: 'rag', header: 'RAG', cell: project => element('span', { class: `proj-rag proj-rag-${project.rag ?? 'none'}` }, project.rag ?? 'not measured') },
    { key: 'spi', header: 'SPI', title: 'Schedule performance index', cell: project => indexText(project.spi), className: 'proj-number' },
    { key: 'cpi', header: 'CPI', title: 'Cost performance index', cell: project => indexText(project.cpi), className: 'proj-number' },
];

export const PROGRAMME_GANTT: GanttSource = {
    kind: 'programme',
    label: 'Programme',
    ganttOf: model => model.programme?.gantt,
    emptyMessage: (model: PreviewModel) => model.message
        ?? 'This plan waits for no other plan, and none waits for it: link work across plans (`after alpha.done`) to see them here as one programme.',
    header: model => {
        const view = model.programme?.view;
        if (!view) {
            return undefined;
        }
        const table = htmlTable(view.projects, COLUMNS, { className: 'proj-table proj-programme-table', caption: `${view.projects.length} projects, ${view.start} to ${view.finish}` });
        const path = view.criticalPath.length > 0 ? element('p', { class: 'proj-programme-path' }, `Critical path across projects: ${view.criticalPath.join(' → ')}`) : undefined;
        return element('div', { class: 'proj-programme-header' }, table, path);
    },
};
