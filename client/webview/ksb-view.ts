/// <reference lib="dom" />
// The KSB coverage tab: every duty of the standard with its verdict and the practice the plan
// shows (a schedule with milestones, scored risks with owners...), then its knowledge, skills and
// behaviours (those no duty maps last, by kind), each with the plan elements that evidence it. A
// rule or KSB without evidence is a gap: marked, counted, and shown alone at the flick of a
// switch, so that an apprentice sees what their plan has yet to show.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import type { DutyCoverage, KsbCoverage, KsbCoverageEntry, KsbCoverageGroup, KsbEvidence } from '../../language/src/engine/ksb-coverage.js';
import type { PracticeVerdict } from '../../language/src/engine/duty-practice.js';
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

/** Proj's own text with `code` in backticks: the code as code elements, all of it as text. */
function withCode(text: string): Array<string | HTMLElement> {
    return text.split('`').map((part, index) => index % 2 === 1 ? element('code', {}, part) : part);
}

function practiceItem(rule: PracticeVerdict): HTMLElement {
    const shown = rule.projects.length > 0;
    return element('li', { class: shown ? 'proj-practice proj-practice-shown' : 'proj-practice proj-practice-gap' },
        element('span', { class: 'proj-practice-mark', 'aria-label': shown ? 'Shown' : 'Not shown yet' }, shown ? '✓' : '—'),
        element('span', { class: 'proj-practice-evidence' }, ...withCode(rule.evidence)),
        element('span', { class: 'proj-practice-reason proj-muted' }, rule.reason));
}

const VERDICT_TEXT: Readonly<Record<DutyCoverage['verdict'], string>> = {
    evidenced: 'Evidenced', partly: 'Partly evidenced', 'not evidenced': 'Not evidenced yet',
};

/** `Mapped to D5 by Proj, not the standard's own table: K18, K21.` */
function addedNote(duty: DutyCoverage): HTMLElement | undefined {
    const sources = [...new Set(duty.added.map(added => added.source))];
    return sources.length === 0 ? undefined : element('p', { class: 'proj-ksb-added proj-muted' }, sources.map(source =>
        `Mapped to ${duty.code} by ${source === 'Proj' ? 'Proj' : `standard '${source}'`}, not the standard's own table: `
        + `${duty.added.filter(added => added.source === source).map(added => added.code).join(', ')}.`).join(' '));
}

function groupSection(group: KsbCoverageGroup, entries: ReadonlyMap<string, KsbCoverageEntry>, locations: Locations): HTMLElement {
    const items = group.codes.flatMap(code => {
        const entry = entries.get(code);
        return entry ? [entryItem(entry, locations)] : [];
    });
    const duty = group.duty;
    return element('section', { class: 'proj-ksb-group', 'aria-label': group.title, 'data-duty': duty?.code },
        element('h3', {},
            element('span', {}, group.title),
            duty && element('span', { class: `proj-duty-verdict proj-duty-${duty.verdict.replace(' ', '-')}` }, VERDICT_TEXT[duty.verdict]),
            element('span', { class: 'proj-ksb-count' }, `${group.covered} of ${group.codes.length} covered`)),
        duty && duty.practice.length > 0 && element('ul', { class: 'proj-practice-list', 'aria-label': `Practice evidencing ${duty.code}` }, ...duty.practice.map(practiceItem)),
        element('ul', { class: 'proj-ksb-list' }, ...items),
        duty && addedNote(duty));
}

function summary(coverage: KsbCoverage, gapsOnly: HTMLInputElement): HTMLElement {
    const gaps = coverage.total - coverage.covered;
    const duties = coverage.duties;
    return element('div', { class: 'proj-ksb-summary' },
        duties.total > 0 && element('p', { class: 'proj-duty-summary' },
            element('strong', {}, `${duties.evidenced} of ${duties.total} duties evidenced`),
            duties.evidenced < duties.total ? ' by the practice in the plan.' : ': the plan shows the practice of every duty.'),
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
