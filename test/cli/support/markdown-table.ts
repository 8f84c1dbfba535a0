// Reading back the Markdown tables that `proj report` and `proj ksb` write, to check that every one
// of them renders as a table (a broken row shows as text, or shifts its cells, on GitHub).
import { expect } from 'vitest';

/** The cells of a Markdown table row: split on pipes that are not escaped. */
export function markdownCells(line: string): string[] {
    return line.slice(1, -1).split(/(?<!\\)\|/).map(cell => cell.trim());
}

/** Every table in a Markdown document: runs of lines starting with `|`. */
function markdownTables(markdown: string): string[][] {
    const tables: string[][] = [];
    let current: string[] | undefined;
    for (const line of markdown.split('\n')) {
        if (line.startsWith('|')) {
            (current ??= []).push(line);
        } else if (current) {
            tables.push(current);
            current = undefined;
        }
    }
    return current ? [...tables, current] : tables;
}

/**
 * Checks that each table has a header, an alignment row and rows of as many cells as the header,
 * and returns how many tables there are.
 */
export function expectWellFormedTables(markdown: string): number {
    const tables = markdownTables(markdown);
    for (const table of tables) {
        const width = markdownCells(table[0]).length;
        expect(table[1]).toMatch(/^\|( ---:? \|)+$/);
        for (const row of table) {
            expect(row.endsWith(' |'), row).toBe(true);
            expect(markdownCells(row), row).toHaveLength(width);
        }
    }
    return tables.length;
}
