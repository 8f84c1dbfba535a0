/// <reference lib="dom" />
// The Risks tab: the heat map, the risk register (sortable by score, residual score, owner,
// response, proximity and affected work; risks that would hit the critical path flagged), and the
// issue log.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { IssueInput, Rag } from '../../language/src/engine/register-model.js';
import type { RiskRow } from '../../language/src/engine/risk-register.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { element } from './dom.js';
import { heatMapTable } from './heat-map.js';
import type { HtmlContent } from './html-tab.js';
import { htmlTable, type Column, type SortState } from './html-table.js';
import { contentKey, idAndTitle, revealLink, revealLinks, type Locations } from './reveal-link.js';

const SEVERITY_ORDER: Readonly<Record<NonNullable<IssueInput['severity']>, number>> = { low: 0, medium: 1, high: 2, critical: 3 };
/** The register comes highest score first (risk-register.ts). */
const MODEL_ORDER: SortState = { column: 'score', direction: 'descending' };

function scoreCell(score: number | undefined, rag: Rag | undefined): Node | string {
    if (score === undefined) {
        return '–';
    }
    // The band in words too, not in colour alone.
    return element('span', { class: 'proj-score' },
        element('span', { class: `proj-rag proj-rag-${rag ?? 'green'}` }, String(score)),
        rag && element('span', { class: 'proj-rag-word' }, ` ${rag}`));
}

const owner = (item: { readonly owner?: { readonly id: string; readonly name?: string } }, locations: Locations) =>
    item.owner ? revealLink(item.owner.id, locations, item.owner.name ?? item.owner.id) : '–';

function affectsCell(risk: RiskRow, locations: Locations): Node[] {
    const cells: Node[] = [revealLinks(risk.affects, locations)];
    if (risk.criticalAffected.length > 0) {
        cells.push(element('span', { class: 'proj-flag-critical', title: `A slip in ${risk.criticalAffected.join(', ')} moves the finish` }, 'critical path'));
    }
    return cells;
}

function registerTable(rows: readonly RiskRow[], locations: Locations, sort: SortState, onSort: (sort: SortState) => void): HTMLTableElement {
    const columns: Array<Column<RiskRow>> = [
        { key: 'risk', header: 'Risk', cell: risk => [idAndTitle(risk.id, risk.title, locations),
            risk.kind === 'opportunity' && element('span', { class: 'proj-kind-opportunity' }, 'opportunity')] },
        { key: 'score', header: 'Score', title: 'Likelihood × impact', cell: risk => scoreCell(risk.score, risk.rag), sortValue: risk => risk.score, firstDirection: 'descending', className: 'proj-number' },
        { key: 'residual', header: 'Residual', title: 'Score once the response has worked', cell: risk => scoreCell(risk.residualScore, risk.residualRag), sortValue: risk => risk.residualScore, firstDirection: 'descending', className: 'proj-number' },
        { key: 'owner', header: 'Owner', cell: risk => owner(risk, locations), sortValue: risk => risk.owner && (risk.owner.name ?? risk.owner.id) },
        { key: 'response', header: 'Response', cell: risk => [risk.response && element('strong', {}, risk.response), risk.responseText && ` ${risk.responseText}`, !risk.response && !risk.responseText && '–'], sortValue: risk => risk.response },
        { key: 'proximity', header: 'Proximity', title: 'When it would strike', cell: risk => risk.proximity ? longDate(risk.proximity) : '–', sortValue: risk => risk.proximity },
        // Affected work: those that would hit the critical path first, then by how much they touch.
        { key: 'affects', header: 'Affects', cell: risk => affectsCell(risk, locations), sortValue: risk => risk.affects.length === 0 ? undefined : risk.criticalAffected.length * 1000 + risk.affects.length, firstDirection: 'descending' },
    ];
    return htmlTable(rows, columns, {
        className: 'proj-risk-table',
        caption: 'Risks and opportunities: click a column\'s header to sort by it',
        rowId: risk => risk.id,
        rowClass: risk => [risk.kind === 'opportunity' && 'proj-row-opportunity', risk.criticalAffected.length > 0 && 'proj-row-critical'].filter(Boolean).join(' ') || undefined,
        sort, onSort,
    });
}

function issueTable(issues: readonly IssueInput[], locations: Locations): HTMLTableElement {
    const columns: Array<Column<IssueInput>> = [
        { key: 'issue', header: 'Issue', cell: issue => idAndTitle(issue.id, issue.title, locations) },
        { key: 'severity', header: 'Severity', cell: issue => issue.severity ? element('span', { class: `proj-severity proj-severity-${issue.severity}` }, issue.severity) : '–', sortValue: issue => issue.severity && SEVERITY_ORDER[issue.severity], firstDirection: 'descending' },
        { key: 'status', header: 'Status', cell: issue => issue.status, sortValue: issue => issue.status },
        { key: 'owner', header: 'Owner', cell: issue => owner(issue, locations), sortValue: issue => issue.owner && (issue.owner.name ?? issue.owner.id) },
        { key: 'raised', header: 'Raised', cell: issue => issue.raised ? longDate(issue.raised) : '–', sortValue: issue => issue.raised },
        { key: 'escalate', header: 'Escalated to', cell: issue => issue.escalate ?? '–', sortValue: issue => issue.escalate },
        { key: 'affects', header: 'Affects', cell: issue => revealLinks(issue.affects, locations) },
    ];
    return htmlTable(issues, columns, {
        className: 'proj-issue-table',
        caption: 'Issues: open first, the most severe first',
        rowId: issue => issue.id,
        rowClass: issue => issue.status === 'closed' ? 'proj-row-closed' : undefined,
    });
}

const section = (label: string, ...content: Node[]) =>
    element('section', { class: 'proj-section', 'aria-label': label }, element('h2', {}, label), ...content);

/** The tab's content, keeping the register's sort across updates. */
export function risksContent(): (model: PreviewModel) => HtmlContent {
    let sort: SortState = MODEL_ORDER;
    return model => {
        const risks = model.risks;
        if (!risks || risks.rows.length + risks.issues.length === 0) {
            return { message: model.message ?? 'The plan has no risks, opportunities or issues yet: add one, such as \'risk late_lease "Lease signed late" { likelihood 3 impact 4 }\'.' };
        }
        return {
            key: contentKey(risks, model.locations),
            build: () => [
                ...(risks.rows.length > 0 ? [
                    section('Heat map', heatMapTable(risks, model.locations)),
                    section('Risk register', registerTable(risks.rows, model.locations, sort, next => (sort = next))),
                ] : []),
                ...(risks.issues.length > 0 ? [section('Issues', issueTable(risks.issues, model.locations))] : []),
            ],
        };
    };
}
