// Loads the preview webview in headless Chromium exactly as VS Code would: the HTML from
// preview-html.ts (same CSP and nonce), out/webview.js and media/preview.css from disk over file://,
// with `acquireVsCodeApi` stubbed to record what the webview posts. Nothing is served over a network.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { previewHtml } from '../../../client/src/preview/preview-html.js';
import type { PreviewModel } from '../../../language/src/preview/preview-protocol.js';
import { updateMessage, type FromWebview, type PreviewWebviewState } from '../../../client/webview/webview-messages.js';

// The page's globals: the root tsconfig has no DOM library, and these callbacks run in the page.
declare const window: any;
declare const document: any;

const ROOT = resolve(__dirname, '../../..');
const WEBVIEW_SCRIPT = join(ROOT, 'out/webview.js');
const STYLE = join(ROOT, 'media/preview.css');
const CHART_STYLE = join(ROOT, 'media/charts.css');

/** Builds out/webview.js if it is missing (`npm test` builds anyway). */
export function ensureWebviewBuilt(): void {
    if (!existsSync(WEBVIEW_SCRIPT)) {
        execFileSync(process.execPath, ['esbuild.mjs'], { cwd: ROOT, stdio: 'inherit' });
    }
}

export interface PreviewPage {
    readonly page: Page;
    /** What the webview posted, in order. */
    posted(): Promise<FromWebview[]>;
    /** CSP violations, console errors, uncaught errors and dialogs (alert, confirm…) seen so far. */
    readonly problems: { readonly csp: string[]; readonly console: string[]; readonly errors: string[]; readonly dialogs: string[] };
    /** Posts an update as the extension would, and waits until the webview has drawn it. */
    update(model: PreviewModel): Promise<void>;
    close(): Promise<void>;
}

export interface OpenOptions {
    /** VS Code's body class for the theme, e.g. 'vscode-dark'. */
    readonly theme?: string;
    readonly state?: PreviewWebviewState;
}

const NONCE = 'cHJvai1wcmV2aWV3LXRlc3Q=';

export async function openPreview(browser: Browser, options: OpenOptions = {}): Promise<PreviewPage> {
    const directory = mkdtempSync(join(tmpdir(), 'proj-preview-'));
    const html = previewHtml({
        cspSource: 'file:',
        nonce: NONCE,
        scriptUri: pathToFileURL(WEBVIEW_SCRIPT).href,
        styleUri: pathToFileURL(STYLE).href,
        chartStyleUri: pathToFileURL(CHART_STYLE).href,
    });
    // VS Code sets the theme class on <body> before the script runs.
    const themed = options.theme ? html.replace('<body>', `<body class="${options.theme}">`) : html;
    writeFileSync(join(directory, 'index.html'), themed);

    const context = await browser.newContext({ viewport: { width: 1400, height: 900 }, timezoneId: 'UTC', locale: 'en-GB' });
    const page = await context.newPage();
    const problems = { csp: [] as string[], console: [] as string[], errors: [] as string[], dialogs: [] as string[] };
    page.on('console', message => {
        if (message.type() === 'error') {
            problems.console.push(message.text());
        }
    });
    page.on('pageerror', error => problems.errors.push(error.message));
    page.on('dialog', dialog => {
        problems.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
        void dialog.dismiss();
    });
    await page.exposeFunction('__projCspViolation', (text: string) => problems.csp.push(text));
    await page.addInitScript((initialState: unknown) => {
        const posted: unknown[] = [];
        let state = initialState;
        window.__projPosted = posted;
        window.acquireVsCodeApi = () => ({
            postMessage: (message: unknown) => posted.push(JSON.parse(JSON.stringify(message))),
            getState: () => state,
            setState: (next: unknown) => {
                state = next;
                window.__projState = next;
            },
        });
        document.addEventListener('securitypolicyviolation', (event: any) => {
            window.__projCspViolation(`${event.violatedDirective} ${event.blockedURI}`);
        });
    }, options.state ?? null);
    await page.goto(pathToFileURL(join(directory, 'index.html')).href);
    await page.waitForFunction(() => window.__projPosted.some((message: any) => message.type === 'ready'));

    let updates = 0;
    return {
        page,
        problems,
        posted: () => page.evaluate(() => window.__projPosted),
        async update(model) {
            updates++;
            await page.evaluate(message => window.postMessage(message, '*'), updateMessage(model));
            await page.waitForFunction(count => document.getElementById('proj-preview').dataset.rendered === String(count), updates);
        },
        async close() {
            await context.close();
            rmSync(directory, { recursive: true, force: true });
        },
    };
}
