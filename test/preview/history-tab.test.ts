// The preview's History tab in a real browser: the history of the office move read from a real git
// repository (four commits, figures worked by hand in test/support/trend-plans.ts), as the server
// answers `proj/history`, posted to the webview as the extension posts it. The charts are drawn by
// the same code as `proj trend --format html`'s; the page is checked from what it drew.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledVersionReader, planHistoryView } from '../../language/src/history/plan-history-view.js';
import type { HistoryAnswer, HistoryView, PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { chromiumMissing } from '../support/chromium.js';
import { HOSTILE_SUBJECT, officeMoveHistory, type OfficeMoveHistory } from '../support/trend-plans.js';
import { contrastRatio as contrast } from './support/gantt-geometry.js';
import type { PreviewPage } from './support/preview-page.js';
import { expectNoMarkupFromThePlan, expectNoProblems, PLAN_URI, SCREENSHOTS, usePreviewSession } from './support/preview-session.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const window: any;
declare const getComputedStyle: any;

const THEMES = [
    { kind: 'light', bodyClass: undefined }, { kind: 'dark', bodyClass: 'vscode-dark' },
    { kind: 'high-contrast', bodyClass: 'vscode-high-contrast' }, { kind: 'high-contrast-light', bodyClass: 'vscode-high-contrast-light' },
] as const;

const VIEW = '#proj-view-history';

describe.skipIf(chromiumMissing('the History tab browser tests'))('the preview\'s History tab in Chromium', () => {
    const { previewOf, withPreview } = usePreviewSession();
    let history: OfficeMoveHistory;
    let view: HistoryView;
    let model: PreviewModel;

    beforeAll(async () => {
        history = officeMoveHistory();
        view = await planHistoryView(history.file, { reader: bundledVersionReader(__dirname), project: { id: 'office', title: 'Office move', currency: 'GBP' } });
        model = (await previewOf(`project office "Office move" {\n    start 2027-03-01\n    task survey "Site survey" { duration 5d }\n}\n`)).model;
    }, 60_000);

    afterAll(() => history?.repository.remove());

    /** The webview's History tab, shown, with `answer` posted as the extension posts it. */
    async function showHistory(preview: PreviewPage, answer: HistoryAnswer | undefined): Promise<void> {
        await preview.update(model);
        await preview.page.click('#proj-tab-history');
        await preview.page.evaluate(message => window.postMessage(message, '*'), { type: 'history', uri: PLAN_URI, history: answer });
        if (answer && !('message' in answer)) {
            await preview.page.waitForSelector(`${VIEW} .proj-history-table`);
        } else if (answer) {
            await preview.page.waitForFunction(([selector, message]) => document.querySelector(`${selector} .proj-placeholder`).textContent === message, [VIEW, answer.message]);
        }
    }

    /** The table's rows, column → text, with each row's class. */
    const tableRows = (preview: PreviewPage) => preview.page.evaluate(selector => {
        const table = document.querySelector(`${selector} .proj-history-table`);
        const headers = [...table.querySelectorAll('thead th')].map((th: any) => th.getAttribute('data-column'));
        return [...table.querySelectorAll('tbody tr')].map((row: any) => ({
            classes: row.getAttribute('class') ?? '',
            cells: Object.fromEntries([...row.children].map((cell: any, index: number) => [headers[index], cell.textContent])),
            variance: [...row.children][headers.indexOf('variance')].className,
        }));
    }, VIEW);

    test('the tab after Baseline; shown, it tells the extension, and says it reads the history until the answer comes', async () => {
        await withPreview(async preview => {
            await preview.update(model);
            const labels = await preview.page.evaluate(() => [...document.querySelectorAll('.proj-tabs [role=tab]')].map((tab: any) => tab.textContent));
            expect(labels.slice(3, 5)).toEqual(['Baseline', 'History']);
            await preview.page.click('#proj-tab-history');
            expect((await preview.posted()).filter(message => message.type === 'tab').at(-1)).toEqual({ type: 'tab', tab: 'history' });
            expect(await preview.page.textContent(`${VIEW} .proj-placeholder`)).toBe('Reading the plan\'s history…');
            // The extension says it is reading, then answers.
            await preview.page.evaluate(uri => window.postMessage({ type: 'history', uri }, '*'), PLAN_URI);
            await preview.page.evaluate(message => window.postMessage(message, '*'), { type: 'history', uri: PLAN_URI, history: view });
            await preview.page.waitForSelector(`${VIEW} .proj-history-table`);
            expect(await preview.page.isHidden(`${VIEW} .proj-placeholder`)).toBe(true);
            // Another plan's history is not this plan's. Read again (a save): the table stays, dimmed, under the note.
            await preview.page.evaluate(message => window.postMessage(message, '*'), { type: 'history', uri: 'file:///elsewhere.proj', history: { message: 'elsewhere' } });
            await preview.page.evaluate(uri => window.postMessage({ type: 'history', uri }, '*'), PLAN_URI);
            await preview.page.waitForSelector(`${VIEW}.proj-stale`);
            expect(await preview.page.$(`${VIEW} .proj-history-table`)).not.toBeNull();
            expect(await preview.page.textContent(`${VIEW} .proj-placeholder`)).toBe('Reading the plan\'s history…');
            expectNoProblems(preview);
        });
    });

    test('the charts and the table: figures from git, newest first, the variance signed, subjects as text', async () => {
        await withPreview(async preview => {
            await showHistory(preview, view);
            const { commits } = history;
            const rows = await tableRows(preview);
            expect(rows.map(row => row.cells)).toEqual([
                { date: '2027-03-15', commit: commits.status15.slice(0, 7), subject: 'Status at 15 March', finish: '2027-03-25', variance: '+4', spi: '0.88', cpi: '0.88', eac: '23,800', exposure: '12', note: '' },
                { date: '2027-03-10', commit: commits.status10.slice(0, 7), subject: 'Status at 10 March', finish: '2027-03-26', variance: '+5', spi: '0.53', cpi: '0.81', eac: '25,900', exposure: '12', note: '' },
                { date: '2027-02-22', commit: commits.longer.slice(0, 7), subject: HOSTILE_SUBJECT, finish: '2027-03-24', variance: '+3', spi: '–', cpi: '–', eac: '–', exposure: '12', note: '' },
                { date: '2027-02-15', commit: commits.approved.slice(0, 7), subject: 'Approved plan', finish: '2027-03-19', variance: '0', spi: '–', cpi: '–', eac: '–', exposure: '12', note: 'the reference' },
            ]);
            expect(rows.map(row => row.variance)).toEqual(['proj-number proj-later', 'proj-number proj-later', 'proj-number proj-later', 'proj-number']);
            expect(rows[3].classes).toBe('proj-history-reference');

            const drawn = await preview.page.evaluate(selector => {
                const chart = (name: string) => {
                    const svg = document.querySelector(`${selector} .${name} svg.time-line-chart`);
                    return {
                        label: svg.getAttribute('aria-label'),
                        points: [...svg.querySelectorAll('.series circle title')].map((title: any) => title.textContent),
                        levels: [...svg.querySelectorAll('.level-label')].map((text: any) => text.textContent),
                        legend: [...svg.querySelectorAll('.legend-label')].map((text: any) => text.textContent),
                        width: svg.getBoundingClientRect().width,
                    };
                };
                return { finish: chart('proj-history-finish'), indices: chart('proj-history-indices'), summary: document.querySelector(`${selector} .proj-history-summary`).textContent };
            }, VIEW);
            expect(drawn.finish.label).toBe('Forecast finish by commit date');
            expect(drawn.finish.points).toEqual([
                `2027-02-15 ${commits.approved.slice(0, 7)} Approved plan: Forecast finish 2027-03-19`,
                `2027-02-22 ${commits.longer.slice(0, 7)} ${HOSTILE_SUBJECT}: Forecast finish 2027-03-24`,
                `2027-03-10 ${commits.status10.slice(0, 7)} Status at 10 March: Forecast finish 2027-03-26`,
                `2027-03-15 ${commits.status15.slice(0, 7)} Status at 15 March: Forecast finish 2027-03-25`,
            ]);
            expect(drawn.finish.levels).toEqual(['Reference finish 2027-03-19']);
            expect(drawn.indices.legend).toEqual(['SPI', 'CPI']);
            expect(drawn.indices.levels).toEqual(['1.00: on plan']);
            // SPI and CPI at the two commits with a status date.
            expect(drawn.indices.points).toEqual([
                `2027-03-10 ${commits.status10.slice(0, 7)} Status at 10 March: SPI 0.53`, `2027-03-15 ${commits.status15.slice(0, 7)} Status at 15 March: SPI 0.88`,
                `2027-03-10 ${commits.status10.slice(0, 7)} Status at 10 March: CPI 0.81`, `2027-03-15 ${commits.status15.slice(0, 7)} Status at 15 March: CPI 0.88`,
            ]);
            expect(drawn.finish.width).toBe(880);
            expect(drawn.summary).toContain('4 commits of plans/office-move.proj. The latest forecast finish is 2027-03-25 (+4 working days against the reference), SPI 0.88, CPI 0.88.');
            expect(drawn.summary).toContain(`against the oldest version measured: ${commits.approved.slice(0, 7)} of 2027-02-15, finishing 2027-03-19.`);
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('every theme: the chart\'s text and lines readable on the page, the two indices in colours of their own; screenshots', async () => {
        for (const theme of THEMES) {
            await withPreview(async preview => {
                await showHistory(preview, view);
                const colours = await preview.page.evaluate(selector => {
                    const svg = document.querySelector(`${selector} .proj-history-indices svg`);
                    const style = (query: string) => getComputedStyle(svg.querySelector(query));
                    return {
                        tick: style('.tick').fill, level: style('.level-label').fill, fontSize: Number.parseFloat(style('.tick').fontSize),
                        spi: style('.series-first path').stroke, cpi: style('.series-second path').stroke, cpiDash: style('.series-second path').strokeDasharray,
                        background: getComputedStyle(document.body).backgroundColor,
                    };
                }, VIEW);
                for (const colour of [colours.tick, colours.level]) {
                    expect(contrast(colour, colours.background), `${theme.kind} text ${colour} on ${colours.background}`).toBeGreaterThanOrEqual(4.5);
                }
                for (const colour of [colours.spi, colours.cpi]) {
                    expect(contrast(colour, colours.background), `${theme.kind} line ${colour} on ${colours.background}`).toBeGreaterThanOrEqual(3);
                }
                expect(colours.spi, theme.kind).not.toBe(colours.cpi);
                expect(colours.cpiDash).not.toBe('none');
                expect(colours.fontSize).toBeGreaterThanOrEqual(12);
                // Tall enough for the whole tab: it scrolls inside the page, so a full-page shot would cut it.
                await preview.page.setViewportSize({ width: 1400, height: 1300 });
                await preview.page.screenshot({ path: join(SCREENSHOTS, `history-${theme.kind}.png`) });
                expectNoProblems(preview);
            }, { theme: theme.bodyClass });
        }
        // A narrow pane beside the editor: the charts are drawn as wide as it, their text at its own
        // size (never scaled down), nothing cut off; the table scrolls sideways in its own box.
        await withPreview(async preview => {
            await preview.page.setViewportSize({ width: 626, height: 1200 });
            await showHistory(preview, view);
            await preview.page.waitForFunction(selector => document.querySelector(`${selector} .proj-history-finish svg`).viewBox.baseVal.width < 626, VIEW);
            const fit = await preview.page.evaluate(selector => {
                const tab = document.querySelector(selector);
                return {
                    tab: tab.scrollWidth <= tab.clientWidth,
                    charts: [...tab.querySelectorAll('svg.time-line-chart')].map((svg: any) => ({
                        scale: svg.getBoundingClientRect().width / svg.viewBox.baseVal.width,
                        inside: svg.getBoundingClientRect().right <= tab.getBoundingClientRect().right,
                        // The newest point, the one that matters most, in sight.
                        newest: [...svg.querySelectorAll('.series-first circle')].at(-1).getBoundingClientRect().right <= tab.getBoundingClientRect().right,
                    })),
                };
            }, VIEW);
            expect(fit).toEqual({ tab: true, charts: [{ scale: 1, inside: true, newest: true }, { scale: 1, inside: true, newest: true }] });
            // Every tab's button whole on screen, on one line of its own text: the tabs wrap as a row.
            const tabs = await preview.page.evaluate(() => [...document.querySelectorAll('.proj-tabs [role="tab"]')].map((tab: any) => {
                const box = tab.getBoundingClientRect();
                return { inside: box.left >= 0 && box.right <= window.innerWidth, height: box.height };
            }));
            expect(tabs.length).toBe(11);
            expect(tabs.every(tab => tab.inside)).toBe(true);
            expect(Math.max(...tabs.map(tab => tab.height))).toBe(Math.min(...tabs.map(tab => tab.height)));
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'history-dark-626.png') });
        }, { theme: 'vscode-dark' });
    });

    test('the messages: not in git, a shallow clone\'s note, no measured index', async () => {
        await withPreview(async preview => {
            await showHistory(preview, { message: 'office.proj: not in a git repository, so it has no history.' });
            expect(await preview.page.textContent(`${VIEW} .proj-placeholder`)).toBe('office.proj: not in a git repository, so it has no history.');
            expect(await preview.page.$$(`${VIEW} table`)).toHaveLength(0);
        });
        const rows = view.trend.rows.slice(0, 2);
        const shallow: HistoryView = { ...view, shallow: true, trend: { ...view.trend, rows }, chart: { ...view.chart, points: view.chart.points.slice(0, 2) } };
        await withPreview(async preview => {
            await showHistory(preview, shallow);
            const shown = await preview.page.evaluate(selector => ({
                notice: document.querySelector(`${selector} .proj-history-shallow`)?.textContent,
                charts: document.querySelectorAll(`${selector} svg`).length,
                paragraphs: [...document.querySelectorAll(`${selector} .proj-section p.proj-muted`)].map((p: any) => p.textContent),
            }), VIEW);
            expect(shown.notice).toContain('This is a shallow clone, so the history stops early: 2 commits of plans/office-move.proj read');
            expect(shown.charts).toBe(1);
            expect(shown.paragraphs).toEqual(['No commit measures SPI or CPI: they need a status date, work due by it and money spent.']);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'history-shallow.png') });
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('a commit whose plan had errors keeps its row, marked with the reason', async () => {
        const broken: HistoryView = {
            ...view,
            trend: { ...view.trend, rows: view.trend.rows.map((row, index) => index === 1
                ? { commit: row.commit, date: row.date, subject: row.subject, path: row.path, reference: false, problem: 'it has errors (line 6: Unknown task <b>x</b>.)' } : row) },
        };
        await withPreview(async preview => {
            await showHistory(preview, broken);
            const rows = await tableRows(preview);
            expect(rows[2].classes).toBe('proj-history-problem');
            expect(rows[2].cells).toMatchObject({ finish: '–', variance: '–', note: 'Not measured: it has errors (line 6: Unknown task <b>x</b>.)' });
            expect(await preview.page.$$(`${VIEW} b`)).toHaveLength(0);
            expectNoProblems(preview);
        });
    });
});
