import type { PlanItemKind } from '../plan-model.js';
import type { ScheduleDiff } from '../schedule-diff.js';
import type { CalendarInput } from '../working-calendar.js';
import { ganttBar, ganttHeader } from './gantt-chart.js';
import { mermaidId, mermaidText } from './mermaid-text.js';

/** Past this many items the chart stops (the tables list them all): a pull request's page stays readable. */
export const MAX_DIFF_CHART_ITEMS = 30;

export interface ScheduleDiffChart {
    readonly mermaid: string;
    /** Items moved, added or removed that the chart leaves out past its limit. */
    readonly omitted: number;
}

interface Row {
    readonly id: string;
    readonly title: string;
    readonly kind: PlanItemKind;
    readonly before?: { readonly start: string; readonly finish: string };
    readonly after?: { readonly start: string; readonly finish: string };
}

/**
 * What moved, as a Mermaid Gantt chart on the later plan's calendar: a section for the project and
 * for each item that moved, its bar before (grey, as done work) above its bar after; work added has
 * only a bar after, work removed only a bar before.
 */
export function scheduleDiffChart(diff: ScheduleDiff, calendar: CalendarInput, maxItems = MAX_DIFF_CHART_ITEMS): ScheduleDiffChart {
    const title = (item: { readonly id: string; readonly name?: string }) => item.name ?? item.id;
    const rows: Row[] = [
        ...diff.moved.map(item => ({ id: item.id, title: title(item), kind: item.kind, before: item.before, after: item.after })),
        ...diff.added.map(item => ({ id: item.id, title: title(item), kind: item.kind, after: item })),
        ...diff.removed.map(item => ({ id: item.id, title: title(item), kind: item.kind, before: item })),
    ];
    const project: Row = {
        id: '', title: 'Project', kind: 'task',
        before: { start: diff.start.before, finish: diff.finish.before }, after: { start: diff.start.after, finish: diff.finish.after },
    };
    const dates = [diff.start.before, diff.start.after, diff.finish.before, diff.finish.after].filter((date): date is string => date !== undefined).sort();
    const lines = ganttHeader(calendar, dates.length > 0 ? { from: dates[0], to: dates[dates.length - 1] } : undefined);
    [project, ...rows.slice(0, maxItems)].forEach((row, index) => {
        lines.push(`    section ${mermaidText(row.title)}`);
        // Bars are numbered by row, so that no item's id can clash with the project's bars.
        if (row.before) {
            lines.push(ganttBar({ label: row.after ? 'before' : 'removed', tags: ['done'], id: mermaidId(`b${index}`, row.id), kind: row.kind, start: row.before.start, finish: row.before.finish }));
        }
        if (row.after) {
            lines.push(ganttBar({ label: row.before ? 'after' : 'added', tags: ['active'], id: mermaidId(`a${index}`, row.id), kind: row.kind, start: row.after.start, finish: row.after.finish }));
        }
    });
    return { mermaid: lines.join('\n') + '\n', omitted: Math.max(0, rows.length - maxItems) };
}
