import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

// The editor tests: real code-server, real Chromium. One file at a time, with time to start both.
export default defineConfig({
    test: {
        root: fileURLToPath(new URL('../..', import.meta.url)),
        include: ['test/e2e/*.test.ts'],
        fileParallelism: false,
        testTimeout: 120_000,
        hookTimeout: 600_000,
        reporters: ['default', './test/support/plain-summary-reporter.ts'],
    },
});
