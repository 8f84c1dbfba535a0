import { defineConfig } from 'vitest/config';

export default defineConfig({
    test: {
        include: ['test/**/*.test.ts'],
        testTimeout: 30_000,
        reporters: ['default', './test/support/plain-summary-reporter.ts'],
    },
});
