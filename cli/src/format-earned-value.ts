// The outputs of `proj evm`: JSON for tools (keys keep their names and order; money to the penny,
// indices to four places, `null` where a figure is undefined), an aligned table for people.
import type { EarnedValueLine, EarnedValueReport } from '../../language/src/engine/earned-value.js';
import { amountText, indexText } from '../../language/src/engine/figure-text.js';
import { alignedTable, type TableColumn } from './aligned-table.js';

/** What the figures are of. */
export interface MeasuredProject {
    readonly id: string;
    readonly title?: string;
    readonly currency?: string;
    /** The baseline planned value comes from, if any. */
    readonly baseline?: { readonly revision: string; readonly commit: string };
}

const money = (amount: number | undefined) => amount === undefined ? null : Math.round(amount * 100) / 100;
const index = (value: number | undefined) => value === undefined ? null : Math.round(value * 10_000) / 10_000;

/** One line of the JSON, key by key: the order of the keys is part of the contract. */
function jsonLine(line: EarnedValueLine) {
    return {
        id: line.id, kind: line.kind, budget: money(line.budget),
        bac: money(line.bac), pv: money(line.pv), ev: money(line.ev), ac: money(line.ac),
        sv: money(line.sv), cv: money(line.cv), spi: index(line.spi), cpi: index(line.cpi),
        eac: money(line.eac), etc: money(line.etc), vac: money(line.vac), tcpi: index(line.tcpi),
    };
}

export function formatEarnedValueJson(report: EarnedValueReport, project: MeasuredProject): string {
    return JSON.stringify({
        project: project.id, status: report.status, currency: project.currency ?? null,
        lines: report.lines.map(jsonLine),
        plannedValueFrom: project.baseline ? { baseline: project.baseline.revision, commit: project.baseline.commit } : 'plan',
    }, undefined, 2);
}


const TABLE_COLUMNS: ReadonlyArray<TableColumn<EarnedValueLine>> = [
    { heading: 'Id', align: 'left', cell: line => line.kind === 'task' ? `  ${line.id}` : line.id },
    { heading: 'BAC', align: 'right', cell: line => amountText(line.bac) },
    { heading: 'PV', align: 'right', cell: line => amountText(line.pv) },
    { heading: 'EV', align: 'right', cell: line => amountText(line.ev) },
    { heading: 'AC', align: 'right', cell: line => amountText(line.ac) },
    { heading: 'SV', align: 'right', cell: line => amountText(line.sv) },
    { heading: 'CV', align: 'right', cell: line => amountText(line.cv) },
    { heading: 'SPI', align: 'right', cell: line => indexText(line.spi) },
    { heading: 'CPI', align: 'right', cell: line => indexText(line.cpi) },
    { heading: 'EAC', align: 'right', cell: line => amountText(line.eac) },
    { heading: 'ETC', align: 'right', cell: line => amountText(line.etc) },
    { heading: 'VAC', align: 'right', cell: line => amountText(line.vac) },
    { heading: 'TCPI', align: 'right', cell: line => indexText(line.tcpi) },
];

/** A title line, the figures of each task (indented), phase and the project, and the budgets. */
export function formatEarnedValueTable(report: EarnedValueReport, project: MeasuredProject): string[] {
    const title = [project.id, project.title, `earned value at ${report.status}`, project.currency].filter(Boolean).join(' · ');
    const budgets = report.lines.filter(line => line.budget !== undefined)
        .map(line => `Budget of ${line.id}: ${amountText(line.budget)} (BAC ${amountText(line.bac)}${line.bac > line.budget! ? ', over budget' : ''})`);
    const plannedFrom = project.baseline
        ? `Planned value from baseline ${project.baseline.revision} (${project.baseline.commit.slice(0, 7)}): its dates and budgets; work added since plans none.`
        : 'Planned value from the plan itself, scheduled without its progress (it names no baseline).';
    return [title, '', ...alignedTable(TABLE_COLUMNS, report.lines), ...(budgets.length > 0 ? ['', ...budgets] : []), '', plannedFrom];
}
