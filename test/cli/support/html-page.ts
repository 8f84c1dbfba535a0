// The self-contained HTML pages of `proj export` and `proj report`: written to disk, checked as
// text, and opened as a reader opens them, from disk in headless Chromium, offline (every request
// but file:// refused), with a record of whatever a page must never do: break its CSP, load from
// elsewhere, open a dialog, throw.
import { mkdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { launchChromium } from '../../support/chromium.js';
import { GANTT_FIGURE_ID, NETWORK_FIGURE_ID, SCHEDULE_RISK_FIGURE_ID, type ExportedCharts } from '../../../client/webview/exported-charts.js';
import { proj, repoRoot } from './proj-command.js';

/**
 * Runs `proj <args> --format html --output <scratch>/html/<name>.html`, which must write the page
 * and print nothing, and returns the page's path and text.
 */
export function writeHtmlPage(scratch: { readonly dir: string }, args: string[], name: string): { file: string; html: string } {
    const output = path.join(scratch.dir, 'html', `${name}.html`);
    const run = proj([...args, '--format', 'html', '--output', output]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('');
    expect(run.status).toBe(0);
    return { file: output, html: readFileSync(output, 'utf-8') };
}

/** The most an exported page of a small plan weighs, renderer included. */
export const MAX_PAGE_BYTES = 1_200_000;

/** What the browser parses as markup: the page without the charts' data and the inlined renderer. */
export function markupOf(html: string): string {
    return html.slice(0, html.indexOf('<script'));
}

/** The charts' data the page carries (for its renderer), as the renderer reads it. */
export function chartsDataOf(html: string): ExportedCharts {
    const data = /<script type="application\/json" id="proj-charts">(.*?)<\/script>/s.exec(html);
    expect(data).not.toBeNull();
    return JSON.parse(data![1]) as ExportedCharts;
}

/**
 * What every page is, whatever it shows: one self-contained document under a strict CSP, the
 * preview's chart renderer (Mermaid inside, strict) inlined whole, its data a script that never
 * runs, its markup loading nothing. Returns the CSP's nonce.
 */
export function expectSelfContainedPage(html: string): string {
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n')).toBe(true);
    expect(html.endsWith('</html>\n')).toBe(true);
    const csp = /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'nonce-([A-Za-z0-9+/=]{16,})'; style-src 'unsafe-inline'; img-src data:">/.exec(html);
    expect(csp).not.toBeNull();
    const nonce = csp![1];
    // The charts' data, which is not a script the browser runs, then the renderer, with the nonce.
    const scripts = [...html.matchAll(/<script\b[^>]*>/g)].map(match => match[0]);
    expect(scripts).toEqual(['<script type="application/json" id="proj-charts">', `<script nonce="${nonce}">`]);
    expect(html).toContain('securityLevel:"strict"');
    // The renderer itself, whole, and the data's `<` escaped so it cannot end its element.
    expect(html).toContain(readFileSync(path.join(repoRoot, 'out', 'charts.js'), 'utf-8').slice(0, 2000));
    expect(html.length).toBeGreaterThan(readFileSync(path.join(repoRoot, 'out', 'charts.js'), 'utf-8').length);
    // Only the Mermaid the page draws (the Gantt and the flowchart), not every diagram Mermaid knows (3.6 MB).
    expect(html.length).toBeLessThan(MAX_PAGE_BYTES);
    expect(/<script type="application\/json" id="proj-charts">(.*?)<\/script>/s.exec(html)![1]).not.toContain('<');
    expect(markupOf(html)).not.toMatch(/\b(src|href)=|<link\b|<iframe\b|<img\b|https?:/i);
    return nonce;
}

/** An open page and what it did while loading. */
export interface LoadedPage {
    readonly page: Page;
    /** CSP violations, as `directive blocked-uri`. */
    readonly violations: string[];
    /** What the page asked for that is not file:// (and was refused). */
    readonly refused: string[];
    /** The messages of dialogs (alert, confirm…), dismissed. */
    readonly dialogs: string[];
    /** Uncaught errors and console errors. */
    readonly errors: string[];
}

export interface PageOptions {
    /** The page's file on disk. */
    readonly file: string;
    /** The screenshot's name, without `.png`. */
    readonly screenshot: string;
    readonly colorScheme?: 'light' | 'dark';
}

export interface HtmlPages {
    /**
     * Opens the page, waits until its renderer has drawn its charts and any late event (a violation,
     * a dialog) has had time to arrive, screenshots it, runs `run` on it and closes it.
     */
    readonly withPage: (options: PageOptions, run: (loaded: LoadedPage) => Promise<void>) => Promise<void>;
}

/**
 * One Chromium for the calling `describe`, launched before its tests and closed after them.
 * `charts` is how many charts a page's renderer draws (the Gantt picture, the network, the schedule
 * risk chart; 0 for a
 * page that has no renderer); screenshots go to
 * test-results/<screenshots>.
 */
export function useHtmlPages(options: { readonly screenshots: string; readonly charts: number }): HtmlPages {
    const screenshots = path.join(repoRoot, 'test-results', options.screenshots);
    let browser: Browser | undefined;
    beforeAll(async () => {
        browser = await launchChromium();
        mkdirSync(screenshots, { recursive: true });
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
    });

    async function open(file: string, screenshot: string, colorScheme: 'light' | 'dark'): Promise<LoadedPage> {
        const page = await browser!.newPage({ viewport: { width: 1280, height: 900 }, colorScheme });
        const refused: string[] = [];
        const dialogs: string[] = [];
        const errors: string[] = [];
        await page.route('**/*', route => {
            const url = route.request().url();
            if (url.startsWith('file://')) {
                return route.continue();
            }
            refused.push(url);
            return route.abort();
        });
        page.on('dialog', dialog => {
            dialogs.push(dialog.message());
            void dialog.dismiss();
        });
        page.on('pageerror', error => errors.push(error.message));
        page.on('console', message => {
            if (message.type() === 'error') {
                errors.push(message.text());
            }
        });
        await page.addInitScript(`
            window.__cspViolations = [];
            document.addEventListener('securitypolicyviolation', event => {
                window.__cspViolations.push(event.violatedDirective + ' ' + event.blockedURI);
            });
        `);
        await page.goto(pathToFileURL(file).href);
        // A page without the renderer (its charts inline SVG already) has nothing to wait for.
        if (options.charts > 0) {
            await page.evaluate('window.projCharts.ready');
            expect(await page.evaluate(`document.querySelectorAll('#${GANTT_FIGURE_ID} svg.proj-chart, #${NETWORK_FIGURE_ID} > svg, #${SCHEDULE_RISK_FIGURE_ID} > svg').length`)).toBe(options.charts);
        }
        // Let any late event (a violation, a dialog) arrive.
        await page.waitForTimeout(250);
        await page.screenshot({ path: path.join(screenshots, `${screenshot}.png`), fullPage: true });
        const violations = await page.evaluate<string[]>('window.__cspViolations');
        return { page, refused, dialogs, errors, violations };
    }

    return {
        withPage: async ({ file, screenshot, colorScheme = 'light' }, run) => {
            const loaded = await open(file, screenshot, colorScheme);
            try {
                await run(loaded);
            } finally {
                await loaded.page.close();
            }
        },
    };
}

/** The page broke no CSP rule, asked for nothing beyond its file, opened no dialog and threw nothing. */
export function expectNoProblems(problems: Omit<LoadedPage, 'page'>): void {
    expect(problems.violations).toEqual([]);
    expect(problems.refused).toEqual([]);
    expect(problems.dialogs).toEqual([]);
    expect(problems.errors).toEqual([]);
}
