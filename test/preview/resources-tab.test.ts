// The preview's Resources tab in a real browser: a load histogram per resource on a time axis, the
// bars of the units required, the capacity as a step line (at the resource's units on the days it
// works, at zero on weekends, holidays and leave), the days over marked, a day's work listed on a
// click or from the keyboard, each piece revealing its item, and the over-allocation list. Headless
// Chromium loads the page VS Code would, with the model the language services compute for a plan
// whose numbers are worked out by hand below; what the tab drew is read back by geometry.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { chartPalette, type ThemeKind } from '../../client/webview/theme/chart-palette.js';
import { chromiumMissing } from '../support/chromium.js';
import type { PreviewPage } from './support/preview-page.js';
import { expectNoMarkupFromThePlan, expectNoProblems, HOSTILE, PLAN_URI, SCREENSHOTS, usePreviewSession, type PlanPreview } from './support/preview-session.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const window: any;
declare const getComputedStyle: any;
declare const DOMParser: any;
declare const performance: any;

/**
 * A crew of 4 on the depot's calendar (weekdays, and closed on Mon 22 Feb) and Alex, one unit, on
 * leave on Wed 17 and Thu 18 Feb. Fit-out takes 3 of the crew from Mon 8 to Fri 19 Feb; the staff
 * briefings take all 4 from Mon 15 to Fri 19 Feb: 7 of 4 on those five days. Alex draws the seating
 * plan for eight working days, 8 to 16 Feb and on the 19th, around the leave; the sign-off takes
 * Alex and one of the crew on the days both work after both are done: Tue 23 and Wed 24 Feb.
 */
const DEPOT = `project depot "Depot refit" {
    start 2027-02-08
    calendar { workdays mon tue wed thu fri }
    calendar depot { workdays mon tue wed thu fri holiday 2027-02-22 "Depot closed" }
    resource crew "Facilities crew" { units 4 calendar depot }
    resource alex "Alex Smith" { leave 2027-02-17 to 2027-02-18 "Annual leave" }
    task fitout "Fit-out" { duration 10d assign crew 3 }
    task briefing "Staff briefings" { duration 5d start no earlier than 2027-02-15 assign crew 4 }
    task seating "Seating plan" { duration 8d assign alex }
    task signoff "Sign-off" { duration 2d after seating, fitout assign alex, crew 1 }
}
`;

const FIRST_DAY = '2027-02-08';
const LAST_DAY = '2027-02-24';
const days = (from: string, to: string) => Array.from({ length: dayNumberOf(to) - dayNumberOf(from) + 1 }, (_, offset) => isoDateOfDayNumber(dayNumberOf(from) + offset));
const ALL_DAYS = days(FIRST_DAY, LAST_DAY);
const WEEKENDS = ['2027-02-13', '2027-02-14', '2027-02-20', '2027-02-21'];

interface Box {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
}

interface DrawnText {
    readonly text: string;
    readonly role: 'x-tick' | 'y-tick' | 'y-title' | 'other';
    readonly box: Box;
    readonly fontSize: number;
}

/** One histogram as drawn, in the SVG's units (pixels at 100%) and on screen. */
interface DrawnHistogram {
    readonly resource: string;
    readonly heading: string;
    readonly svg: Box & { readonly width: number; readonly height: number; readonly viewWidth: number };
    readonly plot: { readonly left: number; readonly right: number };
    /** The capacity line's pieces, each a list of points. */
    readonly capacity: Array<Array<{ x: number; y: number }>>;
    readonly capacityStroke: string;
    readonly bars: Array<{ over: boolean; from: string; to: string; x: number; width: number; y: number; height: number; fill: string }>;
    readonly overMarks: Array<{ from: string; to: string }>;
    readonly texts: readonly DrawnText[];
    readonly cadence: string;
}

interface DrawnTab {
    readonly view: Box & { readonly clientWidth: number; readonly scrollWidth: number };
    readonly histograms: readonly DrawnHistogram[];
    readonly legend: Array<{ key: string; label: string; colour: string }>;
    readonly overList: string[];
    readonly htmlFontSizes: number[];
}

function drawnTab(preview: PreviewPage): Promise<DrawnTab> {
    return preview.page.evaluate(() => {
        const view = document.getElementById('proj-view-resources');
        const boxOf = (node: any) => {
            const rect = node.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const pointsOf = (d: string) => [...d.matchAll(/(-?[\d.]+),(-?[\d.]+)/g)].map(match => ({ x: Number(match[1]), y: Number(match[2]) }));
        const roleOf = (text: any) => text.closest('.proj-x-axis') ? 'x-tick' : text.classList.contains('proj-y-title') ? 'y-title' : text.closest('.proj-y-axis') ? 'y-tick' : 'other';
        const visible = (node: any) => node.getClientRects().length > 0;
        return {
            view: { ...boxOf(view), clientWidth: view.clientWidth, scrollWidth: view.scrollWidth },
            histograms: [...view.querySelectorAll('section.proj-resource')].map((section: any) => {
                const svg = section.querySelector('svg');
                const axis = svg.querySelector('.proj-axis-line');
                const capacity = svg.querySelector('path.proj-capacity');
                return {
                    resource: section.getAttribute('data-resource'),
                    heading: section.querySelector('h3').textContent,
                    svg: { ...boxOf(svg), width: Number(svg.getAttribute('width')), height: Number(svg.getAttribute('height')), viewWidth: svg.viewBox.baseVal.width },
                    plot: { left: Number(axis.getAttribute('x1')), right: Number(axis.getAttribute('x2')) },
                    capacity: capacity.getAttribute('d').split('M').filter(Boolean).map(pointsOf),
                    capacityStroke: capacity.getAttribute('stroke'),
                    bars: [...svg.querySelectorAll('rect.proj-bar')].map((bar: any) => ({
                        over: bar.classList.contains('proj-over'), from: bar.getAttribute('data-from'), to: bar.getAttribute('data-to'),
                        x: Number(bar.getAttribute('x')), width: Number(bar.getAttribute('width')),
                        y: Number(bar.getAttribute('y')), height: Number(bar.getAttribute('height')), fill: bar.getAttribute('fill'),
                    })),
                    overMarks: [...svg.querySelectorAll('.proj-over-mark')].map((mark: any) => ({ from: mark.getAttribute('data-from'), to: mark.getAttribute('data-to') })),
                    texts: [...svg.querySelectorAll('text')].map((text: any) => ({
                        text: text.textContent, role: roleOf(text), box: boxOf(text), fontSize: Number.parseFloat(getComputedStyle(text).fontSize),
                    })),
                    cadence: svg.querySelector('.proj-x-axis').getAttribute('data-cadence'),
                };
            }),
            legend: [...view.querySelectorAll('.proj-resources-legend li')].map((item: any) => {
                const swatch = getComputedStyle(item.querySelector('.proj-swatch'));
                return { key: item.getAttribute('data-key'), label: item.textContent, colour: item.getAttribute('data-key') === 'capacity' ? swatch.borderTopColor : swatch.backgroundColor };
            }),
            overList: [...view.querySelectorAll('.proj-over-list li')].map((item: any) => item.textContent),
            htmlFontSizes: [...view.querySelectorAll('h3, p, li, button, span')].filter(visible).map((node: any) => Number.parseFloat(getComputedStyle(node).fontSize)),
        };
    }) as Promise<DrawnTab>;
}

/** Waits until the histograms are drawn to the pane's width (the stack's padding is 8 px each side). */
async function drawnToPane(preview: PreviewPage): Promise<void> {
    await preview.page.waitForFunction(() => {
        const view = document.getElementById('proj-view-resources');
        const svg = view.querySelector('svg.proj-load-histogram');
        return svg && Number(svg.getAttribute('width')) === view.clientWidth - 16;
    });
}

async function resizeTo(preview: PreviewPage, width: number): Promise<void> {
    await preview.page.setViewportSize({ width, height: 900 });
    await drawnToPane(preview);
}

const intersect = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

function overlapping(texts: readonly DrawnText[]): string[] {
    return texts.flatMap((text, index) => texts.slice(index + 1).filter(other => intersect(text.box, other.box)).map(other => `${text.text} | ${other.text}`));
}

/**
 * A histogram's scales, read back from what it drew: a day's slot from the plot's ends (the axis
 * runs from the first day's start to the last day's end), a height's units through the y axis's
 * labels as drawn (the middle of each label's box is its tick).
 */
function scales(histogram: DrawnHistogram, first: string, count: number) {
    const dayWidth = (histogram.plot.right - histogram.plot.left) / count;
    const middleOf = (date: string) => histogram.plot.left + (dayNumberOf(date) - dayNumberOf(first) + 0.5) * dayWidth;
    const ticks = histogram.texts.filter(text => text.role === 'y-tick')
        .map(text => ({ value: Number(text.text), y: (text.box.top + text.box.bottom) / 2 - histogram.svg.top }));
    const [low, high] = [ticks[0], ticks.at(-1)!];
    const perPixel = (high.value - low.value) / (low.y - high.y);
    const unitsAt = (y: number) => low.value + (low.y - y) * perPixel;
    return { dayWidth, middleOf, unitsAt, tolerance: 1.5 * perPixel };
}

/** The capacity line's height at `x`: the horizontal step of the path that spans it. */
function capacityAt(histogram: DrawnHistogram, x: number): number {
    for (const points of histogram.capacity) {
        for (let index = 0; index + 1 < points.length; index++) {
            const [a, b] = [points[index], points[index + 1]];
            if (a.y === b.y && a.x <= x && x <= b.x) {
                return a.y;
            }
        }
    }
    throw new Error(`no step of the capacity line at ${x}`);
}

/** The units a day's bars reach, and whether its top part is over: from the bars that span the day's middle. */
function barAt(histogram: DrawnHistogram, x: number): { top: number; overFrom?: number; fills: string[] } | undefined {
    const bars = histogram.bars.filter(bar => bar.x <= x && x <= bar.x + bar.width);
    if (bars.length === 0) {
        return undefined;
    }
    const over = bars.find(bar => bar.over);
    return { top: Math.min(...bars.map(bar => bar.y)), overFrom: over && over.y + over.height, fills: bars.map(bar => bar.fill) };
}

/**
 * The tab reads: nothing overlaps, nothing is cut off or makes the tab scroll sideways, no text is
 * under 11 px, in the SVG and in the HTML around it.
 */
function expectReadable(drawn: DrawnTab): void {
    for (const histogram of drawn.histograms) {
        const where = histogram.resource;
        expect(histogram.texts.filter(text => text.role === 'x-tick').length, where).toBeGreaterThanOrEqual(2);
        expect(overlapping(histogram.texts), where).toEqual([]);
        const outside = histogram.texts.filter(text => text.box.left < histogram.svg.left || text.box.right > histogram.svg.right
            || text.box.top < histogram.svg.top || text.box.bottom > histogram.svg.bottom);
        expect(outside.map(text => text.text), where).toEqual([]);
        expect(histogram.svg.right, where).toBeLessThanOrEqual(drawn.view.left + drawn.view.clientWidth);
        expect(Math.min(...histogram.texts.map(text => text.fontSize)), where).toBeGreaterThanOrEqual(11);
    }
    expect(drawn.view.scrollWidth).toBeLessThanOrEqual(drawn.view.clientWidth);
    expect(Math.min(...drawn.htmlFontSizes)).toBeGreaterThanOrEqual(11);
}

async function reveals(preview: PreviewPage): Promise<string[]> {
    return (await preview.posted()).flatMap(message => message.type === 'reveal' ? [message.id] : []);
}

/** The panel below a histogram: its date, summary and items (text and the id each reveals), or undefined when closed. */
function dayPanel(preview: PreviewPage, resource: string): Promise<{ date: string; summary: string; items: Array<{ text: string; reveals: string | null }> } | undefined> {
    return preview.page.evaluate(resource => {
        const panel = document.querySelector(`#proj-view-resources section[data-resource="${resource}"] .proj-day-work`);
        if (panel.hidden) {
            return undefined;
        }
        return {
            date: panel.dataset.date,
            summary: panel.querySelector('.proj-day-summary').textContent,
            items: [...panel.querySelectorAll('.proj-day-items li')].map((item: any) => ({
                text: item.textContent, reveals: item.querySelector('[data-proj-id]')?.getAttribute('data-proj-id') ?? null,
            })),
        };
    }, resource);
}

/** Clicks a day of a resource's histogram, in the middle of its slot, halfway up the plot. */
async function clickDay(preview: PreviewPage, resource: string, date: string): Promise<void> {
    const drawn = (await drawnTab(preview)).histograms.find(histogram => histogram.resource === resource)!;
    const { middleOf } = scales(drawn, FIRST_DAY, ALL_DAYS.length);
    const zoom = (drawn.svg.right - drawn.svg.left) / drawn.svg.viewWidth;
    const axisY = await preview.page.evaluate(resource => Number(document.querySelector(`#proj-view-resources section[data-resource="${resource}"] .proj-axis-line`).getAttribute('y1')), resource);
    await preview.page.mouse.click(drawn.svg.left + middleOf(date) * zoom, drawn.svg.top + (axisY - 20) * zoom);
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map(index => Number.parseInt(hex.slice(index, index + 2), 16)).join(', ')})`;

const THEMES: ReadonlyArray<{ readonly kind: ThemeKind; readonly bodyClass?: string }> = [
    { kind: 'light' }, { kind: 'dark', bodyClass: 'vscode-dark' },
    { kind: 'high-contrast', bodyClass: 'vscode-high-contrast' }, { kind: 'high-contrast-light', bodyClass: 'vscode-high-contrast-light' },
];

describe.skipIf(chromiumMissing('the Resources tab browser tests'))('preview Resources tab in Chromium', () => {
    const { previewOf, withPreview } = usePreviewSession();
    let depot: PlanPreview;

    beforeAll(async () => {
        depot = await previewOf(DEPOT);
        expect(depot.model.errors).toBe(0);
        const view = depot.model.resources!;
        expect(view.from).toBe(FIRST_DAY);
        expect(view.resources.map(resource => resource.required.length)).toEqual([ALL_DAYS.length, ALL_DAYS.length]);
    });

    function withDepotOn(run: (preview: PreviewPage) => Promise<void>, options: { theme?: string } = {}): Promise<void> {
        return withPreview(async preview => {
            await preview.update(depot.model);
            await preview.page.click('#proj-tab-resources');
            await drawnToPane(preview);
            await run(preview);
        }, options);
    }

    test('a histogram per resource: bars of the units required, the capacity at the units on working days and at zero on weekends, holidays and leave, the days over marked', async () => {
        const palette = chartPalette('light');
        await withDepotOn(async preview => {
            const drawn = await drawnTab(preview);
            expect(drawn.histograms.map(histogram => histogram.resource)).toEqual(['crew', 'alex']);
            expect(drawn.histograms.map(histogram => histogram.heading)).toEqual([
                'Facilities crew crew · 4 units · calendar depot',
                'Alex Smith alex · 1 unit · project calendar',
            ]);
            const [crew, alex] = drawn.histograms;

            // By hand (see DEPOT): what each day asks of each resource and what each has.
            const crewRequired: Record<string, number> = {};
            for (const day of days('2027-02-08', '2027-02-12')) {
                crewRequired[day] = 3;
            }
            for (const day of days('2027-02-15', '2027-02-19')) {
                crewRequired[day] = 7;
            }
            crewRequired['2027-02-23'] = crewRequired['2027-02-24'] = 1;
            const alexRequired: Record<string, number> = {};
            for (const day of ['2027-02-08', '2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-15', '2027-02-16', '2027-02-19', '2027-02-23', '2027-02-24']) {
                alexRequired[day] = 1;
            }
            const crewOff = new Set([...WEEKENDS, '2027-02-22']);
            const alexOff = new Set([...WEEKENDS, '2027-02-17', '2027-02-18']);

            for (const [histogram, required, off, units] of [[crew, crewRequired, crewOff, 4], [alex, alexRequired, alexOff, 1]] as const) {
                const { middleOf, unitsAt, tolerance } = scales(histogram, FIRST_DAY, ALL_DAYS.length);
                expect(histogram.capacityStroke).toBe(palette.text);
                // Days this wide: one line, down to zero over every day off.
                expect(histogram.capacity).toHaveLength(1);
                for (const day of ALL_DAYS) {
                    const where = `${histogram.resource} on ${day}`;
                    const x = middleOf(day);
                    // The capacity line: the units on a working day, zero on a day off.
                    expect(Math.abs(unitsAt(capacityAt(histogram, x)) - (off.has(day) ? 0 : units)), where).toBeLessThan(tolerance);
                    const bar = barAt(histogram, x);
                    if (required[day] === undefined) {
                        expect(bar, where).toBeUndefined();
                        continue;
                    }
                    expect(Math.abs(unitsAt(bar!.top) - required[day]), where).toBeLessThan(tolerance);
                    const over = required[day] > units;
                    // Over: the part above the capacity in the critical colour, from the capacity up.
                    expect(bar!.overFrom !== undefined, where).toBe(over);
                    if (over) {
                        expect(Math.abs(unitsAt(bar!.overFrom!) - units), where).toBeLessThan(tolerance);
                        expect(bar!.fills, where).toEqual([palette.normal, palette.critical]);
                    } else {
                        expect(bar!.fills, where).toEqual([palette.normal]);
                    }
                }
            }
            // The days over, bar by bar and as one marked stretch.
            expect([...new Set(crew.bars.filter(bar => bar.over).map(bar => bar.from))]).toEqual(days('2027-02-15', '2027-02-19'));
            expect(alex.bars.filter(bar => bar.over)).toEqual([]);
            expect(crew.overMarks).toEqual([{ from: '2027-02-15', to: '2027-02-19' }]);
            expect(alex.overMarks).toEqual([]);

            // Three weeks, 1,400 px wide: a tick a day, the year on the first; the two histograms' days line up.
            expect(crew.cadence).toBe('day');
            expect(crew.texts.filter(text => text.role === 'x-tick').map(text => text.text).slice(0, 3)).toEqual(['8 Feb 2027', '9 Feb', '10 Feb']);
            expect(alex.plot).toEqual(crew.plot);
            expect(drawn.legend).toEqual([
                { key: 'required', label: 'Required', colour: rgb(palette.normal) },
                { key: 'capacity', label: 'Capacity', colour: rgb(palette.text) },
                { key: 'over', label: '▼Over-allocated', colour: rgb(palette.critical) },
                { key: 'off', label: 'Day off', colour: rgb(palette.dayOff) },
            ]);
            expect(drawn.overList).toEqual(['crew: 7 of 4 units, 15–19 Feb, with Fit-out and Staff briefings']);
            expectReadable(drawn);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'resources.png') });
            expectNoProblems(preview);
        });
    });

    test('a click on a day lists its work below that histogram, each piece revealing its item; the keyboard chooses days with work', async () => {
        await withDepotOn(async preview => {
            await clickDay(preview, 'crew', '2027-02-16');
            expect(await dayPanel(preview, 'crew')).toEqual({
                date: '2027-02-16',
                summary: 'Tue 16 Feb 2027: 7 of 4 units, 3 over',
                items: [{ text: 'Fit-out fitout · 3 units', reveals: 'fitout' }, { text: 'Staff briefings briefing · 4 units', reveals: 'briefing' }],
            });
            expect(await dayPanel(preview, 'alex')).toBeUndefined();
            // The panel is below its histogram, above the next heading.
            const places = await preview.page.evaluate(() => {
                const crew = document.querySelector('#proj-view-resources section[data-resource="crew"]');
                return {
                    svgBottom: crew.querySelector('svg').getBoundingClientRect().bottom,
                    panelTop: crew.querySelector('.proj-day-work').getBoundingClientRect().top,
                    panelBottom: crew.querySelector('.proj-day-work').getBoundingClientRect().bottom,
                    nextTop: document.querySelector('#proj-view-resources section[data-resource="alex"] h3').getBoundingClientRect().top,
                    cursor: crew.querySelector('.proj-day-cursor')?.getAttribute('data-date'),
                };
            });
            expect(places.panelTop).toBeGreaterThanOrEqual(places.svgBottom);
            expect(places.nextTop).toBeGreaterThan(places.panelBottom);
            expect(places.cursor).toBe('2027-02-16');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'resources-day.png') });

            await preview.page.click('#proj-view-resources section[data-resource="crew"] .proj-day-work [data-proj-id="briefing"]');
            expect(await reveals(preview)).toEqual(['briefing']);

            // A weekend: no work, no capacity.
            await clickDay(preview, 'crew', '2027-02-13');
            expect(await dayPanel(preview, 'crew')).toEqual({ date: '2027-02-13', summary: 'Sat 13 Feb 2027: a day off: nothing asked', items: [] });

            // Alex from the keyboard: the first day with work, on past the leave, the last; Escape closes.
            await preview.page.focus('#proj-view-resources section[data-resource="alex"] svg');
            await preview.page.keyboard.press('ArrowRight');
            expect(await dayPanel(preview, 'alex')).toMatchObject({ date: '2027-02-08', summary: 'Mon 8 Feb 2027: 1 of 1 unit', items: [{ text: 'Seating plan seating · 1 unit', reveals: 'seating' }] });
            for (const expected of ['2027-02-09', '2027-02-10', '2027-02-11', '2027-02-12', '2027-02-15', '2027-02-16', '2027-02-19']) {
                await preview.page.keyboard.press('ArrowRight');
                expect((await dayPanel(preview, 'alex'))?.date).toBe(expected);
            }
            await preview.page.keyboard.press('End');
            expect(await dayPanel(preview, 'alex')).toMatchObject({ date: '2027-02-24', items: [{ text: 'Sign-off signoff · 1 unit', reveals: 'signoff' }] });
            await preview.page.keyboard.press('ArrowLeft');
            expect((await dayPanel(preview, 'alex'))?.date).toBe('2027-02-23');
            // Tab to the panel's link, and Enter reveals it.
            await preview.page.keyboard.press('Tab');
            await preview.page.keyboard.press('Tab');
            expect(await preview.page.evaluate(() => document.activeElement.getAttribute('data-proj-id'))).toBe('signoff');
            await preview.page.keyboard.press('Enter');
            expect(await reveals(preview)).toEqual(['briefing', 'signoff']);
            await preview.page.focus('#proj-view-resources section[data-resource="alex"] svg');
            await preview.page.keyboard.press('Escape');
            expect(await dayPanel(preview, 'alex')).toBeUndefined();
            // The crew's day stays chosen while the plan is edited, and Alex's histogram, drawn again, keeps the focus.
            await preview.update({ ...depot.model, locations: { ...depot.model.locations, extra: { line: 1, character: 1 } } });
            expect((await dayPanel(preview, 'crew'))?.date).toBe('2027-02-13');
            expect(await preview.page.evaluate(() => document.activeElement.closest('section.proj-resource')?.getAttribute('data-resource'))).toBe('alex');
            expectNoProblems(preview);
        });
    });

    test('in every theme, 626 and 1400 px wide: the histograms follow the pane, their labels never overlap or shrink, their marks are in the theme\'s colours', async () => {
        for (const theme of THEMES) {
            const palette = chartPalette(theme.kind);
            await withDepotOn(async preview => {
                for (const width of [626, 1400]) {
                    await resizeTo(preview, width);
                    const drawn = await drawnTab(preview);
                    const where = `${theme.kind} at ${width} px`;
                    expect(drawn.histograms, where).toHaveLength(2);
                    for (const histogram of drawn.histograms) {
                        expect(histogram.capacityStroke, where).toBe(palette.text);
                        expect([...new Set(histogram.bars.map(bar => `${bar.over} ${bar.fill}`))].sort(), where)
                            .toEqual(histogram.resource === 'crew' ? [`false ${palette.normal}`, `true ${palette.critical}`] : [`false ${palette.normal}`]);
                        // Every day has a slot, whatever the width: the days line up across the resources.
                        expect(histogram.plot, where).toEqual(drawn.histograms[0].plot);
                    }
                    expect(drawn.legend.map(item => item.colour), where).toEqual([palette.normal, palette.text, palette.critical, palette.dayOff].map(rgb));
                    expectReadable(drawn);
                    if (width === 626) {
                        await clickDay(preview, 'crew', '2027-02-19');
                    }
                    await preview.page.screenshot({ path: join(SCREENSHOTS, `resources-${theme.kind}-${width}.png`) });
                }
                expectNoProblems(preview);
            }, { theme: theme.bodyClass });
        }
    });

    test('names that try to be markup stay text: in the headings, the day\'s work, the over-allocation list and the exported SVG', async () => {
        const hostile = await previewOf(DEPOT
            .replace('resource crew "Facilities crew"', `resource crew "${HOSTILE}"`)
            .replace('task briefing "Staff briefings"', `task briefing "${HOSTILE}"`)
            .replace('project depot "Depot refit"', `project depot "${HOSTILE}"`));
        expect(hostile.model.errors).toBe(0);
        await withPreview(async preview => {
            await preview.update(hostile.model);
            await preview.page.click('#proj-tab-resources');
            await drawnToPane(preview);
            await clickDay(preview, 'crew', '2027-02-16');
            const drawn = await drawnTab(preview);
            expect(drawn.histograms[0].heading).toBe(`${HOSTILE} crew · 4 units · calendar depot`);
            expect(await dayPanel(preview, 'crew')).toMatchObject({ items: [{ text: 'Fit-out fitout · 3 units' }, { text: `${HOSTILE} briefing · 4 units`, reveals: 'briefing' }] });
            expect(drawn.overList).toEqual([`crew: 7 of 4 units, 15–19 Feb, with Fit-out and ${HOSTILE}`]);
            await preview.page.click('[data-action="export"]');
            const exported = (await preview.posted()).at(-1) as { type: string; chart: string; svg: string };
            expect(exported).toMatchObject({ type: 'exportSvg', chart: 'resources' });
            expect(exported.svg).toContain('&lt;img src=x onerror=alert(1)&gt;: a;b #c');
            expect(exported.svg).not.toContain('<img');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'resources-hostile.png') });
            await expectNoMarkupFromThePlan(preview);
            expectNoProblems(preview);
        });
    });

    test('Export SVG: every histogram in one standalone SVG, with its title, legend and headings, well-formed and painted by attributes', async () => {
        await withDepotOn(async preview => {
            // Zoom scales every histogram (the HTML about them keeps its size); Fit brings them back to the pane's width.
            const sizes = () => preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-resources svg.proj-load-histogram')]
                .map((svg: any) => ({ width: Number(svg.getAttribute('width')), natural: svg.viewBox.baseVal.width })));
            await preview.page.click('[data-action="zoom-in"]');
            expect(await preview.page.textContent('.proj-zoom')).toBe('125%');
            for (const size of await sizes()) {
                expect(size.width).toBe(Math.round(size.natural * 1.25));
            }
            expect(await preview.page.evaluate(() => window.__projState.plans)).toMatchObject({ [PLAN_URI]: { zoom: { resources: 1.25 } } });
            await preview.page.click('[data-action="export"]');
            const exported = (await preview.posted()).at(-1) as { type: string; chart: string; svg: string };
            expect(exported).toMatchObject({ type: 'exportSvg', chart: 'resources' });
            expect(exported.svg.startsWith('<?xml')).toBe(true);
            const parsed = await preview.page.evaluate(text => {
                const document = new DOMParser().parseFromString(text, 'image/svg+xml');
                const root = document.documentElement;
                return {
                    error: document.querySelector('parsererror')?.textContent,
                    root: `${root.namespaceURI} ${root.localName}`,
                    title: root.querySelector('.proj-chart-title')?.textContent,
                    legend: [...root.querySelectorAll('.proj-svg-legend text')].map((text: any) => text.textContent),
                    headings: [...root.querySelectorAll('.proj-resource-heading')].map((text: any) => text.textContent),
                    resources: [...root.querySelectorAll('g.proj-resource')].map((group: any) => group.getAttribute('data-resource')),
                    over: [...root.querySelectorAll('.proj-over-mark')].map((mark: any) => `${mark.getAttribute('data-from')} ${mark.getAttribute('data-to')}`),
                    // Nothing of the page's: no chosen day, no focus, no reveal marks; colours as attributes.
                    page: root.querySelectorAll('.proj-day-cursor, [tabindex], [data-proj-id]').length,
                    unpainted: [...root.querySelectorAll('text')].filter((text: any) => !text.getAttribute('fill')).length,
                };
            }, exported.svg);
            expect(parsed).toEqual({
                error: undefined,
                root: 'http://www.w3.org/2000/svg svg',
                title: 'Depot refit: resource loading',
                legend: ['Required', 'Capacity', 'Over-allocated', 'Day off'],
                headings: ['Facilities crew (crew)  4 units · calendar depot', 'Alex Smith (alex)  1 unit · project calendar'],
                resources: ['crew', 'alex'],
                over: ['2027-02-15 2027-02-19'],
                page: 0,
                unpainted: 0,
            });
            const alone = await preview.page.context().newPage();
            await alone.setContent(exported.svg.replace(/^<\?xml[^>]*>/, ''));
            await alone.locator('svg').screenshot({ path: join(SCREENSHOTS, 'resources-export.png') });
            await alone.close();
            await preview.page.click('[data-action="fit"]');
            expect(await preview.page.textContent('.proj-zoom')).toBe('100%');
            for (const size of await sizes()) {
                expect(size.width).toBe(size.natural);
            }
            expectNoProblems(preview);
        });
    });

    test('a plan without resources shows the model\'s message; a levelled plan says so, with nothing over', async () => {
        const none = await previewOf('project bare "Bare" {\n    start 2027-02-08\n    task a "A" { duration 3d }\n}\n');
        expect(none.model.errors).toBe(0);
        expect(none.model.resources!.message).toMatch(/^The plan has no resources/);
        await withPreview(async preview => {
            await preview.update(none.model);
            await preview.page.click('#proj-tab-resources');
            const shown = await preview.page.evaluate(() => {
                const view = document.getElementById('proj-view-resources');
                const placeholder = view.querySelector('.proj-placeholder');
                return { message: placeholder.hidden ? undefined : placeholder.textContent, charts: view.querySelectorAll('svg').length, export: document.querySelector('[data-action="export"]').disabled };
            });
            expect(shown).toEqual({ message: none.model.resources!.message, charts: 0, export: false });
            await preview.page.click('[data-action="export"]');
            expect((await preview.posted()).at(-1)).toMatchObject({ type: 'exportSvg', chart: 'resources', reason: 'There is no chart to export yet.' });
            expectNoProblems(preview);
        });

        const levelled = await previewOf(DEPOT.replace('    start 2027-02-08', '    start 2027-02-08\n    level'));
        expect(levelled.model.errors).toBe(0);
        expect(levelled.model.resources!.levelled).toBe(true);
        await withPreview(async preview => {
            await preview.update(levelled.model);
            await preview.page.click('#proj-tab-resources');
            await drawnToPane(preview);
            const drawn = await drawnTab(preview);
            expect(drawn.histograms.flatMap(histogram => histogram.overMarks)).toEqual([]);
            expect(drawn.histograms.flatMap(histogram => histogram.bars.filter(bar => bar.over))).toEqual([]);
            expect(await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-resources .proj-over-allocations p')].map((p: any) => p.textContent))).toEqual([
                'No resource is asked for more units than it has.',
                'The plan is levelled (its level statement): work waits for its resources, lower priority first, so that none is asked for more units than it has.',
            ]);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'resources-levelled.png') });
            expectNoProblems(preview);
        });
    });

    test('50 resources over two years: every histogram drawn and readable, with marks bounded by the width rather than the days', async () => {
        // Each resource of 3 units has two chains of work of 2 units each, one starting later:
        // over wherever the two overlap.
        const lines = ['project big "Two years, fifty resources" {', '    start 2027-01-04'];
        for (let resource = 0; resource < 50; resource++) {
            lines.push(`    resource r${resource} "Resource ${resource}" { units 3 }`);
        }
        for (let resource = 0; resource < 50; resource++) {
            for (let step = 0; step < 13; step++) {
                lines.push(`    task a${resource}_${step} "Work ${resource}.${step}" { duration 40d${step > 0 ? ` after a${resource}_${step - 1}` : ''} assign r${resource} 2 }`);
            }
            for (let step = 0; step < 4; step++) {
                lines.push(`    task b${resource}_${step} "Extra ${resource}.${step}" { duration 30d${step > 0 ? ` after b${resource}_${step - 1} +${60 + resource}d` : ` start no earlier than 2027-0${1 + (resource % 9)}-15`} assign r${resource} 2 }`);
            }
        }
        lines.push('}');
        const big = await previewOf(lines.join('\n'));
        expect(big.model.errors).toBe(0);
        const view = big.model.resources!;
        expect(view.resources).toHaveLength(50);
        expect(view.resources[0].required.length).toBeGreaterThan(700);
        expect(view.overAllocations.length).toBeGreaterThan(50);
        await withPreview(async preview => {
            await preview.page.click('#proj-tab-resources');
            await preview.update(big.model);
            const drawn = await preview.page.evaluate(() => ({
                histograms: document.querySelectorAll('#proj-view-resources svg.proj-load-histogram').length,
                elements: document.querySelectorAll('#proj-view-resources svg *').length,
                width: Number(document.querySelector('#proj-view-resources svg').getAttribute('width')),
            }));
            expect(drawn.histograms).toBe(50);
            // Days under 4 px wide are drawn as runs of equal load: far fewer marks than days.
            expect(drawn.elements / 50).toBeLessThan(view.resources[0].required.length);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'resources-fifty.png') });
            await drawnToPane(preview);
            expectReadable(await drawnTab(preview));
            expectNoProblems(preview);
        });
    });
});
