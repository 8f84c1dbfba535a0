// Reading many versions of a plan (`proj trend`): each text parsed, linked and scheduled into plain
// data, or the reason it cannot be. Parsing dominates, so on a machine with idle cores the texts are
// shared among worker threads (plan-reader-worker.ts), each with a language instance of its own;
// otherwise, or for a few texts, they are read here, one after another.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { earnedValueOf, plannedScheduleOf } from '../engine/earned-value.js';
import type { MeasuredPlan } from '../engine/plan-trend.js';
import type { Project } from '../generated/ast.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { registersInputOf } from '../planning/registers-from-ast.js';
import type { PlanReader, ReadProject } from './plan-reader.js';

/** One text to read, under the key its outcome is returned by; `name` is the file's name, for messages. */
export interface VersionText {
    readonly key: string;
    readonly text: string;
    readonly name: string;
    /** The files of the plans it is linked with, as they were then: read beside it, so that its links resolve and are scheduled. */
    readonly beside?: ReadonlyArray<{ readonly text: string; readonly name: string }>;
}

export type VersionOutcome = { readonly snapshot: MeasuredPlan; readonly problem?: undefined } | { readonly problem: string; readonly snapshot?: undefined };

/** Reads texts of the project `project` (the file's only project when undefined), each outcome by its key. */
export type VersionReader = (texts: readonly VersionText[], project: string | undefined) => Promise<Map<string, VersionOutcome>>;

/** Each version's plan as plain data, or why there is none. Never rejects. */
export async function readVersion(reader: PlanReader, { text, name, beside }: VersionText, project: string | undefined): Promise<VersionOutcome> {
    try {
        // Proj's own rules are not run again on each version (their milliseconds add up over hundreds):
        // syntax and references are checked, and a plan that cannot be scheduled says so.
        return await reader.read(text, name, project, outcomeOf, { syntaxAndReferencesOnly: true, beside });
    } catch (error) {
        return { problem: `reading it failed: ${error instanceof Error ? error.message : String(error)}` };
    }
}

function outcomeOf(read: ReadProject): VersionOutcome {
    if ('problem' in read) {
        return { problem: read.problem };
    }
    if (read.errors.length > 0) {
        return { problem: `it has errors (${read.errors[0]}${read.errors.length > 1 ? `, and ${read.errors.length - 1} more` : ''})` };
    }
    const snapshot = measuredPlanOf(read.project, read.services.planning.ProjectSchedules);
    return snapshot ? { snapshot } : { problem: 'it has no start date' };
}

/**
 * The version's plan as a snapshot holds it (plan-snapshot.ts), with the plan scheduled without its
 * progress kept: planned value against a baseline (plan-trend.ts) need not schedule it again.
 */
function measuredPlanOf(project: Project, schedules: ProjectSchedules): MeasuredPlan | undefined {
    const plan = schedules.planOf(project);
    const schedule = plan && schedules.scheduleOf(project);
    if (!plan) {
        return undefined;
    }
    const planned = schedule && plan.status !== undefined ? plannedScheduleOf(plan) : undefined;
    return {
        plan, schedule, planned,
        problem: schedule ? undefined : schedules.problemOf(project) ?? 'it cannot be scheduled',
        registers: registersInputOf(project),
        earnedValue: planned && earnedValueOf(plan, planned),
    };
}

/** Reads the texts in this thread, one after another. */
export function readInThread(reader: PlanReader): VersionReader {
    return async (texts, project) => {
        const outcomes = new Map<string, VersionOutcome>();
        for (const text of texts) {
            outcomes.set(text.key, await readVersion(reader, text, project));
        }
        return outcomes;
    };
}

/** A message to a worker: a text to read. */
export interface VersionJob extends VersionText {
    readonly project?: string;
}

/** A worker's answer. */
export interface VersionAnswer {
    readonly key: string;
    readonly outcome: VersionOutcome;
}

/**
 * Each worker loads the language and its built-in standard and warms up a compiler of its own:
 * about a second of processor time over a few hundred versions, which pays back only when the
 * workers run beside one another, on cores with nothing else to do. Below this many texts it never
 * does.
 */
const FEWEST_FOR_WORKERS = 40;
/** Beyond a few, workers contend for memory more than they add. */
const MOST_WORKERS = 4;

/**
 * Reads the texts in worker threads running `script` (the bundled plan-reader-worker.ts), one per
 * idle core (`cores` less the `load` average of processes running), when there are at least two
 * and enough texts; else with `inThread`. On a busy machine the workers would only take turns.
 */
export function readInWorkers(script: string, inThread: () => VersionReader, cores = availableParallelism(), load = loadavg()[0]): VersionReader {
    return (texts, project) => {
        const threads = Math.min(Math.round(cores - load), MOST_WORKERS, Math.floor(texts.length / (FEWEST_FOR_WORKERS / 2)));
        return threads < 2 ? inThread()(texts, project) : readInThreads(script, threads, texts, project);
    };
}

function readInThreads(script: string, threads: number, texts: readonly VersionText[], project: string | undefined): Promise<Map<string, VersionOutcome>> {
    const outcomes = new Map<string, VersionOutcome>();
    const workers = Array.from({ length: threads }, () => new Worker(script));
    let next = 0;
    const done = new Promise<Map<string, VersionOutcome>>((resolve, reject) => {
        const give = (worker: Worker) => {
            if (next < texts.length) {
                worker.postMessage({ ...texts[next++], project } satisfies VersionJob);
            }
        };
        for (const worker of workers) {
            worker.on('message', ({ key, outcome }: VersionAnswer) => {
                outcomes.set(key, outcome);
                if (outcomes.size === texts.length) {
                    resolve(outcomes);
                } else {
                    give(worker);
                }
            });
            worker.on('error', reject);
            worker.on('exit', code => {
                if (outcomes.size < texts.length) {
                    reject(new Error(`a plan reader stopped (exit code ${code}) with ${texts.length - outcomes.size} versions unread`));
                }
            });
            // Two texts each, so that none waits for its next while the answer travels.
            give(worker);
            give(worker);
        }
    });
    return done.finally(() => Promise.all(workers.map(worker => worker.terminate())));
}
