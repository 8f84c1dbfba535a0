import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        // The editor tests in code-server have their own run: test/e2e/vitest.config.ts.
        exclude: ['test/e2e/**', '**/node_modules/**'],
        testTimeout: 30_000,
        reporters: ['default', './test/support/plain-summary-reporter.ts'],
    },
});
