// The preview's register tabs in a real browser: Budget (the S-curve on a time axis with EV and AC
// ending at the status date, and the earned-value figures), Risks (heat map, sortable register, issues),
// Stakeholders (the power/interest grid and its table) and KSB coverage. Headless Chromium loads
// the page VS Code would, with the model the server computes for the reference plan, and each tab
// is checked from what it drew against the model and figures worked out by hand.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import { amountText, indexText } from '../../language/src/engine/figure-text.js';
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { chartPalette, type ThemeKind } from '../../client/webview/theme/chart-palette.js';
import { chromiumMissing } from '../support/chromium.js';
import type { PreviewPage } from './support/preview-page.js';
import { expectNoMarkupFromThePlan, expectNoProblems, HOSTILE, OFFICE_MOVE, PLAN_URI, SCREENSHOTS, usePreviewSession, type PlanPreview } from './support/preview-session.js';
import { updateMessage } from '../../client/webview/webview-messages.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const window: any;
declare const getComputedStyle: any;
declare const DOMParser: any;

/**
 * The reference plan with a task, a risk, a stakeholder and a milestone (evidence of K5) renamed
 * to something that tries to be markup and Mermaid syntax.
 */
const referencePlan = OFFICE_MOVE
    .replace('task survey "Site survey"', `task survey "${HOSTILE}"`)
    .replace('risk lease_delay "Landlord delays lease exit"', `risk lease_delay "${HOSTILE}"`)
    .replace('stakeholder union "Staff union representatives"', `stakeholder union "${HOSTILE}"`)
    .replace('milestone approval "Business case approved"', `milestone approval "${HOSTILE}"`);

async function reveals(preview: PreviewPage): Promise<string[]> {
    return (await preview.posted()).flatMap(message => message.type === 'reveal' ? [message.id] : []);
}

/** A table's body as header → cell text, row by row, with each row's `data-row-id`. */
async function tableRows(preview: PreviewPage, selector: string): Promise<Array<{ id: string; classes: string; cells: Record<string, string> }>> {
    return preview.page.evaluate(selector => {
        const table = document.querySelector(selector);
        const headers = [...table.querySelectorAll('thead th')].map((th: any) => th.getAttribute('data-column'));
        return [...table.querySelectorAll('tbody tr')].map((row: any) => ({
            id: row.getAttribute('data-row-id'),
            classes: row.getAttribute('class') ?? '',
            cells: Object.fromEntries([...row.children].map((cell: any, index: number) => [headers[index], cell.textContent])),
        }));
    }, selector);
}

/** `#rrggbb` as the browser computes it. */
const rgb = (hex: string) => `rgb(${[1, 3, 5].map(index => Number.parseInt(hex.slice(index, index + 2), 16)).join(', ')})`;

interface Box {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
}

/** A text of the S-curve where it is drawn on screen; `role` says what it labels. */
interface DrawnText {
    readonly text: string;
    readonly role: 'x-tick' | 'y-tick' | 'y-title' | 'bac' | 'status' | 'other';
    readonly box: Box;
    readonly fontSize: number;
}

/** What the Budget tab drew, read back from the page: in the SVG's units (pixels at 100%) and on screen. */
interface DrawnCurve {
    readonly view: Box & { readonly clientWidth: number; readonly scrollWidth: number };
    readonly svg: Box & { readonly width: number; readonly height: number };
    readonly series: Record<'pv' | 'ev' | 'ac', { readonly stroke: string; readonly dash: string | null; readonly points: Array<{ x: number; y: number }> }>;
    readonly statusX: number;
    readonly bacY: number;
    readonly texts: readonly DrawnText[];
    readonly cadence: string;
    readonly legend: Array<{ series: string; label: string; colour: string; dashed: boolean }>;
    readonly table: { readonly clientWidth: number; readonly scrollWidth: number; readonly clientHeight: number; readonly scrollHeight: number; readonly overflow: string };
}

function drawnCurve(preview: PreviewPage): Promise<DrawnCurve> {
    return preview.page.evaluate(() => {
        const view = document.getElementById('proj-view-budget');
        const svg = view.querySelector('svg.proj-s-curve');
        const boxOf = (node: any) => {
            const rect = node.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const pointsOf = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(match => ({ x: Number(match[1]), y: Number(match[2]) }));
        const roleOf = (text: any) => text.closest('.proj-x-axis') ? 'x-tick' : text.closest('.proj-y-axis') ? 'y-tick'
            : text.classList.contains('proj-y-title') ? 'y-title' : text.closest('.proj-bac') ? 'bac' : text.closest('.proj-status-date') ? 'status' : 'other';
        const table = view.querySelector('.proj-budget-table-box');
        return {
            view: { ...boxOf(view), clientWidth: view.clientWidth, scrollWidth: view.scrollWidth },
            svg: { ...boxOf(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')) },
            series: Object.fromEntries([...svg.querySelectorAll('path.proj-series')].map((path: any) =>
                [path.getAttribute('data-series'), { stroke: path.getAttribute('stroke'), dash: path.getAttribute('stroke-dasharray'), points: pointsOf(path.getAttribute('d')) }])),
            statusX: Number(svg.querySelector('.proj-status-date line').getAttribute('x1')),
            bacY: Number(svg.querySelector('.proj-bac line').getAttribute('y1')),
            texts: [...svg.querySelectorAll('text')].map((text: any) => ({
                text: text.textContent, role: roleOf(text), box: boxOf(text), fontSize: Number.parseFloat(getComputedStyle(text).fontSize),
            })),
            cadence: svg.querySelector('.proj-x-axis').getAttribute('data-cadence'),
            legend: [...view.querySelectorAll('.proj-legend li')].map((item: any) => ({
                series: item.getAttribute('data-series'), label: item.textContent, colour: getComputedStyle(item.querySelector('.proj-swatch')).borderTopColor,
                dashed: getComputedStyle(item.querySelector('.proj-swatch')).borderTopStyle === 'dashed',
            })),
            table: { clientWidth: table.clientWidth, scrollWidth: table.scrollWidth, clientHeight: table.clientHeight, scrollHeight: table.scrollHeight, overflow: getComputedStyle(table).overflow },
        };
    }) as Promise<DrawnCurve>;
}

/**
 * Waits until the S-curve is drawn to the pane's width: a chart drawn while its tab was hidden is
 * drawn again as the tab comes into view, and after a pause when the pane is resized.
 */
async function drawnToPane(preview: PreviewPage): Promise<void> {
    await preview.page.waitForFunction(() => {
        const view = document.getElementById('proj-view-budget');
        const svg = view.querySelector('svg.proj-s-curve');
        // The canvas's padding, 8 px each side.
        return svg && Number(svg.getAttribute('width')) === view.clientWidth - 16;
    });
}

async function resizeTo(preview: PreviewPage, width: number): Promise<void> {
    await preview.page.setViewportSize({ width, height: 900 });
    await drawnToPane(preview);
}

const intersect = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The pairs of texts whose boxes overlap, as "a | b": none, where labels are readable. */
function overlapping(texts: readonly DrawnText[]): string[] {
    return texts.flatMap((text, index) => texts.slice(index + 1).filter(other => intersect(text.box, other.box)).map(other => `${text.text} | ${other.text}`));
}

/** A money tick's value from its label: `£20,000` is 20000. */
const moneyValue = (label: string) => Number(label.replace(/[^\d.]/g, ''));

/**
 * The value at a height of the chart (SVG units), through the y axis's labels as drawn: the middle
 * of each label's box is its tick. `tolerance` is what 1.5 px is worth.
 */
function moneyScale(drawn: DrawnCurve): { valueAt: (y: number) => number; tolerance: number } {
    const ticks = drawn.texts.filter(text => text.role === 'y-tick')
        .map(text => ({ value: moneyValue(text.text), y: (text.box.top + text.box.bottom) / 2 - drawn.svg.top }));
    const [low, high] = [ticks[0], ticks.at(-1)!];
    const perPixel = (high.value - low.value) / (low.y - high.y);
    return { valueAt: y => low.value + (low.y - y) * perPixel, tolerance: 1.5 * perPixel };
}

/**
 * Each point's x is proportional to its date: the line through the first and last points of PV
 * puts every other point, and the status date, within 1 px of where the chart drew them.
 */
function expectPlacedByTime(drawn: DrawnCurve, model: PreviewModel): void {
    const budget = model.budget!;
    const days = budget.curve!.points.map(point => dayNumberOf(point.date));
    const pv = drawn.series.pv.points;
    expect(pv).toHaveLength(days.length);
    const xOf = (day: number) => pv[0].x + (day - days[0]) / (days.at(-1)! - days[0]) * (pv.at(-1)!.x - pv[0].x);
    for (const [index, day] of days.entries()) {
        expect(Math.abs(pv[index].x - xOf(day)), budget.curve!.points[index].date).toBeLessThanOrEqual(1);
    }
    expect(Math.abs(drawn.statusX - xOf(dayNumberOf(budget.status!)))).toBeLessThanOrEqual(1);
    // EV and AC end at the status date, PV runs on to the end.
    expect(Math.abs(drawn.series.ev.points.at(-1)!.x - drawn.statusX)).toBeLessThanOrEqual(1);
    expect(Math.abs(drawn.series.ac.points.at(-1)!.x - drawn.statusX)).toBeLessThanOrEqual(1);
    expect(pv.at(-1)!.x).toBeGreaterThan(drawn.statusX + 20);
}

/**
 * The chart fits the pane and reads: nothing overlaps (tick labels, axis title, BAC and status date
 * labels), nothing is cut off or makes the tab scroll sideways, no text is under 11 px.
 */
function expectReadable(drawn: DrawnCurve): void {
    const ticks = (role: DrawnText['role']) => drawn.texts.filter(text => text.role === role);
    expect(ticks('x-tick').length).toBeGreaterThanOrEqual(3);
    expect(ticks('y-tick').length).toBeGreaterThanOrEqual(3);
    expect(overlapping(ticks('x-tick'))).toEqual([]);
    expect(overlapping(ticks('y-tick'))).toEqual([]);
    const title = ticks('y-title');
    expect(title).toHaveLength(1);
    expect(ticks('y-tick').filter(tick => intersect(tick.box, title[0].box)).map(tick => tick.text)).toEqual([]);
    expect(overlapping(drawn.texts)).toEqual([]);
    // Inside the chart, and the chart inside the pane: no clipping, no sideways scroll.
    const outside = drawn.texts.filter(text => text.box.left < drawn.svg.left || text.box.right > drawn.svg.right
        || text.box.top < drawn.svg.top || text.box.bottom > drawn.svg.bottom);
    expect(outside.map(text => text.text)).toEqual([]);
    expect(drawn.svg.right).toBeLessThanOrEqual(drawn.view.left + drawn.view.clientWidth);
    expect(drawn.view.scrollWidth).toBeLessThanOrEqual(drawn.view.clientWidth);
    expect(Math.min(...drawn.texts.map(text => text.fontSize))).toBeGreaterThanOrEqual(11);
    expect(drawn.svg.height).toBeGreaterThanOrEqual(360);
    expect(drawn.svg.height).toBeLessThanOrEqual(440);
}

const THEMES: ReadonlyArray<{ readonly kind: ThemeKind; readonly bodyClass?: string }> = [
    { kind: 'light' }, { kind: 'dark', bodyClass: 'vscode-dark' },
    { kind: 'high-contrast', bodyClass: 'vscode-high-contrast' }, { kind: 'high-contrast-light', bodyClass: 'vscode-high-contrast-light' },
];

describe.skipIf(chromiumMissing('the register tab browser tests'))('preview register tabs in Chromium', () => {
    // The KSB tab needs the built-in standard, as the server passes it.
    const { previewOf, withPreview } = usePreviewSession({ builtinStandard: true });
    let reference: PlanPreview;

    beforeAll(async () => {
        reference = await previewOf(referencePlan);
        expect(reference.model.errors).toBe(0);
        expect(reference.model.budget?.curve).toBeDefined();
        expect(reference.model.risks?.rows.length).toBeGreaterThan(0);
        expect(reference.model.stakeholders?.mermaid).toBeDefined();
        expect(reference.model.ksb).toBeDefined();
    });

    /** A preview of the reference plan, on `tab`: where each tab's own test starts. */
    function withReferenceOn(tab: string, run: (preview: PreviewPage) => Promise<void>): Promise<void> {
        return withPreview(async preview => {
            await preview.update(reference.model);
            await preview.page.click(`#proj-tab-${tab}`);
            await run(preview);
        });
    }

    test('Budget: PV, EV and AC on a time axis, EV and AC ending at the status date while PV runs on to BAC, a legend in their colours, and the figures per task, phase and project', async () => {
        const budget = reference.model.budget!;
        const palette = chartPalette('light');
        await withReferenceOn('budget', async preview => {
            await drawnToPane(preview);
            const drawn = await drawnCurve(preview);

            // Three lines in the palette's colours, each point placed by its date.
            expect(Object.keys(drawn.series)).toEqual(['pv', 'ev', 'ac']);
            expect([drawn.series.pv.stroke, drawn.series.ev.stroke, drawn.series.ac.stroke])
                .toEqual([palette.series.planned, palette.series.earned, palette.series.actual]);
            expectPlacedByTime(drawn, reference.model);
            const known = budget.curve!.points.filter(point => point.ev !== undefined);
            expect(drawn.series.ev.points).toHaveLength(known.length);
            expect(drawn.series.ac.points).toHaveLength(known.length);
            // A weekly plan of nine weeks, 1400 px wide: a tick a week, on Mondays.
            expect(drawn.cadence).toBe('week');
            expect(drawn.texts.filter(text => text.role === 'x-tick').map(text => text.text))
                .toEqual(['4 Jan 2027', '11 Jan', '18 Jan', '25 Jan', '1 Feb', '8 Feb', '15 Feb', '22 Feb', '1 Mar', '8 Mar']);

            // Read back through the y axis's labels, the lines end at the project's PV, EV and AC,
            // PV at BAC, and the dashed BAC line is at BAC.
            const project = budget.lines.at(-1)!;
            expect(project.kind).toBe('project');
            const { valueAt, tolerance } = moneyScale(drawn);
            expect(drawn.texts.filter(text => text.role === 'y-tick').map(text => text.text).slice(0, 3)).toEqual(['£0', '£10,000', '£20,000']);
            expect(Math.abs(valueAt(drawn.series.ev.points.at(-1)!.y) - project.ev)).toBeLessThan(tolerance);
            expect(Math.abs(valueAt(drawn.series.ac.points.at(-1)!.y) - project.ac)).toBeLessThan(tolerance);
            const pvAtStatus = drawn.series.pv.points[budget.curve!.points.findIndex(point => point.date === budget.status)];
            expect(Math.abs(valueAt(pvAtStatus.y) - project.pv)).toBeLessThan(tolerance);
            expect(Math.abs(valueAt(drawn.series.pv.points.at(-1)!.y) - project.bac)).toBeLessThan(tolerance);
            expect(Math.abs(valueAt(drawn.bacY) - project.bac)).toBeLessThan(tolerance);
            expect(drawn.texts.filter(text => ['y-title', 'bac', 'status'].includes(text.role)).map(text => text.text))
                .toEqual(['Cumulative cost (GBP)', 'BAC £59,440', 'Status date: Mon 1 Mar 2027']);
            expectReadable(drawn);

            // Actual cost, which runs close to earned value, is dashed too: not told apart by colour alone.
            expect([drawn.series.pv.dash, drawn.series.ev.dash, drawn.series.ac.dash]).toEqual([null, null, '7 4']);
            expect(drawn.legend).toEqual([
                { series: 'pv', label: 'Planned value (PV)', colour: rgb(palette.series.planned), dashed: false },
                { series: 'ev', label: 'Earned value (EV)', colour: rgb(palette.series.earned), dashed: false },
                { series: 'ac', label: 'Actual cost (AC)', colour: rgb(palette.series.actual), dashed: true },
            ]);
            expect(await preview.page.textContent('#proj-view-budget .proj-budget-table caption')).toBe('Earned value at Mon 1 Mar 2027, in GBP');

            // A row per task and phase, then the project.
            const rows = await tableRows(preview, '#proj-view-budget .proj-budget-table');
            const tasksAndPhases = reference.items.filter(item => item.kind === 'task' || item.kind === 'phase');
            expect(rows).toHaveLength(tasksAndPhases.length + 1);
            expect(rows.map(row => row.id)).toEqual(budget.lines.map(line => line.id));
            expect(rows.map(row => row.id).slice(0, -1).sort()).toEqual(tasksAndPhases.map(item => item.id).sort());
            for (const [index, line] of budget.lines.entries()) {
                const cells = rows[index].cells;
                for (const key of ['bac', 'pv', 'ev', 'ac', 'sv', 'cv', 'eac', 'etc', 'vac'] as const) {
                    expect(cells[key], `${line.id} ${key}`).toBe(amountText(line[key]));
                }
                for (const key of ['spi', 'cpi', 'tcpi'] as const) {
                    expect(cells[key], `${line.id} ${key}`).toBe(indexText(line[key]));
                }
            }
            // By hand from the plan: BAC = 1,750 (5 days of Alex at 350) + 2,640 (3 days of the
            // crew, 4 at 220) + 48,000 + 1,050 (3 days of Alex) + 6,000 = 59,440; EV = 1,750 + 2,640
            // + 65% of 48,000 = 35,590; AC = 1,800 + 3,100 + 32,000 = 36,900.
            expect(rows.at(-1)).toMatchObject({ id: 'office_move', cells: { bac: '59,440', ev: '35,590', ac: '36,900' } });
            expect(rows.at(-1)!.cells.item).toContain('Office relocation to Leeds');
            expect(rows.find(row => row.id === 'survey')!.cells.item).toBe(`survey${HOSTILE}`);
            // Each task a step in from its phase, as the items sit in the plan.
            const indents = await preview.page.evaluate(() => Object.fromEntries([...document.querySelectorAll('#proj-view-budget .proj-budget-table tbody tr')]
                .map((row: any) => [row.getAttribute('data-row-id'), row.firstElementChild.querySelector('.proj-named > :first-child').getBoundingClientRect().left])));
            expect(indents.business_case).toBeGreaterThan(indents.initiation + 10);
            expect(indents.fitout).toBe(indents.business_case);
            expect(indents.delivery).toBe(indents.initiation);
            expect(indents.office_move).toBe(indents.initiation);

            // Indices below the tolerances (SPI 0.9, CPI 0.95): only the survey's CPI, 2,640 / 3,100 = 0.85.
            const marked = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-budget .proj-below-tolerance')]
                .map((cell: any) => `${cell.closest('tr').getAttribute('data-row-id')} ${cell.textContent}`));
            const expected = budget.lines.flatMap(line => [
                ...(line.spi !== undefined && line.spi < budget.tolerances.spi ? [`${line.id} ${indexText(line.spi)}`] : []),
                ...(line.cpi !== undefined && line.cpi < budget.tolerances.cpi ? [`${line.id} ${indexText(line.cpi)}`] : []),
            ]);
            expect(marked).toEqual(expected);
            expect(marked).toEqual(['survey 0.85']);

            await preview.page.click('#proj-view-budget button[data-proj-id="fitout"]');
            expect(await reveals(preview)).toEqual(['fitout']);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'budget.png') });
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('Budget in every theme, 626 and 1400 px wide: the chart follows the pane, its labels never overlap or shrink, its lines are in the theme\'s colours', async () => {
        for (const theme of THEMES) {
            const palette = chartPalette(theme.kind);
            await withPreview(async preview => {
                await preview.update(reference.model);
                await preview.page.click('#proj-tab-budget');
                for (const width of [626, 1400]) {
                    await resizeTo(preview, width);
                    const drawn = await drawnCurve(preview);
                    const where = `${theme.kind} at ${width} px`;
                    expect([drawn.series.pv.stroke, drawn.series.ev.stroke, drawn.series.ac.stroke], where)
                        .toEqual([palette.series.planned, palette.series.earned, palette.series.actual]);
                    expect(drawn.legend.map(item => item.colour), where)
                        .toEqual([palette.series.planned, palette.series.earned, palette.series.actual].map(rgb));
                    expectPlacedByTime(drawn, reference.model);
                    expectReadable(drawn);
                    // The figures are wider than a narrow pane: they scroll in their own box.
                    if (width === 626) {
                        expect(drawn.table.scrollWidth).toBeGreaterThan(drawn.table.clientWidth);
                    }
                    await preview.page.screenshot({ path: join(SCREENSHOTS, `budget-${theme.kind}-${width}.png`) });
                }
                expectNoProblems(preview);
            }, { theme: theme.bodyClass });
        }
    });

    test('Budget: a theme change redraws the chart and its legend in the new theme\'s colours', async () => {
        await withReferenceOn('budget', async preview => {
            const strokes = async () => {
                const drawn = await drawnCurve(preview);
                return [...drawn.legend.map(item => item.colour), ...Object.values(drawn.series).map(series => rgb(series.stroke))];
            };
            const colours = (kind: ThemeKind) => {
                const series = chartPalette(kind).series;
                return [series.planned, series.earned, series.actual].map(rgb);
            };
            expect(await strokes()).toEqual([...colours('light'), ...colours('light')]);
            await preview.page.evaluate(() => { document.body.className = 'vscode-dark'; });
            await preview.page.waitForFunction(colour => document.querySelector('#proj-view-budget path.proj-series[data-series="pv"]').getAttribute('stroke') === colour
                && !document.getElementById('proj-preview').hasAttribute('aria-busy'), chartPalette('dark').series.planned);
            expect(await strokes()).toEqual([...colours('dark'), ...colours('dark')]);
            const background = await preview.page.evaluate(() => document.querySelector('#proj-view-budget svg rect.proj-background').getAttribute('fill'));
            expect(background).toBe(chartPalette('dark').background);
            expectNoProblems(preview);
        });
    });

    test('Budget of a long plan: month by month on the time axis, the figures scrolling in their own box under a header that stays, the tab never scrolling sideways', async () => {
        // Forty more tasks, one after another, for two more years of work.
        const extra = Array.from({ length: 40 }, (_, index) =>
            `        task extra_${index} "Extra work ${index}" { duration 12d after ${index === 0 ? 'survey' : `extra_${index - 1}`} cost ${500 + index * 10} }`).join('\n');
        const long = await previewOf(referencePlan.replace('        task it "IT cut-over"', `${extra}\n        task it "IT cut-over"`));
        expect(long.model.errors).toBe(0);
        expect(long.model.budget!.lines.length).toBeGreaterThan(40);
        await withPreview(async preview => {
            await preview.update(long.model);
            await preview.page.click('#proj-tab-budget');
            await resizeTo(preview, 626);
            const drawn = await drawnCurve(preview);
            expect(long.model.budget!.curve!.points.slice(1, 4).map(point => point.date)).toEqual(['2027-01-31', '2027-02-28', '2027-03-01']);
            expectPlacedByTime(drawn, long.model);
            expect(drawn.cadence).toMatch(/^(month|quarter)$/);
            expect(drawn.table.overflow).toBe('auto');
            expect(drawn.table.scrollHeight).toBeGreaterThan(drawn.table.clientHeight);
            expect(drawn.table.scrollWidth).toBeGreaterThan(drawn.table.clientWidth);
            expect(drawn.view.scrollWidth).toBeLessThanOrEqual(drawn.view.clientWidth);
            expectReadable(drawn);

            // Scrolled down, the header stays at the top of the box.
            const header = await preview.page.evaluate(() => {
                const box = document.querySelector('#proj-view-budget .proj-budget-table-box');
                box.scrollTop = 400;
                return { boxTop: box.getBoundingClientRect().top, headerTop: box.querySelector('thead th').getBoundingClientRect().top, scrolled: box.scrollTop };
            });
            expect(header.scrolled).toBe(400);
            expect(Math.abs(header.headerTop - header.boxTop)).toBeLessThanOrEqual(2);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'budget-long-626.png') });
            expectNoProblems(preview);
        });
    });

    test('Budget export: a standalone SVG with its own title and legend, well-formed, with the plan\'s text escaped', async () => {
        const hostile = await previewOf(referencePlan.replace('project office_move "Office relocation to Leeds"', `project office_move "${HOSTILE}"`));
        expect(hostile.model.errors).toBe(0);
        await withPreview(async preview => {
            await preview.update(hostile.model);
            await preview.page.click('#proj-tab-budget');
            await preview.page.click('[data-action="export"]');
            const exported = (await preview.posted()).at(-1) as { type: string; chart: string; svg: string };
            expect(exported).toMatchObject({ type: 'exportSvg', chart: 'budget' });
            const svg = exported.svg;
            expect(svg.startsWith('<?xml')).toBe(true);
            expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
            expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;: a;b #c');
            expect(svg).not.toContain('<img');
            const parsed = await preview.page.evaluate(text => {
                const document = new DOMParser().parseFromString(text, 'image/svg+xml');
                const root = document.documentElement;
                return {
                    error: document.querySelector('parsererror')?.textContent,
                    root: `${root.namespaceURI} ${root.localName}`,
                    size: [root.getAttribute('width'), root.getAttribute('height')],
                    title: root.querySelector('.proj-chart-title')?.textContent,
                    legend: [...root.querySelectorAll('.proj-svg-legend text')].map((text: any) => text.textContent),
                    series: [...root.querySelectorAll('path.proj-series')].map((path: any) => `${path.getAttribute('data-series')} ${path.getAttribute('stroke')}`),
                    images: root.getElementsByTagName('img').length,
                    // Colours are attributes, not classes of the page's stylesheet.
                    unpainted: [...root.querySelectorAll('text')].filter((text: any) => !text.getAttribute('fill')).length,
                };
            }, svg);
            const palette = chartPalette('light');
            expect(parsed).toEqual({
                error: undefined,
                root: 'http://www.w3.org/2000/svg svg',
                size: [expect.stringMatching(/^\d+$/), expect.stringMatching(/^\d+$/)],
                title: `${HOSTILE}: budget and earned value`,
                legend: ['Planned value (PV)', 'Earned value (EV)', 'Actual cost (AC)'],
                series: [`pv ${palette.series.planned}`, `ev ${palette.series.earned}`, `ac ${palette.series.actual}`],
                images: 0,
                unpainted: 0,
            });
            // The file on its own, as an SVG viewer would show it.
            const alone = await preview.page.context().newPage();
            await alone.setContent(svg.replace(/^<\?xml[^>]*>/, ''));
            await alone.locator('svg').screenshot({ path: join(SCREENSHOTS, 'budget-export.png') });
            await alone.close();
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('Budget without a status date: the model\'s message instead of a chart', async () => {
        const undated = await previewOf(referencePlan.replace(/^\s*status 2027-03-01.*$/m, ''));
        expect(undated.model.errors).toBe(0);
        const message = undated.model.budget?.message;
        expect(message).toMatch(/status date/);
        await withPreview(async preview => {
            await preview.update(undated.model);
            await preview.page.click('#proj-tab-budget');
            const shown = await preview.page.evaluate(() => ({
                message: document.querySelector('#proj-view-budget .proj-placeholder').textContent,
                svgs: document.querySelectorAll('#proj-view-budget svg').length,
                exportDisabled: document.querySelector('[data-action="export"]').disabled,
            }));
            expect(shown).toEqual({ message, svgs: 0, exportDisabled: false });
            await preview.page.click('[data-action="export"]');
            expect((await preview.posted()).at(-1)).toEqual({ type: 'exportSvg', chart: 'budget', reason: 'There is no chart to export yet.' });
            expectNoProblems(preview);
        });
    });

    test('Risks: a 5x5 heat map in the plan\'s bands with each risk in its cell, a register that sorts, critical-path risks flagged, the issues', async () => {
        const risks = reference.model.risks!;
        await withReferenceOn('risks', async preview => {
            const cells = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-risks .proj-heat-cell')].map((cell: any) => ({
                likelihood: Number(cell.getAttribute('data-likelihood')),
                impact: Number(cell.getAttribute('data-impact')),
                score: cell.querySelector('.proj-heat-score').textContent,
                rag: /proj-rag-(\w+)/.exec(cell.className)![1],
                chips: [...cell.querySelectorAll('.proj-chip')].map((chip: any) => ({ id: chip.textContent, kind: chip.getAttribute('data-kind'), border: getComputedStyle(chip).borderTopStyle })),
            })));
            expect(cells).toHaveLength(25);
            // Likelihood 5 down to 1, impact 1 to 5 across, in reading order.
            expect(cells.map(cell => `${cell.likelihood}${cell.impact}`)).toEqual([5, 4, 3, 2, 1].flatMap(l => [1, 2, 3, 4, 5].map(i => `${l}${i}`)));
            // The plan's bands: amber from 6, red from 15.
            expect(risks.bands).toEqual({ amber: 6, red: 15 });
            for (const cell of cells) {
                const score = cell.likelihood * cell.impact;
                expect(cell.score).toBe(String(score));
                expect(cell.rag).toBe(score >= 15 ? 'red' : score >= 6 ? 'amber' : 'green');
            }
            expect(cells.map(cell => cell.rag)).toEqual(risks.heatMap.flat().map(cell => cell.rag));

            // Each risk in the cell of its likelihood and impact; the opportunity told apart.
            const placed = cells.flatMap(cell => cell.chips.map(chip => ({ ...chip, likelihood: cell.likelihood, impact: cell.impact })));
            expect(placed.map(chip => [chip.id, chip.likelihood, chip.impact]).sort()).toEqual(
                risks.rows.map(row => [row.id, row.likelihood, row.impact]).sort());
            expect(placed.map(chip => [chip.id, chip.likelihood, chip.impact]).sort()).toEqual([
                ['data_loss', 2, 5], ['early_keys', 2, 3], ['lease_delay', 3, 4], ['lift_capacity', 4, 4]]);
            expect(placed.find(chip => chip.id === 'early_keys')).toMatchObject({ kind: 'opportunity', border: 'dashed' });
            expect(placed.find(chip => chip.id === 'lease_delay')).toMatchObject({ kind: 'risk', border: 'solid' });

            // The register, highest score first as the model gives it.
            const register = '#proj-view-risks .proj-risk-table';
            const order = async () => (await tableRows(preview, register)).map(row => row.id);
            const sortedBy = () => preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-risks .proj-risk-table th[aria-sort]')]
                .map((th: any) => `${th.getAttribute('data-column')} ${th.getAttribute('aria-sort')}`));
            expect(await order()).toEqual(risks.rows.map(row => row.id));
            expect(await order()).toEqual(['lift_capacity', 'lease_delay', 'data_loss', 'early_keys']);
            expect(await sortedBy()).toEqual(['score descending']);

            const rows = await tableRows(preview, register);
            const row = (id: string) => rows.find(candidate => candidate.id === id)!;
            expect(row('lease_delay').cells).toMatchObject({ risk: `lease_delay${HOSTILE}`, score: '12 amber', residual: '6 amber', owner: 'Alex Smith', proximity: 'Fri 30 Apr 2027' });
            expect(row('lift_capacity').cells).toMatchObject({ score: '16 red', residual: '–', owner: 'Facilities crew', response: 'avoid Hire an external hoist' });
            // Critical path: lease_delay affects the fit-out, which is critical; lift_capacity affects
            // the briefings, which have float.
            const critical = new Set(reference.items.filter(item => item.critical).map(item => item.id));
            expect(critical.has('fitout')).toBe(true);
            expect(critical.has('briefing')).toBe(false);
            const flagged = rows.filter(candidate => candidate.cells.affects.includes('critical path')).map(candidate => candidate.id);
            expect(flagged).toEqual(risks.rows.filter(risk => risk.criticalAffected.length > 0).map(risk => risk.id));
            expect(flagged).toContain('lease_delay');
            expect(flagged).not.toContain('lift_capacity');
            expect(row('lease_delay').classes).toContain('proj-row-critical');
            expect(row('lift_capacity').classes).not.toContain('proj-row-critical');

            // Sorting by clicking the headers.
            const sortBy = (column: string) => preview.page.click(`${register} th[data-column="${column}"] button`);
            await sortBy('proximity');
            expect(await order()).toEqual(['lift_capacity', 'lease_delay', 'data_loss', 'early_keys']);
            expect(await sortedBy()).toEqual(['proximity ascending']);
            await sortBy('proximity');
            // Descending: the latest first; risks without a proximity stay last.
            expect(await order()).toEqual(['lease_delay', 'lift_capacity', 'data_loss', 'early_keys']);
            expect(await sortedBy()).toEqual(['proximity descending']);
            await sortBy('residual');
            expect(await order()).toEqual(['lease_delay', 'data_loss', 'lift_capacity', 'early_keys']);
            await sortBy('owner');
            expect(await order()).toEqual(['lease_delay', 'data_loss', 'early_keys', 'lift_capacity']);
            expect(await sortedBy()).toEqual(['owner ascending']);
            await sortBy('score');
            expect(await order()).toEqual(['lift_capacity', 'lease_delay', 'data_loss', 'early_keys']);

            // The sort survives an update that changes the register.
            await sortBy('owner');
            const renamed = await previewOf(referencePlan.replace('"Hire an external hoist"', '"Hire a crane"'));
            await preview.update(renamed.model);
            expect(await order()).toEqual(['lease_delay', 'data_loss', 'early_keys', 'lift_capacity']);
            expect((await tableRows(preview, register)).find(candidate => candidate.id === 'lift_capacity')!.cells.response).toBe('avoid Hire a crane');

            // The issue log: open first, the most severe first.
            const issues = await tableRows(preview, '#proj-view-risks .proj-issue-table');
            expect(issues.map(issue => issue.id)).toEqual(risks.issues.map(issue => issue.id));
            expect(issues[0]).toMatchObject({ id: 'lift_broken', cells: { severity: 'high', status: 'open', owner: 'Alex Smith', escalate: 'Programme board', affects: 'fitout' } });
            expect(issues[1]).toMatchObject({ id: 'parking', cells: { severity: 'low', status: 'closed', escalate: '–' } });
            expect(issues[1].classes).toContain('proj-row-closed');

            // Chips, ids and owners reveal their source, by mouse or keyboard (once).
            await preview.page.click('#proj-view-risks .proj-heat-cell button[data-proj-id="lease_delay"]');
            await preview.page.click(`${register} tr[data-row-id="data_loss"] button[data-proj-id="data_loss"]`);
            await preview.page.click(`${register} tr[data-row-id="lift_capacity"] button[data-proj-id="crew"]`);
            await preview.page.focus('#proj-view-risks .proj-heat-cell button[data-proj-id="early_keys"]');
            await preview.page.keyboard.press('Enter');
            expect(await reveals(preview)).toEqual(['lease_delay', 'data_loss', 'crew', 'early_keys']);

            await preview.page.screenshot({ path: join(SCREENSHOTS, 'risks.png'), fullPage: true });
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('Stakeholders: the four quadrants, each stakeholder\'s point in its quadrant, the table with a warning for an unengaged key player, the unassessed', async () => {
        const grid = reference.model.stakeholders!;
        await withReferenceOn('stakeholders', async preview => {
            const drawn = await preview.page.evaluate(() => {
                const svg = document.querySelector('#proj-view-stakeholders svg');
                const rects = [...svg.querySelectorAll('g.quadrant > rect')].map((rect: any) => ({
                    left: Number(rect.getAttribute('x')), top: Number(rect.getAttribute('y')),
                    right: Number(rect.getAttribute('x')) + Number(rect.getAttribute('width')), bottom: Number(rect.getAttribute('y')) + Number(rect.getAttribute('height')),
                }));
                return {
                    quadrants: [...svg.querySelectorAll('g.quadrant > text')].map((text: any) => text.textContent),
                    centre: {
                        x: (Math.min(...rects.map(rect => rect.left)) + Math.max(...rects.map(rect => rect.right))) / 2,
                        y: (Math.min(...rects.map(rect => rect.top)) + Math.max(...rects.map(rect => rect.bottom))) / 2,
                    },
                    points: [...svg.querySelectorAll('g.data-point')].map((group: any) => ({
                        id: group.getAttribute('data-proj-id'),
                        label: group.querySelector('text').textContent,
                        x: Number(group.querySelector('circle').getAttribute('cx')),
                        y: Number(group.querySelector('circle').getAttribute('cy')),
                        fill: group.querySelector('circle').getAttribute('fill'),
                    })),
                };
            });
            expect(drawn.quadrants.sort()).toEqual(['Keep informed', 'Keep satisfied', 'Manage closely', 'Monitor']);
            expect(drawn.points.map(point => point.id).sort()).toEqual(grid.points.map(point => point.id).sort());
            expect(drawn.points.map(point => point.id).sort()).toEqual(['council', 'finance', 'landlord', 'staff', 'union']);
            // High interest to the right of the centre, high power above it (y grows downwards).
            const side = (point: { x: number; y: number }) => `${point.y < drawn.centre.y ? 'high' : 'low'} power, ${point.x > drawn.centre.x ? 'high' : 'low'} interest`;
            const expectedSide = { 'manage-closely': 'high power, high interest', 'keep-satisfied': 'high power, low interest', 'keep-informed': 'low power, high interest', monitor: 'low power, low interest' };
            for (const point of drawn.points) {
                const model = grid.points.find(candidate => candidate.id === point.id)!;
                expect(side(point), point.id).toBe(expectedSide[model.quadrant]);
            }
            expect(Object.fromEntries(drawn.points.map(point => [point.id, side(point)]))).toEqual({
                finance: 'high power, high interest', landlord: 'high power, low interest', staff: 'low power, high interest',
                union: 'low power, high interest', council: 'low power, low interest',
            });
            // Mermaid's own point colour is `hsl(…, NaN%)`; the preview gives them the theme's.
            expect(drawn.points.every(point => !point.fill.includes('NaN'))).toBe(true);
            // The chart cannot show markup characters; its label drops them, and the table has the name as written.
            expect(drawn.points.find(point => point.id === 'union')!.label).not.toContain('<');

            const rows = await tableRows(preview, '#proj-view-stakeholders .proj-stakeholder-table');
            expect(rows.map(row => row.id)).toEqual(grid.points.map(point => point.id));
            expect(rows.map(row => row.cells)).toEqual(grid.points.map(point => ({
                name: `${point.id}${point.title ?? ''}`,
                power: point.power, interest: point.interest,
                quadrant: { 'manage-closely': 'Manage closely', 'keep-satisfied': 'Keep satisfied', 'keep-informed': 'Keep informed', monitor: 'Monitor' }[point.quadrant],
                engage: point.engage ?? '–', frequency: point.frequency ?? '–',
            })));
            expect(rows.find(row => row.id === 'union')!.cells.name).toBe(`union${HOSTILE}`);
            expect(await preview.page.$$('#proj-view-stakeholders .proj-warning')).toHaveLength(0);

            await preview.page.click('#proj-view-stakeholders g.data-point[data-proj-id="landlord"] circle');
            await preview.page.click('#proj-view-stakeholders tr[data-row-id="council"] button[data-proj-id="council"]');
            expect(await reveals(preview)).toEqual(['landlord', 'council']);

            // The chart exports on its own, with the points' colours and without the preview's marks.
            await preview.page.click('[data-action="export"]');
            const exported = (await preview.posted()).at(-1) as { type: string; chart: string; svg: string };
            expect(exported).toMatchObject({ type: 'exportSvg', chart: 'stakeholders' });
            expect(exported.svg).toContain('Manage closely');
            expect(exported.svg).not.toContain('data-proj-id');
            expect(exported.svg).not.toContain('NaN');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'stakeholders.png'), fullPage: true });

            // Finance (high power, high interest) without an engagement plan, and one not assessed.
            const unengaged = await previewOf(referencePlan
                .replace(' engage "Monthly budget review" frequency "monthly"', '')
                .replace('stakeholder council', 'stakeholder press "Local press" { interest high }\n    stakeholder council'));
            expect(unengaged.model.errors).toBe(0);
            await preview.update(unengaged.model);
            const warned = await preview.page.evaluate(() => ({
                rows: [...document.querySelectorAll('#proj-view-stakeholders .proj-stakeholder-table tbody tr')]
                    .filter((row: any) => row.querySelector('.proj-warning')).map((row: any) => row.getAttribute('data-row-id')),
                text: document.querySelector('#proj-view-stakeholders .proj-warning').textContent,
                note: document.querySelector('#proj-view-stakeholders .proj-warning-note').textContent,
                unassessed: [...document.querySelectorAll('#proj-view-stakeholders .proj-unassessed li')].map((item: any) => item.textContent),
            }));
            expect(warned).toEqual({
                rows: ['finance'],
                text: 'No engagement planned',
                note: '1 stakeholder to manage closely without an engagement plan.',
                unassessed: ['pressLocal press no power'],
            });
            expect(unengaged.model.stakeholders!.unassessed.map(stakeholder => stakeholder.id)).toEqual(['press']);
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('KSB coverage: all 62 KSBs grouped by duty, the covered count, gaps marked, evidence that reveals its source', async () => {
        const coverage = reference.model.ksb!;
        await withReferenceOn('ksb', async preview => {
            const shown = await preview.page.evaluate(() => ({
                summary: document.querySelector('#proj-view-ksb .proj-ksb-summary p:not(.proj-duty-summary)').textContent,
                groups: [...document.querySelectorAll('#proj-view-ksb .proj-ksb-group')].map((group: any) => ({
                    title: group.querySelector('h3 > span').textContent,
                    count: group.querySelector('.proj-ksb-count').textContent,
                    codes: [...group.querySelectorAll('li.proj-ksb')].map((item: any) => item.getAttribute('data-ksb')),
                })),
                entries: [...document.querySelectorAll('#proj-view-ksb li.proj-ksb')].map((item: any) => ({
                    code: item.getAttribute('data-ksb'),
                    gap: item.classList.contains('proj-ksb-gap'),
                    mark: item.querySelector('.proj-gap-mark')?.textContent,
                    border: getComputedStyle(item).borderLeftStyle,
                    evidence: [...item.querySelectorAll('.proj-evidence [data-proj-id]')].map((link: any) => ({ id: link.getAttribute('data-proj-id'), text: link.textContent })),
                })),
            }));
            // Every KSB of the standard, in the model's groups and their order.
            expect(coverage.total).toBe(62);
            expect(new Set(shown.entries.map(entry => entry.code)).size).toBe(62);
            expect([...new Set(shown.entries.map(entry => entry.code))].sort()).toEqual(coverage.entries.map(entry => entry.code).sort());
            expect(shown.groups).toEqual(coverage.groups.map(group => ({ title: group.title, count: `${group.covered} of ${group.codes.length} covered`, codes: group.codes })));
            expect(shown.groups[0].title).toMatch(/^D\d+: /);
            // All 14 duties of ST0310, and Proj's reading maps every KSB to one of them.
            expect(shown.groups.map(group => group.title.split(':')[0])).toEqual(Array.from({ length: 14 }, (_, index) => `D${index + 1}`));

            // Each duty's verdict and its rules of practice, shown (✓) or not.
            const duties = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-ksb .proj-ksb-group[data-duty]')].map((group: any) => ({
                duty: group.getAttribute('data-duty'),
                verdict: group.querySelector('.proj-duty-verdict').textContent,
                practice: [...group.querySelectorAll('li.proj-practice')].map((rule: any) => ({
                    mark: rule.querySelector('.proj-practice-mark').textContent,
                    evidence: rule.querySelector('.proj-practice-evidence').textContent,
                    reason: rule.querySelector('.proj-practice-reason').textContent,
                })),
            })));
            const verdicts = { evidenced: 'Evidenced', partly: 'Partly evidenced', 'not evidenced': 'Not evidenced yet' };
            expect(duties).toEqual(coverage.groups.map(group => ({
                duty: group.duty!.code,
                verdict: verdicts[group.duty!.verdict],
                practice: group.duty!.practice.map(rule => ({ mark: rule.projects.length > 0 ? '✓' : '—', evidence: rule.evidence.replaceAll('`', ''), reason: rule.reason })),
            })));
            expect(duties.find(duty => duty.duty === 'D5')!.practice.map(rule => rule.evidence)).toContain('Key milestones (milestone)');
            expect(await preview.page.textContent('#proj-view-ksb .proj-duty-summary')).toMatch(/^\d+ of 14 duties evidenced/);

            // Covered and gaps, counted once per KSB however many duties map it.
            const covered = new Set(shown.entries.filter(entry => !entry.gap).map(entry => entry.code));
            const gaps = new Set(shown.entries.filter(entry => entry.gap).map(entry => entry.code));
            expect(covered.size).toBe(coverage.covered);
            expect(covered.size + gaps.size).toBe(62);
            expect(shown.summary).toContain(`${coverage.covered} of 62 covered`);
            expect(shown.summary).toContain(`${62 - coverage.covered} gaps`);
            const gap = shown.entries.find(entry => entry.code === 'K3')!;
            expect(gap).toMatchObject({ gap: true, mark: 'No evidence yet', border: 'dashed', evidence: [] });
            expect(shown.entries.find(entry => entry.code === 'K9')).toMatchObject({ gap: false, border: 'solid' });

            // Evidence as the model has it: K9 by the business case, K5 by the (hostile) approval.
            for (const entry of coverage.entries) {
                const drawn = shown.entries.find(candidate => candidate.code === entry.code)!;
                expect(drawn.evidence.map(link => link.id)).toEqual(entry.evidence.map(evidence => evidence.id));
            }
            expect(shown.entries.find(entry => entry.code === 'K9')!.evidence).toEqual([{ id: 'business_case', text: 'Draft business case' }]);
            expect(shown.entries.find(entry => entry.code === 'K5')!.evidence).toEqual([{ id: 'approval', text: HOSTILE }]);

            await preview.page.click('#proj-view-ksb li[data-ksb="K9"] [data-proj-id="business_case"]');
            await preview.page.click('#proj-view-ksb li[data-ksb="S14"] [data-proj-id="lift_broken"]');
            expect(await reveals(preview)).toEqual(['business_case', 'lift_broken']);

            // Gaps only.
            await preview.page.check('#proj-ksb-gaps-only');
            const visible = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-ksb li.proj-ksb')]
                .filter((item: any) => getComputedStyle(item).display !== 'none').map((item: any) => item.getAttribute('data-ksb')));
            expect(new Set(visible)).toEqual(gaps);
            await preview.page.uncheck('#proj-ksb-gaps-only');

            await preview.page.screenshot({ path: join(SCREENSHOTS, 'ksb.png') });
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('eleven tabs the arrow keys cycle through; zoom and export for the charts only; the tab kept across a reload', async () => {
        let saved: unknown;
        await withPreview(async preview => {
            await preview.update(reference.model);
            const tabs = await preview.page.evaluate(() => [...document.querySelectorAll('[role="tab"]')].map((tab: any) => [tab.id, tab.textContent]));
            expect(tabs).toEqual([['proj-tab-gantt', 'Gantt'], ['proj-tab-network', 'Critical path'], ['proj-tab-budget', 'Budget'],
                ['proj-tab-baseline', 'Baseline'], ['proj-tab-history', 'History'], ['proj-tab-resources', 'Resources'], ['proj-tab-risks', 'Risks'], ['proj-tab-schedule-risk', 'Risk analysis'], ['proj-tab-stakeholders', 'Stakeholders'], ['proj-tab-ksb', 'KSB coverage'],
                ['proj-tab-programme', 'Programme']]);

            const state = () => preview.page.evaluate(() => {
                const selected = document.querySelector('[role="tab"][aria-selected="true"]');
                return {
                    tab: selected.id.replace('proj-tab-', ''),
                    focused: document.activeElement === selected,
                    panel: [...document.querySelectorAll('[role="tabpanel"]')].filter((panel: any) => !panel.hidden).map((panel: any) => panel.id),
                    zoomDisabled: document.querySelector('[data-action="zoom-in"]').disabled,
                    exportDisabled: document.querySelector('[data-action="export"]').disabled,
                };
            });
            await preview.page.focus('#proj-tab-gantt');
            const visited: Array<Awaited<ReturnType<typeof state>>> = [];
            for (let press = 0; press < 11; press++) {
                await preview.page.keyboard.press('ArrowRight');
                visited.push(await state());
            }
            const html = new Set(['baseline', 'history', 'risks', 'ksb']);
            expect(visited).toEqual(['network', 'budget', 'baseline', 'history', 'resources', 'risks', 'schedule-risk', 'stakeholders', 'ksb', 'programme', 'gantt'].map(tab => ({
                tab, focused: true, panel: [`proj-view-${tab}`], zoomDisabled: html.has(tab), exportDisabled: html.has(tab),
            })));
            await preview.page.keyboard.press('ArrowLeft');
            expect((await state()).tab).toBe('programme');
            await preview.page.keyboard.press('ArrowLeft');
            expect((await state()).tab).toBe('ksb');
            expect(await preview.page.textContent('.proj-zoom')).toBe('–');
            await preview.page.keyboard.press('Home');
            expect((await state()).tab).toBe('gantt');

            // The Budget chart zooms and exports like the Gantt.
            await preview.page.click('#proj-tab-budget');
            await preview.page.click('[data-action="zoom-in"]');
            expect(await preview.page.textContent('.proj-zoom')).toBe('125%');
            const size = await preview.page.evaluate(() => {
                const svg = document.querySelector('#proj-view-budget svg');
                return { width: Number(svg.getAttribute('width')), natural: svg.viewBox.baseVal.width };
            });
            expect(size.width).toBe(Math.round(size.natural * 1.25));
            await preview.page.evaluate(() => window.postMessage({ type: 'requestSvg', chart: 'budget', requestId: 3 }, '*'));
            await preview.page.waitForFunction(() => window.__projPosted.some((message: any) => message.requestId === 3));
            const exported = (await preview.posted()).find(message => message.type === 'exportSvg' && message.requestId === 3) as { svg: string };
            expect(exported.svg).toContain('data-series="ac"');
            expect(exported.svg).toContain('Status date');

            await preview.page.click('#proj-tab-risks');
            saved = await preview.page.evaluate(() => window.__projState);
            expect(saved).toMatchObject({ tab: 'risks', plans: { [PLAN_URI]: { zoom: { budget: 1.25 } } } });
            expectNoProblems(preview);
        });
        await withPreview(async preview => {
            await preview.update(reference.model);
            expect(await preview.page.evaluate(() => ({
                tab: document.querySelector('[role="tab"][aria-selected="true"]').id,
                heatMap: !document.getElementById('proj-view-risks').hidden && document.querySelectorAll('#proj-view-risks .proj-heat-cell').length,
            }))).toEqual({ tab: 'proj-tab-risks', heatMap: 25 });
            expectNoProblems(preview);
        }, { state: saved as never });
    });

    test('the hidden tabs are drawn once updates pause; while the plan has errors every tab keeps its last content, dimmed', async () => {
        const broken = await previewOf(referencePlan.replace('after survey +2d', 'after nowhere +2d'));
        expect(broken.model.errors).toBeGreaterThan(0);
        await withPreview(async preview => {
            // Posted by hand (not `preview.update`, which waits for every tab) to look in between.
            let posted = 0;
            const post = async (model: PreviewModel) => {
                posted++;
                await preview.page.evaluate(message => window.postMessage(message, '*'), updateMessage(model));
            };
            const drawn = (what: 'shown' | 'rendered') => preview.page.waitForFunction(([key, count]) =>
                document.getElementById('proj-preview').dataset[key] === String(count), [what, posted] as const);
            await post(reference.model);
            // The Gantt on show first; the registers wait for the pause.
            await drawn('shown');
            const hidden = () => preview.page.evaluate(() => ({
                heatMap: document.querySelectorAll('#proj-view-risks .proj-heat-cell').length,
                histograms: document.querySelectorAll('#proj-view-resources svg.proj-load-histogram').length,
            }));
            expect(await hidden()).toEqual({ heatMap: 0, histograms: 0 });
            await drawn('rendered');
            // The office move's two resources, Alex and the crew.
            expect(await hidden()).toEqual({ heatMap: 25, histograms: 2 });

            await post(broken.model);
            await drawn('rendered');
            const during = await preview.page.evaluate(() => ['budget', 'resources', 'risks', 'stakeholders', 'ksb'].map(kind => {
                const view = document.getElementById(`proj-view-${kind}`);
                return {
                    kind,
                    stale: view.classList.contains('proj-stale'),
                    content: view.querySelectorAll('table, svg, li.proj-ksb').length > 0,
                    opacity: Math.min(...[...view.querySelectorAll('.proj-dimmable')].filter((part: any) => part.childElementCount > 0)
                        .map((part: any) => Number(getComputedStyle(part).opacity))),
                };
            }));
            expect(during).toEqual(['budget', 'resources', 'risks', 'stakeholders', 'ksb'].map(kind => ({ kind, stale: true, content: true, opacity: expect.any(Number) })));
            expect(during.every(tab => tab.opacity < 1)).toBe(true);
            // Still clickable: the source positions are the last good build's.
            await preview.page.click('#proj-tab-ksb');
            await preview.page.click('#proj-view-ksb li[data-ksb="K9"] [data-proj-id="business_case"]');
            expect(await reveals(preview)).toEqual(['business_case']);

            await post(reference.model);
            await drawn('rendered');
            expect(await preview.page.evaluate(() => [...document.querySelectorAll('.proj-view.proj-stale')].length)).toBe(0);
            expectNoProblems(preview);
        });
    });

    test('dark and high-contrast themes: the tabs draw in the theme\'s colours', async () => {
        await withPreview(async preview => {
            await preview.update(reference.model);
            for (const tab of ['budget', 'resources', 'risks', 'stakeholders', 'ksb']) {
                await preview.page.click(`#proj-tab-${tab}`);
                await preview.page.screenshot({ path: join(SCREENSHOTS, `${tab}-dark.png`) });
            }
            const colours = await preview.page.evaluate(() => ({
                red: getComputedStyle(document.querySelector('.proj-heat-cell.proj-rag-red')).backgroundColor,
                green: getComputedStyle(document.querySelector('.proj-heat-cell.proj-rag-green')).backgroundColor,
                text: getComputedStyle(document.querySelector('#proj-view-risks .proj-table td')).color,
                link: getComputedStyle(document.querySelector('#proj-view-ksb .proj-reveal')).color,
            }));
            // Dark bands under light text, all different.
            expect(new Set(Object.values(colours)).size).toBe(4);
            expect(colours.text).toBe('rgb(212, 212, 212)');
            // color-mix() computes to `color(srgb r g b)`, 0 to 1; plain colours to `rgb(r, g, b)`.
            const brightness = (colour: string) => {
                const channels = colour.match(/[\d.]+/g)!.slice(0, 3).map(Number);
                return channels.reduce((sum, value) => sum + (colour.startsWith('color(') ? value * 255 : value), 0) / 3;
            };
            expect(brightness(colours.red)).toBeLessThan(128);
            expect(brightness(colours.green)).toBeLessThan(128);

            const before = await preview.page.evaluate(() => document.querySelector('#proj-view-stakeholders svg').id);
            await preview.page.evaluate(() => { document.body.className = 'vscode-high-contrast'; });
            await preview.page.waitForFunction(id => document.querySelector('#proj-view-stakeholders svg').id !== id
                && !document.getElementById('proj-preview').hasAttribute('aria-busy'), before);
            const contrast = await preview.page.evaluate(() => ({
                background: getComputedStyle(document.body).backgroundColor,
                cellBorder: getComputedStyle(document.querySelector('.proj-heat-cell')).borderTopColor,
                point: document.querySelector('#proj-view-stakeholders g.data-point circle').getAttribute('fill'),
            }));
            expect(contrast).toEqual({ background: 'rgb(0, 0, 0)', cellBorder: 'rgb(111, 195, 223)', point: '#1aebff' });
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'ksb-high-contrast.png') });
            expectNoProblems(preview);
        }, { theme: 'vscode-dark' });
    });
});
