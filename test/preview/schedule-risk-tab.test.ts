// The preview's Risk analysis tab in a real browser: the histogram of the project's finish over
// the iterations on a time axis, its cumulative curve on a 0-100% axis, the deadline and the P80
// date as labelled lines, the figures, and the tornado of what drives the finish, each id
// revealing its item. Headless Chromium loads the page VS Code would, with the model the language
// services compute (the editor's 500 iterations, the default seed); what the tab drew is read back
// by geometry and checked against that model.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { chartPalette, type ThemeKind } from '../../client/webview/theme/chart-palette.js';
import { chromiumMissing } from '../support/chromium.js';
import { overlaps, type Box } from './support/gantt-geometry.js';
import type { PreviewPage } from './support/preview-page.js';
import { expectNoMarkupFromThePlan, expectNoProblems, HOSTILE, OFFICE_MOVE, SCREENSHOTS, usePreviewSession } from './support/preview-session.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const getComputedStyle: any;
declare const DOMParser: any;

/** A fit-out whose estimates spread, a supplier risk that delays it, a deadline and a milestone that must be met. */
const FITOUT = `project fitout "Office fit-out" {
    start 2027-03-01
    deadline 2027-05-14
    task survey "Site survey" { estimate 2d 3d 6d }
    task design "${HOSTILE}" { estimate 5d 8d 15d after survey }
    task order "Order furniture" { estimate 3d 5d 12d after design }
    task build "Build partitions" { estimate 8d 10d 20d after design }
    task cabling "Cabling" { estimate 3d 4d 9d after build }
    milestone ready "Ready to move" { after order, cabling finish no later than 2027-04-30 }
    risk supplier "Supplier late" { probability 30% delay 5d 10d 20d affects order }
}
`;

interface DrawnText {
    readonly text: string;
    readonly xTick: boolean;
    readonly box: Box;
    readonly fontSize: number;
    readonly fill: string;
}

interface DrawnRisk {
    readonly view: { readonly clientWidth: number; readonly scrollWidth: number };
    readonly svgWidth: number;
    readonly bars: Array<{ from: string; to: string; count: number; x: number; width: number }>;
    readonly ticks: Array<{ date: string; x: number }>;
    readonly markers: Array<{ key: string; date: string; x: number; label: string }>;
    readonly texts: readonly DrawnText[];
    readonly htmlFontSizes: number[];
    readonly tornado: Array<{ id: string; kind: string; sensitivity: number; barWidth: number }>;
    readonly summary: string[];
}

function drawnRisk(preview: PreviewPage): Promise<DrawnRisk> {
    return preview.page.evaluate(() => {
        const view = document.getElementById('proj-view-schedule-risk');
        const svg = view.querySelector('svg.proj-finish-histogram');
        const boxOf = (node: any) => {
            const rect = node.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const visible = (node: any) => node.getClientRects().length > 0;
        return {
            view: { clientWidth: view.clientWidth, scrollWidth: view.scrollWidth },
            svgWidth: Number(svg.getAttribute('width')),
            bars: [...svg.querySelectorAll('rect.proj-bar')].map((bar: any) => ({
                from: bar.getAttribute('data-from'), to: bar.getAttribute('data-to'), count: Number(bar.getAttribute('data-count')),
                x: Number(bar.getAttribute('x')), width: Number(bar.getAttribute('width')),
            })),
            ticks: [...svg.querySelectorAll('.proj-x-axis text')].map((text: any) => ({ date: text.getAttribute('data-date'), x: Number(text.getAttribute('x')) })),
            markers: [...svg.querySelectorAll('.proj-marker')].map((marker: any) => ({
                key: marker.getAttribute('data-marker'), date: marker.getAttribute('data-date'),
                x: Number(marker.querySelector('line').getAttribute('x1')), label: marker.querySelector('text').textContent,
            })),
            texts: [...view.querySelectorAll('svg.proj-finish-histogram text, svg.proj-tornado text')].map((text: any) => ({
                text: text.textContent, xTick: !!text.closest('.proj-x-axis'), box: boxOf(text),
                fontSize: Number.parseFloat(getComputedStyle(text).fontSize), fill: text.getAttribute('fill'),
            })),
            htmlFontSizes: [...view.querySelectorAll('p, li, button, span, td, th, h3')].filter(visible).map((node: any) => Number.parseFloat(getComputedStyle(node).fontSize)),
            tornado: [...view.querySelectorAll('svg.proj-tornado g.proj-tornado-row')].map((item: any) => ({
                id: item.getAttribute('data-id'), kind: item.getAttribute('data-kind'), sensitivity: Number(item.getAttribute('data-sensitivity')),
                barWidth: item.querySelector('.proj-tornado-bar').getBoundingClientRect().width,
            })),
            summary: [...view.querySelectorAll('.proj-risk-summary tbody tr')].map((row: any) => row.textContent),
        };
    }) as Promise<DrawnRisk>;
}

async function drawnToPane(preview: PreviewPage): Promise<void> {
    await preview.page.waitForFunction(() => {
        const view = document.getElementById('proj-view-schedule-risk');
        const svg = view.querySelector('svg.proj-finish-histogram');
        return svg && Number(svg.getAttribute('width')) === view.clientWidth - 16;
    });
}

/** Shows `model` on the Risk analysis tab, in a page of `viewport` if given, and reads what it drew at the pane's width. */
async function riskTabOf(preview: PreviewPage, model: PreviewModel, viewport?: { width: number; height: number }): Promise<DrawnRisk> {
    await preview.update(model);
    await preview.page.click('#proj-tab-schedule-risk');
    if (viewport) {
        await preview.page.setViewportSize(viewport);
    }
    await drawnToPane(preview);
    return drawnRisk(preview);
}

function overlapping(texts: readonly DrawnText[]): string[] {
    return texts.flatMap((text, index) => texts.slice(index + 1).filter(other => overlaps(text.box, other.box)).map(other => `${text.text} | ${other.text}`));
}

const THEMES: ReadonlyArray<{ readonly kind: ThemeKind; readonly bodyClass?: string }> = [
    { kind: 'light' }, { kind: 'dark', bodyClass: 'vscode-dark' }, { kind: 'high-contrast', bodyClass: 'vscode-high-contrast' },
];

describe.skipIf(chromiumMissing('the Risk analysis tab browser tests'))('the preview\'s Risk analysis tab in Chromium', () => {
    const { previewOf, withPreview } = usePreviewSession();

    test('the histogram\'s bars hold every iteration; the P80 line stands at the end of the P80 day on the time axis', async () => {
        const { model } = await previewOf(FITOUT);
        const view = model.scheduleRisk!;
        expect(view.iterations).toBe(500);
        await withPreview(async preview => {
            const drawn = await riskTabOf(preview, model, { width: 626, height: 900 });

            expect(drawn.bars.reduce((sum, bar) => sum + bar.count, 0)).toBe(view.iterations);
            expect(drawn.bars.map(bar => [bar.from, bar.count])).toEqual(view.histogram!.bins.filter(bin => bin.count > 0).map(bin => [bin.from, bin.count]));

            // The axis's scale from its first and last ticks: a finish date is the end of its day.
            const [first, last] = [drawn.ticks[0], drawn.ticks.at(-1)!];
            const xOfDay = (day: number) => first.x + (day - dayNumberOf(first.date)) / (dayNumberOf(last.date) - dayNumberOf(first.date)) * (last.x - first.x);
            const p80 = drawn.markers.find(marker => marker.key === 'p80')!;
            expect(p80.date).toBe(view.finish!.p80);
            expect(Math.abs(p80.x - xOfDay(dayNumberOf(view.finish!.p80) + 1))).toBeLessThanOrEqual(1);
            expect(p80.label).toMatch(/^P80 /);
            const deadline = drawn.markers.find(marker => marker.key === 'deadline')!;
            expect(deadline.date).toBe('2027-05-14');
            expect(deadline.label).toMatch(/Deadline/);

            // The iterations and seed said; the chances of the deadline and of the milestone's date listed.
            expect(await preview.page.textContent('#proj-view-schedule-risk .proj-risk-run')).toContain('500 iterations');
            expect(await preview.page.textContent('#proj-view-schedule-risk .proj-risk-run')).toContain(`seed ${view.seed}`);
            const deadlineChance = Math.round(view.dates!.find(date => date.kind === 'deadline')!.probability * 100);
            expect(drawn.summary).toContain(`Chance of meeting the deadline Fri 14 May 2027${deadlineChance}%`);
            expect(drawn.summary.some(row => row.startsWith('ready Chance of meeting finish no later than'))).toBe(true);
            expectNoProblems(preview);
        });
    });

    test('the tornado: the drivers by the size of their correlation, the risk among them, each revealing its item', async () => {
        const { model } = await previewOf(FITOUT);
        await withPreview(async preview => {
            const drawn = await riskTabOf(preview, model);
            expect(drawn.tornado.map(row => row.id)).toEqual(model.scheduleRisk!.drivers!.map(driver => driver.id));
            expect(drawn.tornado.length).toBeLessThanOrEqual(10);
            expect(drawn.tornado.some(row => row.kind === 'risk' && row.id === 'supplier')).toBe(true);
            // Longer bars for larger correlations.
            const widths = drawn.tornado.map(row => row.barWidth);
            expect(widths).toEqual([...widths].sort((a, b) => b - a));
            // Exported as a chart that stands on its own: its title inside, the marks kept.
            await preview.page.evaluate(() => (globalThis as any).postMessage({ type: 'requestSvg', chart: 'schedule-risk', requestId: 7 }, '*'));
            await preview.page.waitForFunction(() => (globalThis as any).__projPosted.some((message: any) => message.requestId === 7));
            const exported = (await preview.posted()).find(message => message.type === 'exportSvg' && message.requestId === 7) as { svg: string };
            expect(exported.svg).toContain('Office fit-out: finish date, 500 iterations');
            expect(exported.svg).toContain('data-marker="p80"');
            // The tornado too, beneath the histogram.
            const parsed = await preview.page.evaluate((svg: string) => {
                const root = new DOMParser().parseFromString(svg, 'image/svg+xml').documentElement;
                return { root: root.nodeName, rows: [...root.querySelectorAll('svg.proj-tornado g.proj-tornado-row')].map((row: any) => row.getAttribute('data-id')) };
            }, exported.svg);
            expect(parsed).toEqual({ root: 'svg', rows: model.scheduleRisk!.drivers!.map(driver => driver.id) });
            writeFileSync(join(SCREENSHOTS, 'risk-export.svg'), exported.svg);
            await preview.page.click('#proj-view-schedule-risk .proj-tornado [data-proj-id="supplier"]');
            const reveals = (await preview.posted()).flatMap(message => message.type === 'reveal' ? [message.id] : []);
            expect(reveals).toEqual(['supplier']);
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('light, dark and high contrast at 626 px: it fits, its labels never overlap or shrink below 11 px, its text in the theme\'s colours', async () => {
        const { model } = await previewOf(FITOUT);
        for (const theme of THEMES) {
            const palette = chartPalette(theme.kind);
            await withPreview(async preview => {
                const drawn = await riskTabOf(preview, model, { width: 626, height: 1100 });
                const where = theme.kind;
                expect(drawn.view.scrollWidth, where).toBeLessThanOrEqual(drawn.view.clientWidth);
                expect(overlapping(drawn.texts), where).toEqual([]);
                expect(drawn.texts.filter(text => text.fontSize < 11), where).toEqual([]);
                expect(drawn.htmlFontSizes.filter(size => size < 11), where).toEqual([]);
                expect(new Set(drawn.texts.map(text => text.fill)), where).toEqual(new Set([palette.text, palette.muted]));
                await preview.page.screenshot({ path: join(SCREENSHOTS, `risk-${theme.kind}.png`), fullPage: true });
                expectNoProblems(preview);
            }, { theme: theme.bodyClass });
        }
    });

    test('a deadline months after every finish stays at the axis\'s edge, its label pointing on, rather than squeeze the bars', async () => {
        const { model } = await previewOf(OFFICE_MOVE);
        await withPreview(async preview => {
            const drawn = await riskTabOf(preview, model, { width: 626, height: 900 });
            const deadline = drawn.markers.find(marker => marker.key === 'deadline')!;
            expect(deadline.label).toBe('Deadline Wed 30 Jun 2027 →');
            expect(deadline.x).toBeGreaterThan(Math.max(...drawn.bars.map(bar => bar.x + bar.width)));
            expect(overlapping(drawn.texts)).toEqual([]);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'risk-office-move.png') });
            expectNoProblems(preview);
        });
    });

    test('a plan with nothing uncertain: no chart, and the tab says how to add some', async () => {
        const { model } = await previewOf('project p { start 2027-01-04 task a { duration 5d } }');
        await withPreview(async preview => {
            await preview.update(model);
            await preview.page.click('#proj-tab-schedule-risk');
            expect(await preview.page.$('#proj-view-schedule-risk svg')).toBeNull();
            const text = await preview.page.textContent('#proj-view-schedule-risk');
            expect(text).toContain('estimate 3d 5d 10d');
            expect(text).toContain('uncertainty -10% +30%');
            expect(text).toContain('delay 5d 10d 20d');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'risk-none.png') });
            expectNoProblems(preview);
        });
    });
});
