// Types of scripts/lockfile.mjs, for the test that runs it (test/install/lockfile.test.ts).
export function unlockedOptionalPackages(lock: { packages?: Record<string, unknown> }): string[];
