// `proj trend` over a long history: a repository of 500 commits of a generated plan of 100 or 200
// tasks with costs and five risks (each commit changes a few durations and records progress and
// spend, the status date moving on a week every ten commits; from the 51st the plan names the 50th
// as its baseline, so that every version's planned value comes from it), built in one `git
// fast-import`. The
// trend is timed as the whole command (the bundle, reading in worker threads when cores are idle)
// and in this process from source (reading in this thread); beside it, `git log --follow` alone over
// the same commits, the least any tool reading this history must spend.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { main } from '../cli/src/program.js';
import { dayNumberOf, isoDateOfDayNumber } from '../language/src/engine/calendar-dates.js';
import { mulberry32 } from '../test/support/seeded-random.js';
import { BENCH_START, generatePlan, planText } from './generate-plan.js';
import { formatMs, medianMs } from './measure.js';

const COMMITS = 500;
/** The larger plan; the smaller has 100 tasks. */
const TASKS = 200;
const TARGET_MS = 10_000;
const FILE = 'plans/bench.proj';
/** Tagged on the 50th commit; the plan names it as its baseline from the next on, so that planned value comes from it. */
const BASELINE_TAG = 'v1-approved';
const BASELINE_COMMIT = 50;

/** The plan's state at one commit: the tasks' durations, progress and spend, and the status date. */
interface PlanState {
    readonly days: Map<string, number>;
    readonly progress: Map<string, number>;
    status: string;
    /** Whether the plan names its approved version as its baseline yet. */
    baselined: boolean;
}

/** The generated plan's text with this state written in: a cost on every task, progress and spend where recorded, five risks. */
function stateText(base: string, state: PlanState): string {
    const text = base
        .replace(/^( {4}start .*)$/m, `$1\n    status ${state.status}\n    currency GBP${state.baselined ? `\n    baseline "${BASELINE_TAG}"` : ''}`)
        .replace(/^( +)task (t\d+) \{ duration \d+d(.*) \}$/gm, (_, indent: string, id: string, rest: string) => {
            const progress = state.progress.get(id);
            const recorded = progress === undefined ? '' : ` progress ${progress}% spent ${progress * 12}`;
            return `${indent}task ${id} { duration ${state.days.get(id)}d${rest} cost 1000${recorded} }`;
        });
    const risks = [1, 2, 3, 4, 5].map(n => `    risk r${n} "Risk ${n}" { likelihood ${1 + n % 5} impact ${1 + (n * 2) % 5} }`);
    return text.replace(/\}\n$/, `${risks.join('\n')}\n}\n`);
}

/** The fast-import stream of the whole history: one blob and one commit per version, a day apart. */
function historyStream(tasksInPlan: number): string {
    const plan = generatePlan(tasksInPlan);
    const base = planText(plan);
    const tasks = plan.items.filter(item => item.kind === 'task');
    const next = mulberry32(7);
    const state: PlanState = { days: new Map(tasks.map(task => [task.id, task.duration!.amount])), progress: new Map(), status: BENCH_START, baselined: false };
    const parts: string[] = [];
    const start = Date.parse(`${BENCH_START}T12:00:00Z`) / 1000;
    for (let i = 0; i < COMMITS; i++) {
        for (let change = 0; change < 3; change++) {
            const task = tasks[Math.floor(next() * tasks.length)];
            state.days.set(task.id, 1 + Math.floor(next() * 10));
        }
        // Progress on the earliest tasks first, as work would go.
        for (let change = 0; change < 3; change++) {
            const task = tasks[Math.floor(next() * Math.min(tasks.length, 20 + i / 2))];
            state.progress.set(task.id, Math.min(100, (state.progress.get(task.id) ?? 0) + 10));
        }
        if (i % 10 === 9) {
            state.status = isoDateOfDayNumber(dayNumberOf(state.status) + 7);
        }
        state.baselined = i >= BASELINE_COMMIT;
        const text = Buffer.from(stateText(base, state));
        const message = `Week ${Math.floor(i / 10) + 1}: update ${i + 1}`;
        const when = `${start + i * 86_400} +0000`;
        parts.push(
            'blob', `mark :${2 * i + 1}`, `data ${text.length}`, text.toString(),
            'commit refs/heads/main', `mark :${2 * i + 2}`,
            `author Bench <bench@example.org> ${when}`, `committer Bench <bench@example.org> ${when}`,
            `data ${Buffer.byteLength(message)}`, message,
            ...(i > 0 ? [`from :${2 * i}`] : []),
            `M 100644 :${2 * i + 1} ${FILE}`, '',
            ...(i === BASELINE_COMMIT - 1 ? [`reset refs/tags/${BASELINE_TAG}`, `from :${2 * i + 2}`, ''] : []),
        );
    }
    return `${parts.join('\n')}\n`;
}

function git(cwd: string, args: string[], input?: string): string {
    return execFileSync('git', args, {
        cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024,
        env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1', GIT_CONFIG_GLOBAL: '/dev/null' },
    });
}

/** A repository in `dir` holding the history, checked out at its last commit; returns the plan file's path. */
export function buildHistoryRepository(dir: string, tasksInPlan = TASKS): string {
    git(dir, ['init', '-q', '-b', 'main']);
    git(dir, ['fast-import', '--quiet'], historyStream(tasksInPlan));
    git(dir, ['checkout', '-q', '-f', 'main']);
    return join(dir, FILE);
}

export interface HistoryFigures {
    readonly tasks: number;
    readonly commits: number;
    /** The whole command, `proj trend --format json`: the bundle, reading in worker threads when cores are idle. */
    readonly commandMs: number;
    /** In this process from source, where there is no worker bundle: the versions read in this thread. */
    readonly inProcessMs: number;
    readonly gitLogMs: number;
}

/** Runs `proj trend --format json` through the command's entry point, checking that every commit was measured against the baseline. */
async function trendInProcess(file: string): Promise<void> {
    const output: string[] = [];
    let code = 0;
    await main(['trend', file, '--format', 'json'], { out: line => output.push(line), err: line => output.push(line), setExitCode: exit => { code = exit; } });
    if (code !== 0) {
        throw new Error(`proj trend failed: ${output.join('\n')}`);
    }
    const { reference, rows } = JSON.parse(output.join('\n')) as { reference: { kind: string } | null; rows: Array<{ problem: string | null }> };
    const problem = rows.find(row => row.problem !== null);
    if (rows.length !== COMMITS || problem || reference?.kind !== 'baseline') {
        throw new Error(`proj trend measured ${rows.length} commits of ${COMMITS}${problem ? `: ${problem.problem}` : ''}, against ${reference?.kind ?? 'nothing'}`);
    }
}

/** `proj trend` over 500 commits of plans of 100 and 200 tasks, beside `git log --follow` alone. */
export async function benchHistory(root: string, sizes = [100, TASKS]): Promise<HistoryFigures[]> {
    const figures: HistoryFigures[] = [];
    for (const tasks of sizes) {
        const dir = mkdtempSync(join(tmpdir(), 'proj-history-bench-'));
        try {
            const file = buildHistoryRepository(dir, tasks);
            const commandMs = await medianMs(() => {
                const run = spawnSync(process.execPath, [join(root, 'bin', 'proj.js'), 'trend', file, '--format', 'json'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
                if (run.status !== 0) {
                    throw new Error(`proj trend failed: ${run.stderr}`);
                }
            }, 3, 0);
            const inProcessMs = await medianMs(() => trendInProcess(file), 1, 0);
            const gitLogMs = await medianMs(() => git(dir, ['log', '--follow', '--format=%H', '--', FILE]), 3, 1);
            figures.push({ tasks, commits: COMMITS, commandMs, inProcessMs, gitLogMs });
            console.log(`history  ${COMMITS} commits of a ${tasks}-task plan  proj trend ${formatMs(commandMs)} (the whole command; ${formatMs(inProcessMs)} in this process, in one thread), `
                + `git log --follow alone ${formatMs(gitLogMs)}; target ≤ ${TARGET_MS / 1000} s ${commandMs <= TARGET_MS ? 'met' : 'MISSED'}`);
        } finally {
            rmSync(dir, { recursive: true, force: true });
        }
    }
    return figures;
}
