/// <reference lib="dom" />
// A plan id in the HTML tabs as a button that reveals it in the source, like a chart's bars
// (click-targets.ts's onTarget hears it through `data-proj-id`). An id the preview has no position
// for stays plain text, rather than a button that does nothing.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { element } from './dom.js';

export type Locations = PreviewModel['locations'];

export function revealLink(id: string, locations: Locations, label: string = id, className?: string): HTMLElement {
    const classes = className ? ` ${className}` : '';
    if (!Object.hasOwn(locations, id)) {
        return element('span', { class: `proj-id${classes}` }, label);
    }
    return element('button', { type: 'button', class: `proj-reveal${classes}`, 'data-proj-id': id, title: `Reveal ${id} in the plan` }, label);
}

/** An id with its title beneath, as the first cell of a register's row. */
export function idAndTitle(id: string, title: string | undefined, locations: Locations): HTMLElement {
    return element('span', { class: 'proj-named' },
        revealLink(id, locations),
        title !== undefined && title !== id && element('span', { class: 'proj-title' }, title));
}

/** A list of ids, each revealing itself; a dash for none. */
export function revealLinks(ids: readonly string[], locations: Locations): Node {
    if (ids.length === 0) {
        return element('span', { class: 'proj-none' }, '–');
    }
    return element('span', { class: 'proj-id-list' }, ...ids.map(id => revealLink(id, locations)));
}

/** The ids a model can reveal, worked out once per model however many tabs ask (a large plan has thousands). */
const revealableIds = new WeakMap<Locations, string>();

/**
 * What an HTML tab's content depends on: its part of the model, and which ids can be revealed (not
 * where they are, which moves with every edit above them).
 */
export function contentKey(part: unknown, locations: Locations): string {
    let ids = revealableIds.get(locations);
    if (ids === undefined) {
        ids = Object.keys(locations).join(' ');
        revealableIds.set(locations, ids);
    }
    return `${JSON.stringify(part)}\n${ids}`;
}
