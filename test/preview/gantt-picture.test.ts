// The Gantt picture in a real browser, by geometry: the webview bundle draws the example plan and
// generated plans of 20, 200 and 1,000 items with every link type, lags and leads, and what a person
// would see is measured: arrows from the right end of one bar to the right end of the next, table
// rows level with their bars, milestones inside their day, tick labels apart at every zoom, text
// large enough at fit and readable against what is behind it in every theme.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { chromiumMissing } from '../support/chromium.js';
import { linkedPlanText } from '../support/linked-plans.js';
import { centreX, centreY, contrastRatio, overlaps, readGantt, type Box, type DrawnGantt } from './support/gantt-geometry.js';
import { expectNoProblems, HOSTILE, OFFICE_MOVE, SCREENSHOTS, usePreviewSession, type PlanPreview } from './support/preview-session.js';
import type { PreviewPage } from './support/preview-page.js';

declare const document: any;
declare const window: any;

const DAY_MS = 86_400_000;
const NEVER_COLLAPSE = 1_000_000;
const THEMES = ['vscode-light', 'vscode-dark', 'vscode-high-contrast', 'vscode-high-contrast-light'] as const;

/** A date's local midnight, as the page reads it (the page runs in UTC). */
const time = (date: string) => Date.parse(`${date}T00:00:00Z`);

/** The x of a time on the chart, fitted through the left and right ends of every task bar. */
function timeAxis(drawn: DrawnGantt, plan: PlanPreview): (at: number) => number {
    const points: Array<[number, number]> = [];
    for (const row of plan.model.gantt!.rows) {
        const bar = drawn.bars[row.id];
        if (row.kind === 'task' && bar) {
            points.push([time(row.start), bar.left], [time(row.finish) + DAY_MS, bar.right]);
        }
    }
    const n = points.length;
    const meanT = points.reduce((sum, [t]) => sum + t, 0) / n;
    const meanX = points.reduce((sum, [, x]) => sum + x, 0) / n;
    const slope = points.reduce((sum, [t, x]) => sum + (t - meanT) * (x - meanX), 0) / points.reduce((sum, [t]) => sum + (t - meanT) ** 2, 0);
    return at => meanX + (at - meanT) * slope;
}

/** Whether a point lies on a box's edge (within `tolerance` of it, inside or out). */
const nearBox = ([x, y]: readonly [number, number], box: Box, tolerance = 2) =>
    x >= box.left - tolerance && x <= box.right + tolerance && y >= box.top - tolerance && y <= box.bottom + tolerance;

describe.skipIf(chromiumMissing('the Gantt picture tests'))('the Gantt picture in Chromium', () => {
    const { previewOf, previewOfLinked, withPreview } = usePreviewSession();
    const plans = new Map<string, PlanPreview>();

    beforeAll(async () => {
        plans.set('example', await previewOf(OFFICE_MOVE));
        for (const count of [20, 200, 1000]) {
            plans.set(`linked ${count}`, await previewOf(linkedPlanText(count), { collapseGanttAbove: NEVER_COLLAPSE }));
        }
        for (const plan of plans.values()) {
            expect(plan.model.errors).toBe(0);
        }
    }, 120_000);

    async function drawn(preview: PreviewPage, model: PreviewModel): Promise<DrawnGantt> {
        await preview.update(model);
        return readGantt(preview.page);
    }

    test('the example: a row per phase, task and milestone on its dates, in the colour of what it is, progress inside, the status date at its day\'s end', async () => {
        const plan = plans.get('example')!;
        await withPreview(async preview => {
            const gantt = await drawn(preview, plan.model);
            const rows = plan.model.gantt!.rows;
            expect(rows.map(row => row.id)).toEqual(['initiation', 'business_case', 'approval', 'delivery', 'survey', 'fitout', 'briefing', 'it', 'moved']);
            expect(Object.keys(gantt.bars).sort()).toEqual(rows.map(row => row.id).sort());
            const x = timeAxis(gantt, plan);
            for (const row of rows.filter(candidate => candidate.kind !== 'milestone')) {
                expect(Math.abs(gantt.bars[row.id].left - x(time(row.start))), `${row.id} starts`).toBeLessThanOrEqual(1);
                expect(Math.abs(gantt.bars[row.id].right - x(time(row.finish) + DAY_MS)), `${row.id} finishes`).toBeLessThanOrEqual(1);
            }
            // Mermaid's own marks too, for wherever its text is drawn without Proj (GitHub): crit0,
            // activeCrit1, doneCrit2… on exactly the critical rows.
            const marked = Object.entries(gantt.bars).filter(([, bar]) => /(^|\s)(crit|activeCrit|doneCrit)\d+(\s|$)/.test(bar.classes)).map(([id]) => id);
            expect(marked.sort()).toEqual(rows.filter(row => row.critical).map(row => row.id).sort());
            // One colour per meaning: critical work (not yet done) one colour, done work another.
            const fillOf = (id: string) => gantt.bars[id].fill;
            expect(new Set([fillOf('it'), fillOf('moved')]).size).toBe(1);
            expect(new Set([fillOf('business_case'), fillOf('survey'), fillOf('approval')]).size).toBe(1);
            expect(fillOf('briefing')).not.toBe(fillOf('it'));
            expect(fillOf('it')).not.toBe('rgb(255, 0, 0)');
            // Fit-out is 65% done: the done part fills 65% of its bar.
            const progress = await preview.page.evaluate(() => {
                const bar = document.querySelector('#proj-view-gantt rect.proj-bar[data-proj-id="fitout"]');
                const fill = bar.parentNode.querySelector(`rect.proj-progress[x="${bar.getAttribute('x')}"]`);
                return fill && fill.getBoundingClientRect().width / bar.getBoundingClientRect().width;
            });
            expect(progress).toBeCloseTo(0.65, 2);
            expect(Math.abs(centreX(gantt.status!) - x(time(plan.model.project!.status!) + DAY_MS))).toBeLessThanOrEqual(1);
            // The picture the README shows (docs/preview-gantt.png is a copy): the toolbar to the last row.
            const bottom = await preview.page.evaluate(() => document.querySelector('#proj-view-gantt .proj-gantt').getBoundingClientRect().bottom);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'gantt.png'), clip: { x: 0, y: 0, width: 1400, height: Math.ceil(bottom) + 12 } });
            expectNoProblems(preview);
        });
    });

    for (const name of ['example', 'linked 20', 'linked 200', 'linked 1000']) {
        test(`${name}: one arrow per link, from the right end of its predecessor to the right end of its successor`, async () => {
            const plan = plans.get(name)!;
            await withPreview(async preview => {
                const gantt = await drawn(preview, plan.model);
                const links = plan.model.gantt!.links;
                expect(links.length).toBeGreaterThan(0);
                const types = new Set(links.map(link => link.type));
                if (name !== 'example') {
                    expect([...types].sort()).toEqual(['FF', 'FS', 'SF', 'SS']);
                    expect(links.some(link => link.lag?.startsWith('-'))).toBe(true);
                    expect(links.some(link => plan.model.gantt!.rows.find(row => row.id === link.from)?.kind === 'phase')).toBe(true);
                }
                const key = (link: { from: string; to: string; type: string }) => `${link.from}>${link.to}:${link.type}`;
                expect(gantt.arrows.map(key).sort()).toEqual(links.map(key).sort());
                const rows = new Map(plan.model.gantt!.rows.map(row => [row.id, row]));
                for (const arrow of gantt.arrows) {
                    const from = gantt.bars[arrow.from];
                    const to = gantt.bars[arrow.to];
                    const fromFinish = arrow.type === 'FS' || arrow.type === 'FF';
                    const toFinish = arrow.type === 'FF' || arrow.type === 'SF';
                    const label = `${arrow.from} → ${arrow.to} ${arrow.type}`;
                    // On the bar's outline, at the end the link type names (a milestone's tips, a short bar's middle).
                    expect(nearBox(arrow.start, from), `${label} starts on its predecessor: ${JSON.stringify([arrow.start, from])}`).toBe(true);
                    expect(nearBox(arrow.end, to), `${label} ends on its successor`).toBe(true);
                    const endOf = (bar: Box, finish: boolean, kind: string | undefined) => kind === 'milestone' || bar.right - bar.left < 14 ? centreX(bar) : finish ? bar.right : bar.left;
                    const startX = endOf(from, fromFinish, rows.get(arrow.from)?.kind);
                    const endX = endOf(to, toFinish, rows.get(arrow.to)?.kind);
                    const reach = (bar: Box, kind: string | undefined) => kind === 'milestone' || bar.right - bar.left < 14 ? (bar.right - bar.left) / 2 + 2 : 2;
                    expect(Math.abs(arrow.start[0] - startX), `${label} leaves the right end`).toBeLessThanOrEqual(reach(from, rows.get(arrow.from)?.kind));
                    expect(Math.abs(arrow.end[0] - endX), `${label} arrives at the right end`).toBeLessThanOrEqual(reach(to, rows.get(arrow.to)?.kind));
                }
                // The critical chain's links are drawn as critical.
                expect(gantt.arrows.filter(arrow => arrow.critical).map(key).sort()).toEqual(links.filter(link => link.critical).map(key).sort());
                expectNoProblems(preview);
            });
        });

        test(`${name}: each table row level with its bar, at the top and scrolled to the bottom; each milestone inside its day`, async () => {
            const plan = plans.get(name)!;
            await withPreview(async preview => {
                const gantt = await drawn(preview, plan.model);
                const rows = plan.model.gantt!.rows;
                const level = (drawnGantt: DrawnGantt) => {
                    const made = rows.filter(row => drawnGantt.rows[row.id]);
                    // Every row in view is made (the table makes the rows in view, and a margin).
                    expect(made.length).toBeGreaterThanOrEqual(Math.min(rows.length, Math.floor((drawnGantt.view.bottom - drawnGantt.view.top) / drawnGantt.layout.rowHeight) - 3));
                    for (const row of made) {
                        expect(Math.abs(centreY(drawnGantt.rows[row.id]) - centreY(drawnGantt.bars[row.id])), `${row.id}'s row`).toBeLessThanOrEqual(1);
                    }
                    return made;
                };
                expect(level(gantt)[0].id).toBe(rows[0].id);
                await preview.page.evaluate(() => {
                    const view = document.getElementById('proj-view-gantt');
                    view.scrollTop = view.scrollHeight;
                });
                await preview.page.waitForFunction(id => document.querySelector(`#proj-view-gantt .proj-gantt-row[data-proj-id="${id}"]`) !== null, rows.at(-1)!.id);
                expect(level(await readGantt(preview.page)).at(-1)!.id).toBe(rows.at(-1)!.id);
                const x = timeAxis(gantt, plan);
                const milestones = plan.model.gantt!.rows.filter(row => row.kind === 'milestone');
                expect(milestones.length).toBeGreaterThan(0);
                for (const milestone of milestones) {
                    const centre = centreX(gantt.bars[milestone.id]);
                    expect(centre, `${milestone.id} after its day starts`).toBeGreaterThan(x(time(milestone.start)));
                    expect(centre, `${milestone.id} before its day ends`).toBeLessThan(x(time(milestone.start) + DAY_MS));
                }
                expectNoProblems(preview);
            });
        });
    }

    for (const name of ['example', 'linked 200']) {
        test(`${name}: no two tick labels overlap at any zoom, from a year a screen to a day a hand's width`, async () => {
            const plan = plans.get(name)!;
            await withPreview(async preview => {
                await preview.update(plan.model);
                const units = new Set<string>();
                const check = async (step: string) => {
                    const gantt = await readGantt(preview.page);
                    units.add(await preview.page.evaluate(() => document.querySelector('#proj-view-gantt .proj-gantt').dataset.unit));
                    for (const [index, a] of gantt.scale.entries()) {
                        for (const b of gantt.scale.slice(index + 1)) {
                            expect(overlaps(a.box, b.box), `${step}: '${a.text}' and '${b.text}'`).toBe(false);
                        }
                    }
                };
                await check('fit');
                for (let step = 0; step < 8; step++) {
                    await zoom(preview, 'zoom-out');
                    await check(`zoomed out ${step + 1}`);
                }
                await zoom(preview, 'fit');
                for (let step = 0; step < 12; step++) {
                    await zoom(preview, 'zoom-in');
                    await check(`zoomed in ${step + 1}`);
                }
                expect(units.size).toBeGreaterThanOrEqual(3);
                expectNoProblems(preview);
            });
        });
    }

    test('at fit in a 626 × 900 pane: every text 11 px or more, and a short plan\'s every bar in view without scrolling', async () => {
        for (const name of ['example', 'linked 20']) {
            await withPreview(async preview => {
                await preview.page.setViewportSize({ width: 626, height: 900 });
                const gantt = await drawn(preview, plans.get(name)!.model);
                const small = gantt.texts.filter(text => text.fontSize < 11);
                expect(small, name).toEqual([]);
                for (const [id, bar] of Object.entries(gantt.bars)) {
                    expect(bar.top >= gantt.view.top && bar.bottom <= gantt.view.bottom && bar.left >= gantt.view.left && bar.right <= gantt.view.right, `${name}: ${id} in view`).toBe(true);
                }
                await preview.page.screenshot({ path: join(SCREENSHOTS, `gantt-626-${name.replace(' ', '-')}.png`) });
            });
        }
    });

    for (const theme of THEMES) {
        test(`${theme}: every bar label and lag reads at 4.5:1 or more against its halo and every row and day-off colour behind it`, async () => {
            await withPreview(async preview => {
                const gantt = await drawn(preview, plans.get('example')!.model);
                expect(gantt.labels.length).toBeGreaterThan(9);
                for (const label of gantt.labels) {
                    for (const background of [label.halo, ...gantt.backgrounds]) {
                        expect(contrastRatio(label.fill, background), `${label.text} on ${background}`).toBeGreaterThanOrEqual(4.5);
                    }
                }
                await preview.page.screenshot({ path: join(SCREENSHOTS, `gantt-${theme.replace('vscode-', '')}.png`) });
                expectNoProblems(preview);
            }, { theme });
        });
    }

    test(`a task named ${HOSTILE} shows as written in its label, the table and the tooltip, and runs nothing`, async () => {
        const plan = await previewOf(OFFICE_MOVE.replace('task survey "Site survey"', `task survey "${HOSTILE}"`));
        await withPreview(async preview => {
            await preview.update(plan.model);
            await preview.page.hover('#proj-view-gantt rect.proj-bar[data-proj-id="survey"]');
            const shown = await preview.page.evaluate(() => ({
                label: document.querySelector('#proj-view-gantt text[data-proj-id="survey"]').textContent,
                row: document.querySelector('#proj-view-gantt .proj-gantt-row[data-proj-id="survey"] .proj-row-name').textContent,
                tooltip: document.querySelector('.proj-tooltip').textContent,
                images: document.querySelectorAll('img').length,
                handlers: [...document.querySelectorAll('*')].filter((element: any) => [...element.attributes].some((attribute: any) => /^on/i.test(attribute.name))).length,
            }));
            expect(shown.label.trim()).toBe(HOSTILE);
            expect(shown.row).toBe(HOSTILE);
            expect(shown.tooltip).toContain(HOSTILE);
            expect(shown.images).toBe(0);
            expect(shown.handlers).toBe(0);
            expectNoProblems(preview);
        });
    });

    test('a bar\'s tooltip: name, dates, working days, float, progress, resources and what drives its start', async () => {
        await withPreview(async preview => {
            await preview.update(plans.get('example')!.model);
            const tooltip = async (selector: string) => {
                await preview.page.hover(selector);
                await preview.page.waitForSelector('.proj-tooltip:not([hidden])');
                return preview.page.evaluate(() => [...document.querySelector('.proj-tooltip').children].map((line: any) => line.textContent));
            };
            expect(await tooltip('#proj-view-gantt rect.proj-bar[data-proj-id="fitout"]')).toEqual([
                'Fit-out (fitout)',
                'Mon 15 Feb 2027 → Tue 9 Mar 2027',
                '16 working days',
                'Critical: total float 0 working days, free float 0 working days',
                '65% done',
                'Starts at its date constraint',
            ]);
            expect(await tooltip('#proj-view-gantt .proj-gantt-row[data-proj-id="briefing"]')).toEqual([
                'Staff briefings (briefing)',
                'Wed 3 Mar 2027 → Fri 5 Mar 2027',
                '3 working days',
                'total float 1.6 working days, free float 1.6 working days', // the fit-out's 5.6 days left end Tue 9 Mar at 13:48
                'Not started',
                'Resources: Alex Smith',
                'Starts at its date constraint',
            ]);
            expect((await tooltip('#proj-view-gantt rect.proj-bar[data-proj-id="it"]')).at(-1)).toBe('Finishes when Fit-out (fitout) finishes (FF)');
            expect((await tooltip('#proj-view-gantt rect.proj-bar[data-proj-id="survey"]')).at(-1)).toBe('Starts at its actual start');
            expectNoProblems(preview);
        });
    });

    test('a levelled plan: the table\'s Delay column and the tooltip say how long the work waits, and for whom', async () => {
        const levelled = await previewOf(`project move "Move" {
    start 2027-02-15
    level
    resource crew "Facilities crew" { units 4 }
    task fitout "Fit-out" { duration 5d assign crew 3 priority 900 }
    task briefing "Staff briefings" { duration 3d assign crew 2 }
}`);
        await withPreview(async preview => {
            await preview.update(levelled.model);
            const cells = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-gantt .proj-gantt-row')]
                .map((row: any) => [...row.querySelectorAll('.proj-cell')].map((cell: any) => cell.textContent)));
            expect(cells[0]).toEqual(['Task', 'Start', 'Finish', 'Delay', 'Days', 'Float', 'Done']);
            expect(cells.slice(1)).toEqual([
                ['Fit-out', '15 Feb', '19 Feb', '', '5', '0', '0%'],
                ['Staff briefings', '22 Feb', '24 Feb', '5', '3', '0', '0%'],
            ]);
            await preview.page.hover('#proj-view-gantt rect.proj-bar[data-proj-id="briefing"]');
            await preview.page.waitForSelector('.proj-tooltip:not([hidden])');
            const lines = await preview.page.evaluate(() => [...document.querySelector('.proj-tooltip').children].map((line: any) => line.textContent));
            expect(lines.at(-1)).toBe('Levelling delays it 5 working days: it waits for crew, busy with Fit-out (fitout)');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'gantt-levelled.png') });
            expectNoProblems(preview);
        });
    });

    test('work of other plans: rows of their own above and below, hollow and dashed, linked by arrows, and a click reveals it in its plan', async () => {
        const linked = [
            'project alpha "Alpha" {\n    start 2027-01-04\n    task build { duration 10d }\n    milestone done "Done" { after build }\n}\n',
            'project beta "Beta" {\n    start 2027-01-04\n    task deploy "Deploy" { duration 3d after alpha.done }\n}\n',
            'project gamma "Gamma" {\n    start 2027-01-04\n    task release "Release" { duration 1d after beta.deploy }\n}\n',
        ];
        const plan = await previewOfLinked(linked, 1);
        for (const theme of ['vscode-light', 'vscode-dark'] as const) {
            await withPreview(async preview => {
                const gantt = await drawn(preview, plan.model);
                expect(Object.keys(gantt.bars).sort()).toEqual(['alpha.done', 'deploy', 'gamma.release']);
                // The rows in order, the other plans' in italics.
                const rows = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-gantt .proj-gantt-table-body .proj-gantt-row')]
                    .map((row: any) => [row.getAttribute('data-proj-id'), row.querySelector('.proj-row-name').textContent, getComputedStyle(row).fontStyle]));
                expect(rows).toEqual([['alpha.done', 'Done (Alpha)', 'italic'], ['deploy', 'Deploy', 'normal'], ['gamma.release', 'Release (Gamma)', 'italic']]);
                // Hollow, with a dashed outline; this plan's own bar filled.
                const style = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-gantt rect.proj-bar')].map((bar: any) =>
                    [bar.getAttribute('data-proj-id'), getComputedStyle(bar).strokeDasharray !== 'none', getComputedStyle(bar).fill === getComputedStyle(document.querySelector('#proj-view-gantt .proj-gantt-chart svg')).backgroundColor]));
                expect(style).toEqual([['alpha.done', true, true], ['deploy', false, false], ['gamma.release', true, true]]);
                expect(gantt.arrows.map(arrow => [arrow.from, arrow.to, arrow.critical]).sort()).toEqual([['alpha.done', 'deploy', true], ['deploy', 'gamma.release', false]]);
                for (const arrow of gantt.arrows) {
                    expect(nearBox(arrow.start, gantt.bars[arrow.from], 3), `${arrow.from} → ${arrow.to} leaves its bar`).toBe(true);
                    expect(nearBox(arrow.end, gantt.bars[arrow.to], 3), `${arrow.from} → ${arrow.to} reaches its bar`).toBe(true);
                }
                expect(await preview.page.textContent('#proj-view-gantt .proj-gantt-legend')).toContain('Work of another plan');
                await preview.page.click('#proj-view-gantt .proj-gantt-row[data-proj-id="alpha.done"]');
                expect((await preview.posted()).filter(message => message.type === 'reveal')).toEqual([{ type: 'reveal', id: 'alpha.done' }]);
                await preview.page.screenshot({ path: join(SCREENSHOTS, `gantt-other-plans-${theme}.png`) });
                expectNoProblems(preview);
            }, { theme });
        }
    });

    test('the Programme tab: the projects\' table, each project a summary bar with its milestones, the links between them, and a click reveals a project', async () => {
        const linked = [
            'project alpha "Alpha" {\n    start 2027-01-04\n    task build { duration 10d }\n    milestone done "Done" { after build }\n}\n',
            'project beta "Beta <b>" {\n    start 2027-01-04\n    deadline 2027-01-19\n    task deploy "Deploy" { duration 3d after alpha.done }\n}\n',
        ];
        const plan = await previewOfLinked(linked, 1);
        for (const theme of ['vscode-light', 'vscode-dark'] as const) {
            await withPreview(async preview => {
                await preview.update(plan.model);
                await preview.page.click('#proj-tab-programme');
                await preview.page.waitForSelector('#proj-view-programme svg.proj-chart rect.proj-bar');
                const table = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-programme .proj-programme-table tbody tr')]
                    .map((row: any) => [...row.cells].map((cell: any) => cell.textContent)));
                expect(table).toEqual([
                    ['Alpha', '2027-01-04', '2027-01-15', '–', '–', 'green', '–', '–'],
                    ['Beta <b>', '2027-01-18', '2027-01-20', '2027-01-19', '1 working day late', 'red', '–', '–'],
                ]);
                const bars = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-programme rect.proj-bar')].map((bar: any) => bar.getAttribute('data-proj-id')));
                expect(bars).toEqual(['alpha', 'alpha.done', 'beta']);
                expect(await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-programme path.proj-link')].map((link: any) => [link.getAttribute('data-from'), link.getAttribute('data-to')])))
                    .toEqual([['alpha.done', 'beta']]);
                await preview.page.click('#proj-view-programme .proj-gantt-row[data-proj-id="alpha"]');
                expect((await preview.posted()).filter(message => message.type === 'reveal')).toEqual([{ type: 'reveal', id: 'alpha' }]);
                await preview.page.screenshot({ path: join(SCREENSHOTS, `programme-tab-${theme}.png`) });
                expectNoProblems(preview);
            }, { theme });
        }
    });

    test('a click on an arrow reveals its after clause; on a table row, its item; the fold toggle asks for the phase folded', async () => {
        await withPreview(async preview => {
            await preview.update(plans.get('example')!.model);
            // A few pixels off the arrow's line, as a hand would click it.
            const onArrow = await preview.page.evaluate(() => {
                const path = document.querySelector('#proj-view-gantt path.proj-link[data-from="survey"][data-to="fitout"]');
                const point = path.getPointAtLength(path.getTotalLength() / 2);
                const screen = new (window as any).DOMPoint(point.x, point.y).matrixTransform(path.getScreenCTM());
                return { x: screen.x, y: screen.y };
            });
            await preview.page.mouse.move(onArrow.x, onArrow.y + 3);
            expect(await preview.page.isVisible('#proj-view-gantt path.proj-link-hover[data-to="fitout"]')).toBe(true);
            expect(await preview.page.textContent('.proj-tooltip')).toContain('Site survey (survey) → Fit-out (fitout)');
            await preview.page.mouse.click(onArrow.x, onArrow.y + 3);
            await preview.page.click('#proj-view-gantt .proj-gantt-row[data-proj-id="briefing"]');
            await preview.page.click('#proj-view-gantt .proj-gantt-row[data-proj-id="delivery"] .proj-fold');
            const posted = (await preview.posted()).filter(message => message.type !== 'ready');
            expect(posted).toEqual([
                { type: 'revealDependency', key: 'fitout#0' },
                { type: 'reveal', id: 'briefing' },
                { type: 'options', criticalOnly: false, folded: ['delivery'] },
            ]);
            const folded = await previewOf(OFFICE_MOVE, { folded: ['delivery'] });
            await preview.update(folded.model);
            const rows = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-gantt .proj-gantt-row[data-proj-id]')].map((row: any) => row.getAttribute('data-proj-id')));
            expect(rows).toEqual(['initiation', 'business_case', 'approval', 'delivery']);
            expectNoProblems(preview);
        });
    });

    test('the arrows toggle hides the links and is remembered', async () => {
        await withPreview(async preview => {
            await preview.update(plans.get('example')!.model);
            const visible = () => preview.page.isVisible('#proj-view-gantt path.proj-link');
            expect(await visible()).toBe(true);
            await preview.page.click('#proj-show-links');
            expect(await visible()).toBe(false);
            expect(await preview.page.evaluate(() => window.__projState.showLinks)).toBe(false);
        });
    });

    test('zoom and scroll are each plan\'s own: another plan opens at fit, and the first comes back as it was left', async () => {
        const other = { ...plans.get('linked 200')!.model, uri: 'file:///work/plans/linked.proj' };
        await withPreview(async preview => {
            await preview.update(plans.get('example')!.model);
            const fitted = await preview.page.textContent('.proj-zoom');
            await zoom(preview, 'zoom-in');
            await zoom(preview, 'zoom-in');
            const zoomed = await preview.page.textContent('.proj-zoom');
            expect(zoomed).not.toBe(fitted);
            await preview.page.evaluate(() => { document.getElementById('proj-view-gantt').scrollLeft = 120; });
            await preview.page.waitForFunction(() => Object.values(window.__projState.plans).some((plan: any) => plan.scroll?.gantt?.left === 120));

            await preview.update(other);
            const otherZoom = await preview.page.textContent('.proj-zoom');
            expect(otherZoom).not.toBe(zoomed);
            expect(await preview.page.evaluate(() => document.getElementById('proj-view-gantt').scrollLeft)).toBe(0);

            await preview.update(plans.get('example')!.model);
            expect(await preview.page.textContent('.proj-zoom')).toBe(zoomed);
            expect(await preview.page.evaluate(() => document.getElementById('proj-view-gantt').scrollLeft)).toBe(120);
            expectNoProblems(preview);
        });
    });

    test('a resized pane is fitted again', async () => {
        await withPreview(async preview => {
            await preview.update(plans.get('example')!.model);
            const wide = (await readGantt(preview.page)).layout.pxPerDay;
            await preview.page.setViewportSize({ width: 800, height: 900 });
            await preview.page.waitForFunction(before => JSON.parse(document.querySelector('#proj-view-gantt .proj-gantt').dataset.layout).pxPerDay < before, wide);
            const gantt = await readGantt(preview.page);
            for (const bar of Object.values(gantt.bars)) {
                expect(bar.right).toBeLessThanOrEqual(gantt.view.right);
            }
        });
    });

    test('Export SVG: one standalone SVG with the legend, the table, the time scale and the chart with its arrows', async () => {
        await withPreview(async preview => {
            await preview.update(plans.get('example')!.model);
            await preview.page.click('[data-action="export"]');
            const svg = ((await preview.posted()).find(message => message.type === 'exportSvg') as { svg: string }).svg;
            const parsed = await preview.page.evaluate(text => {
                const doc = new (window as any).DOMParser().parseFromString(text, 'image/svg+xml');
                const root = doc.documentElement;
                return {
                    error: doc.querySelector('parsererror') !== null,
                    xmlns: root.getAttribute('xmlns'),
                    texts: [...root.querySelectorAll('text')].map((node: any) => node.textContent),
                    arrows: root.querySelectorAll('path.proj-link').length,
                    titles: root.querySelectorAll('title').length,
                    interactive: root.querySelectorAll('[data-proj-id], [tabindex]').length,
                };
            }, svg);
            expect(parsed).toMatchObject({ error: false, xmlns: 'http://www.w3.org/2000/svg', arrows: 6, interactive: 0 });
            expect(parsed.titles).toBeGreaterThanOrEqual(9);
            expect(parsed.texts).toEqual(expect.arrayContaining(['Critical', 'Task', 'Draft business case', 'Staff moved', '+2d', 'March 2027']));
        });
    });

    test('a row with a baseline gets a thin baseline bar under its own, and a legend entry naming the revision', async () => {
        const plan = plans.get('example')!;
        const rows = plan.model.gantt!.rows.map(row => row.id === 'fitout' ? { ...row, baseline: { start: '2027-02-08', finish: '2027-03-02', startVariance: 1, finishVariance: 3 } } : row);
        await withPreview(async preview => {
            await preview.update({ ...plan.model, gantt: { ...plan.model.gantt!, rows, baseline: 'v1-approved' } });
            const drawnBaseline = await preview.page.evaluate(() => {
                const baseline = document.querySelector('#proj-view-gantt rect.proj-baseline').getBoundingClientRect();
                const bar = document.querySelector('#proj-view-gantt rect.proj-bar[data-proj-id="fitout"]').getBoundingClientRect();
                return {
                    below: baseline.top >= bar.bottom, thin: baseline.height < bar.height / 3, starts: baseline.left < bar.left,
                    legend: document.querySelector('[data-legend="baseline"]')?.textContent,
                };
            });
            expect(drawnBaseline).toEqual({ below: true, thin: true, starts: true, legend: 'Baseline (v1-approved)' });
        });
    });
});

/** Clicks a zoom tool and waits for the redraw (the click asks for it at once, marking the page busy). */
async function zoom(preview: PreviewPage, action: 'zoom-in' | 'zoom-out' | 'fit'): Promise<void> {
    await preview.page.click(`[data-action="${action}"]`);
    await preview.page.waitForFunction(() => !document.getElementById('proj-preview').hasAttribute('aria-busy'));
}
