/// <reference lib="dom" />
// The Baseline tab: today's plan against the baseline it names, as MS Project's variance table.
// A summary line (how far the finish moved, how much was added and removed), then each phase, task
// and milestone with its dates now and in the baseline and how many working days its start and
// finish moved: later in the critical colour, earlier in a calm one, and signed so that colour is
// never all that tells them apart. Work added since is marked new; work removed is listed beneath.
import type { BaselineRow, BaselineView, PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { moneyText, shiftText, signedText, workingDaysText } from '../../language/src/engine/figure-text.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { element } from './dom.js';
import type { HtmlContent } from './html-tab.js';
import { htmlTable, indented, scrollingTable, type Column, type SortState } from './html-table.js';
import { contentKey, idAndTitle, type Locations } from './reveal-link.js';

/** A row of the table: an item, or the project beneath them. */
type Line = Omit<BaselineRow, 'kind'> & { readonly kind: BaselineRow['kind'] | 'project' };
type Shift = 'startVariance' | 'finishVariance' | 'durationVariance' | 'costVariance';

/** The plan's order, phases above their work, until the user sorts by a variance. */
const PLAN_ORDER: SortState = { column: 'item', direction: 'ascending' };

const NO_BASELINE = 'This plan names no baseline to compare with. Tag the plan in git when it is approved '
    + '(git tag v1-approved), then add \'baseline "v1-approved"\' to the project: each item\'s start and finish are '
    + 'then measured against the plan as it was at that tag, in working days. A branch or a commit will do too.';

/** `+3`, `−2`, `0`: the sign says which way, whatever the colour. */
/** Later (or longer, or dearer) in the critical colour, earlier in a calm one, no change plain. */
export function shiftClass(value: number | undefined): string | undefined {
    return value === undefined || value === 0 ? undefined : value > 0 ? 'proj-later' : 'proj-earlier';
}

const dateCell = (date: string | undefined) => date === undefined ? '–' : longDate(date);

function shiftColumn(key: Shift, header: string, words: (value: number) => string, text?: (magnitude: number) => string): Column<Line> {
    return {
        key, header,
        cell: line => {
            const value = line[key];
            return value === undefined ? '–' : element('span', { title: words(value) }, signedText(value, text));
        },
        className: line => ['proj-number', shiftClass(line[key])].filter(Boolean).join(' '),
        sortValue: line => line[key],
        firstDirection: 'descending',
    };
}

/** Whether anything in the plan, then or now, has a cost. */
const costed = (baseline: BaselineView) => baseline.project.baselineCost !== 0 || baseline.project.costVariance !== 0;

/** The table in a box of its own: in a narrow pane it scrolls sideways with the items in sight. */
function varianceTable(baseline: BaselineView, project: Line, locations: Locations, sort: SortState, onSort: (sort: SortState) => void): HTMLElement {
    const { revision, currency } = baseline;
    const order = new Map(baseline.rows.map((row, index) => [row.id, index]));
    const moved = (verb: string) => (value: number) => `${verb} ${shiftText(value, revision)}`;
    const columns: Array<Column<Line>> = [
        {
            key: 'item', header: 'Item',
            cell: line => indented(element('span', { class: 'proj-named' },
                idAndTitle(line.id, line.title, locations),
                line.baselineFinish === undefined && element('span', { class: 'proj-new-mark' }, `new since ${revision}`)), line.depth),
            sortValue: line => order.get(line.id),
        },
        { key: 'start', header: 'Start', cell: line => dateCell(line.start), sortValue: line => line.start, className: 'proj-date' },
        { key: 'finish', header: 'Finish', cell: line => dateCell(line.finish), sortValue: line => line.finish, className: 'proj-date' },
        { key: 'baselineStart', header: 'Baseline start', cell: line => dateCell(line.baselineStart), sortValue: line => line.baselineStart, className: 'proj-date' },
        { key: 'baselineFinish', header: 'Baseline finish', cell: line => dateCell(line.baselineFinish), sortValue: line => line.baselineFinish, className: 'proj-date' },
        shiftColumn('startVariance', 'Start var.', moved('Starts')),
        shiftColumn('finishVariance', 'Finish var.', moved('Finishes')),
        shiftColumn('durationVariance', 'Duration var.', value =>
            value === 0 ? `As long as in ${revision}` : `${workingDaysText(Math.abs(value))} ${value > 0 ? 'longer' : 'shorter'} than in ${revision}`),
    ];
    if (costed(baseline)) {
        columns.push(shiftColumn('costVariance', 'Cost var.', value =>
            value === 0 ? `Costs as in ${revision}` : `Costs ${moneyText(Math.abs(value), currency)} ${value > 0 ? 'more' : 'less'} than in ${revision}`,
        magnitude => moneyText(magnitude, currency)));
    }
    const caption = `Variance against ${revision}, in working days`;
    return scrollingTable(htmlTable<Line>(baseline.rows, columns, {
        className: 'proj-baseline-table',
        caption,
        rowId: line => line.id,
        rowClass: line => [`proj-line-${line.kind}`, line.baselineFinish === undefined && 'proj-row-added'].filter(Boolean).join(' '),
        sort, onSort,
        footer: [project],
    }), caption, 'proj-baseline-table-box');
}

function removedTable(baseline: BaselineView): HTMLTableElement {
    const columns: Array<Column<BaselineView['removed'][number]>> = [
        // Not in the plan any more: nothing to reveal.
        { key: 'item', header: 'Item', cell: item => idAndTitle(item.id, item.name, {}) },
        { key: 'kind', header: 'Kind', cell: item => item.kind },
        { key: 'baselineStart', header: 'Baseline start', cell: item => longDate(item.baselineStart), className: 'proj-date' },
        { key: 'baselineFinish', header: 'Baseline finish', cell: item => longDate(item.baselineFinish), className: 'proj-date' },
    ];
    return htmlTable(baseline.removed, columns, {
        className: 'proj-removed-table',
        caption: `In ${baseline.revision}, not in the plan any more`,
        rowId: item => item.id,
    });
}

/** "Finishes on Fri 26 Mar 2027, 5 working days later than v1-approved (Fri 19 Mar 2027); 1 added, 0 removed since." */
function summary(baseline: BaselineView): HTMLElement {
    const { project, revision, currency } = baseline;
    const finish = project.finishVariance;
    const cost = project.costVariance;
    return element('div', { class: 'proj-baseline-summary' },
        element('p', {},
            `Finishes on ${longDate(project.finish)}, `,
            element('strong', { class: shiftClass(finish) }, shiftText(finish, revision)),
            ` (${longDate(project.baselineFinish)}); ${baseline.added.length} added, ${baseline.removed.length} removed since.`,
            costed(baseline) ? ` Budget at completion ${moneyText(project.baselineCost + cost, currency)}: `
                + (cost === 0 ? `as in ${revision}.` : `${moneyText(Math.abs(cost), currency)} ${cost > 0 ? 'more' : 'less'} than in ${revision}.`) : undefined),
        element('p', { class: 'proj-muted' },
            `${revision} is commit ${baseline.commit} of ${baseline.path}. Changes approved since then move the baseline of the work they affect.`));
}

/** The tab's content, keeping the table's sort across updates. */
export function baselineContent(): (model: PreviewModel) => HtmlContent {
    let sort: SortState = PLAN_ORDER;
    return model => {
        const baseline = model.baseline;
        if (!baseline) {
            return { message: model.message ?? NO_BASELINE };
        }
        if ('problem' in baseline) {
            return { message: `${baseline.problem} The comparison shows here once git can give the plan at that revision.` };
        }
        const project: Line = {
            id: model.project?.id ?? '', title: model.project?.title, kind: 'project', depth: 0,
            start: baseline.project.start, finish: baseline.project.finish,
            baselineStart: baseline.project.baselineStart, baselineFinish: baseline.project.baselineFinish,
            startVariance: baseline.project.startVariance, finishVariance: baseline.project.finishVariance,
            durationVariance: baseline.project.durationVariance, costVariance: baseline.project.costVariance,
        };
        return {
            key: contentKey([baseline, model.project?.title], model.locations),
            build: () => [
                summary(baseline),
                varianceTable(baseline, project, model.locations, sort, next => (sort = next)),
                element('p', { class: 'proj-table-note' }, `A + is later, longer or dearer than in ${baseline.revision}; a − earlier, shorter or cheaper. `
                    + 'Click a column\'s header to sort by it; Item for the plan\'s order.'),
                ...(baseline.removed.length > 0 ? [element('section', { class: 'proj-section', 'aria-label': `Removed since ${baseline.revision}` },
                    element('h2', {}, `Removed since ${baseline.revision}`), removedTable(baseline))] : []),
            ],
        };
    };
}
