import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a run with one plain line, `N passed, N failed, N skipped`, that CI systems read
 * whatever the test runner (vitest's own summary is styled for people).
 */
export default class PlainSummaryReporter implements Reporter {
    private summary = '';

    onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
        const counts = { passed: 0, failed: 0, skipped: 0, pending: 0 };
        for (const module of testModules) {
            for (const test of module.children.allTests()) {
                counts[test.result().state]++;
            }
        }
        this.summary = `${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`;
    }

    // Printed in the last hook, after vitest's own summary, so that it is the closing line.
    onFinished(): void {
        process.stdout.write(`\n${this.summary}\n`);
    }
}
