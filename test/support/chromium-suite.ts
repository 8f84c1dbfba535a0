// One headless Chromium for the calling `describe`: launched before its tests, closed after them.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from './chromium.js';

/** The suite's browser, for its tests (launched in its `beforeAll`). */
export function useChromium(): () => Browser {
    let browser: Browser | undefined;
    beforeAll(async () => {
        browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
        await browser?.close();
    });
    return () => browser!;
}
