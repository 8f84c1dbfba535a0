// The headless Chromium that the browser tests (the preview webview, the exported HTML pages) run
// in: the system's, driven by playwright-core, with nothing that reaches out to a network.
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';

export function launchChromium(): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM,
        headless: true,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
    });
}

/** True when there is no Chromium, saying which tests are skipped (a silent skip looks like a pass). */
export function chromiumMissing(skipped: string): boolean {
    const missing = !existsSync(CHROMIUM);
    if (missing) {
        console.warn(`Skipping ${skipped}: no Chromium at ${CHROMIUM}.`);
    }
    return missing;
}
