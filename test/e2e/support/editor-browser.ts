// What both code-server tests share: the prerequisites, a fresh copy of the examples to open, and
// Debian's Chromium driving the workbench.
import { cpSync, existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { missingPrerequisites } from '../code-server/code-server-install.js';
import { VSIX } from '../code-server/code-server-session.js';

export const ROOT = resolve(__dirname, '../../..');
/** Screenshots, reports and logs of the editor tests: CI keeps them as artifacts. */
export const RESULTS_DIR = join(ROOT, 'test-results', 'e2e');
const CHROMIUM = '/usr/bin/chromium';

/** Why the editor tests cannot run here, if they cannot. */
function editorTestsUnavailable(): string | undefined {
    const missing = [...(existsSync(CHROMIUM) ? [] : ['chromium']), ...missingPrerequisites()];
    if (missing.length > 0) {
        return `apt-get install -y ${missing.join(' ')}`;
    }
    if (!existsSync(VSIX)) {
        return `no ${VSIX}: run npm run package`;
    }
    return undefined;
}

/**
 * Why a file of editor tests is skipped here, if it is; says so on the console. In CI (`CI` set)
 * nothing may be skipped: it throws instead.
 */
export function editorTestsSkipped(what: string): string | undefined {
    const reason = editorTestsUnavailable();
    if (reason && process.env.CI) {
        throw new Error(`The editor tests must run in CI: ${reason}`);
    }
    if (reason) {
        console.warn(`Skipping ${what}: ${reason}`);
    }
    return reason;
}

/** A copy of examples/ in a new folder, so that the tests' edits never touch the repository. */
export function exampleWorkspace(): string {
    const folder = mkdtempSync(join(tmpdir(), 'proj-e2e-workspace-'));
    cpSync(join(ROOT, 'examples'), folder, { recursive: true });
    return folder;
}

export function launchChromium(): Promise<Browser> {
    return chromium.launch({
        executablePath: CHROMIUM,
        args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
    });
}
