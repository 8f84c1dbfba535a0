// Runs the editor suite (test/e2e/suite/, Mocha in the extension host) inside code-server with the
// packaged .vsix installed, and reports each of its tests here.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { TestOutcome } from './suite/index.js';
import { CodeServerSession } from './code-server/code-server-session.js';
import { editorTestsSkipped, exampleWorkspace, launchChromium, RESULTS_DIR, ROOT } from './support/editor-browser.js';

/** Every test of the suite, so that one that never ran fails here too. */
const EDITOR_TESTS = [
    'Diagnostics in the editor the example plan opens with no problems',
    'Diagnostics in the editor a dependency on an unknown task is marked on its id, and the mark clears when it is fixed',
    'Completion, hover and go to definition completion after `after` lists the plan\'s tasks and milestones',
    'Completion, hover and go to definition hover on a task shows its computed dates and float',
    'Completion, hover and go to definition go to definition on a dependency lands on the task it names',
    'The preview and its exports "Proj: Open Preview to the Side" opens the preview in the column beside the plan',
    'The preview and its exports "Proj: Export Plan as Markdown" writes the plan summary with its Mermaid diagrams',
    'The preview and its exports "Proj: Export Gantt as SVG" writes the chart the preview drew',
    'Formatting with format on save, saving a plan lays it out, and only its whitespace changes',
    '"Proj: New Plan" writes a starter plan with the name and start given, opens it, and the server finds nothing wrong',
];
const SUITE_TIMEOUT_MS = 300_000;

describe.skipIf(editorTestsSkipped('the editor suite in code-server'))('the editor suite in code-server, with the packaged extension installed', () => {
    let outcomes: TestOutcome[] = [];
    let exitCode: number | undefined;
    let session: CodeServerSession | undefined;

    beforeAll(async () => {
        const report = join(RESULTS_DIR, 'editor-suite.jsonl');
        mkdirSync(RESULTS_DIR, { recursive: true });
        rmSync(report, { force: true });
        session = await CodeServerSession.start({ env: { PROJ_E2E_REPORT: report }, logFile: join(RESULTS_DIR, 'code-server-suite.log') });
        const browser = await launchChromium();
        // The workbench's console: where it says why a test run could not start.
        const consoleLines: string[] = [];
        try {
            const page = await browser.newPage();
            page.on('console', message => consoleLines.push(`[${message.type()}] ${message.text()}`));
            // The workbench calls this when the suite ends, with the code and the window's logs.
            const exited = new Promise<number>(resolve => void page.exposeFunction('codeAutomationExit', (code: number, logs?: Array<{ relativePath: string; contents: string }>) => {
                writeFileSync(join(RESULTS_DIR, 'editor-suite-logs.txt'), (logs ?? []).map(log => `=== ${log.relativePath}\n${log.contents}`).join('\n'));
                resolve(code);
            }));
            const workspace = exampleWorkspace();
            await page.goto(session.url(workspace, [
                ['extensionDevelopmentPath', session.remoteUri(session.installedExtension)],
                ['extensionTestsPath', session.remoteUri(join(ROOT, 'out', 'e2e', 'index.cjs'))],
            ]));
            exitCode = await Promise.race([exited, new Promise<undefined>(resolve => setTimeout(resolve, SUITE_TIMEOUT_MS))]);
        } finally {
            await browser.close();
            writeFileSync(join(RESULTS_DIR, 'editor-suite-console.txt'), consoleLines.join('\n'));
        }
        outcomes = existsSync(report) ? readFileSync(report, 'utf8').trim().split('\n').filter(Boolean).map(line => JSON.parse(line) as TestOutcome) : [];
    });

    afterAll(async () => {
        await session?.stop();
    });

    test.each(EDITOR_TESTS)('%s', title => {
        const outcome = outcomes.find(candidate => candidate.title === title);
        expect(outcome, `did not run (suite exit code ${exitCode})`).toBeDefined();
        expect(outcome!.error).toBeUndefined();
        expect(outcome!.state).toBe('passed');
    });

    test('the suite ran nothing else and ended with exit code 0', () => {
        expect(outcomes.map(outcome => outcome.title).sort()).toEqual([...EDITOR_TESTS].sort());
        expect(exitCode).toBe(0);
    });
});
