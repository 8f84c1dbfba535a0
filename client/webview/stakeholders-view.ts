/// <reference lib="dom" />
// The Stakeholders tab: the power/interest grid drawn by Mermaid (each point revealing its
// stakeholder), and the table of who is where and how they are engaged, with a warning where
// someone to manage closely has no engagement planned; stakeholders not yet assessed listed.
import type { PreviewModel, StakeholdersView } from '../../language/src/preview/preview-protocol.js';
import type { Level } from '../../language/src/engine/register-model.js';
import { QUADRANT_TITLES, type Quadrant, type StakeholderPoint } from '../../language/src/engine/stakeholder-grid.js';
import { markQuadrantPoints } from './click-targets.js';
import { element } from './dom.js';
import { htmlTable, type Column, type SortState } from './html-table.js';
import type { ChartHtml, ChartSource } from './mermaid-tab.js';
import { contentKey, idAndTitle, type Locations } from './reveal-link.js';

const LEVEL_ORDER: Readonly<Record<Level, number>> = { low: 0, medium: 1, high: 2 };
const QUADRANT_ORDER: Readonly<Record<Quadrant, number>> = { 'manage-closely': 0, 'keep-satisfied': 1, 'keep-informed': 2, monitor: 3 };
const POINT_COLOUR_FALLBACK = '#0969da';

/** Someone to manage closely with no engagement planned: the grid's one call to action. */
export const needsEngagement = (point: StakeholderPoint) => point.quadrant === 'manage-closely' && !point.engage?.trim();

/**
 * Mermaid 11 computes the points' default colour wrongly (`hsl(240, 100%, NaN%)`, drawn black
 * whatever the theme); the points take the theme's accent instead, as an attribute so that an
 * exported SVG keeps it.
 */
function colourPoints(svg: SVGSVGElement): void {
    const colour = getComputedStyle(document.body).getPropertyValue('--proj-point').trim() || POINT_COLOUR_FALLBACK;
    for (const circle of svg.querySelectorAll('g.data-point > circle')) {
        circle.setAttribute('fill', colour);
        circle.setAttribute('stroke', colour);
    }
}

function engagementCell(point: StakeholderPoint): Node | string {
    if (needsEngagement(point)) {
        return element('span', { class: 'proj-warning', title: 'High power and high interest: plan how to engage them (engage "…")' }, 'No engagement planned');
    }
    return point.engage ?? '–';
}

function stakeholderTable(points: readonly StakeholderPoint[], locations: Locations, sort: SortState | undefined, onSort: (sort: SortState) => void): HTMLTableElement {
    const columns: Array<Column<StakeholderPoint>> = [
        { key: 'name', header: 'Stakeholder', cell: point => idAndTitle(point.id, point.title, locations), sortValue: point => point.title ?? point.id },
        { key: 'power', header: 'Power', cell: point => point.power ?? '–', sortValue: point => point.power && LEVEL_ORDER[point.power], firstDirection: 'descending' },
        { key: 'interest', header: 'Interest', cell: point => point.interest ?? '–', sortValue: point => point.interest && LEVEL_ORDER[point.interest], firstDirection: 'descending' },
        { key: 'quadrant', header: 'Quadrant', cell: point => QUADRANT_TITLES[point.quadrant], sortValue: point => QUADRANT_ORDER[point.quadrant] },
        { key: 'engage', header: 'Engagement', cell: engagementCell },
        { key: 'frequency', header: 'Frequency', cell: point => point.frequency ?? '–' },
    ];
    return htmlTable(points, columns, {
        className: 'proj-stakeholder-table',
        caption: 'Power and interest',
        rowId: point => point.id,
        rowClass: point => needsEngagement(point) ? 'proj-row-warning' : undefined,
        sort, onSort,
    });
}

function unassessedList(view: StakeholdersView, locations: Locations): Node[] {
    if (view.unassessed.length === 0) {
        return [];
    }
    const missing = (stakeholder: StakeholdersView['unassessed'][number]) =>
        [!stakeholder.power && 'power', !stakeholder.interest && 'interest'].filter(Boolean).join(' and ');
    return [element('section', { class: 'proj-unassessed', 'aria-label': 'Not yet assessed' },
        element('h3', {}, 'Not yet assessed'),
        element('p', {}, 'Not on the grid until the plan gives their power and interest:'),
        element('ul', {}, ...view.unassessed.map(stakeholder => element('li', { 'data-row-id': stakeholder.id },
            idAndTitle(stakeholder.id, stakeholder.title, locations), element('span', { class: 'proj-muted' }, ` no ${missing(stakeholder)}`)))))];
}

/** The tab's chart and HTML, keeping the table's sort across updates. */
export function stakeholdersSource(): ChartSource {
    let sort: SortState | undefined;
    const html = (model: PreviewModel): ChartHtml | undefined => {
        const view = model.stakeholders;
        if (!view || view.points.length + view.unassessed.length === 0) {
            return undefined;
        }
        const warnings = view.points.filter(needsEngagement).length;
        const details: Node[] = [];
        if (warnings > 0) {
            details.push(element('p', { class: 'proj-warning-note' },
                `${warnings} ${warnings === 1 ? 'stakeholder' : 'stakeholders'} to manage closely without an engagement plan.`));
        }
        if (view.points.length > 0) {
            details.push(stakeholderTable(view.points, model.locations, sort, next => (sort = next)));
        }
        details.push(...unassessedList(view, model.locations));
        // The sort is not part of the key: the table on show already has it.
        return { key: contentKey(view, model.locations), details };
    };
    return {
        text: model => model.stakeholders?.mermaid,
        emptyMessage: model => (model.stakeholders?.unassessed.length ?? 0) > 0
            ? 'No stakeholder has both power and interest yet, so none is on the grid.'
            : model.message ?? 'The plan has no stakeholders yet: add one, such as \'stakeholder finance "Finance" { power high interest high }\'.',
        decorate: (svg, _svgId, model) => {
            colourPoints(svg);
            markQuadrantPoints(svg, model.stakeholders?.points ?? []);
        },
        // The chart's labels are titles: a stakeholder's new id leaves the text as it was.
        decorationKey: model => (model.stakeholders?.points ?? []).map(point => point.id).join(' '),
        html,
    };
}
