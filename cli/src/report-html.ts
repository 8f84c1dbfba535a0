// `proj report --format html`: the status report as one self-contained page that renders offline:
// the RAG summary, the registers as tables, and the Gantt picture drawn by the preview's inlined
// renderer (Mermaid in `securityLevel: 'strict'`) under a strict CSP. Every text from the plan is
// escaped.
import type { ChangeInput, Rag } from '../../language/src/engine/register-model.js';
import type { StatusReport } from '../../language/src/engine/status-report.js';
import { ganttFigure } from './export-html.js';
import { registerCellText } from './format-register.js';
import { escapeHtml, htmlPage, PAGE_STYLE, type HtmlPageOptions } from './html-page.js';
import {
    amount, changeCostText, changeTimeText, deadlineText, EARNED_VALUE_COLUMNS, finishText, kpiActualText, kpiTargetText, ksbSummaryText,
    milestoneStateText, ownerText, RAG_AREAS, ragLegend, RAG_LABELS, reportTitle, residualText, responseText, scoreText,
} from './report-text.js';

export type ReportHtmlOptions = HtmlPageOptions;

export const REPORT_STYLE = `
td.number, td.nowrap { white-space: nowrap; }
.rag { font-weight: 700; white-space: nowrap; text-align: center; }
.rag-red { color: #ffffff; background: #cf222e; }
.rag-amber { color: #1f2328; background: #f0b72f; }
.rag-green { color: #ffffff; background: #1a7f37; }
.rag-none { color: var(--muted); }
#rag th[scope="row"] { white-space: nowrap; }
#rag tr.overall th, #rag tr.overall td { border-top: 2px solid var(--text); }
.state-done { color: #1a7f37; }
.state-at-risk { color: var(--critical); font-weight: 600; }
.result-met { color: #1a7f37; font-weight: 600; }
.result-missed { color: var(--critical); font-weight: 600; }
h3 { font-size: 1.1rem; margin: 1.5rem 0 0.5rem; }
ul.lessons { margin: 0; padding-left: 1.5rem; }
`;

const html = escapeHtml;
const NUMERIC_TYPES = new Set(['number', 'money', 'percent']);
const code = (id: string) => `<code>${escapeHtml(id)}</code>`;
const codes = (ids: readonly string[]) => ids.map(code).join(', ');

export interface Column {
    readonly heading: string;
    /** Right-aligned figures. */
    readonly numeric?: boolean;
    /** Dates and short figures that should not break across lines. */
    readonly nowrap?: boolean;
}

/** Columns by heading; those named in `nowrap` keep their cells on one line. */
export function columns(headings: readonly string[], nowrap: readonly string[] = []): Column[] {
    return headings.map(heading => ({ heading, nowrap: nowrap.includes(heading) }));
}

/** A table; cells are HTML already, the caption text. */
export function table(id: string, tableColumns: readonly Column[], rows: ReadonlyArray<{ readonly cells: readonly string[]; readonly className?: string }>, caption?: string): string {
    const head = tableColumns.map(column => `<th scope="col"${column.numeric ? ' class="number"' : ''}>${html(column.heading)}</th>`).join('');
    const body = rows.map(row => {
        const cells = row.cells.map((cell, index) => {
            const column = tableColumns[index];
            const classes = [column?.numeric ? 'number' : '', column?.nowrap ? 'nowrap' : ''].filter(Boolean);
            return `<td${classes.length > 0 ? ` class="${classes.join(' ')}"` : ''}>${cell}</td>`;
        });
        return `<tr${row.className ? ` class="${row.className}"` : ''}>${cells.join('')}</tr>`;
    });
    return [`<div class="table-wrap"><table id="${id}">`, ...(caption ? [`<caption>${html(caption)}</caption>`] : []),
        `<thead><tr>${head}</tr></thead>`, '<tbody>', ...body, '</tbody>', '</table></div>'].join('\n');
}

/** The classes that colour a cell or label by its RAG status: `rag rag-red`. */
export function ragClass(rag: Rag | undefined): string {
    return `rag rag-${rag ?? 'none'}`;
}

export function section(id: string, heading: string, body: readonly string[]): string[] {
    return [`<section id="${id}" aria-labelledby="${id}-heading">`, `<h2 id="${id}-heading">${html(heading)}</h2>`, ...body, '</section>'];
}

const paragraph = (text: string) => `<p>${html(text)}</p>`;

/** The status report as one HTML page that needs nothing else. */
export function reportHtml(report: StatusReport, options: ReportHtmlOptions): string {
    const title = reportTitle(report);

    const facts: Array<[string, string]> = [
        ['Status date', report.status ? html(report.status) : 'none'],
        ['Start', html(report.project.start)],
        ['Forecast finish', html(finishText(report))],
    ];
    const deadline = deadlineText(report);
    if (deadline) {
        facts.push(['Deadline', html(deadline)]);
    }
    if (report.project.budget !== undefined) {
        facts.push(['Budget', html(amount(report, report.project.budget))]);
    }
    facts.push(['Critical path', report.criticalPath.length > 0 ? report.criticalPath.map(code).join(' → ') : 'none']);

    const ragRows = RAG_AREAS.map(([area, label]) => {
        const line = report.rag[area];
        return `<tr data-area="${area}"${area === 'overall' ? ' class="overall"' : ''}><th scope="row">${label}</th>`
            + `<td class="${ragClass(line.rag)}">${RAG_LABELS[line.rag ?? 'none']}</td><td>${html(line.explanation)}</td></tr>`;
    });
    const summary = section('summary', 'Summary', [
        '<div class="table-wrap"><table id="rag">',
        '<thead><tr><th scope="col">Area</th><th scope="col">RAG</th><th scope="col">Why</th></tr></thead>',
        '<tbody>', ...ragRows, '</tbody>', '</table></div>',
        ...(report.scheduleRisk ? [`<p id="schedule-risk"><strong>Schedule risk:</strong> ${html(report.scheduleRisk)}</p>`] : []),
        `<p class="legend">${html(ragLegend(report))}</p>`,
    ]);

    const milestones = section('milestones', 'Milestones', report.milestones.length === 0 ? [paragraph('None.')] : [table('milestones-table',
        columns(['Milestone', 'Title', 'Planned', 'Forecast', 'Status'], ['Planned', 'Forecast']),
        report.milestones.map(milestone => ({
            cells: [code(milestone.id), html(milestone.title ?? ''), html(milestone.planned ?? ''), html(milestone.forecast),
                `<span class="state-${milestone.state.replace(' ', '-')}">${html(milestoneStateText(milestone))}</span>`],
        })))]);

    const gantt = section('gantt-chart', 'Gantt chart', [ganttFigure]);

    const earnedValue = section('earned-value', 'Earned value', report.earnedValue ? [
        paragraph(`As of the status date, ${report.status}${report.project.currency ? `, in ${report.project.currency}` : ''}.`),
        table('earned-value-table',
            [{ heading: 'Id' }, { heading: 'Title' }, ...EARNED_VALUE_COLUMNS.map(([heading]) => ({ heading, numeric: true }))],
            report.earnedValue.map(line => ({
                className: line.kind,
                cells: [code(line.id), html(line.title ?? ''), ...EARNED_VALUE_COLUMNS.map(([, cell]) => html(cell(report, line)))],
            }))),
    ] : [paragraph(report.earnedValueMessage ?? '')]);

    const { top, total, opportunities } = report.risks;
    const risks = section('risks', 'Top risks', top.length === 0 ? [paragraph('No risks are recorded.')] : [
        paragraph(`The ${top.length === total ? (total === 1 ? 'only risk' : `${total} risks`) : `${top.length} highest of ${total} risks`}, by score`
            + `${opportunities > 0 ? ` (${opportunities === 1 ? '1 opportunity' : `${opportunities} opportunities`} not listed)` : ''}.`),
        table('risks-table',
            columns(['Risk', 'Title', 'Score', 'RAG', 'Residual', 'Owner', 'Response', 'Proximity', 'Critical path'], ['Score', 'RAG', 'Residual', 'Proximity']),
            top.map(row => ({
                cells: [code(row.id), html(row.title ?? ''), html(scoreText(row)),
                    row.rag ? `<span class="${ragClass(row.rag)}">${RAG_LABELS[row.rag]}</span>` : '', html(residualText(row)),
                    html(ownerText(row.owner)), html(responseText(row)), html(row.proximity ?? ''),
                    row.criticalAffected.length > 0 ? `★ ${codes(row.criticalAffected)}` : ''],
            }))),
    ]);

    const { open, closed } = report.issues;
    const issues = section('issues', 'Open issues', [
        open.length === 0 ? paragraph('No open issues.') : table('issues-table',
            columns(['Issue', 'Title', 'Severity', 'Owner', 'Raised', 'Escalated to', 'Affects'], ['Raised']),
            open.map(issue => ({
                cells: [code(issue.id), html(issue.title ?? ''), html(issue.severity ?? ''), html(ownerText(issue.owner)), html(issue.raised ?? ''),
                    html(issue.escalate ?? ''), codes(issue.affects)],
            }))),
        ...(closed > 0 ? [paragraph(`${closed === 1 ? '1 issue is' : `${closed} issues are`} closed.`)] : []),
    ]);

    const changeTable = (id: string, list: readonly ChangeInput[]) => table(id,
        columns(['Change', 'Title', 'Status', 'Time', 'Cost', 'Owner', 'Raised', 'Affects', 'Scope'], ['Time', 'Cost', 'Raised']),
        list.map(change => ({
            cells: [code(change.id), html(change.title ?? ''), html(change.status), html(changeTimeText(change.timeImpactDays)),
                html(changeCostText(report, change.costImpact)), html(ownerText(change.owner)), html(change.raised ?? ''), codes(change.affects), html(change.scope ?? '')],
        })));
    const changes = report.changes;
    const changeSection = section('changes', 'Change requests', [
        `<p id="change-summary">${html(changes.summary)}</p>`,
        ...(changes.baseline ? [table('change-control', columns(['What', 'Finish', 'Budget', 'Note'], ['Finish', 'Budget']),
            changes.baseline.map(row => ({ cells: [html(row.label), html(row.finish), html(row.budget), html(row.note)] })))] : []),
        '<h3>Approved and implemented</h3>',
        changes.approved.length === 0 ? paragraph('None.') : changeTable('approved-changes', changes.approved),
        '<h3>Awaiting a decision</h3>',
        changes.pending.length === 0 ? paragraph('None.') : changeTable('pending-changes', changes.pending),
        ...(changes.rejected.length > 0 ? ['<h3>Rejected</h3>', changeTable('rejected-changes', changes.rejected)] : []),
    ]);

    const quality = section('quality', 'Quality', report.qualities.length === 0 ? [paragraph('No quality checks are recorded.')] : [table('quality-table',
        columns(['Check', 'Title', 'For', 'Criterion', 'Owner', 'Status']),
        report.qualities.map(check => ({
            cells: [code(check.id), html(check.title ?? ''), codes(check.deliverables), html(check.criterion ?? ''), html(ownerText(check.owner)), html(check.status)],
        })))]);

    const kpis = section('kpis', 'KPIs', report.kpis.length === 0 ? [paragraph('No KPIs are recorded.')] : [table('kpis-table',
        columns(['KPI', 'Title', 'Objective', 'Target', 'Actual', 'Result'], ['Target', 'Actual']),
        report.kpis.map(kpi => ({
            cells: [code(kpi.id), html(kpi.title ?? ''), html(kpi.objectiveTitle ?? kpi.objective ?? ''), html(kpiTargetText(kpi)), html(kpiActualText(kpi)),
                `<span class="result-${kpi.result.replace(/ /g, '-')}">${html(kpi.result)}</span>`],
        })))]);

    const lessons = section('lessons', 'Lessons', report.lessons.length === 0 ? [paragraph('No lessons are recorded.')] : report.lessons.flatMap(group => [
        `<h3>${group.category === undefined ? 'Uncategorised' : html(group.category)}</h3>`,
        '<ul class="lessons">',
        ...group.lessons.map(lesson => `<li>${code(lesson.id)}${lesson.title ? ` ${html(lesson.title)}` : ''}</li>`),
        '</ul>',
    ]));

    const ksb = report.ksb;
    const ksbSection = section('ksb', 'KSB coverage', ksb ? [
        paragraph(ksbSummaryText(report)!),
        `<p id="ksb-gaps">${ksb.gaps.length === 0 ? 'No gaps.' : `Gaps (${ksb.gaps.length}): ${ksb.gaps.map(html).join(', ')}.`}</p>`,
    ] : [paragraph('No standard to map.')]);

    const annex = section('annex', 'Annex: the registers in full', report.annex.flatMap(register => [
        `<h3 id="annex-${register.kind}">${html(register.title)}</h3>`,
        ...(register.rows.length === 0 ? [paragraph('None recorded.')] : [table(`annex-${register.kind}-table`,
            register.columns.map(column => ({ heading: column.heading, numeric: NUMERIC_TYPES.has(column.type), nowrap: column.type === 'date' })),
            register.rows.map(row => ({
                cells: register.columns.map(column => {
                    const value = row[column.key];
                    if (column.type === 'id' && typeof value === 'string') {
                        return code(value);
                    }
                    return column.type === 'ids' && Array.isArray(value) ? codes(value as string[]) : html(registerCellText(column, value, report.project.currency));
                }),
            })))]),
        ...register.notes.map(paragraph),
    ]));

    return htmlPage(options, {
        title: `Status report: ${title}`, style: PAGE_STYLE + REPORT_STYLE,
        charts: { gantt: { view: report.gantt, status: report.status } },
        header: [
            `<h1>${html(title)}</h1>`,
            `<p class="project-id">Status report · project ${code(report.project.id)}</p>`,
            '<dl class="summary">',
            ...facts.map(([term, description]) => `<dt>${term}</dt><dd>${description}</dd>`),
            '</dl>',
        ],
        main: [...summary, ...milestones, ...gantt, ...earnedValue, ...risks, ...issues, ...changeSection, ...quality, ...kpis, ...lessons, ...ksbSection, ...annex],
        footer: options.generator && `Made by ${options.generator}.`,
    });
}
