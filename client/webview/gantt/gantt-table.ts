/// <reference lib="dom" />
// The task table beside the Gantt chart, as in MS Project's Gantt view: name, start, finish,
// working days, total float and progress, a row per bar and exactly as high, so that each row
// lines up with its bar; phases indented with a toggle that folds them. As many columns as the
// pane leaves room for, the name always. The header and the body are two tables with the same
// column widths, so that the header can stay at the top and the body at the left while the chart
// scrolls.
import { format, parseISO } from 'date-fns';
import type { GanttChartRow } from '../../../language/src/engine/mermaid/gantt-chart.js';
import { element } from '../dom.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import type { MeasureText } from './time-scale.js';
import { rowColour } from './gantt-marks.js';

export type TableColumnKey = 'name' | 'start' | 'finish' | 'days' | 'float' | 'progress';

interface TableColumn {
    readonly key: TableColumnKey;
    readonly header: string;
    readonly title: string;
    readonly numeric?: boolean;
}

export const COLUMNS: readonly TableColumn[] = [
    { key: 'name', header: 'Task', title: 'Task, milestone or phase' },
    { key: 'start', header: 'Start', title: 'Start date' },
    { key: 'finish', header: 'Finish', title: 'Finish date' },
    { key: 'days', header: 'Days', title: 'Working days', numeric: true },
    { key: 'float', header: 'Float', title: 'Total float, in working days', numeric: true },
    { key: 'progress', header: 'Done', title: 'Percent complete', numeric: true },
];

/** Indentation per phase level, and the name column's bounds. */
export const INDENT = 14;
const NAME_WIDTH = { min: 110, max: 260 } as const;
const CELL_PADDING = 12;

export interface TablePlan {
    readonly columns: ReadonlyArray<{ readonly key: TableColumnKey; readonly width: number }>;
    readonly width: number;
    readonly dateFormat: string;
}

/**
 * The columns that fit in `budget` pixels and their widths: the name as wide as the longest
 * (within bounds), then start, finish, days, float and progress while they fit.
 */
export function tablePlan(rows: readonly GanttChartRow[], budget: number, measure: MeasureText): TablePlan {
    const years = new Set(rows.flatMap(row => [row.start.slice(0, 4), row.finish.slice(0, 4)]));
    const dateFormat = years.size > 1 ? 'd MMM yy' : 'd MMM';
    const longestName = Math.max(measure('Task'), ...rows.map(row => measure(row.title) + row.depth * INDENT + (row.kind === 'phase' ? 18 : 0) + 14));
    const dateWidth = Math.ceil(measure(dateFormat === 'd MMM' ? '28 May' : '28 May 27')) + CELL_PADDING;
    const numberWidth = Math.ceil(Math.max(measure('Float'), measure('100%'), measure('−999'))) + CELL_PADDING;
    const widths: Record<TableColumnKey, number> = { name: 0, start: dateWidth, finish: dateWidth, days: numberWidth, float: numberWidth, progress: numberWidth };
    const columns: Array<{ key: TableColumnKey; width: number }> = [];
    let name = Math.min(NAME_WIDTH.max, Math.max(NAME_WIDTH.min, Math.ceil(longestName) + CELL_PADDING));
    let used = name;
    for (const column of COLUMNS.slice(1)) {
        if (used + widths[column.key] > budget) {
            // A narrower name column makes room for the dates before they are left out.
            const spare = name - NAME_WIDTH.min;
            if (used - spare + widths[column.key] > budget) {
                break;
            }
            const take = used + widths[column.key] - budget;
            name -= take;
            used -= take;
        }
        columns.push({ key: column.key, width: widths[column.key] });
        used += widths[column.key];
    }
    return { columns: [{ key: 'name', width: name }, ...columns], width: used, dateFormat };
}

export interface GanttTableOptions {
    readonly rowHeight: number;
    readonly fontSize: number;
    readonly palette: ChartPalette;
    /** Offers a fold toggle on each phase; absent, phases cannot be folded (an exported page). */
    readonly onFold?: (phase: string, folded: boolean) => void;
}

function colgroup(plan: TablePlan): HTMLTableColElement[] {
    return plan.columns.map(column => {
        const col = element('col', { 'data-column': column.key });
        col.style.width = `${column.width}px`;
        return col;
    });
}

function sized(table: HTMLTableElement, plan: TablePlan, fontSize: number): HTMLTableElement {
    table.style.width = `${plan.width}px`;
    table.style.fontSize = `${fontSize}px`;
    return table;
}

export function tableHeader(plan: TablePlan, height: number, fontSize: number): HTMLTableElement {
    const cells = plan.columns.map(column => {
        const spec = COLUMNS.find(candidate => candidate.key === column.key)!;
        return element('th', { scope: 'col', title: spec.title, class: spec.numeric ? 'proj-number' : undefined }, spec.header);
    });
    const row = element('tr', {}, ...cells);
    row.style.height = `${height}px`;
    return sized(element('table', { class: 'proj-gantt-table proj-gantt-table-head' }, element('colgroup', {}, ...colgroup(plan)), element('thead', {}, row)), plan, Math.max(11, fontSize - 1));
}

/** A cell as the table shows it (and an exported SVG writes it). */
export function cellText(row: GanttChartRow, key: TableColumnKey, dateFormat: string): string {
    switch (key) {
        case 'name':
            return row.title;
        case 'start':
            return format(parseISO(row.start), dateFormat);
        case 'finish':
            return format(parseISO(row.finish), dateFormat);
        case 'days':
            return row.kind === 'milestone' ? '◆' : String(row.workingDays);
        case 'float':
            return row.totalFloat < 0 ? `−${-row.totalFloat}` : String(row.totalFloat);
        case 'progress':
            return `${Math.round(row.progress)}%`;
    }
}

function nameCell(row: GanttChartRow, options: GanttTableOptions): HTMLTableCellElement {
    const swatch = element('span', { class: `proj-row-swatch proj-row-swatch-${row.kind}`, 'aria-hidden': 'true' });
    swatch.style.background = rowColour(row, options.palette);
    const parts: Node[] = [];
    if (row.kind === 'phase' && options.onFold) {
        const toggle = element('button', {
            'type': 'button', 'class': 'proj-fold', 'aria-expanded': String(!row.folded),
            'title': row.folded ? `Unfold ${row.title}` : `Fold ${row.title}`, 'data-fold': row.id,
        }, row.folded ? '▸' : '▾');
        toggle.addEventListener('click', event => {
            event.stopPropagation();
            options.onFold!(row.id, !row.folded);
        });
        parts.push(toggle);
    }
    parts.push(swatch, element('span', { class: 'proj-row-name' }, row.folded ? `${row.title} (${row.contains})` : row.title));
    const cell = element('th', { scope: 'row', class: `proj-name proj-name-${row.kind}` }, ...parts);
    cell.style.paddingLeft = `${6 + row.depth * INDENT + (row.kind === 'phase' && options.onFold ? 0 : 0)}px`;
    return cell;
}

/** The table's body: a row per chart row, each `rowHeight` high, revealing its item on a click. */
export function tableBody(rows: readonly GanttChartRow[], plan: TablePlan, options: GanttTableOptions): HTMLTableElement {
    const body = element('tbody');
    rows.forEach((row, index) => {
        const cells = plan.columns.map(column => column.key === 'name'
            ? nameCell(row, options)
            : element('td', {
                class: [COLUMNS.find(spec => spec.key === column.key)?.numeric ? 'proj-number' : '', `proj-${column.key}`,
                    column.key === 'float' && row.totalFloat < 0 ? 'proj-negative' : ''].filter(Boolean).join(' '),
            }, cellText(row, column.key, plan.dateFormat)));
        const tr = element('tr', {
            'data-proj-id': row.id,
            'class': [`proj-row-${row.kind}`, row.critical ? 'proj-row-critical' : '', index % 2 === 1 ? 'proj-row-band' : ''].filter(Boolean).join(' '),
        }, ...cells);
        tr.style.height = `${options.rowHeight}px`;
        body.append(tr);
    });
    return sized(element('table', { class: 'proj-gantt-table proj-gantt-table-body' }, element('colgroup', {}, ...colgroup(plan)), body), plan, options.fontSize);
}
