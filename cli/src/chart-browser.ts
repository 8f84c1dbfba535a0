// `proj export --format svg`: the charts are drawn by the preview's renderer, which needs a real
// browser (Mermaid lays text out with the browser's fonts), so the page the HTML export writes is
// opened in the machine's own Chromium or Chrome, headless and offline, and each chart is read
// back as a standalone SVG. No browser is ever downloaded: the user's is found, or named in
// PROJ_CHROMIUM.
import { existsSync } from 'node:fs';
import { UsageError } from './cli-error.js';

/** Where Chromium and Chrome install themselves, by platform. */
const KNOWN_BROWSERS: Readonly<Record<string, readonly string[]>> = {
    linux: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/snap/bin/chromium'],
    darwin: ['/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    win32: ['C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe', 'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe'],
};

export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: string = process.platform): string {
    const named = env.PROJ_CHROMIUM;
    if (named) {
        if (!existsSync(named)) {
            throw new UsageError(`PROJ_CHROMIUM names ${named}, which does not exist.`);
        }
        return named;
    }
    const found = (KNOWN_BROWSERS[platform] ?? []).find(candidate => existsSync(candidate));
    if (!found) {
        throw new UsageError('--format svg draws the charts in Chromium or Chrome, and none was found: install one (on Debian, apt-get install chromium) or set PROJ_CHROMIUM to its path.');
    }
    return found;
}

export type ExportTheme = 'light' | 'dark';

/** Opens an exported page in a headless browser and returns `chart` as the page's renderer draws it, standalone. */
export async function chartSvgFromPage(html: string, chart: 'gantt' | 'network', theme: ExportTheme): Promise<string> {
    const executablePath = findBrowser();
    // Loaded only here: the other commands need no browser.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({
        executablePath,
        args: [
            ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
            '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync',
        ],
    });
    try {
        const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, colorScheme: theme });
        // The page loads nothing: block anything that tries, in case.
        await page.route('**/*', route => route.abort());
        await page.setContent(html, { waitUntil: 'load' });
        const svg = await page.evaluate(async kind => {
            const charts = (globalThis as unknown as { projCharts?: { ready: Promise<void>; svg(chart: string): string | undefined } }).projCharts;
            await charts?.ready;
            return charts?.svg(kind);
        }, chart);
        if (!svg) {
            throw new UsageError(`the ${chart} chart could not be drawn.`);
        }
        return svg;
    } finally {
        await browser.close();
    }
}
