/// <reference lib="dom" />
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PREVIEW_REQUEST, type PreviewAnswer, type PreviewModel } from '../language/src/preview/preview-protocol.js';
import { TAB_PARTS, type ChartKind, type ToWebview } from '../client/webview/webview-messages.js';
import { previewMermaidConfig } from '../client/webview/mermaid-renderer.js';
import { sizedGanttText, type GanttLayout } from '../client/webview/gantt/gantt-layout.js';
import { networkDrawingText } from '../client/webview/network/network-text.js';
import { chartPalette } from '../client/webview/theme/chart-palette.js';
import type { PlanInput } from '../language/src/engine/plan-model.js';
import { schedulePlan } from '../language/src/engine/scheduler.js';
import { linkedPlanText } from '../test/support/linked-plans.js';
import { generatePlan, planText } from './generate-plan.js';
import { LanguageServerSession } from './language-server-session.js';
import { formatMs } from './measure.js';

const CHROMIUM = '/usr/bin/chromium';
/** The width of the page the webview is measured in (test/preview/support/preview-page.ts). */
const WEBVIEW_WIDTH = 1400;

export interface PreviewFigure {
    readonly label: string;
    readonly tasks: number;
    readonly chart: ChartKind;
    /** The language server's answer and the extension's message to the webview made of it. */
    readonly serverMs: number;
    readonly browserMs: number;
    /** Of the browser's part, Mermaid's own rendering. */
    readonly mermaidInWebviewMs: number;
    readonly mermaidAloneMs: number;
    /** Edit-to-chart over Mermaid alone, edit by edit (each pair run back to back), the median. */
    readonly ratio: number;
}

interface PreviewCase {
    readonly tasks: number;
    readonly chart: ChartKind;
    /** What the row shows, and the target it is held to. */
    readonly label: 'gantt' | 'gantt-default' | 'network';
    readonly collapseGanttAbove: number;
    /**
     * The plan: the benchmarks' wide plan of finish-to-start links, or one with every link type,
     * lags, leads and progress (test/support/linked-plans.ts), whose Gantt has arrows of each kind.
     */
    readonly plan: 'wide' | 'linked';
    /** The most nodes the network draws (the setting's default, 60, unless said). */
    readonly maxNetworkNodes?: number;
}

const DEFAULT_COLLAPSE_ABOVE = 300;
/** A threshold no benchmark plan reaches: the Gantt drawn bar by bar, as Mermaid alone draws it. */
const NEVER_COLLAPSE = 1_000_000;

const CASES: readonly PreviewCase[] = [
    { tasks: 50, chart: 'gantt', label: 'gantt', collapseGanttAbove: NEVER_COLLAPSE, plan: 'linked' },
    { tasks: 200, chart: 'gantt', label: 'gantt', collapseGanttAbove: NEVER_COLLAPSE, plan: 'linked' },
    { tasks: 1_000, chart: 'gantt', label: 'gantt', collapseGanttAbove: NEVER_COLLAPSE, plan: 'linked' },
    { tasks: 1_000, chart: 'gantt', label: 'gantt-default', collapseGanttAbove: DEFAULT_COLLAPSE_ABOVE, plan: 'linked' },
    { tasks: 200, chart: 'network', label: 'network', collapseGanttAbove: DEFAULT_COLLAPSE_ABOVE, plan: 'wide' },
    { tasks: 1_000, chart: 'network', label: 'network', collapseGanttAbove: DEFAULT_COLLAPSE_ABOVE, plan: 'wide' },
    { tasks: 5_000, chart: 'network', label: 'network', collapseGanttAbove: DEFAULT_COLLAPSE_ABOVE, plan: 'wide' },
    // The whole network of a plan the network view is made to keep readable, wrapped into rows.
    { tasks: 150, chart: 'network', label: 'network', collapseGanttAbove: DEFAULT_COLLAPSE_ABOVE, plan: 'linked', maxNetworkNodes: 150 },
];
/**
 * Edits before timing starts, so that the server and the page run at the speed they keep while
 * someone types: the server's code takes a few dozen edits to be fully compiled. Up to this many
 * edits or this long, whichever comes first, on each plan size.
 */
const SERVER_WARM_UP = { edits: 60, ms: 5_000 };
const WARM_UP_EDITS = 2;
const TIMED_EDITS = 21;
const NETWORK_TARGET_MS = 1_000;
const GANTT_TARGET_RATIO = 1.25;
const GANTT_TARGET_FROM = 200;
const FIRST_DRAW_TARGET_MS = 1_500;

function median(values: number[]): number {
    const sorted = [...values].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
}

/**
 * Plain Mermaid in a blank page, with the preview's settings: the baseline an edit-to-chart time
 * is compared with.
 */
async function mermaidAlonePage(browser: Browser, root: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: WEBVIEW_WIDTH, height: 900 } });
    await page.setContent('<!DOCTYPE html><html><body></body></html>');
    await page.addScriptTag({ path: join(root, 'out', 'mermaid.min.js') });
    await page.evaluate(config => (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize(config), previewMermaidConfig(chartPalette('light')));
    return page;
}

let aloneRenders = 0;

/** Plain Mermaid renders `text` and places the SVG, timed inside the page. */
function renderAlone(page: Page, text: string): Promise<number> {
    return page.evaluate(async ({ text, id }) => {
        const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
        const started = performance.now();
        const { svg } = await mermaid.render(id, text);
        document.body.innerHTML = svg;
        // Laid out, as the preview's chart is when it has drawn (it restores the scroll position).
        document.body.getBoundingClientRect();
        return performance.now() - started;
    }, { text, id: `alone${++aloneRenders}` });
}

/**
 * Posts an update to the preview webview as the extension does and times, inside the page like
 * the Mermaid-alone figure, until the chart on show has drawn it (`data-shown`).
 */
function renderInWebview(page: Page, message: ToWebview): Promise<number> {
    return page.evaluate(message => new Promise<number>(resolve => {
        const root = document.getElementById('proj-preview')!;
        const update = String(Number(root.dataset.received ?? 0) + 1);
        const started = performance.now();
        const observer = new MutationObserver(() => {
            if (root.dataset.shown === update) {
                observer.disconnect();
                // Laid out, as Mermaid alone's chart is when it is timed.
                document.body.getBoundingClientRect();
                resolve(performance.now() - started);
            }
        });
        observer.observe(root, { attributes: true, attributeFilter: ['data-shown'] });
        window.postMessage(message, '*');
    }), message);
}

/**
 * Until the webview has also drawn the hidden tab (after a pause in updates), so that this drawing
 * does not compete for the machine's two cores with what is timed next.
 */
function webviewIdle(page: Page): Promise<unknown> {
    return page.waitForFunction(() => {
        const root = document.getElementById('proj-preview')!;
        return root.dataset.rendered === root.dataset.received;
    });
}

/** Until the page has painted what it drew last (and what it does in the frame after, such as the table's margin rows). */
function painted(page: Page): Promise<unknown> {
    return page.evaluate(() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** The Gantt's Mermaid text with the sizes the webview drew it at (its layout, read from the page). */
async function ganttTextInWebview(page: Page, model: PreviewModel): Promise<string | undefined> {
    const sizes = await page.evaluate(() => {
        const root = document.querySelector<HTMLElement>('#proj-view-gantt .proj-gantt');
        return root ? { layout: root.dataset.layout!, tickInterval: root.dataset.tickInterval! } : undefined;
    });
    return sizes && model.gantt && sizedGanttText(model.gantt.mermaid, JSON.parse(sizes.layout) as GanttLayout, sizes.tickInterval);
}

/** How long Mermaid itself took in the webview's last update. */
function mermaidInWebview(page: Page): Promise<number> {
    return page.evaluate(() => performance.getEntriesByName('proj-mermaid').at(-1)?.duration ?? 0);
}

/**
 * Edits the duration of the task in the middle of a linked plan, to a new length each time: the
 * edit moves its bar, its successors' bars and their arrows.
 */
function middleTaskEdit(text: string, tasks: number): (edit: number) => string {
    let middle = Math.floor(tasks / 2);
    while (!new RegExp(`task t${middle} "Item ${middle}" \\{ duration \\d+d`).test(text)) {
        middle++;
    }
    const header = new RegExp(`task t${middle} "Item ${middle}" \\{ duration \\d+d`);
    return edit => text.replace(header, `task t${middle} "Item ${middle}" { duration ${1 + edit % 5}d`);
}

/** The plan of a case as text, and the edit that the case times. */
function caseSource({ plan, tasks }: PreviewCase): { text: string; edited: (edit: number) => string } {
    if (plan === 'linked') {
        const text = linkedPlanText(tasks);
        return { text, edited: middleTaskEdit(text, tasks) };
    }
    const input = generatePlan(tasks);
    const text = planText(input);
    return { text, edited: criticalTaskEdit(input, text) };
}

/**
 * Edits the duration of a task in the middle of the critical chain, to a new length each time:
 * every edit moves bars and dates in both charts, as a user's would.
 */
function criticalTaskEdit(plan: PlanInput, text: string): (edit: number) => string {
    const chain = schedulePlan(plan).criticalPaths[0].filter(id => plan.items.find(item => item.id === id)?.kind === 'task');
    const task = chain[Math.floor(chain.length / 2)];
    const header = new RegExp(`task ${task} \\{ duration \\d+d`);
    // Longer than any generated task, so the task stays on the critical chain.
    return edit => text.replace(header, `task ${task} { duration ${11 + edit % 6}d`);
}

function describe(figure: PreviewFigure): string {
    const total = figure.serverMs + figure.browserMs;
    const parts = `edit to chart ${formatMs(total).padStart(8)} (server ${formatMs(figure.serverMs)} + browser ${formatMs(figure.browserMs)}, Mermaid's part ${formatMs(figure.mermaidInWebviewMs)}); Mermaid alone ${formatMs(figure.mermaidAloneMs)}`;
    const ratio = figure.ratio;
    switch (figure.label) {
        case 'gantt':
            // The target is set at 200 bars and more: below, Mermaid's own time is too short to compare with.
            return `${parts}: ${ratio.toFixed(2)}x edit by edit (arrows, table and progress drawn)${figure.tasks < GANTT_TARGET_FROM ? '' : `, target <= ${GANTT_TARGET_RATIO}x ${ratio <= GANTT_TARGET_RATIO ? 'met' : 'MISSED'}`}`;
        case 'network':
            // The target is the drawing: the rebuild before it is the same whichever view is on show.
            return `${parts}; drawn in ${formatMs(figure.browserMs)}, target < 1 s ${figure.browserMs < NETWORK_TARGET_MS ? 'met' : 'MISSED'}`;
        default:
            return `${parts} (phases collapsed above ${DEFAULT_COLLAPSE_ABOVE}, the default)`;
    }
}

/**
 * The example opened in a new preview: from a fresh page (its script loaded, Mermaid started) to
 * the Gantt drawn, as when a user first opens the preview. The median of a few.
 */
async function benchFirstDraw(root: string, session: LanguageServerSession, browser: Browser, openWebview: (browser: Browser) => Promise<Page>): Promise<void> {
    const uri = 'file:///bench/office-move.proj';
    await session.open(uri, readFileSync(join(root, 'examples', 'office-move.proj'), 'utf8'));
    const { model } = await session.request<PreviewAnswer>(PREVIEW_REQUEST, { uri, collapseGanttAbove: DEFAULT_COLLAPSE_ABOVE, maxNetworkNodes: 60 });
    const totals: number[] = [];
    const draws: number[] = [];
    for (let run = 0; run < 5; run++) {
        const started = performance.now();
        const page = await openWebview(browser);
        const drawMs = await renderInWebview(page, { type: 'update', model });
        totals.push(performance.now() - started);
        draws.push(drawMs);
        await page.context().close();
    }
    const total = median(totals);
    console.log(`preview  first draw of the example: ${formatMs(total)} from a new page to the Gantt drawn (the draw itself ${formatMs(median(draws))}), `
        + `target < ${FIRST_DRAW_TARGET_MS / 1000} s ${total < FIRST_DRAW_TARGET_MS ? 'met' : 'MISSED'}`);
}

/**
 * Edit-to-chart through the real language server and the real webview: the server's part
 * (rebuild, schedule and Mermaid text, from the change notification to the preview's answer) and
 * the browser's part (the webview drawing the model), beside plain Mermaid rendering the same
 * chart text in the same browser. Each case warms up with a few edits, as typing does, then
 * takes the median of the timed ones.
 */
export async function benchPreview(root: string, openWebview: (browser: Browser) => Promise<Page>, cases = CASES): Promise<PreviewFigure[]> {
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
        const opened = new Set<string>();
        for (const previewCase of cases) {
            const { tasks, chart, label, collapseGanttAbove } = previewCase;
            const uri = `file:///bench/preview-${previewCase.plan}-${tasks}.proj`;
            const { text, edited } = caseSource(previewCase);
            if (!opened.has(uri)) {
                await session.open(uri, text);
                opened.add(uri);
                const warmUpEnds = performance.now() + SERVER_WARM_UP.ms;
                for (let edit = 0; edit < SERVER_WARM_UP.edits && performance.now() < warmUpEnds; edit++) {
                    const { published } = await session.change(uri, edited(edit));
                    await session.request<PreviewAnswer>(PREVIEW_REQUEST, { uri, collapseGanttAbove, maxNetworkNodes: previewCase.maxNetworkNodes ?? 60, parts: TAB_PARTS[chart] });
                    await published;
                }
            }
            await webview.click(`#proj-tab-${chart}`);
            const serverTimes: number[] = [];
            const browserTimes: number[] = [];
            const aloneTimes: number[] = [];
            const mermaidTimes: number[] = [];
            const ratios: number[] = [];
            const params = { uri, collapseGanttAbove, maxNetworkNodes: previewCase.maxNetworkNodes ?? 60 };
            for (let edit = 0; edit < WARM_UP_EDITS + TIMED_EDITS; edit++) {
                // As when someone types, the frames drawn for the edit before are painted first.
                await painted(webview);
                await painted(alone);
                const started = performance.now();
                const { published } = await session.change(uri, edited(edit));
                // As the extension asks while the user types: the part the tab on show draws.
                const answer = await session.request<PreviewAnswer>(PREVIEW_REQUEST, { ...params, parts: TAB_PARTS[chart] });
                // The extension's part too: the message it posts to the webview, the server's JSON relayed.
                const message: ToWebview = { type: 'update', model: answer.model };
                const serverMs = performance.now() - started;
                const model: PreviewModel = JSON.parse(answer.model);
                // Plain Mermaid draws the very text the webview draws (sized for the same page
                // width), back to back with it, first one then the other, so that both meet the
                // same machine load.
                const inWebview = async () => {
                    const ms = await renderInWebview(webview, message);
                    const mermaidMs = await mermaidInWebview(webview);
                    await webviewIdle(webview);
                    return { ms, mermaidMs };
                };
                // The webview sizes the Gantt text for its pane before Mermaid draws it: the same
                // text, as the webview drew it last time (the sizes move little between edits).
                // The network as the webview draws it: left to right at its own font size.
                let drawn = chart === 'gantt' ? await ganttTextInWebview(webview, model) : model.network && networkDrawingText(model.network.mermaid);
                let aloneMs = edit % 2 === 1 && drawn ? await renderAlone(alone, drawn) : 0;
                const { ms: browserMs, mermaidMs } = await inWebview();
                drawn = chart === 'gantt' ? await ganttTextInWebview(webview, model) : drawn;
                aloneMs ||= await renderAlone(alone, drawn!);
                // Then, as the extension does once the diagnostics are published, every part (untimed).
                await published;
                const full = await session.request<PreviewAnswer>(PREVIEW_REQUEST, params);
                await renderInWebview(webview, { type: 'update', model: full.model });
                await webviewIdle(webview);
                if (edit >= WARM_UP_EDITS) {
                    serverTimes.push(serverMs);
                    browserTimes.push(browserMs);
                    mermaidTimes.push(mermaidMs);
                    aloneTimes.push(aloneMs);
                    ratios.push((serverMs + browserMs) / aloneMs);
                }
            }
            const figure = { label, tasks, chart, serverMs: median(serverTimes), browserMs: median(browserTimes), mermaidInWebviewMs: median(mermaidTimes), mermaidAloneMs: median(aloneTimes), ratio: median(ratios) };
            figures.push(figure);
            console.log(`preview  ${label.padEnd(13)} ${String(tasks).padStart(5)} tasks  ${describe(figure)}`);
        }
        await benchFirstDraw(root, session, browser, openWebview);
    } finally {
        session.dispose();
        await browser.close();
    }
    return figures;
}
