/// <reference lib="dom" />
// The History tab: the plan over its git history, as `proj trend` shows it. Its content comes from
// git, not from the preview model: the extension asks the server (`proj/history`) when the tab is
// shown and when the plan is saved, and posts the answer, which this tab keeps for its plan. The
// two charts are drawn by trend-charts.ts, as the HTML report draws them; then a row per commit,
// newest first. Commit subjects are text from git: the charts escape them, the table holds text.
import { indexText } from '../../../language/src/engine/figure-text.js';
import type { TrendRow } from '../../../language/src/engine/plan-trend.js';
import { commitsText, referenceText, shallowText, shortCommit, TREND_COLUMNS, trendLegend, varianceText } from '../../../language/src/engine/trend-text.js';
import type { HistoryAnswer, HistoryView } from '../../../language/src/preview/preview-protocol.js';
import { shiftClass } from '../baseline-view.js';
import { element } from '../dom.js';
import { htmlTable, scrollingTable, type Column } from '../html-table.js';
import type { HtmlView } from '../html-view.js';
import type { TabContent } from '../tab-panel.js';
import { CHART_WIDTH } from './time-line-chart.js';
import { finishChartSvg, indexChartSvg, NO_FINISH_CHART, NO_INDEX_CHART, trendTips } from './trend-charts.js';

export const READING_HISTORY = 'Reading the plan\'s history…';
/** How many plans' histories the tab keeps, so that going back to a plan shows its history at once. */
const KEPT_HISTORIES = 4;
/** The narrowest the charts are drawn (a narrower pane scrolls them), and the pane's padding either side. */
const NARROWEST_CHART = 480;
const PANE_PADDING = 16;

/** A chart's markup in a figure; every text in it was escaped where it was drawn. */
function figure(className: string, svg: string | undefined, otherwise: string): HTMLElement {
    if (svg === undefined) {
        return element('p', { class: 'proj-muted' }, otherwise);
    }
    const node = element('figure', { class: `proj-history-chart ${className}` });
    node.innerHTML = svg;
    return node;
}

const section = (label: string, ...children: Node[]) => element('section', { class: 'proj-section', 'aria-label': label }, element('h2', {}, label), ...children);

/** The text of a figure column, by its heading in TREND_COLUMNS. */
function trendCell(heading: string): (row: TrendRow) => string {
    const column = TREND_COLUMNS.find(([name]) => name === heading)!;
    return column[1];
}

function commitsTable(view: HistoryView): HTMLElement {
    const figure = (key: string, header: string, title: string): Column<TrendRow> =>
        ({ key, header, title, cell: trendCell(header), className: 'proj-number' });
    const columns: Array<Column<TrendRow>> = [
        { key: 'date', header: 'Date', cell: row => row.date, className: 'proj-date' },
        { key: 'commit', header: 'Commit', cell: row => element('code', { title: row.commit }, shortCommit(row.commit)) },
        { key: 'subject', header: 'Subject', cell: row => row.subject, className: 'proj-history-subject' },
        { key: 'finish', header: 'Forecast finish', cell: trendCell('Finish'), className: 'proj-date' },
        {
            key: 'variance', header: 'Finish var.', title: 'Working days later (+) or earlier (−) than the reference',
            cell: row => varianceText(row.finishVariance),
            className: row => ['proj-number', shiftClass(row.finishVariance)].filter(Boolean).join(' '),
        },
        figure('spi', 'SPI', 'Schedule performance index at that version\'s status date'),
        figure('cpi', 'CPI', 'Cost performance index at that version\'s status date'),
        figure('eac', 'EAC', 'Estimate at completion'),
        figure('exposure', 'Exposure', 'The open risks\' scores (likelihood × impact) added up'),
        {
            key: 'note', header: 'Note',
            cell: row => row.problem !== undefined ? element('span', { class: 'proj-history-problem-note' }, `Not measured: ${row.problem}`)
                : row.reference ? element('span', { class: 'proj-history-reference-note' }, 'the reference') : undefined,
        },
    ];
    const caption = 'Commits that changed the plan, newest first';
    return scrollingTable(htmlTable([...view.trend.rows].reverse(), columns, {
        className: 'proj-history-table',
        caption,
        rowId: row => row.commit,
        rowClass: row => row.problem !== undefined ? 'proj-history-problem' : row.reference ? 'proj-history-reference' : undefined,
    }), caption, 'proj-history-table-box');
}

function historyNodes(view: HistoryView, width: number): Node[] {
    const tips = trendTips(view.trend.rows);
    const shallow = shallowText(view);
    const last = view.trend.rows[view.trend.rows.length - 1];
    return [
        element('div', { class: 'proj-history-summary' },
            element('p', {}, `${commitsText(view)}.`, last?.finish ? ` The latest forecast finish is ${last.finish}`
                + (last.finishVariance === undefined ? '.' : ` (${varianceText(last.finishVariance)} working days against the reference)`
                    + (last.spi === undefined ? '.' : `, SPI ${indexText(last.spi)}, CPI ${indexText(last.cpi)}.`)) : undefined),
            element('p', { class: 'proj-muted' }, referenceText(view.trend))),
        ...(shallow ? [element('p', { class: 'proj-notice proj-history-shallow' }, shallow)] : []),
        section('Forecast finish', figure('proj-history-finish', finishChartSvg(view.chart, tips, width), NO_FINISH_CHART)),
        section('SPI and CPI', figure('proj-history-indices', indexChartSvg(view.chart, tips, width), NO_INDEX_CHART)),
        section('Commits', commitsTable(view), element('p', { class: 'proj-table-note' }, trendLegend(view))),
    ];
}

/** The tab: the history of the plan on show, once the extension has posted it. */
export class HistoryTab implements TabContent {
    private plan: string | undefined;
    /** The histories posted lately, by plan (an answer may come before the plan's model does). */
    private readonly answers = new Map<string, HistoryAnswer>();
    /** The plan whose history is being read again, if any. */
    private reading: string | undefined;

    /** The charts' width: the pane's, within bounds, so that their text is drawn at its own size. */
    private width = CHART_WIDTH;

    constructor(readonly panel: HtmlView) {
        new ResizeObserver(() => {
            const pane = this.panel.element.clientWidth;
            const width = Math.max(NARROWEST_CHART, Math.min(CHART_WIDTH, pane - 2 * PANE_PADDING));
            // A hidden pane has no width: the charts keep theirs until it is shown.
            if (pane > 0 && width !== this.width) {
                this.width = width;
                this.showAnswer();
            }
        }).observe(this.panel.element);
    }

    /** The preview model says nothing of history: the tab keeps what it shows. */
    async draw(): Promise<boolean> {
        return true;
    }

    /** The plan now on show: another plan's history is put away. */
    setPlan(uri: string | undefined): void {
        this.plan = uri;
        this.showAnswer();
    }

    /** What the extension posted: the history of `uri`, or (without it) that it is being read. */
    receive(uri: string, history: HistoryAnswer | undefined): void {
        if (history === undefined) {
            this.reading = uri;
        } else {
            this.answers.delete(uri);
            this.answers.set(uri, history);
            for (const kept of this.answers.keys()) {
                if (this.answers.size > KEPT_HISTORIES && kept !== this.plan) {
                    this.answers.delete(kept);
                }
            }
            this.reading = this.reading === uri ? undefined : this.reading;
        }
        this.showAnswer();
    }

    /** The plan's history, dimmed under a note while it is read again; until it first comes, the note alone. */
    private showAnswer(): void {
        const reading = this.reading !== undefined && this.reading === this.plan;
        const history = this.plan === undefined ? undefined : this.answers.get(this.plan);
        if (history === undefined || 'message' in history) {
            this.panel.clear();
            this.panel.setStale(false);
            this.panel.setMessage(history && !reading ? history.message : READING_HISTORY);
            return;
        }
        const key = `${this.width} ${JSON.stringify(history)}`;
        if (this.panel.renderedKey !== key) {
            this.panel.show(key, historyNodes(history, this.width));
        }
        this.panel.setStale(reading);
        this.panel.setMessage(reading ? READING_HISTORY : undefined);
    }
}
