// The preview's Baseline tab in a real browser: a plan in a real git repository names the tag it
// was approved at, and the tab compares today's plan with it as MS Project's variance table. The
// figures are worked out by hand from the two plans; the page is checked from what it drew.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { BaselineView, PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { chromiumMissing } from '../support/chromium.js';
import { GitPlanRepository } from '../support/git-plan-repository.js';
import type { PreviewPage } from './support/preview-page.js';
import { expectNoMarkupFromThePlan, expectNoProblems, HOSTILE, SCREENSHOTS, usePreviewSession } from './support/preview-session.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const window: any;
declare const getComputedStyle: any;

/** The plan as approved, tagged v1-approved: Monday 1 March 2027, weekends off. */
const APPROVED = `project office "Office move" {
    start 2027-03-01
    currency GBP
    phase prep "Preparation" {
        task survey "Site survey" { duration 5d cost 1000 }
        task brief "Staff briefing" { duration 4d cost 400 }
        task permits "${HOSTILE}" { duration 3d after survey }
    }
    task fitout "Fit-out" { duration 10d after survey cost 20000 }
    milestone live "Site live" { after fitout }
}
`;

/**
 * Today: the survey costs 500 more, the briefing takes 2 days instead of 4, the parking permits
 * are gone, the fit-out takes 13 days instead of 10, and snagging (with a name that tries to be
 * markup) was added before the site goes live.
 */
const TODAY = `project office "Office move" {
    start 2027-03-01
    currency GBP
    baseline "v1-approved"
    phase prep "Preparation" {
        task survey "Site survey" { duration 5d cost 1500 }
        task brief "Staff briefing" { duration 2d cost 400 }
    }
    task fitout "Fit-out" { duration 13d after survey cost 20000 }
    task snagging "${HOSTILE}" { duration 2d after fitout }
    milestone live "Site live" { after snagging }
}
`;

const PLAN = 'plans/office.proj';

interface DrawnRow {
    readonly id: string;
    readonly classes: string;
    readonly cells: Record<string, string>;
    /** Each variance cell's class beyond `proj-number`, and its title (the variance in words). */
    readonly marks: Record<string, { readonly mark: string; readonly title?: string }>;
}

/** A table's rows (its body, or its foot) as column → text, with each row's id and classes. */
function tableRows(preview: PreviewPage, selector: string, part: 'tbody' | 'tfoot' = 'tbody'): Promise<DrawnRow[]> {
    return preview.page.evaluate(([selector, part]) => {
        const table = document.querySelector(selector);
        const headers = [...table.querySelectorAll('thead th')].map((th: any) => th.getAttribute('data-column'));
        return [...table.querySelectorAll(`${part} tr`)].map((row: any) => ({
            id: row.getAttribute('data-row-id'),
            classes: row.getAttribute('class') ?? '',
            cells: Object.fromEntries([...row.children].map((cell: any, index: number) => [headers[index], cell.textContent])),
            marks: Object.fromEntries([...row.children].flatMap((cell: any, index: number) => /Variance$/.test(headers[index])
                ? [[headers[index], { mark: [...cell.classList].filter((name: string) => name !== 'proj-number').join(' '), title: cell.firstElementChild?.getAttribute('title') ?? undefined }]]
                : [])),
        }));
    }, [selector, part] as const);
}

const TABLE = '#proj-view-baseline .proj-baseline-table';

/** Relative luminance and contrast ratio (WCAG 2) of colours as the browser computes them. */
function contrast(foreground: string, background: string): number {
    const luminance = (colour: string) => {
        const [r, g, b] = colour.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number).map(value => {
            const channel = value / 255;
            return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a);
    return (light + 0.05) / (dark + 0.05);
}

const THEMES = [
    { kind: 'light', bodyClass: undefined }, { kind: 'dark', bodyClass: 'vscode-dark' },
    { kind: 'high-contrast', bodyClass: 'vscode-high-contrast' }, { kind: 'high-contrast-light', bodyClass: 'vscode-high-contrast-light' },
] as const;

describe.skipIf(chromiumMissing('the Baseline tab browser tests'))('the preview\'s Baseline tab in Chromium', () => {
    const { previewOf, previewOfFile, withPreview } = usePreviewSession();
    let repository: GitPlanRepository;
    let compared: PreviewModel;

    beforeAll(async () => {
        repository = GitPlanRepository.create();
        repository.write(PLAN, APPROVED).commit('Approved plan');
        repository.tag('v1-approved');
        repository.write(PLAN, TODAY).commit('Work since');
        compared = (await previewOfFile(repository.path(PLAN), TODAY)).model;
        expect(compared.errors).toBe(0);
    });

    afterAll(() => repository?.remove());

    /** A preview of `model` on the Baseline tab. */
    function withBaselineOf(model: PreviewModel, run: (preview: PreviewPage) => Promise<void>, theme?: string): Promise<void> {
        return withPreview(async preview => {
            await preview.update(model);
            await preview.page.click('#proj-tab-baseline');
            await run(preview);
        }, { theme });
    }

    test('the model: each item\'s dates now and then and its variance in working days, worked out by hand, kept small', () => {
        const baseline = compared.baseline as BaselineView;
        expect(baseline).toMatchObject({ revision: 'v1-approved', path: PLAN, currency: 'GBP' });
        expect(baseline.commit).toBe(repository.git('rev-parse', '--short=7', 'v1-approved').trim());
        // Then: survey Mon 1–Fri 5 Mar, briefing 1–4 Mar, permits 8–10 Mar, so the phase 1–10 Mar;
        // the fit-out 8–19 Mar, live on the 19th. Now: the briefing 1–2 Mar (2 working days
        // earlier), the phase 1–5 Mar (3 earlier: the 8th, 9th and 10th), the fit-out 8–24 Mar (3
        // days later), snagging 25–26 Mar, and live on Friday the 26th (5 later).
        const row = (id: string) => baseline.rows.find(candidate => candidate.id === id);
        expect(baseline.rows.map(candidate => [candidate.id, candidate.kind, candidate.depth])).toEqual([
            ['prep', 'phase', 0], ['survey', 'task', 1], ['brief', 'task', 1], ['fitout', 'task', 0], ['snagging', 'task', 0], ['live', 'milestone', 0]]);
        expect(row('prep')).toEqual({ id: 'prep', title: 'Preparation', kind: 'phase', depth: 0, start: '2027-03-01', finish: '2027-03-05',
            baselineStart: '2027-03-01', baselineFinish: '2027-03-10', startVariance: 0, finishVariance: -3, durationVariance: -3, costVariance: 500 });
        expect(row('survey')).toMatchObject({ start: '2027-03-01', finish: '2027-03-05', startVariance: 0, finishVariance: 0, durationVariance: 0, costVariance: 500 });
        expect(row('brief')).toMatchObject({ finish: '2027-03-02', baselineFinish: '2027-03-04', finishVariance: -2, durationVariance: -2, costVariance: 0 });
        expect(row('fitout')).toMatchObject({ start: '2027-03-08', finish: '2027-03-24', baselineStart: '2027-03-08', baselineFinish: '2027-03-19',
            startVariance: 0, finishVariance: 3, durationVariance: 3, costVariance: 0 });
        expect(row('live')).toMatchObject({ start: '2027-03-26', finish: '2027-03-26', baselineFinish: '2027-03-19', startVariance: 5, finishVariance: 5 });
        // New since: no baseline figures at all.
        expect(row('snagging')).toEqual({ id: 'snagging', title: HOSTILE, kind: 'task', depth: 0, start: '2027-03-25', finish: '2027-03-26' });
        expect(baseline.added).toEqual(['snagging']);
        expect(baseline.removed).toEqual([{ id: 'permits', name: HOSTILE, kind: 'task', baselineStart: '2027-03-08', baselineFinish: '2027-03-10' }]);
        // The project: 21,400 then (1,000 + 400 + 20,000), 21,900 now.
        expect(baseline.project).toEqual({ start: '2027-03-01', finish: '2027-03-26', baselineStart: '2027-03-01', baselineFinish: '2027-03-19',
            startVariance: 0, finishVariance: 5, durationVariance: 5, baselineCost: 21400, costVariance: 500 });
        // Sent on every edit: a few hundred bytes a row at most.
        expect(JSON.stringify(baseline).length).toBeLessThan(2_000);
    });

    test('the summary and the variance table: signed variances, later in the critical colour and earlier in a calm one, new work marked, removed work listed, the project beneath', async () => {
        await withBaselineOf(compared, async preview => {
            const summary = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-baseline .proj-baseline-summary p')].map((p: any) => p.textContent));
            expect(summary[0]).toBe('Finishes on Fri 26 Mar 2027, 5 working days later than v1-approved (Fri 19 Mar 2027); 1 added, 1 removed since.'
                + ' Budget at completion £21,900: £500 more than in v1-approved.');
            expect(summary[1]).toContain(`commit ${(compared.baseline as BaselineView).commit} of ${PLAN}`);
            expect(await preview.page.getAttribute('#proj-view-baseline .proj-baseline-summary strong', 'class')).toBe('proj-later');

            const rows = await tableRows(preview, TABLE);
            // In the plan's order, as the model gives it.
            expect(rows.map(row => row.id)).toEqual(['prep', 'survey', 'brief', 'fitout', 'snagging', 'live']);
            const row = (id: string) => rows.find(candidate => candidate.id === id)!;
            expect(row('fitout').cells).toEqual({
                item: 'fitoutFit-out', start: 'Mon 8 Mar 2027', finish: 'Wed 24 Mar 2027', baselineStart: 'Mon 8 Mar 2027', baselineFinish: 'Fri 19 Mar 2027',
                startVariance: '0', finishVariance: '+3', durationVariance: '+3', costVariance: '£0',
            });
            expect(row('fitout').marks).toEqual({
                startVariance: { mark: '', title: 'Starts as in v1-approved' },
                finishVariance: { mark: 'proj-later', title: 'Finishes 3 working days later than v1-approved' },
                durationVariance: { mark: 'proj-later', title: '3 working days longer than in v1-approved' },
                costVariance: { mark: '', title: 'Costs as in v1-approved' },
            });
            expect(row('brief').cells).toMatchObject({ finish: 'Tue 2 Mar 2027', baselineFinish: 'Thu 4 Mar 2027', finishVariance: '−2', durationVariance: '−2' });
            expect(row('brief').marks.finishVariance).toEqual({ mark: 'proj-earlier', title: 'Finishes 2 working days earlier than v1-approved' });
            expect(row('prep').cells).toMatchObject({ item: 'prepPreparation', finishVariance: '−3', costVariance: '+£500' });
            expect(row('prep').marks.costVariance).toEqual({ mark: 'proj-later', title: 'Costs £500 more than in v1-approved' });
            expect(row('prep').classes).toContain('proj-line-phase');
            expect(row('live').cells).toMatchObject({ start: 'Fri 26 Mar 2027', baselineStart: 'Fri 19 Mar 2027', startVariance: '+5', finishVariance: '+5' });
            // New since the baseline: marked in words, no baseline figures; its name stays text.
            expect(row('snagging').cells).toEqual({
                item: `snagging${HOSTILE}new since v1-approved`, start: 'Thu 25 Mar 2027', finish: 'Fri 26 Mar 2027', baselineStart: '–', baselineFinish: '–',
                startVariance: '–', finishVariance: '–', durationVariance: '–', costVariance: '–',
            });
            expect(row('snagging').classes).toContain('proj-row-added');
            // The project, beneath the items.
            const [project] = await tableRows(preview, TABLE, 'tfoot');
            expect(project).toMatchObject({ id: 'office', cells: { item: 'officeOffice move', finish: 'Fri 26 Mar 2027', baselineFinish: 'Fri 19 Mar 2027', finishVariance: '+5', costVariance: '+£500' } });

            // The work in the phase a step in from it.
            const indents = await preview.page.evaluate(selector => Object.fromEntries([...document.querySelectorAll(`${selector} tbody tr`)]
                .map((tr: any) => [tr.getAttribute('data-row-id'), tr.querySelector('.proj-reveal').getBoundingClientRect().left])), TABLE);
            expect(indents.survey).toBeGreaterThan(indents.prep + 10);
            expect(indents.fitout).toBe(indents.prep);

            // Later and earlier are told apart by colour as well as by sign, each readable on the page.
            const colours = await preview.page.evaluate(selector => ({
                later: getComputedStyle(document.querySelector(`${selector} td.proj-later`)).color,
                earlier: getComputedStyle(document.querySelector(`${selector} td.proj-earlier`)).color,
                plain: getComputedStyle(document.querySelector(`${selector} td.proj-number:not(.proj-later):not(.proj-earlier)`)).color,
                background: getComputedStyle(document.body).backgroundColor,
            }), TABLE);
            expect(new Set([colours.later, colours.earlier, colours.plain]).size).toBe(3);

            // What was removed, with its baseline dates; nothing to reveal.
            const removed = await tableRows(preview, '#proj-view-baseline .proj-removed-table');
            expect(removed).toEqual([{ id: 'permits', classes: '', marks: {},
                cells: { item: `permits${HOSTILE}`, kind: 'task', baselineStart: 'Mon 8 Mar 2027', baselineFinish: 'Wed 10 Mar 2027' } }]);
            expect(await preview.page.$$('#proj-view-baseline .proj-removed-table button')).toHaveLength(0);
            expect(await preview.page.textContent('#proj-view-baseline .proj-section h2')).toBe('Removed since v1-approved');

            // Each item reveals its source.
            await preview.page.click(`${TABLE} button[data-proj-id="fitout"]`);
            await preview.page.click(`${TABLE} button[data-proj-id="snagging"]`);
            expect((await preview.posted()).flatMap(message => message.type === 'reveal' ? [message.id] : [])).toEqual(['fitout', 'snagging']);

            // The table fits a wide pane: nothing cut off, no sideways scroll.
            const fit = await preview.page.evaluate(() => {
                const view = document.getElementById('proj-view-baseline');
                return { scrollWidth: view.scrollWidth, clientWidth: view.clientWidth };
            });
            expect(fit.scrollWidth).toBeLessThanOrEqual(fit.clientWidth);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'baseline-light.png'), fullPage: true });
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('sorting: by finish variance both ways (work added since last either way), back to the plan\'s order, kept across an update', async () => {
        await withBaselineOf(compared, async preview => {
            const order = async () => (await tableRows(preview, TABLE)).map(row => row.id);
            const sortedBy = () => preview.page.evaluate(selector => [...document.querySelectorAll(`${selector} th[aria-sort]`)]
                .map((th: any) => `${th.getAttribute('data-column')} ${th.getAttribute('aria-sort')}`), TABLE);
            const sortBy = (column: string) => preview.page.click(`${TABLE} th[data-column="${column}"] button`);
            expect(await sortedBy()).toEqual(['item ascending']);

            // The largest slip first: live +5, fit-out +3, survey 0, briefing −2, the phase −3.
            await sortBy('finishVariance');
            expect(await order()).toEqual(['live', 'fitout', 'survey', 'brief', 'prep', 'snagging']);
            expect(await sortedBy()).toEqual(['finishVariance descending']);
            await sortBy('finishVariance');
            expect(await order()).toEqual(['prep', 'brief', 'survey', 'fitout', 'live', 'snagging']);
            expect(await sortedBy()).toEqual(['finishVariance ascending']);
            await sortBy('startVariance');
            expect(await order()).toEqual(['live', 'prep', 'survey', 'brief', 'fitout', 'snagging']);
            await sortBy('item');
            expect(await order()).toEqual(['prep', 'survey', 'brief', 'fitout', 'snagging', 'live']);

            // The project stays beneath, whatever the order.
            await sortBy('finishVariance');
            expect((await tableRows(preview, TABLE, 'tfoot')).map(row => row.id)).toEqual(['office']);

            // An edit that changes the comparison keeps the order the user chose.
            const edited = TODAY.replace('duration 13d', 'duration 15d');
            repository.write(PLAN, edited);
            const model = (await previewOfFile(repository.path(PLAN), edited)).model;
            await preview.update(model);
            expect(await order()).toEqual(['live', 'fitout', 'survey', 'brief', 'prep', 'snagging']);
            expect((await tableRows(preview, TABLE)).find(row => row.id === 'fitout')!.cells.finishVariance).toBe('+5');
            expect(await sortedBy()).toEqual(['finishVariance descending']);
            expectNoProblems(preview);
        });
    });

    test('every theme: later and earlier in colours of their own, each readable against the page; screenshots', async () => {
        for (const theme of THEMES) {
            await withBaselineOf(compared, async preview => {
                const colours = await preview.page.evaluate(selector => ({
                    later: getComputedStyle(document.querySelector(`${selector} td.proj-later`)).color,
                    earlier: getComputedStyle(document.querySelector(`${selector} td.proj-earlier`)).color,
                    text: getComputedStyle(document.querySelector(`${selector} td.proj-date`)).color,
                    fontSize: Number.parseFloat(getComputedStyle(document.querySelector(`${selector} td.proj-date`)).fontSize),
                    background: getComputedStyle(document.body).backgroundColor,
                }), TABLE);
                expect(colours.later, theme.kind).not.toBe(colours.earlier);
                for (const colour of [colours.later, colours.earlier, colours.text]) {
                    expect(contrast(colour, colours.background), `${theme.kind} ${colour} on ${colours.background}`).toBeGreaterThanOrEqual(4.5);
                }
                expect(colours.fontSize).toBeGreaterThanOrEqual(12);
                await preview.page.screenshot({ path: join(SCREENSHOTS, `baseline-${theme.kind}.png`), fullPage: true });
                expectNoProblems(preview);
            }, theme.bodyClass);
        }
        // A narrow pane beside the editor: the summary wraps, the table scrolls sideways in its own
        // box (never the tab), with the items in sight.
        await withBaselineOf(compared, async preview => {
            await preview.page.setViewportSize({ width: 626, height: 700 });
            const scrolled = await preview.page.evaluate(() => {
                const view = document.getElementById('proj-view-baseline');
                const box = view.querySelector('.proj-baseline-table-box');
                // To the far right: the last column in view.
                box.scrollLeft = box.scrollWidth;
                const item = box.querySelector('tbody tr[data-row-id="fitout"] th').getBoundingClientRect();
                const variance = box.querySelector('tbody tr[data-row-id="fitout"] td:last-child').getBoundingClientRect();
                return {
                    tab: view.scrollWidth <= view.clientWidth, box: box.scrollWidth > box.clientWidth, scrolled: box.scrollLeft > 0,
                    itemLeft: item.left - box.getBoundingClientRect().left, varianceInView: variance.right <= box.getBoundingClientRect().right,
                };
            });
            expect(scrolled).toMatchObject({ tab: true, box: true, scrolled: true, varianceInView: true });
            expect(scrolled.itemLeft).toBeLessThanOrEqual(2);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'baseline-dark-626.png') });
            expectNoProblems(preview);
        }, 'vscode-dark');
    });

    test('a plan that names no baseline: how to name one', async () => {
        const { model } = await previewOf(TODAY.replace('    baseline "v1-approved"\n', ''));
        expect(model.errors).toBe(0);
        expect(model.baseline).toBeUndefined();
        await withBaselineOf(model, async preview => {
            const shown = await preview.page.evaluate(() => ({
                message: document.querySelector('#proj-view-baseline .proj-placeholder').textContent,
                tables: document.querySelectorAll('#proj-view-baseline table').length,
            }));
            expect(shown.tables).toBe(0);
            expect(shown.message).toContain('This plan names no baseline to compare with.');
            expect(shown.message).toContain('add \'baseline "v1-approved"\' to the project');
            expect(shown.message).toContain('git tag v1-approved');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'baseline-none.png') });
            expectNoProblems(preview);
        });
    });

    test('a baseline git cannot give: the validation warning says why, in place of the table', async () => {
        const unknown = TODAY.replace('"v1-approved"', '"v9"');
        const { model } = await previewOfFile(repository.path(PLAN), unknown);
        expect(model.errors).toBe(0);
        expect(model.baseline).toEqual({ revision: 'v9', problem: "Baseline 'v9' cannot be read: git knows no revision 'v9'." });
        await withPreview(async preview => {
            // Shown a comparison first, then the plan names a revision git does not know.
            await preview.update(compared);
            await preview.page.click('#proj-tab-baseline');
            await preview.update(model);
            const shown = await preview.page.evaluate(() => ({
                message: document.querySelector('#proj-view-baseline .proj-placeholder').textContent,
                tables: document.querySelectorAll('#proj-view-baseline table').length,
            }));
            expect(shown).toEqual({ message: "Baseline 'v9' cannot be read: git knows no revision 'v9'. The comparison shows here once git can give the plan at that revision.", tables: 0 });
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'baseline-unreadable.png') });
            expectNoProblems(preview);
        });
        // Outside any repository.
        const { model: nowhere } = await previewOfFile('/nowhere/office.proj', TODAY);
        expect(nowhere.baseline).toEqual({ revision: 'v1-approved',
            problem: "Baseline 'v1-approved' cannot be read: office.proj is not in a git repository, so it has no revision 'v1-approved'." });
    });

    test('a revision name that tries to be markup stays text', async () => {
        const revision = '<b>v2</b>';
        repository.tag(revision);
        const text = TODAY.replace('"v1-approved"', `"${revision}"`);
        const { model } = await previewOfFile(repository.path(PLAN), text);
        expect((model.baseline as BaselineView).revision).toBe(revision);
        await withBaselineOf(model, async preview => {
            const shown = await preview.page.evaluate(() => ({
                bold: document.querySelectorAll('#proj-view-baseline b').length,
                caption: document.querySelector('#proj-view-baseline caption').textContent,
            }));
            expect(shown.bold).toBe(0);
            expect(shown.caption).toContain(`Variance against ${revision}`);
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('the extension\'s selectTab message (Compare with Baseline) brings the Baseline tab forward, and it is restored after a reload', async () => {
        await withPreview(async preview => {
            await preview.update(compared);
            expect(await preview.page.getAttribute('#proj-tab-gantt', 'aria-selected')).toBe('true');
            await preview.page.evaluate(() => window.postMessage({ type: 'selectTab', tab: 'baseline' }, '*'));
            await preview.page.waitForFunction(() => document.getElementById('proj-tab-baseline').getAttribute('aria-selected') === 'true');
            const shown = await preview.page.evaluate(() => ({
                label: document.getElementById('proj-tab-baseline').textContent,
                visible: !document.getElementById('proj-view-baseline').hidden,
                saved: window.__projState.tab,
            }));
            expect(shown).toEqual({ label: 'Baseline', visible: true, saved: 'baseline' });
            await preview.page.waitForFunction(() => document.querySelector('#proj-view-baseline .proj-baseline-table'));
            // A tab this webview does not know is ignored.
            await preview.page.evaluate(() => window.postMessage({ type: 'selectTab', tab: 'nowhere' }, '*'));
            expect(await preview.page.getAttribute('#proj-tab-baseline', 'aria-selected')).toBe('true');
            expectNoProblems(preview);
        });
        await withPreview(async preview => {
            await preview.update(compared);
            expect(await preview.page.getAttribute('#proj-tab-baseline', 'aria-selected')).toBe('true');
        }, { state: { tab: 'baseline' } });
    });
});
