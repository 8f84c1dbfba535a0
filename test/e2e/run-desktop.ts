// `npm run test:e2e:desktop`: the editor suite (test/e2e/suite/) in desktop VS Code, downloaded by
// @vscode/test-electron, for machines that can reach VS Code's downloads. Not part of CI here: CI
// runs the same suite in code-server (test/e2e/editor-suite.test.ts).
import { runTests } from '@vscode/test-electron';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

async function main(): Promise<void> {
    const root = resolve(__dirname, '../..');
    const workspace = mkdtempSync(join(tmpdir(), 'proj-e2e-workspace-'));
    cpSync(join(root, 'examples'), workspace, { recursive: true });
    await runTests({
        version: '1.100.3',
        extensionDevelopmentPath: root,
        extensionTestsPath: join(root, 'out', 'e2e', 'index.cjs'),
        launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
}

main().catch(error => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
});
