/**
 * Robustness of the language front end against whatever an editor may hold mid-edit: thousands of
 * seeded random mutations of every example plan go through parse, link and validate, and each must
 * finish, without an exception or a logged error, with sane diagnostics.
 *
 * Every case derives its own generator from (seed, file, case index), so one failing case can be
 * replayed alone:
 *
 *     PROJ_FUZZ_SEED=<seed> PROJ_FUZZ_FILE=<example.proj> PROJ_FUZZ_CASE=<index> npx vitest run test/robustness
 *
 * PROJ_FUZZ_CASES sets the total number of cases (default 3000, shared among the example files).
 * Failing inputs are saved under test-results/robustness/. A case that blocks the event loop
 * forever cannot be interrupted from inside the test; its input is in
 * test-results/robustness/in-flight.json while it runs.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { format } from 'node:util';
import { AstUtils, GrammarAST } from 'langium';
import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest';
import { ProjGrammar } from '../../language/src/generated/grammar.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';
import { diagnosticProblems } from './support/diagnostic-invariants.js';
import { mutate } from './support/mutations.js';
import { mixSeed, Random } from '../support/seeded-random.js';

const SEED = Number(process.env.PROJ_FUZZ_SEED ?? 20270104) >>> 0;
const TOTAL_CASES = Number(process.env.PROJ_FUZZ_CASES ?? 3000);
const ONLY_CASE = process.env.PROJ_FUZZ_CASE === undefined ? undefined : Number(process.env.PROJ_FUZZ_CASE);
const ONLY_FILE = process.env.PROJ_FUZZ_FILE;
const CASE_TIMEOUT_MS = 5_000;
const CHUNK = 250;
/** At most this many failures are spelled out in one assertion message. */
const REPORTED_FAILURES = 8;

const rootDir = join(__dirname, '..', '..');
const examplesDir = join(rootDir, 'examples');
const resultsDir = join(rootDir, 'test-results', 'robustness');
const inFlightFile = join(resultsDir, 'in-flight.json');

const examples = readdirSync(examplesDir).filter(name => name.endsWith('.proj')).sort();
const casesPerFile = Math.ceil(TOTAL_CASES / Math.max(1, examples.length));

const keywords = [...new Set(AstUtils.streamAllContents(ProjGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value))].sort();

type Services = Awaited<ReturnType<typeof createTestServices>>;

let services: Services;
const logged: string[] = [];

beforeAll(async () => {
    services = await createTestServices();
    vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
        logged.push(format(...args));
    });
    mkdirSync(resultsDir, { recursive: true });
});

afterAll(() => {
    vi.restoreAllMocks();
});

/**
 * Parses, links and validates `text`; returns what is wrong (nothing when all is well).
 * A case that does not settle within the time limit, or that blocks for longer than it, is a hang.
 */
async function problemsOf(text: string): Promise<string[]> {
    return (await attempt(text)).problems;
}

/** As `problemsOf`, also saying whether the build was left unfinished (so the services may hold stale documents). */
async function attempt(text: string): Promise<{ problems: string[]; unfinished: boolean }> {
    logged.length = 0;
    const problems: string[] = [];
    let unfinished = false;
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>(resolve => {
        timer = setTimeout(() => resolve('timeout'), CASE_TIMEOUT_MS);
    });
    try {
        const outcome = await Promise.race([validatePlan(services, text), timeout]);
        const elapsed = performance.now() - started;
        if (outcome === 'timeout' || elapsed > CASE_TIMEOUT_MS) {
            problems.push(`hang: no result within ${CASE_TIMEOUT_MS} ms (${Math.round(elapsed)} ms)`);
            unfinished = outcome === 'timeout';
        } else {
            problems.push(...diagnosticProblems(text, outcome.diagnostics));
        }
    } catch (error) {
        problems.push(`exception: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
        unfinished = true;
    } finally {
        clearTimeout(timer);
    }
    if (logged.length > 0) {
        problems.push(`console.error: ${logged.join('\n')}`);
    }
    return { problems, unfinished };
}

interface Failure {
    readonly summary: string;
}

function saveReproduction(name: string, text: string, detail: string): string {
    const file = join(resultsDir, name);
    writeFileSync(file, text);
    writeFileSync(`${file}.txt`, detail);
    return relative(rootDir, file);
}

/** Runs cases [from, to) of one example; returns one failure per bad case. */
async function runCases(example: string, fileIndex: number, from: number, to: number): Promise<Failure[]> {
    const source = readFileSync(join(examplesDir, example), 'utf8');
    const failures: Failure[] = [];
    for (let index = from; index < to; index++) {
        if ((ONLY_CASE !== undefined && index !== ONLY_CASE) || (ONLY_FILE !== undefined && example !== ONLY_FILE)) {
            continue;
        }
        const random = new Random(mixSeed(SEED, fileIndex, index));
        const { text, applied } = mutate(source, random, keywords, random.between(1, 3));
        const where = `seed=${SEED} file=${example} case=${index} mutations=[${applied.join(', ')}]`;
        writeFileSync(inFlightFile, JSON.stringify({ seed: SEED, example, index, applied, text }));
        const { problems, unfinished } = await attempt(text);
        if (problems.length > 0) {
            const saved = saveReproduction(`${example}-seed${SEED}-case${index}.proj`, text, `${where}\n\n${problems.join('\n\n')}\n`);
            const firstLines = problems.map(problem => problem.split('\n')[0]);
            failures.push({ summary: `${where}: ${firstLines.join(' | ')} (input saved to ${saved}, details in ${saved}.txt)` });
        }
        if (unfinished) {
            // An exception or a hang may leave documents or a running build behind: start the next case afresh.
            services = await createTestServices();
        }
    }
    rmSync(inFlightFile, { force: true });
    return failures;
}

function report(failures: Failure[]): string[] {
    const shown = failures.slice(0, REPORTED_FAILURES).map(failure => failure.summary);
    return failures.length > shown.length ? [...shown, `... and ${failures.length - shown.length} more failing cases`] : shown;
}

describe('random mutations of the example plans', () => {
    test('there are example plans and grammar keywords to mutate', () => {
        expect(examples.length).toBeGreaterThan(0);
        expect(keywords).toEqual(expect.arrayContaining(['project', 'task', 'after', 'ksb', 'FS']));
    });

    test.each(examples)('%s unmutated satisfies the same invariants', async example => {
        expect(await problemsOf(readFileSync(join(examplesDir, example), 'utf8')), `unmutated ${example}`).toEqual([]);
    });

    const chunks = examples.flatMap((example, fileIndex) => {
        const result: Array<[string, number, number, number]> = [];
        for (let from = 0; from < casesPerFile; from += CHUNK) {
            result.push([example, fileIndex, from, Math.min(casesPerFile, from + CHUNK)]);
        }
        return result;
    });

    test.each(chunks)('%s (file %i), cases %i to %i: no exception, hang, logged error or bad diagnostic', async (example, fileIndex, from, to) => {
        const failures = await runCases(example, fileIndex, from, to);
        expect(report(failures), `${failures.length} failing cases with seed ${SEED}; replay one with PROJ_FUZZ_SEED=${SEED} PROJ_FUZZ_FILE=${example} PROJ_FUZZ_CASE=<case>`).toEqual([]);
    }, 120_000);
});

describe('deep dependency chains', () => {
    const CHAIN = 2000;

    function chainPlan(closing: string): string[] {
        const lines = ['project deep "A long chain" {', '    start 2027-01-04'];
        lines.push('    task t0 { duration 1d' + closing + ' }');
        for (let i = 1; i < CHAIN; i++) {
            lines.push(`    task t${i} { duration 1d after t${i - 1} FS }`);
        }
        return lines;
    }

    test(`a chain of ${CHAIN} tasks ending in a small cycle reports exactly that cycle`, async () => {
        const lines = chainPlan('');
        lines.push(
            `    task loop_a { duration 1d after t${CHAIN - 1} FS, loop_c }`,
            '    task loop_b { duration 1d after loop_a FS }',
            '    task loop_c { duration 1d after loop_b }',
            '}',
        );
        const text = lines.join('\n');
        const problems = await problemsOf(text);
        expect(problems).toEqual([]);
        const { diagnostics } = await validatePlan(services, text);
        // One problem, on the dependency that waits for work written after it.
        expect(diagnostics.map(d => [d.code, d.message])).toEqual([
            ['proj/cycle', 'Dependency cycle: loop_c -> loop_a -> loop_b -> loop_c.'],
        ]);
        const lineOf = (name: string) => lines.findIndex(line => line.startsWith(`    task ${name} `));
        expect(diagnostics.map(d => d.range.start.line)).toEqual([lineOf('loop_a')]);
        expect(diagnostics[0].relatedInformation?.map(related => related.location.range.start.line)).toEqual([lineOf('loop_b'), lineOf('loop_c')]);
    }, 60_000);

    test(`a cycle through all ${CHAIN} tasks is one problem, on the dependency that closes it`, async () => {
        const lines = chainPlan(` after t${CHAIN - 1}`);
        lines.push('}');
        const { diagnostics } = await validatePlan(services, lines.join('\n'));
        expect(diagnostics).toHaveLength(1);
        expect(diagnostics[0].code).toBe('proj/cycle');
        // The dependency of t0 on the last task closes the cycle t(last) -> t0 -> t1 -> ... -> t(last);
        // a loop this long is shown by its ends, so that messages stay short.
        const closing = diagnostics.find(d => d.range.start.line === 2)!;
        const last = CHAIN - 1;
        expect(closing.message).toBe(`Dependency cycle: t${last} -> t0 -> t1 -> t2 -> t3 -> t4 -> ... -> t${last - 5} -> t${last - 4} -> t${last - 3} -> t${last - 2} -> t${last - 1} -> t${last} (${CHAIN} dependencies).`);
    }, 60_000);
});

describe('deeply nested phases', () => {
    // An editor can hold hundreds of unclosed phases (`phase x {` without its `}`); each nests in the one before.
    const nestedPlan = (depth: number) => `project p {\n${'phase x {'.repeat(depth)}${'}'.repeat(depth)}\n}`;

    test('a plan nested 1000 phases deep is reported, not thrown', async () => {
        const fresh = await createTestServices();
        let failure: unknown;
        try {
            await validatePlan(fresh, nestedPlan(1000));
        } catch (error) {
            failure = error;
        }
        expect(failure, 'parsing 1000 nested phases threw').toBeUndefined();
    }, 60_000);

    test('a parse that failed does not leak its nodes into the next document', async () => {
        const fresh = await createTestServices();
        for (const depth of [1000, 3000]) {
            await validatePlan(fresh, nestedPlan(depth)).catch(() => undefined);
            const text = 'project p { start 2027-01-04 task a { duration 1d } }';
            const { document, diagnostics } = await validatePlan(fresh, text);
            const model = document.parseResult.value;
            expect({
                elements: model.elements.map(element => element.name),
                nodes: AstUtils.streamAllContents(model).count(),
                diagnostics: diagnostics.length,
                badRanges: diagnosticProblems(text, diagnostics).length,
            }, `the plan parsed right after a ${depth}-deep plan`).toEqual({ elements: ['p'], nodes: 2, diagnostics: 0, badRanges: 0 });
        }
    }, 60_000);
});
