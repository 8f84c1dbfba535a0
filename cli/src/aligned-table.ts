// Plain-text tables for people: aligned columns, each line led by a one-character marker
// (`*` for critical work in `proj schedule`), trailing spaces trimmed.

export interface TableColumn<Row> {
    readonly heading: string;
    readonly align: 'left' | 'right';
    readonly cell: (row: Row) => string;
}

const COLUMN_GAP = '  ';

/** Characters, not UTF-16 units: `…` and `◆` take one column each. */
function textWidth(text: string): number {
    return [...text].length;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
    const padding = ' '.repeat(Math.max(0, width - textWidth(text)));
    return align === 'left' ? text + padding : padding + text;
}

/** The heading line, then a line per row; `marker` gives each row's leading character. */
export function alignedTable<Row>(columns: ReadonlyArray<TableColumn<Row>>, rows: readonly Row[], marker: (row: Row) => string = () => ' '): string[] {
    const cells = [
        columns.map(column => column.heading),
        ...rows.map(row => columns.map(column => column.cell(row))),
    ];
    const markers = [' ', ...rows.map(marker)];
    const widths = columns.map((_, index) => Math.max(...cells.map(line => textWidth(line[index]))));
    return cells.map((line, lineIndex) => `${markers[lineIndex]} ${line
        .map((cell, index) => pad(cell, widths[index], columns[index].align))
        .join(COLUMN_GAP)}`.trimEnd());
}

/** Cut short, with an ellipsis, past `width` characters. */
export function truncate(text: string, width: number): string {
    const characters = [...text];
    return characters.length <= width ? text : `${characters.slice(0, width - 1).join('').trimEnd()}…`;
}
