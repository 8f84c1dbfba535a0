/// <reference lib="dom" />
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PREVIEW_REQUEST, type PreviewModel } from '../language/src/preview/preview-protocol.js';
import { ganttMermaidFor } from '../client/webview/mermaid-renderer.js';
import { generatePlan, planText } from './generate-plan.js';
import { LanguageServerSession } from './language-server-session.js';
import { formatMs } from './measure.js';

const CHROMIUM = '/usr/bin/chromium';
/** The width of the page the webview is measured in (test/preview/support/preview-page.ts). */
const WEBVIEW_WIDTH = 1400;

export interface PreviewFigure {
    tasks: number;
    serverMs: number;
    browserMs: number;
    mermaidAloneMs: number;
}

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/** Plain Mermaid in a blank page: the baseline an edit-to-chart time is compared with. */
async function mermaidAlonePage(browser: Browser, root: string): Promise<Page> {
    const page = await browser.newPage();
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ path: join(root, 'out', 'mermaid.min.js') });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', maxTextSize: 10_000_000, maxEdges: 100_000 }));
    return page;
}

async function renderAlone(page: Page, text: string, runs: number): Promise<number> {
    const times: number[] = [];
    for (let run = 0; run < runs; run++) {
        times.push(await page.evaluate(async ({ text, run }) => {
            const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            const started = performance.now();
            const { svg } = await mermaid.render(`alone${run}`, text);
            document.body.innerHTML = svg;
            return performance.now() - started;
        }, { text, run }));
    }
    return median(times);
}

/**
 * Posts an update to the preview webview as the extension does and times, inside the page like
 * the Mermaid-alone figure, until the chart on show has drawn it (`data-shown`).
 */
function renderInWebview(page: Page, model: PreviewModel, update: number): Promise<number> {
    return page.evaluate(({ model, update }) => new Promise<number>(resolve => {
        const root = document.getElementById('proj-preview')!;
        const started = performance.now();
        const observer = new MutationObserver(() => {
            if (root.dataset.shown === String(update)) {
                observer.disconnect();
                resolve(performance.now() - started);
            }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-shown'] });
        window.postMessage({ type: 'update', model }, '*');
    }), { model, update });
}

/**
 * Edit-to-chart for plans of 50, 200 and 1,000 tasks: the server's part (rebuild, schedule and
 * Mermaid text, through the real language server) and the browser's part (the webview rendering
 * the model), beside plain Mermaid rendering the same chart text in the same browser.
 */
export async function benchPreview(root: string, openWebview: (browser: Browser) => Promise<Page>, sizes = [50, 200, 1_000]): Promise<PreviewFigure[]> {
    if (!existsSync(CHROMIUM)) {
        console.log('preview  chromium not installed (apt-get install chromium): no browser figures');
        return [];
    }
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'] });
    const session = new LanguageServerSession(root);
    const figures: PreviewFigure[] = [];
    try {
        await session.initialize();
        const alone = await mermaidAlonePage(browser, root);
        const webview = await openWebview(browser);
        let updates = 0;
        for (const tasks of sizes) {
            const uri = `file:///bench/preview-${tasks}.proj`;
            const text = planText(generatePlan(tasks));
            await session.open(uri, text);
            const serverTimes: number[] = [];
            const browserTimes: number[] = [];
            let model: PreviewModel | undefined;
            for (let edit = 2; edit <= 6; edit++) {
                const started = performance.now();
                await session.change(uri, text.replace('duration 3d', `duration ${edit}d`));
                model = await session.request<PreviewModel>(PREVIEW_REQUEST, { uri });
                serverTimes.push(performance.now() - started);
                browserTimes.push(await renderInWebview(webview, model, ++updates));
            }
            const figure = {
                tasks,
                serverMs: median(serverTimes),
                browserMs: median(browserTimes),
                // The very text the webview draws: the server's, sized for the same page width.
                mermaidAloneMs: await renderAlone(alone, ganttMermaidFor(model!, WEBVIEW_WIDTH - 24)!, 3),
            };
            figures.push(figure);
            const total = figure.serverMs + figure.browserMs;
            console.log(`preview  ${String(tasks).padStart(7)} tasks  edit to Gantt ${formatMs(total)} (server ${formatMs(figure.serverMs)} + browser ${formatMs(figure.browserMs)}); Mermaid alone ${formatMs(figure.mermaidAloneMs)}: ${(total / figure.mermaidAloneMs).toFixed(2)}x, target <= 1.2x ${total <= 1.2 * figure.mermaidAloneMs ? 'met' : 'MISSED'}`);
        }
    } finally {
        session.dispose();
        await browser.close();
    }
    return figures;
}
