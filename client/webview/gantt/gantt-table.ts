/// <reference lib="dom" />
// The task table beside the Gantt chart, as in MS Project's Gantt view: name, start, finish,
// levelling delay (in a levelled plan), working days, total float and progress, a row per bar and
// exactly as high, so that each row lines up with its bar; phases indented with a toggle that
// folds them. As many columns as the
// pane leaves room for, the name always. The header and the body are apart, with the same column
// widths, so that the header can stay at the top and the body at the left while the chart scrolls.
// Only the rows in view (and a margin) exist: a plan of thousands of rows would otherwise cost more
// to lay out than Mermaid takes to draw it.
import type { GanttChartRow } from '../../../language/src/engine/mermaid/gantt-chart.js';
import { daysFigure } from '../../../language/src/engine/figure-text.js';
import { element } from '../dom.js';
import type { ChartPalette } from '../theme/chart-palette.js';
import { MONTHS, type MeasureText } from './time-scale.js';
import { rowColour } from './gantt-marks.js';

export type TableColumnKey = 'name' | 'start' | 'finish' | 'days' | 'float' | 'delay' | 'progress';

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
    // Before the figures that the pane may leave out: in a levelled plan, why a date moved.
    { key: 'delay', header: 'Delay', title: 'Levelling delay, in working days: how long the work waits for a resource', numeric: true },
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
    /** `15 Feb`, or `15 Feb 27` for a plan over more than one year. */
    readonly dateFormat: 'day month' | 'day month year';
}

/** A date as the table writes it (by hand: a table of a thousand rows writes two thousand). */
function tableDate(date: string, dateFormat: TablePlan['dateFormat'], time?: string): string {
    const [year, month, day] = date.split('-');
    const dayMonth = `${Number(day)} ${MONTHS[Number(month) - 1]}`;
    const written = dateFormat === 'day month' ? dayMonth : `${dayMonth} ${year.slice(2)}`;
    return time === undefined ? written : `${written} ${time}`;
}

/**
 * The columns that fit in `budget` pixels and their widths: the name as wide as the longest
 * (within bounds), then start, finish, days, float and progress while they fit.
 */
export function tablePlan(rows: readonly GanttChartRow[], budget: number, measure: MeasureText): TablePlan {
    const years = new Set(rows.flatMap(row => [row.start.slice(0, 4), row.finish.slice(0, 4)]));
    const dateFormat = years.size > 1 ? 'day month year' : 'day month';
    const longestName = Math.max(measure('Task'), ...rows.map(row => measure(row.title) + row.depth * INDENT + (row.kind === 'phase' ? 18 : 0) + 14));
    // In a plan that uses hours, dates carry their times: `15 Feb 13:30`.
    const withTimes = rows.some(row => row.startTime !== undefined);
    const widestDate = `${dateFormat === 'day month' ? '28 May' : '28 May 27'}${withTimes ? ' 00:00' : ''}`;
    const dateWidth = Math.ceil(measure(widestDate)) + CELL_PADDING;
    const numberWidth = Math.ceil(Math.max(measure('Float'), measure('100%'), measure('−999'))) + CELL_PADDING;
    const widths: Record<TableColumnKey, number> = { name: 0, start: dateWidth, finish: dateWidth, days: numberWidth, float: numberWidth, delay: numberWidth, progress: numberWidth };
    const columns: Array<{ key: TableColumnKey; width: number }> = [];
    let name = Math.min(NAME_WIDTH.max, Math.max(NAME_WIDTH.min, Math.ceil(longestName) + CELL_PADDING));
    let used = name;
    // Levelling's delays have a column in a levelled plan only.
    const levelled = rows.some(row => row.levellingDelay !== undefined);
    for (const column of COLUMNS.slice(1).filter(candidate => candidate.key !== 'delay' || levelled)) {
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

/** Rows made beyond those in view, each way, so that scrolling shows rows already there. */
const MARGIN_ROWS = 12;

const columnSpec = (key: TableColumnKey) => COLUMNS.find(candidate => candidate.key === key)!;

function cell(plan: TablePlan, index: number, role: string, className: string): HTMLElement {
    const node = element('div', { role, class: `proj-cell proj-${plan.columns[index].key} ${className}` });
    node.style.width = `${plan.columns[index].width}px`;
    return node;
}

export function tableHeader(plan: TablePlan, height: number, fontSize: number): HTMLElement {
    const row = element('div', { role: 'row', class: 'proj-gantt-row proj-gantt-head-row' },
        ...plan.columns.map((column, index) => {
            const spec = columnSpec(column.key);
            const node = cell(plan, index, 'columnheader', spec.numeric ? 'proj-number' : '');
            node.title = spec.title;
            node.textContent = spec.header;
            return node;
        }));
    row.style.height = `${height}px`;
    const header = element('div', { role: 'rowgroup', class: 'proj-gantt-table proj-gantt-table-head' }, row);
    header.style.width = `${plan.width}px`;
    header.style.fontSize = `${Math.max(11, fontSize - 1)}px`;
    return header;
}

/** A cell as the table shows it (and an exported SVG writes it). */
export function cellText(row: GanttChartRow, key: TableColumnKey, dateFormat: TablePlan['dateFormat']): string {
    switch (key) {
        case 'name':
            return row.folded ? `${row.title} (${row.contains})` : row.title;
        case 'start':
            return tableDate(row.start, dateFormat, row.startTime);
        case 'finish':
            return tableDate(row.finish, dateFormat, row.finishTime);
        case 'days':
            return row.kind === 'milestone' ? '◆' : daysFigure(row.workingDays);
        case 'float':
            return row.totalFloat < 0 ? `−${daysFigure(-row.totalFloat)}` : daysFigure(row.totalFloat);
        case 'delay':
            return row.levellingDelay ? String(row.levellingDelay) : '';
        case 'progress':
            return `${Math.round(row.progress)}%`;
    }
}

/**
 * The table's body: a row per chart row, each `rowHeight` high at its row's place, revealing its
 * item on a click (and on Enter). Rows are made for the part in view as it scrolls.
 */
export class GanttTableBody {
    readonly element: HTMLElement;
    /** The rows made, by index, each with what it shows (`rowKey`). */
    private readonly made = new Map<number, { readonly node: HTMLElement; readonly key: string }>();
    private margins = 0;

    constructor(private rows: readonly GanttChartRow[], private readonly plan: TablePlan, private options: GanttTableOptions) {
        this.element = element('div', { role: 'rowgroup', class: 'proj-gantt-table proj-gantt-table-body' });
        this.element.style.width = `${plan.width}px`;
        this.element.style.height = `${rows.length * options.rowHeight}px`;
        this.element.style.fontSize = `${options.fontSize}px`;
    }

    /** Whether the body can show rows at these sizes, in place (see `update`). */
    fits(plan: TablePlan, options: GanttTableOptions): boolean {
        return JSON.stringify(plan) === JSON.stringify(this.plan) && options.rowHeight === this.options.rowHeight
            && options.fontSize === this.options.fontSize && JSON.stringify(options.palette) === JSON.stringify(this.options.palette);
    }

    /**
     * Shows another build's rows in place: a row that shows the same as before is kept, the others
     * are made again, so that after an edit the page lays out only the rows it changed.
     */
    update(rows: readonly GanttChartRow[], options: GanttTableOptions): void {
        this.rows = rows;
        this.options = options;
        this.element.style.height = `${rows.length * options.rowHeight}px`;
        for (const [index, { node, key }] of this.made) {
            if (index >= rows.length) {
                node.remove();
                this.made.delete(index);
            } else if (key !== this.rowKey(index)) {
                const made = this.row(index);
                node.replaceWith(made.node);
                this.made.set(index, made);
            }
        }
    }

    /**
     * Makes the rows that meet the band from `top` to `bottom` (pixels from the body's top) at
     * once, those a margin beyond it in the next frame (so that scrolling finds them made, without
     * delaying the drawing in view), and drops those far from it.
     */
    show(top: number, bottom: number): void {
        const height = this.options.rowHeight;
        const first = Math.max(0, Math.floor(top / height));
        const last = Math.min(this.rows.length - 1, Math.ceil(bottom / height));
        for (const [index, row] of this.made) {
            if (index < first - 2 * MARGIN_ROWS || index > last + 2 * MARGIN_ROWS) {
                row.node.remove();
                this.made.delete(index);
            }
        }
        this.make(first, last);
        cancelAnimationFrame(this.margins);
        this.margins = requestAnimationFrame(() => this.make(Math.max(0, first - MARGIN_ROWS), Math.min(this.rows.length - 1, last + MARGIN_ROWS)));
    }

    private make(first: number, last: number): void {
        const fragment = document.createDocumentFragment();
        for (let index = first; index <= last; index++) {
            if (!this.made.has(index)) {
                const row = this.row(index);
                this.made.set(index, row);
                fragment.append(row.node);
            }
        }
        this.element.append(fragment);
    }

    /** Everything a row shows and does, as one string: equal keys, equal rows. */
    private rowKey(index: number): string {
        const row = this.rows[index];
        const cells = this.plan.columns.map(column => cellText(row, column.key, this.plan.dateFormat));
        return JSON.stringify([row.id, row.kind, row.critical, row.depth, row.folded, row.progress, row.totalFloat, rowColour(row, this.options.palette), cells]);
    }

    private row(index: number): { node: HTMLElement; key: string } {
        return { node: this.rowNode(index), key: this.rowKey(index) };
    }

    private rowNode(index: number): HTMLElement {
        const row = this.rows[index];
        const cells = this.plan.columns.map((column, at) => {
            if (column.key === 'name') {
                return this.nameCell(row, at);
            }
            const node = cell(this.plan, at, 'cell',
                `${columnSpec(column.key).numeric ? 'proj-number' : ''}${column.key === 'float' && row.totalFloat < 0 ? ' proj-negative' : ''}`);
            node.textContent = cellText(row, column.key, this.plan.dateFormat);
            return node;
        });
        const node = element('div', {
            'role': 'row', 'tabindex': '0', 'data-proj-id': row.id, 'aria-rowindex': String(index + 2),
            'class': `proj-gantt-row proj-row-${row.kind}${row.critical ? ' proj-row-critical' : ''}${row.elsewhere ? ' proj-row-elsewhere' : ''}${index % 2 === 1 ? ' proj-row-band' : ''}`,
        }, ...cells);
        node.style.top = `${index * this.options.rowHeight}px`;
        node.style.height = `${this.options.rowHeight}px`;
        return node;
    }

    private nameCell(row: GanttChartRow, at: number): HTMLElement {
        const swatch = element('span', { class: `proj-row-swatch proj-row-swatch-${row.kind}`, 'aria-hidden': 'true' });
        swatch.style.background = rowColour(row, this.options.palette);
        const node = cell(this.plan, at, 'rowheader', `proj-name-${row.kind}`);
        const onFold = this.options.onFold;
        if (row.kind === 'phase' && onFold) {
            const toggle = element('button', {
                'type': 'button', 'class': 'proj-fold', 'aria-expanded': String(!row.folded),
                'title': row.folded ? `Unfold ${row.title}` : `Fold ${row.title}`, 'data-fold': row.id,
            }, row.folded ? '▸' : '▾');
            toggle.addEventListener('click', event => {
                event.stopPropagation();
                onFold(row.id, !row.folded);
            });
            node.append(toggle);
        }
        node.append(swatch, element('span', { class: 'proj-row-name' }, cellText(row, 'name', this.plan.dateFormat)));
        node.style.paddingLeft = `${6 + row.depth * INDENT}px`;
        return node;
    }
}
