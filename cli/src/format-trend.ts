// The outputs of `proj trend` for the terminal and for tools: an aligned table, and JSON (keys keep
// their names and order; money to the penny, indices to four places, `null` where there is no figure).
import type { TrendRow } from '../../language/src/engine/plan-trend.js';
import { alignedTable, truncate, type TableColumn } from './aligned-table.js';
import { commitsText, referenceText, shortCommit, TREND_COLUMNS, trendLegend, type TrendDocument } from '../../language/src/engine/trend-text.js';

const money = (amount: number | undefined) => amount === undefined ? null : Math.round(amount * 100) / 100;
const index = (value: number | undefined) => value === undefined ? null : Math.round(value * 10_000) / 10_000;

/** One row of the JSON, key by key: the order of the keys is part of the contract. */
function jsonRow(row: TrendRow) {
    return {
        commit: row.commit, date: row.date, subject: row.subject, path: row.path, reference: row.reference,
        status: row.status ?? null, finish: row.finish ?? null, finishVariance: row.finishVariance ?? null,
        spi: index(row.spi), cpi: index(row.cpi), eac: money(row.eac), riskExposure: row.riskExposure ?? null,
        problem: row.problem ?? null,
    };
}

export function formatTrendJson(document: TrendDocument): string {
    const reference = document.trend.reference;
    return JSON.stringify({
        project: document.project.id,
        path: document.path,
        since: document.since ?? null,
        shallow: document.shallow,
        currency: document.project.currency ?? null,
        reference: reference ? {
            kind: reference.kind, revision: reference.revision ?? null, commit: reference.commit, date: reference.date, finish: reference.finish,
            unusedBaseline: reference.unusedBaseline ?? null,
        } : null,
        rows: document.trend.rows.map(jsonRow),
    }, undefined, 2);
}

const SUBJECT_WIDTH = 60;

const TABLE_COLUMNS: ReadonlyArray<TableColumn<TrendRow>> = [
    ...TREND_COLUMNS.map(([heading, cell, align]) => ({ heading, cell, align })),
    { heading: 'Subject', align: 'left', cell: row => truncate(row.subject, SUBJECT_WIDTH) },
];

/** A title, what the variance is counted from, a line per commit (oldest first), then why any commit is not measured. */
export function formatTrendTable(document: TrendDocument): string[] {
    const { rows } = document.trend;
    const title = [document.project.id, document.project.title, commitsText(document)].filter(Boolean).join(' · ');
    const problems = rows.filter(row => row.problem !== undefined).map(row => `! ${shortCommit(row.commit)}: ${row.problem}`);
    return [
        title,
        referenceText(document.trend),
        '',
        ...alignedTable(TABLE_COLUMNS, rows, row => row.problem !== undefined ? '!' : row.reference ? '=' : ' '),
        '',
        ...(problems.length > 0 ? [...problems, ''] : []),
        `= the reference · ! not measured at that commit · ${trendLegend(document)}`,
    ];
}
