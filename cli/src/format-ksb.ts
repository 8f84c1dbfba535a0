// The outputs of `proj ksb`: the coverage matrix of a standard across plans, as an aligned table
// for people, Markdown for an evidence annex, and CSV for a spreadsheet.
import { stringify } from 'csv-stringify/sync';
import type { DutyCoverage, KsbCoverage, KsbCoverageEntry, KsbCoverageGroup, KsbEvidence } from '../../language/src/engine/ksb-coverage.js';
import type { PracticeVerdict } from '../../language/src/engine/duty-practice.js';
import { alignedTable, type TableColumn } from './aligned-table.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';

/** One project whose evidence counts, and the file it is in. */
export interface KsbPlan {
    readonly project: string;
    readonly title?: string;
    readonly file: string;
}

export interface KsbMatrix {
    readonly coverage: KsbCoverage;
    /** Every project the evidence was gathered from, in the order of the files. */
    readonly plans: readonly KsbPlan[];
}

/** What a KSB with no evidence shows. */
export const GAP = '—';

/** `24 of 62 covered across 2 plans` (plus `in 1 file` when a file holds several projects). */
export function ksbSummary(matrix: KsbMatrix): string {
    const plans = matrix.plans.length;
    const files = new Set(matrix.plans.map(plan => plan.file)).size;
    return `${matrix.coverage.covered} of ${matrix.coverage.total} covered across ${plans === 1 ? '1 plan' : `${plans} plans`}`
        + (files === plans ? '' : ` in ${files === 1 ? '1 file' : `${files} files`}`);
}

function standardTitle(coverage: KsbCoverage): string {
    return [coverage.standard.id, coverage.standard.title].filter(Boolean).join(' · ');
}

/** `7 of 19 covered`; for a duty, its verdict first: `partly evidenced · 7 of 20 KSBs covered`. */
function groupCount(group: KsbCoverageGroup): string {
    const count = `${group.covered} of ${group.codes.length}`;
    return group.duty ? `${verdictText(group.duty)} · ${count} KSBs covered` : `${count} covered`;
}

function verdictText(duty: DutyCoverage): string {
    return duty.verdict === 'partly' ? 'partly evidenced' : duty.verdict;
}

/** `9 of 14 duties evidenced`, or nothing for a standard without duties. */
export function dutySummary(coverage: KsbCoverage): string | undefined {
    const { evidenced, total } = coverage.duties;
    return total === 0 ? undefined : `${evidenced} of ${total} ${total === 1 ? 'duty' : 'duties'} evidenced`;
}

/** `Mapped to D5 by Proj, not the standard's table: K18, K21.` One sentence per source. */
function addedText(duty: DutyCoverage): string[] {
    const sources = [...new Set(duty.added.map(added => added.source))];
    return sources.map(source => {
        const codes = duty.added.filter(added => added.source === source).map(added => added.code);
        return `Mapped to ${duty.code} by ${source === 'Proj' ? 'Proj' : `standard '${source}'`}, not the standard's own table: ${codes.join(', ')}.`;
    });
}

/** The projects that show a rule of practice, or `—`. */
function shownIn(rule: PracticeVerdict): string {
    return rule.projects.length === 0 ? GAP : rule.projects.join(', ');
}

const PRACTICE_COLUMNS: ReadonlyArray<TableColumn<PracticeVerdict>> = [
    { heading: 'Practice', align: 'left', cell: rule => rule.evidence },
    { heading: 'Shown in', align: 'left', cell: shownIn },
];

interface TableRow {
    readonly ksb: string;
    readonly evidence?: KsbEvidence;
}

const TABLE_COLUMNS: ReadonlyArray<TableColumn<TableRow>> = [
    { heading: 'KSB', align: 'left', cell: row => row.ksb },
    { heading: 'Element', align: 'left', cell: row => row.evidence?.kind ?? GAP },
    { heading: 'Id', align: 'left', cell: row => row.evidence?.id ?? '' },
    { heading: 'Plan', align: 'left', cell: row => row.evidence?.project ?? '' },
    { heading: 'File', align: 'left', cell: row => row.evidence?.file ?? '' },
];

/**
 * The matrix for a terminal: the standard, then each group (a duty, or the KSBs no duty maps)
 * with its count and a table of its KSBs: a line per piece of evidence, the KSB's code on its
 * first, `—` for a KSB nothing evidences. A duty leads with its verdict and its rules of practice,
 * `✓` for those the plans show, the plans that show them. The summaries last.
 */
export function formatKsbTable(matrix: KsbMatrix): string[] {
    const { coverage } = matrix;
    const entries = new Map(coverage.entries.map(entry => [entry.code, entry]));
    const lines = [`${standardTitle(coverage)} · KSB coverage`];
    for (const group of coverage.groups) {
        lines.push('', `${group.title} · ${groupCount(group)}`);
        if (group.duty && group.duty.practice.length > 0) {
            lines.push(...alignedTable(PRACTICE_COLUMNS, group.duty.practice, rule => rule.projects.length > 0 ? '✓' : ' '));
        }
        const rows = group.codes.flatMap((code): TableRow[] => {
            const evidence = entries.get(code)?.evidence ?? [];
            return evidence.length === 0 ? [{ ksb: code }] : evidence.map((item, index) => ({ ksb: index === 0 ? code : '', evidence: item }));
        });
        lines.push(...rows.length === 0 ? ['  No KSB is mapped to this duty.'] : alignedTable(TABLE_COLUMNS, rows));
        lines.push(...(group.duty ? addedText(group.duty) : []).map(text => `  ${text}`));
    }
    const duties = dutySummary(coverage);
    lines.push('', ...duties ? [duties] : [], ksbSummary(matrix));
    return lines;
}

/** One piece of evidence in Markdown: ``task `business_case` “Draft business case” in `office_move` (plans/a.proj)``. */
function markdownEvidence(evidence: KsbEvidence): string {
    const title = evidence.title ? ` “${markdownText(evidence.title)}”` : '';
    const where = [
        evidence.project === undefined ? '' : ` in ${markdownCode(evidence.project)}`,
        evidence.file === undefined ? '' : ` (${markdownText(evidence.file)})`,
    ].join('');
    return `${markdownText(evidence.kind)} ${markdownCode(evidence.id)}${title}${where}`;
}

/**
 * The matrix for an evidence annex: a heading, the summary and the plans, then a heading and a
 * table per group, one row per KSB (its evidence joined by line breaks, `—` for a gap). Every
 * text from the plans and the standard is escaped.
 */
export function formatKsbMarkdown(matrix: KsbMatrix): string {
    const { coverage } = matrix;
    const entries = new Map(coverage.entries.map(entry => [entry.code, entry]));
    const duties = dutySummary(coverage);
    const lines = [
        `# KSB coverage: ${markdownText(standardTitle(coverage))}`,
        '',
        `${duties ? `${duties}; ` : ''}${ksbSummary(matrix)}.`,
        '',
        ...markdownTable(['Plan', 'Title', 'File'], matrix.plans.map(plan => [markdownCode(plan.project), markdownText(plan.title ?? ''), markdownText(plan.file)])),
    ];
    for (const group of coverage.groups) {
        const rows = group.codes.map(code => {
            const entry = entries.get(code);
            const evidence = entry?.evidence ?? [];
            return [
                code,
                markdownText(entry?.text ?? ''),
                evidence.length === 0 ? GAP : evidence.map(markdownEvidence).join('<br>'),
            ];
        });
        lines.push('', `## ${markdownText(group.title)} (${groupCount(group)})`);
        if (group.duty && group.duty.practice.length > 0) {
            lines.push('', ...markdownTable(['Practice', 'Why it evidences the duty', 'Shown in'], group.duty.practice.map(rule => [
                practiceMarkdown(rule.evidence), markdownText(rule.reason), rule.projects.length === 0 ? GAP : rule.projects.map(markdownCode).join(', '),
            ])));
        }
        lines.push('', ...rows.length === 0 ? ['No KSB is mapped to this duty.'] : markdownTable(['KSB', 'Statement', 'Evidence'], rows));
        if (group.duty && group.duty.added.length > 0) {
            lines.push('', ...addedText(group.duty).map(markdownText));
        }
    }
    lines.push('');
    return lines.join('\n');
}

/**
 * A rule of practice in Markdown: Proj's own text, whose backticks are code spans; only what would
 * break a table or start HTML is escaped.
 */
function practiceMarkdown(text: string): string {
    return text.replace(/[|<>]/g, character => ({ '|': '\\|', '<': '&lt;', '>': '&gt;' })[character]!);
}

/** The columns of `--format csv`, in order. */
export const KSB_CSV_COLUMNS = ['ksb', 'type', 'duties', 'statement', 'covered', 'element', 'id', 'title', 'project', 'file'] as const;

/**
 * Free text for a spreadsheet cell: one that starts as a formula would (`=` `+` `-` `@`) is led by
 * an apostrophe, which spreadsheets show as text and never evaluate.
 */
export function inertCell(text: string): string {
    return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A row per KSB and piece of evidence, in the standard's order (knowledge, skills, behaviours):
 * a KSB with three pieces of evidence has three rows; a gap has one, its evidence columns empty
 * and `covered` false. `duties` lists the duties the KSB is mapped to (`D1 D2 D9`: by the
 * standard's table, Proj's reading or a user's mapping). Filter on `covered`, or pivot on `ksb`,
 * in a spreadsheet. Titles, statements and paths are made
 * {@link inertCell inert}.
 */
export function formatKsbCsv(matrix: KsbMatrix): string {
    const { coverage } = matrix;
    const duties = new Map<string, string[]>();
    for (const group of coverage.groups) {
        for (const code of group.duty ? group.codes : []) {
            duties.set(code, [...duties.get(code) ?? [], group.duty!.code]);
        }
    }
    const row = (entry: KsbCoverageEntry, evidence?: KsbEvidence) => [
        entry.code, entry.kind, (duties.get(entry.code) ?? []).join(' '), inertCell(entry.text), String(entry.evidence.length > 0),
        evidence?.kind ?? '', evidence?.id ?? '', inertCell(evidence?.title ?? ''), evidence?.project ?? '', inertCell(evidence?.file ?? ''),
    ];
    const records = coverage.entries.flatMap(entry => entry.evidence.length === 0 ? [row(entry)] : entry.evidence.map(evidence => row(entry, evidence)));
    return stringify(records, { header: true, columns: [...KSB_CSV_COLUMNS] }).replace(/\n$/, '');
}
