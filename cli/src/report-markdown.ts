// `proj report --format markdown`: the status report as Markdown that renders on GitHub (and pastes
// into a board paper), the Gantt chart as a ```mermaid block. Every text from the plan is escaped.
import type { RiskRow } from '../../language/src/engine/risk-register.js';
import type { StatusReport } from '../../language/src/engine/status-report.js';
import type { ChangeInput } from '../../language/src/engine/register-model.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';
import { registerMarkdownBody } from './format-register.js';
import {
    amount, changeCostText, changeTimeText, deadlineText, EARNED_VALUE_COLUMNS, finishText, kpiActualText, kpiTargetText, ksbSummaryText,
    milestoneStateText, ownerText, RAG_AREAS, ragLegend, RAG_LABELS, reportTitle, residualText, responseText, scoreText,
} from './report-text.js';

const RAG_MARKS = { red: '🔴', amber: '🟠', green: '🟢', none: '⚪' } as const;

/** `🔴 Red`. */
export function markdownRag(rag: keyof typeof RAG_MARKS | undefined): string {
    return `${RAG_MARKS[rag ?? 'none']} ${RAG_LABELS[rag ?? 'none']}`;
}

const text = markdownText;
const code = markdownCode;
/** Ids as code, joined. */
const codes = (ids: readonly string[]) => ids.map(code).join(', ');

/** The status report as one Markdown document (ending with a newline). */
export function reportMarkdown(report: StatusReport): string {
    const lines: string[] = [`# Status report: ${text(reportTitle(report))}`, ''];
    const facts: Array<[string, string]> = [
        ['Project', code(report.project.id)],
        ['Status date', report.status ?? 'none (add a `status` date to measure progress)'],
        ['Start', report.project.start],
        ['Forecast finish', finishText(report)],
    ];
    const deadline = deadlineText(report);
    if (deadline) {
        facts.push(['Deadline', deadline]);
    }
    if (report.project.budget !== undefined) {
        facts.push(['Budget', text(amount(report, report.project.budget))]);
    }
    facts.push(['Critical path', report.criticalPath.length > 0 ? report.criticalPath.map(code).join(' → ') : 'none']);
    lines.push(...facts.map(([term, value]) => `- **${term}:** ${value}`));

    section(lines, 'Summary', [
        ...markdownTable(['Area', 'RAG', 'Why'], RAG_AREAS.map(([area, label]) => {
            const line = report.rag[area];
            return area === 'overall'
                ? [`**${label}**`, `**${markdownRag(line.rag)}**`, text(line.explanation)]
                : [label, markdownRag(line.rag), text(line.explanation)];
        })),
        '',
        ...(report.scheduleRisk ? [`**Schedule risk:** ${text(report.scheduleRisk)}`, ''] : []),
        text(ragLegend(report)),
    ]);

    section(lines, 'Milestones', report.milestones.length === 0 ? ['None.'] : markdownTable(
        ['Milestone', 'Title', 'Planned', 'Forecast', 'Status'],
        report.milestones.map(milestone => [
            code(milestone.id), text(milestone.title ?? ''), milestone.planned ?? '', milestone.forecast, text(milestoneStateText(milestone)),
        ]),
    ));

    section(lines, 'Gantt chart', ['```mermaid', report.markdownGantt.trimEnd(), '```']);

    section(lines, 'Earned value', report.earnedValue
        ? [
            `As of the status date, ${report.status}${report.project.currency ? `, in ${text(report.project.currency)}` : ''}.`,
            '',
            ...markdownTable(
                ['Id', 'Title', ...EARNED_VALUE_COLUMNS.map(([heading]) => heading)],
                report.earnedValue.map(line => [
                    line.kind === 'project' ? `**${code(line.id)}**` : code(line.id), text(line.title ?? ''),
                    ...EARNED_VALUE_COLUMNS.map(([, cell]) => text(cell(report, line))),
                ]),
                ['left', 'left', ...EARNED_VALUE_COLUMNS.map(() => 'right' as const)],
            ),
        ]
        : [text(report.earnedValueMessage ?? '')]);

    const { top, total, opportunities } = report.risks;
    section(lines, 'Top risks', top.length === 0 ? ['No risks are recorded.'] : [
        `The ${top.length === total ? (total === 1 ? 'only risk' : `${total} risks`) : `${top.length} highest of ${total} risks`}, by score${opportunities > 0 ? ` (${opportunities === 1 ? '1 opportunity' : `${opportunities} opportunities`} not listed)` : ''}.`,
        '',
        ...markdownTable(
            ['Risk', 'Title', 'Score', 'RAG', 'Residual', 'Owner', 'Response', 'Proximity', 'Critical path'],
            top.map(row => [
                code(row.id), text(row.title ?? ''), scoreText(row), row.rag ? markdownRag(row.rag) : '', residualText(row),
                text(ownerText(row.owner)), text(responseText(row)), row.proximity ?? '', criticalPathCell(row),
            ]),
        ),
    ]);

    const { open, closed } = report.issues;
    section(lines, 'Open issues', [
        ...(open.length === 0 ? ['No open issues.'] : markdownTable(
            ['Issue', 'Title', 'Severity', 'Owner', 'Raised', 'Escalated to', 'Affects'],
            open.map(issue => [
                code(issue.id), text(issue.title ?? ''), issue.severity ?? '', text(ownerText(issue.owner)), issue.raised ?? '',
                text(issue.escalate ?? ''), codes(issue.affects),
            ]),
        )),
        ...(closed > 0 ? ['', `${closed === 1 ? '1 issue is' : `${closed} issues are`} closed.`] : []),
    ]);

    const changes = report.changes;
    const changeTable = (list: readonly ChangeInput[]) => markdownTable(
        ['Change', 'Title', 'Status', 'Time', 'Cost', 'Owner', 'Raised', 'Affects', 'Scope'],
        list.map(change => [
            code(change.id), text(change.title ?? ''), change.status, changeTimeText(change.timeImpactDays), text(changeCostText(report, change.costImpact)),
            text(ownerText(change.owner)), change.raised ?? '', codes(change.affects), text(change.scope ?? ''),
        ]),
    );
    section(lines, 'Change requests', [
        text(changes.summary),
        ...(changes.baseline ? ['', ...markdownTable(['What', 'Finish', 'Budget', 'Note'], changes.baseline.map(row => [text(row.label), row.finish, text(row.budget), text(row.note)]))] : []),
        ...subsection('Approved and implemented', changes.approved.length === 0 ? ['None.'] : changeTable(changes.approved)),
        ...subsection('Awaiting a decision', changes.pending.length === 0 ? ['None.'] : changeTable(changes.pending)),
        ...(changes.rejected.length > 0 ? subsection('Rejected', changeTable(changes.rejected)) : []),
    ]);

    section(lines, 'Quality', report.qualities.length === 0 ? ['No quality checks are recorded.'] : markdownTable(
        ['Check', 'Title', 'For', 'Criterion', 'Owner', 'Status'],
        report.qualities.map(quality => [
            code(quality.id), text(quality.title ?? ''), codes(quality.deliverables), text(quality.criterion ?? ''),
            text(ownerText(quality.owner)), quality.status,
        ]),
    ));

    section(lines, 'KPIs', report.kpis.length === 0 ? ['No KPIs are recorded.'] : markdownTable(
        ['KPI', 'Title', 'Objective', 'Target', 'Actual', 'Result'],
        report.kpis.map(kpi => [
            code(kpi.id), text(kpi.title ?? ''), text(kpi.objectiveTitle ?? kpi.objective ?? ''), text(kpiTargetText(kpi)), text(kpiActualText(kpi)),
            kpi.result === 'met' ? '✅ met' : kpi.result === 'missed' ? '❌ missed' : kpi.result,
        ]),
    ));

    section(lines, 'Lessons', report.lessons.length === 0 ? ['No lessons are recorded.'] : report.lessons.flatMap((group, index) => [
        ...(index === 0 ? [] : ['']),
        `### ${group.category === undefined ? 'Uncategorised' : text(group.category)}`,
        '',
        ...group.lessons.map(lesson => `- ${code(lesson.id)}${lesson.title ? ` ${text(lesson.title)}` : ''}`),
    ]));

    const ksb = report.ksb;
    section(lines, 'KSB coverage', ksb ? [
        text(ksbSummaryText(report)!),
        '',
        ksb.gaps.length === 0 ? 'No gaps.' : `Gaps (${ksb.gaps.length}): ${ksb.gaps.join(', ')}.`,
    ] : ['No standard to map.']);

    section(lines, 'Annex: the registers in full', report.annex.flatMap((register, index) => [
        ...(index === 0 ? [] : ['']),
        `### ${text(register.title)}`,
        '',
        ...registerMarkdownBody(register, report.project.currency),
    ]));

    lines.push('');
    return lines.join('\n');
}

function criticalPathCell(row: RiskRow): string {
    return row.criticalAffected.length > 0 ? `★ ${codes(row.criticalAffected)}` : '';
}

function section(lines: string[], heading: string, body: readonly string[]): void {
    lines.push('', `## ${heading}`, '', ...body);
}

function subsection(heading: string, body: readonly string[]): string[] {
    return ['', `### ${heading}`, '', ...body];
}
