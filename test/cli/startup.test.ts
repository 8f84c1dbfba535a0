// `proj` starts quickly: V8's compiled code of the bundle is kept between runs (bin/proj.js).
import { chmodSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';

const scratch = useScratchFolder('proj-startup-');
const example = path.join(repoRoot, 'examples', 'office-move.proj');
// Node 22.1+ keeps the cache itself (module.enableCompileCache), elsewhere.
const nodeKeepsItsOwn = typeof ((await import('node:module')).default as { enableCompileCache?: unknown }).enableCompileCache === 'function';
const uid = process.getuid?.() ?? 'user';

/** The compiled-code files in a fresh temporary folder after running `proj args` there `times` times. */
function cacheAfter(name: string, args: string[], times: number, env: Record<string, string> = {}) {
    const tmp = path.join(scratch.dir, name);
    mkdirSync(tmp);
    const runs = Array.from({ length: times }, () => proj(args, { env: { TMPDIR: tmp, ...env } }));
    const folder = path.join(tmp, `proj-compile-cache-${uid}`);
    const files = readdirSync(tmp).includes(path.basename(folder)) ? readdirSync(folder) : [];
    return { runs, folder, files };
}

describe.skipIf(nodeKeepsItsOwn)('the compiled code cache (Node 20)', () => {
    test('the first run keeps the compiled bundle; the next runs use it and answer the same', () => {
        const { runs, files } = cacheAfter('twice', ['check', example], 3);
        const compiled = files.filter(name => name.endsWith('.v8'));
        expect(compiled).toHaveLength(1);
        expect(compiled[0]).toMatch(/^cli\.cjs-v\d+.*\.v8$/);
        expect(runs.map(run => [run.status, run.stdout, run.stderr])).toEqual(Array(3).fill([0, '', 'No problems in 1 file.\n']));
    });

    test('PROJ_COMPILE_CACHE=0 keeps nothing', () => {
        const { runs, files } = cacheAfter('off', ['check', example], 1, { PROJ_COMPILE_CACHE: '0' });
        expect(files).toEqual([]);
        expect(runs[0].status).toBe(0);
    });

    test('a cache folder others can write to is not used', () => {
        const tmp = path.join(scratch.dir, 'shared');
        const folder = path.join(tmp, `proj-compile-cache-${uid}`);
        mkdirSync(folder, { recursive: true });
        chmodSync(folder, 0o777);
        const run = proj(['check', example], { env: { TMPDIR: tmp } });
        expect(run.status).toBe(0);
        expect(readdirSync(folder)).toEqual([]);
    });

    test('errors and usage still exit as before', () => {
        const { runs } = cacheAfter('usage', ['check'], 2);
        expect(runs.map(run => run.status)).toEqual([2, 2]);
        expect(runs[1].stderr).toMatch(/missing required argument 'paths'/);
    });
});

describe('public holidays kept between runs', () => {
    // Says, in a file, whether the run loaded the holiday library's code.
    const spy = () => {
        const file = scratch.write('spy.cjs', `process.on('exit', () => require('node:fs').appendFileSync(process.env.SPY_LOG,
            Object.keys(require.cache).some(name => name.includes('date-holidays/lib/')) ? 'loaded\\n' : 'not loaded\\n'));`);
        return `--require ${file}`;
    };

    test('the second run schedules with the holidays the first found, without loading the library, and to the same dates', () => {
        const tmp = path.join(scratch.dir, 'holidays');
        mkdirSync(tmp);
        const log = path.join(tmp, 'spy.log');
        const env = { TMPDIR: tmp, NODE_OPTIONS: spy(), SPY_LOG: log };
        const runs = [1, 2, 3].map(() => proj(['schedule', example], { env }));
        expect(readFileSync(log, 'utf-8')).toBe('loaded\nnot loaded\nnot loaded\n');
        expect(runs[0].stdout).toMatch(/Good Friday|2027/);
        expect(new Set(runs.map(run => run.stdout)).size).toBe(1);
        expect(readdirSync(path.join(tmp, `proj-compile-cache-${uid}`))).toContainEqual(expect.stringMatching(/^public-holidays-\d+\.\d+\.\d+\.json$/));
    });

    test('an unknown code is reported alike from the kept codes', () => {
        const tmp = path.join(scratch.dir, 'unknown-code');
        mkdirSync(tmp);
        const plan = path.join(tmp, 'plan.proj');
        writeFileSync(plan, 'project p {\n    start 2027-01-04\n    calendar { holidays GB-ENX }\n    task a { duration 1d }\n}\n');
        const runs = [1, 2].map(() => proj(['check', plan], { env: { TMPDIR: tmp } }));
        expect(runs[0].stdout).toMatch(/'GB-ENX' is not a country or region whose public holidays are known. Did you mean GB-ENG\?/);
        expect(runs[1]).toEqual(runs[0]);
    });
});
