// Reading a plan's history from a real git repository: every version, the texts read once each,
// and the same outcomes whether they are read in this thread or shared among worker threads.
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PlanHistoryError, readPlanHistory } from '../../../language/src/history/plan-history.js';
import { PlanReader } from '../../../language/src/history/plan-reader.js';
import { readInThread, readInWorkers, type VersionReader, type VersionText } from '../../../language/src/history/version-reading.js';
import { revisionReaderServices } from '../../../language/src/proj-module.js';
import { GitPlanRepository } from '../../support/git-plan-repository.js';

const WORKER_SCRIPT = fileURLToPath(new URL('../../../out/plan-reader-worker.cjs', import.meta.url));

const plan = (days: number) => `project p "P" {\n    start 2027-01-04\n    task a { duration ${days}d }\n}\n`;

const inThread = readInThread(new PlanReader(revisionReaderServices));

/** Reads in this thread, and keeps what it was asked to read. */
function countingReader(): { reader: VersionReader; read: VersionText[] } {
    const read: VersionText[] = [];
    return { read, reader: (texts, project) => (read.push(...texts), inThread(texts, project)) };
}

let repository: GitPlanRepository;

beforeAll(() => {
    repository = GitPlanRepository.create();
});

afterAll(() => repository?.remove());

describe('the history of a plan', () => {
    test('every version, deleted and restored; a text seen twice is read once', async () => {
        repository.write('p.proj', plan(5)).commit('Five days', '2027-01-01');
        repository.write('p.proj', plan(6)).commit('Six days', '2027-01-02');
        repository.git('rm', '-q', 'p.proj');
        repository.commit('Deleted', '2027-01-03');
        repository.write('p.proj', plan(5)).commit('Restored', '2027-01-04');
        const { reader, read } = countingReader();
        const history = await readPlanHistory(repository.path('p.proj'), { reader });
        expect(history).toMatchObject({ root: repository.root, path: 'p.proj', shallow: false, baseline: undefined });
        expect(history.versions.map(version => [version.subject, version.snapshot?.schedule?.finish ?? version.problem])).toEqual([
            ['Five days', '2027-01-08'], ['Six days', '2027-01-11'], ['Deleted', 'the commit deleted the plan'], ['Restored', '2027-01-08'],
        ]);
        expect(read.map(text => text.text)).toEqual([plan(5), plan(6)]);
    });

    test('the project asked for, and why a version has none', async () => {
        const history = await readPlanHistory(repository.path('p.proj'), { reader: inThread, project: 'q', since: 'HEAD~1' });
        // A file's only project is its project, whatever it was called then.
        expect(history.versions.map(version => [version.subject, version.snapshot?.schedule?.finish ?? version.problem])).toEqual([
            ['Deleted', 'the commit deleted the plan'], ['Restored', '2027-01-08'],
        ]);
        repository.write('p.proj', `${plan(5)}project q { start 2027-01-04 }\n`).commit('Two projects', '2027-01-05');
        const two = await readPlanHistory(repository.path('p.proj'), { reader: inThread, project: 'r', since: 'HEAD~1' });
        expect(two.versions.map(version => version.problem)).toEqual([undefined, "it holds no project 'r'"]);
    });

    test('no history: not committed, or an unknown revision', async () => {
        repository.write('new.proj', plan(1));
        await expect(readPlanHistory(repository.path('new.proj'), { reader: inThread })).rejects.toThrow(new PlanHistoryError('no commit has it yet: commit it to start its history.'));
        await expect(readPlanHistory(repository.path('p.proj'), { reader: inThread, since: 'nope' })).rejects.toThrow("git knows no revision 'nope'.");
    });
});

describe('reading in worker threads', () => {
    beforeAll(() => {
        if (!existsSync(WORKER_SCRIPT)) {
            throw new Error(`${path.relative(process.cwd(), WORKER_SCRIPT)} is missing: run \`npm run build\` (or \`node esbuild.mjs\`) first.`);
        }
    });

    test('the workers read what this thread reads, errors included', async () => {
        const texts: VersionText[] = Array.from({ length: 48 }, (_, index) => ({
            key: `v${index}`, name: 'p.proj',
            text: index % 12 === 5 ? plan(index).replace('task a', 'task a { after nobody }\n    task b') : plan(1 + index),
        }));
        const inWorkers = await readInWorkers(WORKER_SCRIPT, () => { throw new Error('read in this thread'); }, 2, 0)(texts, 'p');
        const here = await inThread(texts, 'p');
        expect([...inWorkers.keys()].sort()).toEqual([...here.keys()].sort());
        for (const [key, outcome] of here) {
            expect(inWorkers.get(key), key).toEqual(outcome);
        }
        expect(here.get('v5')).toEqual({ problem: "it has errors (line 3: Unknown task, milestone or phase 'nobody'.)" });
        expect(here.get('v47')!.snapshot!.schedule!.finish).toBe('2027-03-10');
    });

    test('a few texts, a single core, or cores busy with other work: read in this thread', async () => {
        let asked = 0;
        const fallback: VersionReader = (texts, project) => (asked++, inThread(texts, project));
        const many = Array.from({ length: 50 }, (_, index) => ({ key: `k${index}`, name: 'p.proj', text: plan(1) }));
        await readInWorkers('/nowhere/worker.cjs', () => fallback, 8, 0)(many.slice(0, 1), 'p');
        await readInWorkers('/nowhere/worker.cjs', () => fallback, 1, 0)(many, 'p');
        // Two cores, a load of 1.6: under half a core idle.
        await readInWorkers('/nowhere/worker.cjs', () => fallback, 2, 1.6)(many, 'p');
        expect(asked).toBe(3);
    });
});
