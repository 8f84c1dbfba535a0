/// <reference lib="dom" />
// The Budget tab's HTML: the legend above the S-curve in the lines' colours, and the figures per
// task, phase and project beneath, in a box of their own that scrolls (the table is wider than a
// narrow pane), with the indices that fall below the plan's tolerances marked.
import type { BudgetView, PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { EarnedValueLine } from '../../language/src/engine/earned-value.js';
import { amountText, indexText } from '../../language/src/engine/figure-text.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { element } from './dom.js';
import { htmlTable, indented, scrollingTable, type Column } from './html-table.js';
import type { ChartHtml } from './mermaid-tab.js';
import { contentKey, idAndTitle, type Locations } from './reveal-link.js';
import { SERIES } from './s-curve-layout.js';
import { seriesStroke } from './s-curve.js';
import type { ChartPalette } from './theme/chart-palette.js';

type Line = BudgetView['lines'][number];
type Amount = 'bac' | 'pv' | 'ev' | 'ac' | 'sv' | 'cv' | 'eac' | 'etc' | 'vac';
type Index = 'spi' | 'cpi' | 'tcpi';

const AMOUNTS: ReadonlyArray<readonly [Amount, string, string]> = [
    ['bac', 'BAC', 'Budget at completion'],
    ['pv', 'PV', 'Planned value'],
    ['ev', 'EV', 'Earned value'],
    ['ac', 'AC', 'Actual cost'],
    ['sv', 'SV', 'Schedule variance (EV − PV)'],
    ['cv', 'CV', 'Cost variance (EV − AC)'],
];
const INDICES: ReadonlyArray<readonly [Index, string, string]> = [
    ['spi', 'SPI', 'Schedule performance index (EV ÷ PV)'],
    ['cpi', 'CPI', 'Cost performance index (EV ÷ AC)'],
];
const FORECASTS: ReadonlyArray<readonly [Amount, string, string]> = [
    ['eac', 'EAC', 'Estimate at completion'],
    ['etc', 'ETC', 'Estimate to complete'],
    ['vac', 'VAC', 'Variance at completion (BAC − EAC)'],
];

function amountColumn([key, header, title]: readonly [Amount, string, string]): Column<Line> {
    return {
        key, header, title,
        cell: line => amountText(line[key]),
        // A variance below zero is behind or over.
        className: line => key === 'sv' || key === 'cv' || key === 'vac'
            ? ((line[key] ?? 0) < -0.5 ? 'proj-number proj-negative' : 'proj-number')
            : 'proj-number',
    };
}

function indexColumn([key, header, title]: readonly [Index, string, string], tolerance: number | undefined): Column<Line> {
    const below = (line: Line) => tolerance !== undefined && line[key] !== undefined && line[key]! < tolerance;
    return {
        key, header, title,
        cell: line => below(line)
            ? element('span', { title: `Below the plan's tolerance of ${tolerance!.toFixed(2)}` }, indexText(line[key]))
            : indexText(line[key]),
        className: line => below(line) ? 'proj-number proj-below-tolerance' : 'proj-number',
    };
}

/** The table in a box that scrolls both ways on its own, its header kept in sight. */
function figuresTable(budget: BudgetView, locations: Locations): HTMLElement {
    const columns: Array<Column<Line>> = [
        { key: 'item', header: 'Item', cell: line => indented(idAndTitle(line.id, line.title, locations), line.depth) },
        ...AMOUNTS.map(amountColumn),
        ...INDICES.map(index => indexColumn(index, budget.tolerances[index[0] as 'spi' | 'cpi'])),
        ...FORECASTS.map(amountColumn),
        indexColumn(['tcpi', 'TCPI', 'To-complete performance index: (BAC − EV) ÷ (BAC − AC)'], undefined),
    ];
    const status = budget.status ? ` at ${longDate(budget.status)}` : '';
    const caption = `Earned value${status}${budget.currency ? `, in ${budget.currency}` : ''}`;
    const table = htmlTable(budget.lines, columns, {
        className: 'proj-budget-table',
        caption,
        rowId: line => line.id,
        rowClass: (line: EarnedValueLine) => `proj-line-${line.kind}`,
    });
    return scrollingTable(table, caption, 'proj-budget-table-box');
}

function legend(budget: BudgetView, palette: ChartPalette): Node[] {
    if (!budget.curve) {
        return [];
    }
    const items = SERIES.map(series => {
        // A short stroke of the line, dashed where the line is; as a style, which the CSP allows.
        const stroke = seriesStroke(palette, series.key);
        const swatch = element('span', { class: 'proj-swatch', 'aria-hidden': 'true' });
        swatch.style.borderTop = `3px ${stroke.dash ? 'dashed' : 'solid'} ${stroke.colour}`;
        return element('li', { 'data-series': series.key }, swatch, series.label);
    });
    const status = budget.status ? `, ${longDate(budget.status)}` : '';
    return [
        element('ul', { class: 'proj-legend', 'aria-label': 'Lines of the chart' }, ...items),
        element('p', { class: 'proj-chart-note' }, `Earned value and actual cost run to the status date${status}; planned value to the end of the plan.`),
    ];
}

/** The legend and the table, keyed by what they show (the legend's colours included). */
export function budgetHtml(model: PreviewModel, palette: ChartPalette): ChartHtml | undefined {
    const budget = model.budget;
    if (!budget) {
        return undefined;
    }
    const details: Node[] = [];
    if (budget.lines.length > 0) {
        details.push(figuresTable(budget, model.locations), element('p', { class: 'proj-table-note' },
            `SPI below ${budget.tolerances.spi.toFixed(2)} and CPI below ${budget.tolerances.cpi.toFixed(2)}, the plan's tolerances, are marked.`));
    }
    const strokes = JSON.stringify(SERIES.map(series => seriesStroke(palette, series.key)));
    return { key: `${strokes}\n${contentKey(budget, model.locations)}`, header: legend(budget, palette), details };
}

export const budgetEmptyMessage = (model: PreviewModel) => model.budget?.message ?? model.message ?? 'There is no earned value to chart yet.';
