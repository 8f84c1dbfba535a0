/// <reference lib="dom" />
// The Resources tab's HTML: the legend above the histograms in their marks' colours, each
// histogram's heading, the panel that lists a chosen day's work, and the over-allocation list
// beneath them all. Every name from the plan goes in as text (dom.ts), never as markup.
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import type { PreviewModel, ResourcesView } from '../../language/src/preview/preview-protocol.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { element } from './dom.js';
import { LEGEND, markColours, resourceFacts, resourceName, type Resource } from './load-histogram.js';
import { unitsText } from './load-histogram-layout.js';
import { revealLink, type Locations } from './reveal-link.js';
import type { ChartPalette } from './theme/chart-palette.js';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** `7 units`, `1 unit`, `0.5 units`. */
export const unitsOf = (value: number) => `${unitsText(value)} ${value === 1 ? 'unit' : 'units'}`;

/** The legend: a swatch of each mark in its colour (set as a style, which the CSP allows). */
export function resourcesLegend(palette: ChartPalette): HTMLElement {
    const colours = markColours(palette);
    const items = LEGEND.map(item => {
        const swatch = element('span', { class: `proj-swatch proj-swatch-${item.key}`, 'aria-hidden': 'true' });
        if (item.key === 'capacity') {
            swatch.style.borderTop = `2px solid ${colours.capacity}`;
        } else {
            swatch.style.background = colours[item.key];
            swatch.style.border = `1px solid ${item.key === 'off' ? palette.grid : colours[item.key]}`;
        }
        // Not by colour alone: the mark above a stretch over, as the charts draw it.
        const mark = item.key === 'over' ? element('span', { class: 'proj-over-glyph', 'aria-hidden': 'true' }, '▼') : undefined;
        if (mark) {
            mark.style.color = colours.over;
        }
        return element('li', { 'data-key': item.key }, swatch, mark, item.label);
    });
    return element('ul', { class: 'proj-legend proj-resources-legend', 'aria-label': 'Marks of the histograms' }, ...items);
}

/** A histogram's heading: the resource's name (revealing it), its id, units and calendar. */
export function resourceHeading(resource: Resource, locations: Locations): HTMLElement {
    const name = resourceName(resource);
    const facts = name === resource.id ? resourceFacts(resource) : `${resource.id} · ${resourceFacts(resource)}`;
    return element('h3', { class: 'proj-resource-heading' },
        revealLink(resource.id, locations, name, 'proj-resource-name'), ' ',
        element('span', { class: 'proj-resource-facts' }, facts));
}

/** What a day asks of a resource: `7 of 4 units, 3 over`, `a day off: nothing asked`. */
export function dayLoadText(required: number, available: number): string {
    if (required <= 0) {
        return available > 0 ? `nothing asked of its ${unitsOf(available)}` : 'a day off: nothing asked';
    }
    if (available <= 0) {
        return `${unitsOf(required)} asked on a day off`;
    }
    const over = required - available;
    return over > 1e-9 ? `${unitsText(required)} of ${unitsOf(available)}, ${unitsText(over)} over` : `${unitsText(required)} of ${unitsOf(available)}`;
}

/** The panel's content for a chosen day: the date, the load, and the work asking for the resource, each revealing its item. */
export function dayWork(view: ResourcesView, resource: Resource, index: number, date: string, locations: Locations): Node[] {
    const required = resource.required[index] ?? 0;
    const available = resource.available[index] ?? 0;
    const work = resource.work[index] ?? [];
    const summary = element('p', { class: 'proj-day-summary' }, element('strong', {}, longDate(date)), `: ${dayLoadText(required, available)}`);
    if (work.length === 0) {
        return [summary];
    }
    return [summary, element('ul', { class: 'proj-day-items' }, ...work.map(([item, units]) => {
        const title = view.titles[item];
        return element('li', { 'data-item': item },
            revealLink(item, locations, title ?? item),
            title !== undefined && title !== item && element('span', { class: 'proj-muted' }, ` ${item}`),
            ` · ${unitsOf(units)}`);
    }))];
}

/** `15–19 Feb`, `26 Feb – 3 Mar`, `15 Feb`; with the years when `years`, or when the stretch spans two. */
export function stretchText(from: string, to: string, years: boolean): string {
    const parts = (date: string) => {
        const [year, month, day] = date.split('-').map(Number);
        return { year, month: MONTHS[month - 1], day };
    };
    const [start, end] = [parts(from), parts(to)];
    const year = (part: typeof start) => years || start.year !== end.year ? ` ${part.year}` : '';
    if (from === to) {
        return `${start.day} ${start.month}${year(start)}`;
    }
    if (start.year === end.year && start.month === end.month) {
        return `${start.day}–${end.day} ${end.month}${year(end)}`;
    }
    return start.year === end.year ? `${start.day} ${start.month} – ${end.day} ${end.month}${year(end)}` : `${start.day} ${start.month}${year(start)} – ${end.day} ${end.month}${year(end)}`;
}

/** `a`, `a and b`, `a, b and c`, each a node. */
function listOf(nodes: readonly Node[]): Node[] {
    return nodes.flatMap((node, index) => index === 0 ? [node] : [document.createTextNode(index === nodes.length - 1 ? ' and ' : ', '), node]);
}

/**
 * The over-allocation list: `crew: 7 of 4 units, 15–19 Feb, with Fit-out and Staff briefings`,
 * each resource and piece of work revealing itself; and a note when the plan is levelled.
 */
export function overAllocationList(view: ResourcesView, model: PreviewModel): HTMLElement {
    const status = model.project?.status;
    // The year is left out while the whole plan is in one.
    const days = view.resources[0]?.required.length ?? 1;
    const years = isoDateOfDayNumber(dayNumberOf(view.from) + days - 1).slice(0, 4) !== view.from.slice(0, 4);
    const heading = element('h3', {}, status ? `Over-allocations after the status date, ${longDate(status)}` : 'Over-allocations');
    const section = element('section', { class: 'proj-over-allocations', 'aria-label': 'Over-allocations' }, heading);
    if (view.overAllocations.length === 0) {
        section.append(element('p', { class: 'proj-none-over' }, 'No resource is asked for more units than it has.'));
    } else {
        section.append(element('ul', { class: 'proj-over-list' }, ...view.overAllocations.map(over => {
            const asked = over.available > 0 ? `${unitsText(over.required)} of ${unitsOf(over.available)}` : `${unitsOf(over.required)} on a day off`;
            const items = over.items.map(item => revealLink(item, model.locations, view.titles[item] ?? item));
            return element('li', { 'data-resource': over.resource, 'data-from': over.from, 'data-to': over.to },
                revealLink(over.resource, model.locations),
                `: ${asked}, ${stretchText(over.from, over.to, years)}`,
                ...(items.length > 0 ? [', with ', ...listOf(items)] : []));
        })));
    }
    if (view.levelled) {
        section.append(element('p', { class: 'proj-chart-note proj-levelled' },
            'The plan is levelled (its level statement): work waits for its resources, lower priority first, so that none is asked for more units than it has.'));
    }
    return section;
}
