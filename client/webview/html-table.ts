/// <reference lib="dom" />
// Tables built from rows and column definitions. Cells are nodes or text (never markup). A column
// with a sort value sorts the table when its header is clicked, as the WAI-ARIA sortable table
// does: the header holds a button, and the sorted column's header carries aria-sort.
import { element } from './dom.js';

export type SortDirection = 'ascending' | 'descending';

export interface SortState {
    readonly column: string;
    readonly direction: SortDirection;
}

type Cell = Node | string | undefined | false;

export interface Column<Row> {
    readonly key: string;
    readonly header: string;
    /** What the header's abbreviation stands for (BAC: budget at completion). */
    readonly title?: string;
    readonly cell: (row: Row) => Cell | readonly Cell[];
    /** `proj-number` right-aligns figures. */
    readonly className?: string | ((row: Row) => string | undefined);
    /** Makes the column sortable by this value. Rows without one sort last, either way. */
    readonly sortValue?: (row: Row) => number | string | undefined;
    /** The direction of a first click: descending where the highest matters most (scores). */
    readonly firstDirection?: SortDirection;
}

export interface TableOptions<Row> {
    readonly className?: string;
    readonly caption?: string;
    /** The plan id a row shows, as `data-row-id`. */
    readonly rowId?: (row: Row) => string;
    readonly rowClass?: (row: Row) => string | undefined;
    /** The order to show the rows in; the rows' own order when absent. */
    readonly sort?: SortState;
    /** Told of each sort the user asks for, so that the order survives a rebuild of the table. */
    readonly onSort?: (sort: SortState) => void;
    /** Rows beneath the body that never sort with it (a total). */
    readonly footer?: readonly Row[];
}

const collator = new Intl.Collator('en-GB', { numeric: true, sensitivity: 'base' });

function compareValues(a: number | string | undefined, b: number | string | undefined): number {
    if (typeof a === 'number' && typeof b === 'number') {
        return a - b;
    }
    return collator.compare(String(a), String(b));
}

/**
 * Rows in the order `sort` asks for. Rows without a value go last whatever the direction; equal
 * values keep the rows' own order, so that sorting is predictable.
 */
export function sortedRows<Row>(rows: readonly Row[], column: Column<Row> | undefined, direction: SortDirection): Row[] {
    const value = column?.sortValue;
    if (!value) {
        return [...rows];
    }
    const sign = direction === 'ascending' ? 1 : -1;
    return rows
        .map((row, order) => ({ row, order, value: value(row) }))
        .sort((a, b) => {
            const missing = Number(a.value === undefined) - Number(b.value === undefined);
            return missing || (a.value === undefined ? 0 : sign * compareValues(a.value, b.value!)) || a.order - b.order;
        })
        .map(entry => entry.row);
}

function cellNodes(content: Cell | readonly Cell[]): Array<Node | string> {
    const cells = Array.isArray(content) ? content as readonly Cell[] : [content as Cell];
    return cells.filter((cell): cell is Node | string => cell !== undefined && cell !== false);
}

function classOf<Row>(column: Column<Row>, row: Row): string | undefined {
    return typeof column.className === 'function' ? column.className(row) : column.className;
}

/** An item under its phases, a step further in for each (set as a style: the CSP allows no inline styles in markup). */
export function indented(cell: HTMLElement, depth: number): HTMLElement {
    cell.style.paddingLeft = `${Math.min(depth, 8) * 1.5}em`;
    return cell;
}

export function htmlTable<Row>(rows: readonly Row[], columns: readonly Column<Row>[], options: TableOptions<Row> = {}): HTMLTableElement {
    const rowElement = (row: Row) => element('tr', {
        class: options.rowClass?.(row),
        'data-row-id': options.rowId?.(row),
    }, ...columns.map((column, index) => index === 0 && options.rowId
        ? element('th', { scope: 'row', class: classOf(column, row) }, ...cellNodes(column.cell(row)))
        : element('td', { class: classOf(column, row) }, ...cellNodes(column.cell(row)))));
    const rowElements = new Map<Row, HTMLTableRowElement>(rows.map(row => [row, rowElement(row)]));
    const body = element('tbody');
    const headers = columns.map(column => {
        const header = element('th', { scope: 'col', class: typeof column.className === 'string' ? column.className : undefined, 'data-column': column.key });
        const label = column.title ? element('abbr', { title: column.title }, column.header) : column.header;
        if (column.sortValue) {
            const button = element('button', { type: 'button', class: 'proj-sort', title: `Sort by ${column.title ?? column.header}` },
                label, element('span', { class: 'proj-sort-mark', 'aria-hidden': 'true' }));
            button.addEventListener('click', () => {
                const direction: SortDirection = sort?.column === column.key
                    ? (sort.direction === 'ascending' ? 'descending' : 'ascending')
                    : column.firstDirection ?? 'ascending';
                apply({ column: column.key, direction });
                options.onSort?.(sort!);
            });
            header.append(button);
        } else {
            header.append(label);
        }
        return header;
    });

    let sort = options.sort;
    const apply = (next: SortState | undefined) => {
        sort = next;
        const column = columns.find(candidate => candidate.key === next?.column);
        body.replaceChildren(...sortedRows(rows, column, next?.direction ?? 'ascending').map(row => rowElements.get(row)!));
        columns.forEach((candidate, index) => {
            if (next && candidate.key === next.column) {
                headers[index].setAttribute('aria-sort', next.direction);
            } else {
                headers[index].removeAttribute('aria-sort');
            }
        });
    };
    apply(sort);

    return element('table', { class: `proj-table${options.className ? ` ${options.className}` : ''}` },
        options.caption !== undefined && element('caption', {}, options.caption),
        element('thead', {}, element('tr', {}, ...headers)),
        body,
        options.footer && options.footer.length > 0 && element('tfoot', {}, ...options.footer.map(rowElement)));
}

/**
 * A table in a box that scrolls both ways on its own, its header and first column kept in sight;
 * focusable, so that the keyboard can scroll it too.
 */
export function scrollingTable(table: HTMLTableElement, label: string, className: string): HTMLElement {
    return element('div', { class: `proj-table-box ${className}`, tabindex: '0', role: 'region', 'aria-label': label }, table);
}
