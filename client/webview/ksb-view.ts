/// <reference lib="dom" />
// The KSB coverage tab: every knowledge, skill and behaviour of the standard, grouped by the duties
// that map them (then those no duty maps, by kind), each with the plan elements that evidence it.
// A KSB without evidence is a gap: marked, counted, and shown alone at the flick of a switch, so
// that an apprentice sees what their plan has yet to show.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { KsbCoverage, KsbCoverageEntry, KsbCoverageGroup, KsbEvidence } from '../../language/src/engine/ksb-coverage.js';
import { element } from './dom.js';
import type { HtmlContent } from './html-tab.js';
import { contentKey, revealLink, type Locations } from './reveal-link.js';

function evidenceItem(evidence: KsbEvidence, locations: Locations): HTMLElement {
    const label = evidence.title ?? evidence.id;
    return element('li', {},
        revealLink(evidence.id, locations, label),
        element('span', { class: 'proj-muted' }, ` ${evidence.kind}${label !== evidence.id ? ` ${evidence.id}` : ''}`));
}

function entryItem(entry: KsbCoverageEntry, locations: Locations): HTMLElement {
    const gap = entry.evidence.length === 0;
    return element('li', { class: gap ? 'proj-ksb proj-ksb-gap' : 'proj-ksb proj-ksb-covered', 'data-ksb': entry.code },
        element('span', { class: 'proj-ksb-code' }, entry.code),
        element('span', { class: 'proj-ksb-text' }, entry.text),
        gap
            ? element('span', { class: 'proj-gap-mark' }, 'No evidence yet')
            : element('ul', { class: 'proj-evidence', 'aria-label': `Evidence of ${entry.code}` }, ...entry.evidence.map(evidence => evidenceItem(evidence, locations))));
}

function groupSection(group: KsbCoverageGroup, entries: ReadonlyMap<string, KsbCoverageEntry>, locations: Locations): HTMLElement {
    const items = group.codes.flatMap(code => {
        const entry = entries.get(code);
        return entry ? [entryItem(entry, locations)] : [];
    });
    return element('section', { class: 'proj-ksb-group', 'aria-label': group.title },
        element('h3', {}, element('span', {}, group.title), element('span', { class: 'proj-ksb-count' }, `${group.covered} of ${group.codes.length} covered`)),
        element('ul', { class: 'proj-ksb-list' }, ...items));
}

function summary(coverage: KsbCoverage, gapsOnly: HTMLInputElement): HTMLElement {
    const gaps = coverage.total - coverage.covered;
    return element('div', { class: 'proj-ksb-summary' },
        element('p', {},
            `${coverage.standard.title ?? coverage.standard.id}: `,
            element('strong', { class: 'proj-ksb-covered' }, `${coverage.covered} of ${coverage.total} covered`),
            ', ',
            element('span', { class: 'proj-ksb-gaps' }, `${gaps} ${gaps === 1 ? 'gap' : 'gaps'}`),
            ' without evidence yet.'),
        element('meter', { min: '0', max: String(coverage.total), value: String(coverage.covered), 'aria-label': 'KSBs covered' }),
        element('label', { class: 'proj-gaps-toggle', for: 'proj-ksb-gaps-only' }, gapsOnly, ' Show gaps only'));
}

/** The tab's content, keeping "show gaps only" across updates. */
export function ksbContent(): (model: PreviewModel) => HtmlContent {
    let showGapsOnly = false;
    return model => {
        const coverage = model.ksb;
        if (!coverage) {
            return { message: model.message ?? 'There is no apprenticeship standard to measure KSB coverage against.' };
        }
        return {
            key: contentKey(coverage, model.locations),
            build: () => {
                const entries = new Map(coverage.entries.map(entry => [entry.code, entry]));
                const groups = element('div', { class: 'proj-ksb-groups' }, ...coverage.groups.map(group => groupSection(group, entries, model.locations)));
                const gapsOnly = element('input', { type: 'checkbox', id: 'proj-ksb-gaps-only' });
                const apply = () => groups.classList.toggle('proj-gaps-only', showGapsOnly);
                gapsOnly.checked = showGapsOnly;
                gapsOnly.addEventListener('change', () => {
                    showGapsOnly = gapsOnly.checked;
                    apply();
                });
                apply();
                return [summary(coverage, gapsOnly), groups];
            },
        };
    };
}
