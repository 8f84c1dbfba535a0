import { schedulePlan } from '../language/src/engine/scheduler.js';
import { generatePlan } from './generate-plan.js';
import { formatMs, medianMs } from './measure.js';

export interface EngineFigure {
    tasks: number;
    ms: number;
    targetMs?: number;
}

const TARGETS: Record<number, number> = { 10_000: 50, 100_000: 1000 };

/** The planning engine alone: plain data in, schedule out. */
export async function benchEngine(sizes = [1_000, 10_000, 100_000]): Promise<EngineFigure[]> {
    const figures: EngineFigure[] = [];
    for (const tasks of sizes) {
        const plan = generatePlan(tasks);
        const ms = await medianMs(() => schedulePlan(plan), tasks >= 100_000 ? 3 : 7, 2);
        figures.push({ tasks, ms, targetMs: TARGETS[tasks] });
        console.log(`engine   ${String(tasks).padStart(7)} tasks  ${formatMs(ms).padStart(9)}${TARGETS[tasks] ? `   target < ${TARGETS[tasks]} ms ${ms < TARGETS[tasks] ? 'met' : 'MISSED'}` : ''}`);
    }
    return figures;
}
