// Schedule risk analysis (Monte Carlo) against issue 18's targets, run from an esbuild bundle of
// the engine as the CLI and the language server ship it. Not from vite-node's transform of the
// sources, which `npm run bench` runs under: that rewrites every use of an imported binding into a
// getter call on a module object (`__vi_ssr_import_3__.FS`), so the passes' hot loops, comparing
// link types with imported constants and calling imported helpers, ran about twice as slow as
// anything a user runs.
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import type { PlanInput } from '../language/src/engine/plan-model.js';
import type * as MonteCarlo from '../language/src/engine/schedule-risk/monte-carlo.js';
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

/** The engine bundled as esbuild.mjs bundles the CLI (CommonJS for Node 20), and loaded. */
async function bundledEngine(): Promise<typeof MonteCarlo> {
    const outfile = join(tmpdir(), `proj-risk-bench-${process.pid}.cjs`);
    await build({
        entryPoints: [join(__dirname, '../language/src/engine/schedule-risk/monte-carlo.ts')],
        outfile, bundle: true, format: 'cjs', platform: 'node', target: 'node20', logLevel: 'warning',
    });
    try {
        return createRequire(__filename)(outfile) as typeof MonteCarlo;
    } finally {
        rmSync(outfile, { force: true });
    }
}

/** Schedule risk analysis of the whole plan, from plain data to the figures, beside the targets. */
export async function benchRisk(cases = CASES, runs = 3): Promise<RiskFigure[]> {
    const { analyseScheduleRisk } = await bundledEngine();
    const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
    const figures: RiskFigure[] = [];
    console.log('risk (Monte Carlo)                        median wall    cpu        target');
    for (const { tasks, iterations, targetMs } of cases) {
        const plan = uncertainPlan(tasks);
        analyseScheduleRisk(plan, [], { iterations });
        const walls: number[] = [];
        const cpus: number[] = [];
        for (let run = 0; run < runs; run++) {
            const cpu = process.cpuUsage();
            const started = performance.now();
            analyseScheduleRisk(plan, [], { iterations });
            walls.push(performance.now() - started);
            const used = process.cpuUsage(cpu);
            cpus.push((used.user + used.system) / 1000);
        }
        const figure = { tasks, iterations, ms: median(walls), cpuMs: median(cpus), targetMs };
        figures.push(figure);
        console.log(`risk     ${String(tasks).padStart(7)} tasks x ${String(iterations).padStart(6)} iterations  ${formatMs(figure.ms).padStart(9)}  ${formatMs(figure.cpuMs).padStart(9)}   < ${targetMs} ms ${figure.ms < targetMs ? 'met' : 'MISSED'}`);
    }
    return figures;
}
