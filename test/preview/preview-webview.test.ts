// The preview webview in a real browser: headless Chromium loads the same HTML, CSP, script and
// stylesheets VS Code would, receives the preview model the server computes for the reference plan,
// and is checked from what it draws: hostile text shown as written, clicks that reveal, errors that
// keep the last chart, large plans collapsed, state kept across updates and reloads. (The Gantt
// picture's geometry is gantt-picture.test.ts.)
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { previewCsp, previewHtml } from '../../client/src/preview/preview-html.js';
import { chromiumMissing } from '../support/chromium.js';
import { expectNoProblems, HOSTILE, OFFICE_MOVE, PLAN_URI, SCREENSHOTS, usePreviewSession, type PlanPreview } from './support/preview-session.js';
import { updateMessage } from '../../client/webview/webview-messages.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const document: any;
declare const window: any;
declare const getComputedStyle: any;
declare const DOMParser: any;


/** The reference plan with the site survey renamed to something that tries to be markup and Mermaid syntax. */
const referencePlan = OFFICE_MOVE.replace('task survey "Site survey"', `task survey "${HOSTILE}"`);

describe('preview HTML', () => {
    const options = { cspSource: 'https://*.vscode-cdn.net', nonce: 'cHJvai1wcmV2aWV3LXRlc3Q=', scriptUri: 'https://x/out/webview.js?a="b"&c', styleUri: 'https://x/media/preview.css', chartStyleUri: 'https://x/media/charts.css' };

    test('a strict policy: only the nonce\'d script, inline styles for Mermaid, nothing else loosened', () => {
        const html = previewHtml(options);
        expect(html).toContain(`content="default-src 'none'; script-src 'nonce-cHJvai1wcmV2aWV3LXRlc3Q='; style-src https://*.vscode-cdn.net 'unsafe-inline'; img-src https://*.vscode-cdn.net data:; font-src https://*.vscode-cdn.net"`
            .replaceAll("'", '&#39;'));
        expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script nonce="cHJvai1wcmV2aWV3LXRlc3Q=" src="https://x/out/webview.js?a=&#34;b&#34;&#38;c">']);
        expect(html).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    });

    test('takes a list of sources, as code-server gives, into each directive that loads from the extension', () => {
        const html = previewHtml({ ...options, cspSource: "'self' https://*.vscode-cdn.net" });
        expect(html).toContain(`style-src 'self' https://*.vscode-cdn.net 'unsafe-inline'; img-src 'self' https://*.vscode-cdn.net data:; font-src 'self' https://*.vscode-cdn.net"`
            .replaceAll("'", '&#39;'));
    });

    test('refuses a weak nonce or a source that would widen the policy', () => {
        expect(() => previewHtml({ ...options, nonce: 'abc' })).toThrow();
        expect(() => previewHtml({ ...options, cspSource: "https://x; script-src 'unsafe-inline'" })).toThrow();
        expect(() => previewHtml({ ...options, cspSource: "'self' 'unsafe-inline'" })).toThrow();
        expect(() => previewHtml({ ...options, cspSource: 'https://x, https://y' })).toThrow();
        expect(() => previewHtml({ ...options, cspSource: ' ' })).toThrow();
    });
});

describe.skipIf(chromiumMissing('the preview browser tests'))('preview webview in Chromium', () => {
    const { previewOf, withPreview } = usePreviewSession();
    let reference: PlanPreview;

    beforeAll(async () => {
        reference = await previewOf(referencePlan);
        expect(reference.model.errors).toBe(0);
    });

    test('the page runs under the strict policy, with the one nonce\'d script', async () => {
        await withPreview(async preview => {
            const page = await preview.page.evaluate(() => ({
                csp: document.querySelector('meta[http-equiv="Content-Security-Policy"]').getAttribute('content'),
                scripts: [...document.scripts].map((script: any) => script.nonce ? 'nonce' : 'none'),
            }));
            expect(page.csp).toBe(previewCsp('file:', 'cHJvai1wcmV2aWV3LXRlc3Q='));
            expect(page.csp).toBe("default-src 'none'; script-src 'nonce-cHJvai1wcmV2aWV3LXRlc3Q='; style-src file: 'unsafe-inline'; img-src file: data:; font-src file:");
            expect(page.scripts).toEqual(['nonce']);
            expect(await preview.posted()).toEqual([{ type: 'ready', tab: 'gantt', criticalOnly: false }]);
            expectNoProblems(preview);
        });
    });

    test(`a task named ${HOSTILE} shows as written and runs nothing`, async () => {
        await withPreview(async preview => {
            await preview.update(reference.model);
            await preview.page.click('#proj-tab-network');
            const shown = await preview.page.evaluate(() => {
                const svg = document.querySelector('#proj-view-gantt svg.proj-chart');
                return {
                    label: document.getElementById(`${svg.id}-t_survey-text`).textContent,
                    images: document.querySelectorAll('img').length,
                    handlers: [...document.querySelectorAll('*')].filter((element: any) => [...element.attributes].some((attribute: any) => /^on/i.test(attribute.name))).length,
                    foreign: [...document.querySelectorAll('svg foreignObject *')].map((element: any) => element.tagName.toLowerCase()),
                };
            });
            expect(shown.label.trim()).toBe(HOSTILE);
            expect(shown.images).toBe(0);
            expect(shown.handlers).toBe(0);
            expect(shown.foreign.filter(tag => !['div', 'span', 'p', 'br'].includes(tag))).toEqual([]);
            expectNoProblems(preview);
        });
    });

    test('network: critical nodes highlighted, the rest plain and never faded; the critical-only toggle asks the server', async () => {
        await withPreview(async preview => {
            await preview.update(reference.model);
            await preview.page.click('#proj-tab-network');
            const nodes = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-network g.node')]
                .map((node: any) => ({ id: node.getAttribute('data-proj-id'), classes: node.getAttribute('class'), opacity: getComputedStyle(node).opacity })));
            const work = reference.items.filter(item => item.kind !== 'phase');
            expect(nodes.map(node => node.id).sort()).toEqual(work.map(item => item.id).sort());
            expect(nodes.filter(node => node.classes.split(/\s+/).includes('critical')).map(node => node.id).sort())
                .toEqual(work.filter(item => item.critical).map(item => item.id).sort());
            expect(nodes.filter(node => node.classes.split(/\s+/).includes('noncritical')).map(node => node.id).sort())
                .toEqual(work.filter(item => !item.critical).map(item => item.id).sort());
            expect(nodes.every(node => node.opacity === '1')).toBe(true);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'network.png') });

            await preview.page.click('#proj-critical-only');
            expect((await preview.posted()).at(-1)).toEqual({ type: 'options', criticalOnly: true });
            const criticalOnly = await previewOf(referencePlan, { criticalOnly: true });
            await preview.update(criticalOnly.model);
            const shown = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-network g.node')].map((node: any) => node.getAttribute('data-proj-id')));
            expect(shown.sort()).toEqual(work.filter(item => item.critical).map(item => item.id).sort());
            expectNoProblems(preview);
        });
    });

    test('a click on a bar, its label or a node posts a reveal of its plan item', async () => {
        await withPreview(async preview => {
            await preview.update(reference.model);
            const svgId = await preview.page.evaluate(() => document.querySelector('#proj-view-gantt svg.proj-chart').id);
            // Near the bar's start: its label sits in the middle.
            await preview.page.click(`[id="${svgId}-t_fitout"]`, { position: { x: 6, y: 6 } });
            await preview.page.click(`[id="${svgId}-t_survey-text"]`);
            await preview.page.click('#proj-tab-network');
            await preview.page.click('#proj-view-network g.node[data-proj-id="moved"]');
            await preview.page.focus('#proj-view-network g.node[data-proj-id="it"]');
            await preview.page.keyboard.press('Enter');
            const reveals = (await preview.posted()).filter(message => message.type === 'reveal');
            expect(reveals).toEqual([
                { type: 'reveal', id: 'fitout' },
                { type: 'reveal', id: 'survey' },
                { type: 'reveal', id: 'moved' },
                { type: 'reveal', id: 'it' },
            ]);
            for (const { id } of reveals as Array<{ id: string }>) {
                expect(reference.model.locations[id]).toBeDefined();
            }
            expectNoProblems(preview);
        });
    });

    test('while the plan has errors the last chart stays, dimmed, with the error count and a link to Problems', async () => {
        const broken = await previewOf(referencePlan.replace('after survey +2d', 'after nowhere +2d'));
        expect(broken.model.errors).toBeGreaterThan(0);
        await withPreview(async preview => {
            await preview.update(reference.model);
            const before = await preview.page.evaluate(() => document.querySelector('#proj-view-gantt svg.proj-chart').id);
            await preview.update(broken.model);
            const during = await preview.page.evaluate(() => {
                const view = document.getElementById('proj-view-gantt');
                const errors = document.querySelector('.proj-errors');
                return {
                    svgId: view.querySelector('svg.proj-chart')?.id,
                    bars: view.querySelectorAll('rect.task').length,
                    stale: view.classList.contains('proj-stale'),
                    opacity: Number(getComputedStyle(view.querySelector('.proj-gantt-host')).opacity),
                    errorsShown: !errors.hidden,
                    errorText: errors.textContent,
                };
            });
            expect(during.svgId).toBe(before);
            expect(during.bars).toBeGreaterThan(0);
            expect(during.stale).toBe(true);
            expect(during.opacity).toBeLessThan(1);
            expect(during.errorsShown).toBe(true);
            expect(during.errorText).toContain(`${broken.model.errors} error`);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'errors.png') });
            await preview.page.click('.proj-problems-link');
            expect((await preview.posted()).at(-1)).toEqual({ type: 'showProblems' });

            await preview.update(reference.model);
            const after = await preview.page.evaluate(() => ({
                stale: document.getElementById('proj-view-gantt').classList.contains('proj-stale'),
                errorsShown: !document.querySelector('.proj-errors').hidden,
            }));
            expect(after).toEqual({ stale: false, errorsShown: false });
            expectNoProblems(preview);
        });
    });

    test('while the user types, the tab on show redraws alone; the others keep what they showed, dimmed, until a whole model comes', async () => {
        const renamed = referencePlan.replace('task fitout "Fit-out"', 'task fitout "Fit-out works"');
        const typed = await previewOf(renamed, { parts: ['gantt'] });
        const whole = await previewOf(renamed);
        expect(typed.model.parts).toEqual(['gantt']);
        expect(typed.model.budget).toBeUndefined();
        await withPreview(async preview => {
            const shown = () => preview.page.evaluate(() => ({
                gantt: document.querySelector('#proj-view-gantt').textContent.includes('Fit-out works'),
                budget: document.querySelector('#proj-view-budget').textContent.includes('Fit-out works'),
                budgetDrawn: document.querySelector('#proj-view-budget').textContent.includes('Fit-out'),
                budgetStale: document.getElementById('proj-view-budget').classList.contains('proj-stale'),
                ganttStale: document.getElementById('proj-view-gantt').classList.contains('proj-stale'),
            }));
            await preview.update(reference.model);
            expect(await shown()).toEqual({ gantt: false, budget: false, budgetDrawn: true, budgetStale: false, ganttStale: false });
            await preview.update(typed.model);
            expect(await shown()).toEqual({ gantt: true, budget: false, budgetDrawn: true, budgetStale: true, ganttStale: false });
            await preview.page.click('#proj-tab-budget');
            expect((await preview.posted()).at(-1)).toEqual({ type: 'tab', tab: 'budget' });
            // The extension answers a tab shown after a partial model with the whole model.
            await preview.update(whole.model);
            expect(await shown()).toEqual({ gantt: true, budget: true, budgetDrawn: true, budgetStale: false, ganttStale: false });
            expectNoProblems(preview);
        });
    });

    test('an edit redraws the Gantt in place: the table keeps the rows it did not change, and shows the changed one anew', async () => {
        const renamed = await previewOf(referencePlan.replace('task fitout "Fit-out"', 'task fitout "Fit-out works"'));
        await withPreview(async preview => {
            await preview.update(reference.model);
            await preview.page.evaluate(() => {
                for (const row of document.querySelectorAll('.proj-gantt-table-body [data-proj-id]')) {
                    row.dataset.testMark = 'before the edit';
                }
            });
            await preview.update(renamed.model);
            const rows = await preview.page.evaluate(() => [...document.querySelectorAll('.proj-gantt-table-body [data-proj-id]')]
                .map((row: any) => ({ id: row.dataset.projId, kept: row.dataset.testMark === 'before the edit', name: row.querySelector('.proj-row-name').textContent })));
            expect(rows.find(row => row.id === 'fitout')).toEqual({ id: 'fitout', kept: false, name: 'Fit-out works' });
            expect(rows.filter(row => row.id !== 'fitout').every(row => row.kept)).toBe(true);
            expect(rows.length).toBe(reference.model.gantt!.rows.length);
            expectNoProblems(preview);
        });
    });

    test('with errors from the start, or nothing to draw, the preview says why rather than go blank', async () => {
        const broken = await previewOf(referencePlan.replace('after survey +2d', 'after nowhere +2d'));
        const undated = await previewOf('project p "No start" {\n    task a { duration 2d }\n}\n');
        expect(undated.model.message).toBeDefined();
        await withPreview(async preview => {
            await preview.update(broken.model);
            expect(await preview.page.textContent('#proj-view-gantt')).toContain('the plan has errors');
            await preview.update(undated.model);
            expect(await preview.page.textContent('#proj-view-gantt')).toContain(undated.model.message!);
            expectNoProblems(preview);
        });
    });

    test('above the collapse threshold the Gantt shows phases as summary bars, says so, and offers to expand one', async () => {
        const collapsed = await previewOf(referencePlan, { collapseGanttAbove: 3, maxNetworkNodes: 3 });
        expect(collapsed.model.gantt!.collapsed).toBe(true);
        await withPreview(async preview => {
            await preview.update(collapsed.model);
            const shown = await preview.page.evaluate(() => ({
                bars: [...document.querySelectorAll('#proj-view-gantt rect.task[data-proj-id]')].map((rect: any) => rect.getAttribute('data-proj-id')),
                notice: document.querySelector('.proj-notice').hidden ? undefined : document.querySelector('.proj-notice').textContent,
                phases: [...document.querySelectorAll('#proj-phase option')].map((option: any) => option.value),
                selectorShown: !document.querySelector('.proj-phase').hidden,
            }));
            expect(shown.bars.sort()).toEqual(['delivery', 'initiation']);
            expect(shown.notice).toMatch(/summary bar/);
            expect(shown.selectorShown).toBe(true);
            expect(shown.phases).toEqual(['', 'initiation', 'delivery']);
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'collapsed.png') });

            await preview.page.selectOption('#proj-phase', 'delivery');
            expect((await preview.posted()).at(-1)).toEqual({ type: 'options', criticalOnly: false, expandedPhase: 'delivery' });
            const expanded = await previewOf(referencePlan, { collapseGanttAbove: 3, maxNetworkNodes: 3, expandedPhase: 'delivery' });
            await preview.update(expanded.model);
            const bars = await preview.page.evaluate(() => [...document.querySelectorAll('#proj-view-gantt rect.task[data-proj-id]')].map((rect: any) => rect.getAttribute('data-proj-id')));
            expect(bars.sort()).toEqual(['briefing', 'delivery', 'fitout', 'initiation', 'it', 'moved', 'survey']);

            // The network says it draws the critical chain only.
            await preview.page.click('#proj-tab-network');
            expect(await preview.page.textContent('.proj-notice')).toBe(expanded.model.network!.notice);
            expect(await preview.page.isDisabled('#proj-critical-only')).toBe(true);
            expectNoProblems(preview);
        });
    });

    test('a plan of 620 tasks draws quickly at the default limits: phases summarised, the network cut to the critical chain, both said', async () => {
        const lines = ['project big "Big" {', '    start 2027-01-04'];
        let previous: string | undefined;
        for (let phase = 0; phase < 20; phase++) {
            lines.push(`    phase p${phase} "Phase ${phase}" {`);
            for (let task = 0; task < 31; task++) {
                const id = `t${phase}_${task}`;
                lines.push(`        task ${id} { duration ${1 + task % 4}d${previous ? ` after ${previous}` : ''} }`);
                previous = task % 3 === 0 ? id : previous;
            }
            lines.push('    }');
        }
        lines.push('}');
        const big = await previewOf(lines.join('\n'), { collapseGanttAbove: 300, maxNetworkNodes: 60 });
        expect(big.model.errors).toBe(0);
        await withPreview(async preview => {
            const started = Date.now();
            await preview.update(big.model);
            expect(Date.now() - started).toBeLessThan(10_000);
            const gantt = await preview.page.evaluate(() => ({
                bars: document.querySelectorAll('#proj-view-gantt rect.task[data-proj-id]').length,
                notice: document.querySelector('.proj-notice').textContent,
            }));
            expect(gantt).toEqual({ bars: 20, notice: expect.stringMatching(/summary bar/) });
            await preview.page.click('#proj-tab-network');
            const nodes = await preview.page.evaluate(() => document.querySelectorAll('#proj-view-network g.node[data-proj-id]').length);
            expect(nodes).toBeGreaterThan(0);
            expect(nodes).toBeLessThanOrEqual(60);
            expect(await preview.page.textContent('.proj-notice')).toBe(big.model.network!.notice);
            expectNoProblems(preview);
        });
    });

    test('tab, zoom and scroll survive updates and a reload; stale renders are dropped', async () => {
        let saved: unknown;
        let percent = '';
        await withPreview(async preview => {
            await preview.update(reference.model);
            await preview.page.click('#proj-tab-network');
            // The network opens fitted to the pane; the user's zoom is kept from then on.
            await preview.page.waitForFunction(uri => window.__projState?.plans?.[uri]?.zoom?.network !== undefined, PLAN_URI);
            const fitted: number = await preview.page.evaluate(uri => window.__projState.plans[uri].zoom.network, PLAN_URI);
            const zoom = fitted * 1.25 * 1.25;
            percent = `${Math.round(zoom * 100)}%`;
            await preview.page.click('[data-action="zoom-in"]');
            await preview.page.click('[data-action="zoom-in"]');
            expect(await preview.page.textContent('.proj-zoom')).toBe(percent);
            await preview.page.evaluate(() => { document.getElementById('proj-view-network').scrollLeft = 200; });
            await preview.page.waitForFunction(uri => window.__projState?.plans?.[uri]?.scroll?.network?.left === 200, PLAN_URI);

            // Five models at once (both charts change): the webview draws the last, not each in turn.
            const names = ['One', 'Two', 'Three', 'Four', 'Five'];
            const models = await Promise.all(names.map(async (name, index) => (await previewOf(referencePlan
                .replace('"Fit-out"', `"Fit-out ${name}"`)
                .replace('duration 2d after fitout FF', `duration ${2 + index}d after fitout FF`))).model));
            await preview.page.evaluate(all => all.forEach(message => window.postMessage(message, '*')), models.map(updateMessage));
            await preview.page.waitForFunction(() => document.getElementById('proj-preview').dataset.rendered === '6');
            const after = await preview.page.evaluate(() => ({
                label: [...document.querySelectorAll('#proj-view-gantt text')].map((text: any) => text.textContent).find((text: string) => text.startsWith('Fit-out')),
                ganttRenders: Number(document.querySelector('#proj-view-gantt svg.proj-chart').id.replace('proj-gantt-', '')),
                tab: document.querySelector('[role="tab"][aria-selected="true"]').id,
                zoom: document.querySelector('.proj-zoom').textContent,
                scrollLeft: document.getElementById('proj-view-network').scrollLeft,
            }));
            expect(after.label?.trim()).toBe('Fit-out Five');
            expect(after.ganttRenders).toBeLessThanOrEqual(4);
            expect(after).toMatchObject({ tab: 'proj-tab-network', zoom: percent, scrollLeft: 200 });
            saved = await preview.page.evaluate(() => window.__projState);
            expect(saved).toMatchObject({ tab: 'network', uri: PLAN_URI, plans: { [PLAN_URI]: { scroll: { network: { left: 200, top: 0 } } } } });
            expect((saved as any).plans[PLAN_URI].zoom.network).toBeCloseTo(zoom, 3);
            expectNoProblems(preview);
        });
        await withPreview(async preview => {
            await preview.update(reference.model);
            const restored = await preview.page.evaluate(() => ({
                tab: document.querySelector('[role="tab"][aria-selected="true"]').id,
                zoom: document.querySelector('.proj-zoom').textContent,
                scrollLeft: document.getElementById('proj-view-network').scrollLeft,
            }));
            expect(restored).toEqual({ tab: 'proj-tab-network', zoom: percent, scrollLeft: 200 });
            expectNoProblems(preview);
        }, { state: saved as never });
    });

    test('export: the toolbar and the extension get a standalone SVG with the hostile text escaped', async () => {
        await withPreview(async preview => {
            await preview.update(reference.model);
            await preview.page.click('[data-action="export"]');
            await preview.page.evaluate(() => window.postMessage({ type: 'requestSvg', chart: 'gantt', requestId: 7 }, '*'));
            await preview.page.waitForFunction(() => window.__projPosted.some((message: any) => message.requestId === 7));
            const exports = (await preview.posted()).filter(message => message.type === 'exportSvg') as Array<{ chart: string; svg: string; requestId?: number }>;
            expect(exports.map(message => [message.chart, message.requestId])).toEqual([['gantt', undefined], ['gantt', 7]]);
            const svg = exports[1].svg;
            expect(svg.startsWith('<?xml')).toBe(true);
            expect(svg).toContain('xmlns="http://www.w3.org/2000/svg"');
            expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;: a;b #c');
            expect(svg).not.toContain('<img');
            expect(svg).not.toContain('data-proj-id');
            // Well-formed: the browser's XML parser reads it back.
            const parsed = await preview.page.evaluate(text => {
                const document = new DOMParser().parseFromString(text, 'image/svg+xml');
                return document.querySelector('parsererror') ? 'error' : document.documentElement.getElementsByTagName('rect').length;
            }, svg);
            expect(parsed).toBeGreaterThan(0);
            expectNoProblems(preview);
        });
    });

    test('dark and high-contrast themes draw in their colours; a theme change redraws', async () => {
        await withPreview(async preview => {
            await preview.update(reference.model);
            const colours = await preview.page.evaluate(() => ({
                background: getComputedStyle(document.body).backgroundColor,
                label: getComputedStyle(document.querySelector('#proj-view-gantt text.proj-label')).fill,
            }));
            expect(colours.background).toBe('rgb(30, 30, 30)');
            expect(colours.label).not.toBe('rgb(0, 0, 0)');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'gantt-dark.png') });
            await preview.page.click('#proj-tab-network');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'network-dark.png') });

            const before = await preview.page.evaluate(() => document.querySelector('#proj-view-network svg.proj-chart').id);
            await preview.page.evaluate(() => { document.body.className = 'vscode-high-contrast'; });
            await preview.page.waitForFunction(id => document.querySelector('#proj-view-network svg.proj-chart').id !== id
                && !document.getElementById('proj-preview').hasAttribute('aria-busy'), before);
            expect(await preview.page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(0, 0, 0)');
            await preview.page.screenshot({ path: join(SCREENSHOTS, 'network-high-contrast.png') });
            expectNoProblems(preview);
        }, { theme: 'vscode-dark' });
    });
});
