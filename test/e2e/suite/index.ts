// The editor suite's entry point (`extensionTestsPath`): VS Code's extension host calls `run`, in
// desktop VS Code (test/e2e/run-desktop.ts) and in code-server (test/e2e/code-server/). Each test
// file is bundled on its own as out/e2e/*.e2e.cjs; Mocha loads them. Results also go, one JSON
// line per test, to the file named by PROJ_E2E_REPORT, because code-server's extension host keeps
// its console to itself.
import { appendFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import Mocha from 'mocha';

export interface TestOutcome {
    readonly title: string;
    readonly state: 'passed' | 'failed';
    readonly ms?: number;
    readonly error?: string;
}

function report(outcome: TestOutcome): void {
    const line = `${outcome.state === 'passed' ? '✓' : '✗'} ${outcome.title}${outcome.error ? `\n    ${outcome.error}` : ''}`;
    console.log(line);
    if (process.env.PROJ_E2E_REPORT) {
        appendFileSync(process.env.PROJ_E2E_REPORT, JSON.stringify(outcome) + '\n');
    }
}

export async function run(): Promise<void> {
    const mocha = new Mocha({ ui: 'tdd', timeout: 60_000, reporter: 'dot', color: false });
    for (const file of readdirSync(__dirname).filter(name => name.endsWith('.e2e.cjs')).sort()) {
        mocha.addFile(join(__dirname, file));
    }
    const failures = await new Promise<number>(resolve => {
        const runner = mocha.run(resolve);
        runner.on('pass', test => report({ title: test.fullTitle(), state: 'passed', ms: test.duration }));
        runner.on('fail', (test, error: Error) => report({ title: test.fullTitle(), state: 'failed', error: error.stack ?? error.message }));
    });
    if (failures > 0) {
        throw new Error(`${failures} editor test${failures === 1 ? '' : 's'} failed.`);
    }
}
