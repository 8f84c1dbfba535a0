// The critical-path network in a real browser, by what a person would see: the webview bundle draws
// the example plan and generated plans of 40, 100 and 150 items (phases, every link type, lags and
// leads) in a narrow pane (626 × 900) and a wide one (1,400 × 900), and the drawing is measured:
// text at least 11 px at fit, no node over another, one arrow per link, the critical chain and only
// it in the critical colour, text that reads against its node in every theme, titles as text, and
// a network that fills the pane's height in rows rather than scrolling sideways.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { ScheduledItem } from '../../language/src/engine/plan-model.js';
import { chartPalette, type ThemeKind } from '../../client/webview/theme/chart-palette.js';
import { chromiumMissing } from '../support/chromium.js';
import { linkedPlanText } from '../support/linked-plans.js';
import { contrastRatio, overlaps, type Box } from './support/gantt-geometry.js';
import type { PreviewPage } from './support/preview-page.js';
import { expectNoProblems, HOSTILE, OFFICE_MOVE, SCREENSHOTS, usePreviewSession, type PlanPreview } from './support/preview-session.js';

declare const document: any;
declare const getComputedStyle: any;

const THEMES: Record<string, ThemeKind> = {
    'vscode-light': 'light', 'vscode-dark': 'dark', 'vscode-high-contrast': 'high-contrast', 'vscode-high-contrast-light': 'high-contrast-light',
};
const PANES = { narrow: { width: 626, height: 900 }, wide: { width: 1400, height: 900 } } as const;
/** Enough for the largest plan here: the network draws every item (the setting's default is 60). */
const ALL_NODES = 1_000;
const MIN_TEXT_PX = 11;

interface DrawnNetwork {
    /** The view's zoom: drawn size over natural size. */
    readonly zoom: number;
    readonly rows: number;
    readonly pane: { readonly width: number; readonly height: number; readonly scrollWidth: number };
    readonly chart: Box;
    readonly nodes: ReadonlyArray<{ readonly id: string; readonly box: Box; readonly lines: readonly string[]; readonly fontSize: number; readonly text: string; readonly fill: string; readonly stroke: string }>;
    readonly links: ReadonlyArray<{ readonly id: string; readonly stroke: string; readonly marker: string }>;
}

/** Shows the network tab of `plan` in a pane of `size` and reads what is drawn, as the screen has it. */
async function showNetwork(preview: PreviewPage, plan: PlanPreview, size: { width: number; height: number }): Promise<DrawnNetwork> {
    await preview.page.setViewportSize(size);
    await preview.update(plan.model);
    await preview.page.click('#proj-tab-network');
    await preview.page.waitForFunction(() => {
        const root = document.getElementById('proj-preview');
        return document.querySelector('#proj-view-network svg.proj-network') && root.dataset.rendered === root.dataset.received;
    });
    return readNetwork(preview);
}

function readNetwork(preview: PreviewPage): Promise<DrawnNetwork> {
    return preview.page.evaluate(() => {
        const box = (element: any) => {
            const rect = element.getBoundingClientRect();
            return { left: rect.left, right: rect.right, top: rect.top, bottom: rect.bottom };
        };
        const view = document.getElementById('proj-view-network');
        const svg = view.querySelector('svg.proj-network');
        return {
            zoom: Number(svg.getAttribute('width')) / svg.viewBox.baseVal.width,
            rows: Number(svg.dataset.rows),
            pane: { width: view.clientWidth, height: view.clientHeight, scrollWidth: view.scrollWidth },
            chart: box(svg),
            nodes: [...svg.querySelectorAll('g.node[data-proj-id]')].map((node: any) => {
                const label = node.querySelector('.nodeLabel p');
                return {
                    id: node.getAttribute('data-proj-id'),
                    box: box(node.querySelector(':scope > rect')),
                    lines: label.innerHTML.split(/<br\s*\/?>/).map((line: string) => {
                        const scratch = document.createElement('span');
                        scratch.innerHTML = line;
                        return scratch.textContent;
                    }),
                    fontSize: Number.parseFloat(getComputedStyle(label).fontSize),
                    text: getComputedStyle(label).color,
                    fill: getComputedStyle(node.querySelector(':scope > rect')).fill,
                    stroke: getComputedStyle(node.querySelector(':scope > rect')).stroke,
                };
            }),
            links: [...svg.querySelectorAll('path.flowchart-link')].map((path: any) => ({
                id: path.getAttribute('data-id'), stroke: getComputedStyle(path).stroke, marker: path.getAttribute('marker-end'),
            })),
        };
    });
}

const rgb = (hex: string) => `rgb(${[1, 3, 5].map(at => Number.parseInt(hex.slice(at, at + 2), 16)).join(', ')})`;

/** The links the network text declares between work items, as Mermaid names their paths. */
function declaredLinks(plan: PlanPreview): string[] {
    const seen = new Map<string, number>();
    return plan.model.network!.mermaid.split('\n').flatMap(line => {
        const link = /^\s+(t_\w+) (?:-- "[^"]*" )?--> (t_\w+)$/.exec(line);
        if (!link) {
            return [];
        }
        const pair = `L_${link[1]}_${link[2]}`;
        const count = seen.get(pair) ?? 0;
        seen.set(pair, count + 1);
        return [`${pair}_${count === 0 ? 0 : count + 1}`];
    });
}

/** The links of the critical chain: from a critical item to the critical item it drives. */
function criticalLinks(plan: PlanPreview): Set<string> {
    const items = new Map(plan.items.map(item => [`t_${item.id}`, item]));
    return new Set(declaredLinks(plan).filter(id => {
        const [from, to] = [...items.keys()].flatMap(a => [...items.keys()].filter(b => id.startsWith(`L_${a}_${b}_`)).map(b => [a, b]))[0] ?? [];
        const [source, target] = [items.get(from), items.get(to)] as Array<ScheduledItem | undefined>;
        return !!source?.critical && !!target?.critical && target.drivingPredecessor === source.id;
    }));
}

function expectReadableAndApart(drawn: DrawnNetwork): void {
    for (const node of drawn.nodes) {
        expect(node.fontSize * drawn.zoom, `${node.id}'s text on screen`).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
    }
    for (let a = 0; a < drawn.nodes.length; a++) {
        for (let b = a + 1; b < drawn.nodes.length; b++) {
            expect(overlaps(drawn.nodes[a].box, drawn.nodes[b].box), `${drawn.nodes[a].id} over ${drawn.nodes[b].id}`).toBe(false);
        }
    }
}

function expectLinksAndColours(drawn: DrawnNetwork, plan: PlanPreview, kind: ThemeKind): void {
    const palette = chartPalette(kind);
    const declared = declaredLinks(plan);
    expect(drawn.links.map(link => link.id).filter(id => !id.includes('elided')).sort()).toEqual([...declared].sort());
    const critical = criticalLinks(plan);
    expect(critical.size).toBeGreaterThan(0);
    for (const link of drawn.links) {
        expect(link.stroke, link.id).toBe(rgb(critical.has(link.id) ? palette.critical : palette.link));
    }
    const items = new Map(plan.items.map(item => [item.id, item]));
    for (const node of drawn.nodes) {
        expect(node.stroke, node.id).toBe(rgb(items.get(node.id)!.critical ? palette.critical : palette.normal));
        expect(contrastRatio(node.text, node.fill), `${node.id}'s text on its fill`).toBeGreaterThanOrEqual(4.5);
    }
}

describe.skipIf(chromiumMissing('the network view tests'))('the critical-path network in the preview', () => {
    const { previewOf, withPreview } = usePreviewSession();
    const plans: Record<string, PlanPreview> = {};
    const officeMove = OFFICE_MOVE.replace('task survey "Site survey"', `task survey "${HOSTILE}"`);

    beforeAll(async () => {
        plans.office = await previewOf(officeMove, { maxNetworkNodes: ALL_NODES });
        for (const count of [40, 100, 150]) {
            plans[count] = await previewOf(linkedPlanText(count), { maxNetworkNodes: ALL_NODES });
            expect(plans[count].model.network!.nodes).toHaveLength(count);
        }
    });

    for (const [name, pane] of Object.entries(PANES)) {
        for (const plan of ['office', '40', '100', '150']) {
            test(`${plan === 'office' ? 'the example' : `${plan} linked items`} in a ${name} pane: text ≥ 11 px at fit, nodes apart, one arrow per link, the critical chain in its colour`, async () => {
                await withPreview(async preview => {
                    const drawn = await showNetwork(preview, plans[plan], pane);
                    expect(drawn.nodes.map(node => node.id).sort()).toEqual(plans[plan].model.network!.nodes.map(node => node.id).sort());
                    expectReadableAndApart(drawn);
                    expectLinksAndColours(drawn, plans[plan], 'light');
                    // Never sideways: the rows fit the pane's width.
                    expect(drawn.pane.scrollWidth).toBeLessThanOrEqual(drawn.pane.width + 1);
                    if (plan === '150' || plan === '40') {
                        await preview.page.screenshot({ path: join(SCREENSHOTS, `network-${plan}-${pane.width}.png`) });
                    }
                    expectNoProblems(preview);
                });
            });
        }
    }

    test('at 150 items the network fills the pane\'s height in rows, as wide as the pane', async () => {
        await withPreview(async preview => {
            for (const pane of Object.values(PANES)) {
                const drawn = await showNetwork(preview, plans[150], pane);
                expect(drawn.rows).toBeGreaterThan(1);
                expect(drawn.chart.bottom - drawn.chart.top).toBeGreaterThanOrEqual(drawn.pane.height);
                expect(drawn.chart.right - drawn.chart.left).toBeLessThanOrEqual(drawn.pane.width);
                expect(drawn.chart.right - drawn.chart.left).toBeGreaterThanOrEqual(drawn.pane.width * 0.75);
                // The whole network, as a reader scrolls down through it: a taller window shows it all
                // (only a change of width wraps the network again).
                await preview.page.setViewportSize({ width: pane.width, height: Math.ceil(drawn.chart.bottom + 40) });
                await preview.page.screenshot({ path: join(SCREENSHOTS, `network-150-${pane.width}-whole.png`) });
            }
        });
    });

    test('titles, then dates and float; a hostile title shows as written and is never markup', async () => {
        await withPreview(async preview => {
            const drawn = await showNetwork(preview, plans.office, PANES.wide);
            const byId = new Map(drawn.nodes.map(node => [node.id, node.lines]));
            expect(byId.get('survey')).toEqual([HOSTILE, '11 Jan → 14 Jan', 'float 0']);
            expect(byId.get('fitout')?.[0]).toBe('Fit-out');
            expect(byId.get('approval')?.[1]).toMatch(/^◆ /);
            const markup = await preview.page.evaluate(() => ({
                images: document.querySelectorAll('img').length,
                handlers: [...document.querySelectorAll('*')].filter((element: any) => [...element.attributes].some((attribute: any) => /^on/i.test(attribute.name))).length,
            }));
            expect(markup).toEqual({ images: 0, handlers: 0 });
            expectNoProblems(preview);
        });
    });

    for (const [theme, kind] of Object.entries(THEMES)) {
        test(`in ${theme}: the critical chain in the theme's critical colour, every node's text 4.5:1 on its fill`, async () => {
            await withPreview(async preview => {
                for (const plan of ['office', '40']) {
                    const drawn = await showNetwork(preview, plans[plan], PANES.wide);
                    expectLinksAndColours(drawn, plans[plan], kind);
                }
                if (theme === 'vscode-light' || theme === 'vscode-dark') {
                    for (const [name, pane] of Object.entries(PANES)) {
                        await showNetwork(preview, plans.office, pane);
                        await preview.page.screenshot({ path: join(SCREENSHOTS, `network-${pane.width}-${kind}.png`) });
                        void name;
                    }
                }
                expectNoProblems(preview);
            }, { theme });
        });
    }

    test('Fit fits the pane but never makes the text smaller than 11 px; a zoom the user chose is kept', async () => {
        await withPreview(async preview => {
            const small = await showNetwork(preview, plans.office, PANES.wide);
            expect(small.nodes[0].fontSize * small.zoom).toBeGreaterThan(MIN_TEXT_PX);
            await preview.page.click('[data-action="zoom-out"]');
            await preview.page.click('[data-action="zoom-out"]');
            await preview.page.click('[data-action="zoom-out"]');
            await preview.update(plans[40].model);
            const zoomedOut = await readNetwork(preview);
            expect(zoomedOut.nodes[0].fontSize * zoomedOut.zoom).toBeLessThan(MIN_TEXT_PX);
            await preview.page.click('[data-action="fit"]');
            const fitted = await readNetwork(preview);
            expect(fitted.nodes[0].fontSize * fitted.zoom).toBeGreaterThanOrEqual(MIN_TEXT_PX - 0.01);
            expectNoProblems(preview);
        });
    });
});
