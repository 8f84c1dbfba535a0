// A fresh clone installs with `npm ci` on any platform, and `npm install` leaves the lock alone.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { repoRoot } from '../cli/support/proj-command.js';
import { unlockedOptionalPackages } from '../../scripts/lockfile.mjs';

const lockFile = path.join(repoRoot, 'package-lock.json');
const committedLock = () => JSON.parse(readFileSync(lockFile, 'utf-8'));

describe('package-lock.json', () => {
    test('records every platform\'s build of the native packages, not only this machine\'s', () => {
        const packages = Object.keys(committedLock().packages);
        for (const name of ['@rollup/rollup-darwin-arm64', '@rollup/rollup-win32-x64-msvc', '@rollup/rollup-linux-x64-gnu',
            '@esbuild/darwin-arm64', '@esbuild/win32-x64', '@esbuild/linux-arm64', 'fsevents']) {
            expect(packages).toContain(`node_modules/${name}`);
        }
        expect(unlockedOptionalPackages(committedLock())).toEqual([]);
    });

    test('a lock written on one platform, without the others\' optional packages, is caught', () => {
        const lock = committedLock();
        for (const key of Object.keys(lock.packages)) {
            if (/node_modules\/(@rollup\/rollup-|@esbuild\/)(darwin|win32)/.test(key)) {
                delete lock.packages[key];
            }
        }
        const missing = unlockedOptionalPackages(lock);
        expect(missing).toContainEqual('node_modules/rollup needs @rollup/rollup-darwin-arm64');
        expect(missing).toContainEqual('node_modules/esbuild needs @esbuild/win32-x64');
    });

    // npm resolves the lock against the registry: this asks it for the packages' manifests.
    test('is what `npm install --package-lock-only` writes, so that installing never rewrites it', () => {
        const run = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'lockfile.mjs'), '--check'], { cwd: repoRoot, encoding: 'utf-8' });
        expect(run.stderr).toBe('');
        expect(run.stdout).toMatch(/^package-lock\.json is complete and up to date/);
        expect(run.status).toBe(0);
    }, 180_000);
});
