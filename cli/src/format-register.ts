// The outputs of `proj register`: one register in full. JSON and CSV for tools (a contract: the
// keys and columns are the register's, in its order), an aligned table for people, Markdown for
// reports (the status report's annex reuses it).
import { stringify } from 'csv-stringify/sync';
import { moneyText } from '../../language/src/engine/figure-text.js';
import type { KpiReadingValue, RegisterColumn, RegisterTable, RegisterValue } from '../../language/src/engine/register-tables.js';
import { alignedTable, truncate } from './aligned-table.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';

export interface RegisterDocument {
    readonly project: string;
    readonly title?: string;
    readonly currency?: string;
    readonly register: RegisterTable;
}

/** The widest a text cell of the plain table grows before it is cut short. */
const CELL_WIDTH = 40;

const isReadings = (value: RegisterValue): value is readonly KpiReadingValue[] =>
    Array.isArray(value) && value.length > 0 && typeof value[0] === 'object';

const figure = (value: number) => String(Math.round(value * 100) / 100);

/** A value as people read it: money with its symbol, lists joined, nothing as an empty cell. */
export function registerCellText(column: RegisterColumn, value: RegisterValue, currency: string | undefined): string {
    if (value === null || value === undefined) {
        return '';
    }
    if (isReadings(value)) {
        return value.map(reading => `${reading.date}: ${figure(reading.value)}`).join(', ');
    }
    if (Array.isArray(value)) {
        return value.join(column.type === 'texts' ? '; ' : ', ');
    }
    if (typeof value === 'number') {
        return column.type === 'money' ? moneyText(value, currency) : column.type === 'percent' ? `${figure(value)}%` : figure(value);
    }
    return value as string;
}

/** A value for a spreadsheet: numbers bare, lists joined with `; `, readings as `date=value`. */
function csvCell(value: RegisterValue): string | number {
    if (value === null || value === undefined) {
        return '';
    }
    if (isReadings(value)) {
        return value.map(reading => `${reading.date}=${reading.value}`).join('; ');
    }
    if (Array.isArray(value)) {
        return value.join('; ');
    }
    return value as string | number;
}

export function formatRegisterJson(document: RegisterDocument): string {
    const { register } = document;
    return JSON.stringify({
        project: document.project,
        register: register.kind,
        title: register.title,
        currency: document.currency ?? null,
        columns: register.columns.map(column => ({ key: column.key, heading: column.heading, type: column.type })),
        rows: register.rows,
        notes: register.notes,
    }, null, 2);
}

export function formatRegisterCsv(document: RegisterDocument): string {
    const { columns, rows } = document.register;
    return stringify([
        columns.map(column => column.key),
        ...rows.map(row => columns.map(column => csvCell(row[column.key]))),
    ]);
}

export function formatRegisterTable(document: RegisterDocument): string[] {
    const { register, currency } = document;
    const lines = [`${register.title}: ${document.title ?? document.project}`, ''];
    if (register.rows.length === 0) {
        lines.push(`  None recorded.`);
    } else {
        lines.push(...alignedTable(register.columns.map(column => ({
            heading: column.heading,
            align: column.type === 'number' || column.type === 'money' || column.type === 'percent' ? 'right' as const : 'left' as const,
            cell: (row: typeof register.rows[number]) => truncate(registerCellText(column, row[column.key], currency).replace(/\s+/g, ' '), CELL_WIDTH),
        })), register.rows));
    }
    if (register.notes.length > 0) {
        lines.push('', ...register.notes);
    }
    return lines;
}

/** The register's table and notes in Markdown, without a heading (the caller gives its own). */
export function registerMarkdownBody(register: RegisterTable, currency: string | undefined): string[] {
    const body = register.rows.length === 0 ? ['None recorded.'] : markdownTable(
        register.columns.map(column => column.heading),
        register.rows.map(row => register.columns.map(column => {
            const value = row[column.key];
            if (column.type === 'id' && typeof value === 'string') {
                return markdownCode(value);
            }
            if (column.type === 'ids' && Array.isArray(value)) {
                return (value as string[]).map(markdownCode).join(', ');
            }
            return markdownText(registerCellText(column, value, currency));
        })),
        register.columns.map(column => column.type === 'number' || column.type === 'money' || column.type === 'percent' ? 'right' : 'left'),
    );
    const chart = register.chart === undefined ? [] : ['', '```mermaid', register.chart, '```'];
    return [...body, ...chart, ...register.notes.flatMap(note => ['', markdownText(note)])];
}

export function formatRegisterMarkdown(document: RegisterDocument): string {
    const { register } = document;
    return [`# ${markdownText(register.title)}: ${markdownText(document.title ?? document.project)}`, '', ...registerMarkdownBody(register, document.currency), ''].join('\n');
}
