// Mermaid as a Markdown host draws it: a blank page, offline, a Mermaid build loaded (the bundled
// one unless another is named) and set up as GitHub sets it, with strict security.
import * as path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { repoRoot } from './proj-command.js';

/** The text of each ```mermaid block of a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
    return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)].map(match => match[1]);
}

export interface MermaidPageOptions {
    /** The Mermaid build, from the repository's root: the bundled one by default. */
    readonly script?: string;
    readonly viewport?: { readonly width: number; readonly height: number };
}

/** A page with `window.mermaid` ready to render; nothing it asks for beyond file:// is fetched. */
export async function mermaidPage(browser: Browser, options: MermaidPageOptions = {}): Promise<Page> {
    const page = await browser.newPage({ viewport: options.viewport ?? { width: 1000, height: 800 } });
    await page.route('**/*', route => route.request().url().startsWith('file://') ? route.continue() : route.abort());
    await page.setContent('<!DOCTYPE html><html><body style="font-family: sans-serif"></body></html>');
    await page.addScriptTag({ path: path.join(repoRoot, options.script ?? path.join('out', 'mermaid.min.js')) });
    await page.evaluate(() => (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' }));
    return page;
}
