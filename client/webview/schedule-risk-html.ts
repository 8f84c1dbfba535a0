/// <reference lib="dom" />
// The Risk analysis tab's HTML: above the chart, the run (iterations and seed) and the legend;
// beneath, the finish's percentiles and the chance of each date the plan must meet, and the work
// most often critical (the tornado is in the chart: tornado.ts).
import type { PreviewModel, ScheduleRiskView } from '../../language/src/preview/preview-protocol.js';
import { moneyText } from '../../language/src/engine/figure-text.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { element } from './dom.js';
import { htmlTable, scrollingTable } from './html-table.js';
import type { ChartHtml } from './mermaid-tab.js';
import { contentKey, idAndTitle, revealLink, type Locations } from './reveal-link.js';
import { deadlineOf } from './schedule-risk-chart.js';
import type { ChartPalette } from './theme/chart-palette.js';

const percent = (share: number) => `${Math.round(share * 100)}%`;

export const scheduleRiskEmptyMessage = (model: PreviewModel) => model.scheduleRisk?.message ?? model.message
    ?? (model.parts && !model.parts.includes('scheduleRisk') ? 'The schedule risk analysis runs once typing pauses.' : 'There is no schedule risk analysis for this plan.');


export function scheduleRiskHtml(model: PreviewModel, palette: ChartPalette): ChartHtml | undefined {
    const view = model.scheduleRisk;
    if (!view?.finish || view.iterations === undefined) {
        return undefined;
    }
    const header = [
        element('p', { class: 'proj-chart-note proj-risk-run' },
            `Monte Carlo schedule risk analysis: ${view.iterations.toLocaleString('en-GB')} iterations (the editor's quick run), seed ${view.seed}. `
            + 'proj risk runs more for the final figures.'),
        legend(view, palette),
    ];
    const details: Node[] = [summaryTable(view, model.locations, model.budget?.currency)];
    if (view.critical && view.critical.length > 0) {
        details.push(element('h3', { class: 'proj-risk-heading' }, 'Most often critical'), criticalTable(view, model.locations));
    }
    for (const note of view.notes ?? []) {
        details.push(element('p', { class: 'proj-table-note' }, note));
    }
    return { key: `${JSON.stringify(palette)}\n${contentKey(view, model.locations)}`, header, details };
}

function legend(view: ScheduleRiskView, palette: ChartPalette): HTMLElement {
    const swatch = (style: (node: HTMLElement) => void) => {
        const node = element('span', { class: 'proj-swatch', 'aria-hidden': 'true' });
        style(node);
        return node;
    };
    const items = [
        element('li', { 'data-key': 'bars' }, swatch(node => {
            node.style.height = '10px';
            node.style.width = '14px';
            node.style.background = palette.normal;
        }), 'Iterations finishing then (left axis)'),
        element('li', { 'data-key': 'cumulative' }, swatch(node => {
            node.style.borderTop = `2px solid ${palette.text}`;
        }), 'Chance of finishing by then (right axis)'),
        element('li', { 'data-key': 'p80' }, swatch(node => {
            node.style.borderTop = `2px dashed ${palette.text}`;
        }), 'P80: 80% finish by then'),
    ];
    if (deadlineOf(view)) {
        items.push(element('li', { 'data-key': 'deadline' }, swatch(node => {
            node.style.borderTop = `2px solid ${palette.critical}`;
        }), 'Deadline'));
    }
    return element('ul', { class: 'proj-legend', 'aria-label': 'Marks of the chart' }, ...items);
}

interface SummaryRow {
    readonly what: string;
    readonly id?: string;
    readonly value: string;
}

function summaryTable(view: ScheduleRiskView, locations: Locations, currency: string | undefined): HTMLElement {
    const finish = view.finish!;
    const rows: SummaryRow[] = [
        { what: 'P10 finish', value: longDate(finish.p10) },
        { what: 'P50 finish', value: longDate(finish.p50) },
        { what: 'P80 finish', value: longDate(finish.p80) },
        { what: 'P90 finish', value: longDate(finish.p90) },
    ];
    if (view.plannedFinish && view.plannedFinishProbability !== undefined) {
        rows.push({ what: `Chance of finishing by the planned ${longDate(view.plannedFinish)}`, value: percent(view.plannedFinishProbability) });
    }
    for (const date of view.dates ?? []) {
        const what = date.kind === 'deadline' ? `Chance of meeting the deadline ${longDate(date.date)}`
            : `Chance of meeting ${date.kind === 'task-deadline' ? 'its deadline' : date.kind.replace(/-/g, ' ')} ${longDate(date.date)}`;
        rows.push({ what, id: date.item, value: percent(date.probability) });
    }
    for (const milestone of view.milestones ?? []) {
        rows.push({ what: `P80 of milestone (planned ${longDate(milestone.planned)})`, id: milestone.id, value: longDate(milestone.finish.p80) });
    }
    if (view.cost) {
        rows.push({ what: `Cost P50 (planned ${moneyText(view.cost.planned, currency)})`, value: moneyText(view.cost.p50, currency) });
        rows.push({ what: 'Cost P80', value: moneyText(view.cost.p80, currency) });
    }
    const table = htmlTable(rows, [
        { key: 'what', header: 'Forecast', cell: row => row.id ? [revealLink(row.id, locations), ` ${row.what}`] : row.what },
        { key: 'value', header: 'Value', cell: row => row.value, className: 'proj-number' },
    ], { className: 'proj-risk-summary', caption: 'How sure the dates are' });
    return scrollingTable(table, 'How sure the dates are', 'proj-risk-summary-box');
}

function criticalTable(view: ScheduleRiskView, locations: Locations): HTMLElement {
    const table = htmlTable(view.critical!, [
        { key: 'id', header: 'Work', cell: row => idAndTitle(row.id, row.name, locations) },
        { key: 'criticality', header: 'Critical in', title: 'Criticality index: the share of iterations in which it was on the critical path', cell: row => percent(row.criticality), className: 'proj-number' },
    ], { className: 'proj-risk-critical', caption: 'Criticality index', rowId: row => row.id });
    return scrollingTable(table, 'Most often critical', 'proj-risk-critical-box');
}
