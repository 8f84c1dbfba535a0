// Schedule risk analysis (Monte Carlo) against issue 18's targets, measured as users run it: the
// engine bundled by esbuild as the CLI and the language server ship it, in a Node process of its
// own for each case. Not from vite-node's transform of the sources, which `npm run bench` runs
// under: that rewrites every use of an imported binding into a getter call on a module object
// (`__vi_ssr_import_3__.FS`), so the passes' hot loops, comparing link types with imported
// constants and calling imported helpers, ran about twice as slow as anything a user runs; and
// vite-node's own large heap made every garbage collection of the analysis dearer.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { PlanInput } from '../language/src/engine/plan-model.js';
import { generatePlan } from './generate-plan.js';
import { formatMs } from './measure.js';

export interface RiskFigure {
    tasks: number;
    iterations: number;
    /** Median wall time of a whole analysis, from plain data to the figures. */
    ms: number;
    /** Median processor time of the same runs: beside the wall time, it shows when the machine was busy with more than this. */
    cpuMs: number;
    targetMs: number;
}

/** The two sizes: many iterations of a mid-sized plan, fewer of a large one. */
const CASES = [{ tasks: 1_000, iterations: 10_000, targetMs: 1000 }, { tasks: 10_000, iterations: 1_000, targetMs: 2000 }];

/**
 * The generated plan with every duration d a three-point estimate (d - 1, d, 2d), so that every
 * task is sampled in every iteration: the heaviest case for a plan of its size.
 */
export function uncertainPlan(tasks: number): PlanInput {
    const plan = generatePlan(tasks);
    return {
        ...plan,
        items: plan.items.map(item => item.duration ? {
            ...item, duration: undefined,
            estimate: { optimistic: { amount: Math.max(1, item.duration.amount - 1), unit: 'd' }, mostLikely: item.duration, pessimistic: { amount: 2 * item.duration.amount, unit: 'd' } },
        } : item),
    };
}

/** What each case's process runs: a warm-up, then `runs` analyses, each timed in wall and processor time. */
const MEASURE = `
import { analyseScheduleRisk } from './language/src/engine/schedule-risk/monte-carlo.ts';
import { uncertainPlan } from './bench/risk-bench.ts';
const { tasks, iterations, runs } = JSON.parse(process.argv[2]);
const plan = uncertainPlan(tasks);
analyseScheduleRisk(plan, [], { iterations });
const walls = [];
const cpus = [];
for (let run = 0; run < runs; run++) {
    const cpu = process.cpuUsage();
    const started = performance.now();
    analyseScheduleRisk(plan, [], { iterations });
    walls.push(performance.now() - started);
    const used = process.cpuUsage(cpu);
    cpus.push((used.user + used.system) / 1000);
}
console.log(JSON.stringify({ walls, cpus }));
`;

/** Schedule risk analysis of the whole plan, from plain data to the figures, beside the targets. */
export async function benchRisk(cases = CASES, runs = 3): Promise<RiskFigure[]> {
    const root = join(__dirname, '..');
    mkdirSync(join(root, 'out'), { recursive: true });
    const script = join(root, 'out', `risk-bench-${process.pid}.cjs`);
    // As esbuild.mjs bundles the CLI: CommonJS for Node 20. The bundler itself stays out (only this file builds).
    await build({
        stdin: { contents: MEASURE, resolveDir: root, loader: 'ts', sourcefile: 'risk-measure.ts' },
        outfile: script, bundle: true, format: 'cjs', platform: 'node', target: 'node20', external: ['esbuild'], logLevel: 'warning',
    });
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const figures: RiskFigure[] = [];
    console.log(`${'risk (Monte Carlo), medians'.padEnd(44)}${'wall'.padStart(9)}${'cpu'.padStart(11)}   target`);
    try {
        for (const { tasks, iterations, targetMs } of cases) {
            const child = spawnSync(process.execPath, [script, JSON.stringify({ tasks, iterations, runs })], { encoding: 'utf8' });
            if (child.status !== 0) {
                throw new Error(`The risk benchmark of ${tasks} tasks failed: ${child.stderr}`);
            }
            const { walls, cpus } = JSON.parse(child.stdout) as { walls: number[]; cpus: number[] };
            const figure = { tasks, iterations, ms: median(walls), cpuMs: median(cpus), targetMs };
            figures.push(figure);
            console.log(`risk     ${String(tasks).padStart(7)} tasks x ${String(iterations).padStart(6)} iterations  ${formatMs(figure.ms).padStart(9)}  ${formatMs(figure.cpuMs).padStart(9)}   < ${targetMs} ms ${figure.ms < targetMs ? 'met' : 'MISSED'}`);
        }
    } finally {
        rmSync(script, { force: true });
    }
    return figures;
}
