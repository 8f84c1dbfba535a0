// The `proj` command run as users run it: the built binary (`npm test` builds first).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll } from 'vitest';

export const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const binary = path.join(repoRoot, 'bin', 'proj.js');

export interface Run {
    status: number | null;
    stdout: string;
    stderr: string;
    /** The lines of stdout, without the final empty one. */
    lines: string[];
}

/** Runs `proj <args>` in `cwd` (the repository root by default), with `env` added to the environment. */
export function proj(args: string[], options: string | { readonly cwd?: string; readonly env?: Readonly<Record<string, string>> } = repoRoot): Run {
    const { cwd = repoRoot, env = {} } = typeof options === 'string' ? { cwd: options } : options;
    const result = spawnSync(process.execPath, [binary, ...args], { cwd, encoding: 'utf-8', env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
    const lines = result.stdout.split('\n');
    if (lines.at(-1) === '') {
        lines.pop();
    }
    return { status: result.status, stdout: result.stdout, stderr: result.stderr, lines };
}

/**
 * A temporary folder for the plans of one test file: made before its tests (which also check
 * that the CLI is built) and removed after them.
 */
export function useScratchFolder(prefix: string): { readonly dir: string; write(relative: string, text: string): string } {
    let dir = '';
    beforeAll(() => {
        if (!existsSync(path.join(repoRoot, 'out', 'cli.cjs'))) {
            throw new Error('out/cli.cjs is missing: run `npm run build` (or `node esbuild.mjs`) first.');
        }
        dir = mkdtempSync(path.join(tmpdir(), prefix));
    });
    afterAll(() => {
        if (dir) {
            rmSync(dir, { recursive: true, force: true });
        }
    });
    return {
        get dir() {
            return dir;
        },
        /** Writes `text` to `relative` inside the folder and returns its absolute path. */
        write(relative: string, text: string): string {
            const file = path.join(dir, relative);
            mkdirSync(path.dirname(file), { recursive: true });
            writeFileSync(file, text);
            return file;
        },
    };
}
