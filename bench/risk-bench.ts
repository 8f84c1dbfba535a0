import type { PlanInput } from '../language/src/engine/plan-model.js';
import { analyseScheduleRisk } from '../language/src/engine/schedule-risk/monte-carlo.js';
import { generatePlan } from './generate-plan.js';
import { formatMs, medianMs } from './measure.js';

export interface RiskFigure {
    tasks: number;
    iterations: number;
    ms: number;
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

/** Schedule risk analysis (Monte Carlo) of the whole plan, from plain data to the figures. */
export async function benchRisk(cases = CASES): Promise<RiskFigure[]> {
    const figures: RiskFigure[] = [];
    for (const { tasks, iterations, targetMs } of cases) {
        const plan = uncertainPlan(tasks);
        const ms = await medianMs(() => analyseScheduleRisk(plan, [], { iterations }), 3, 1);
        figures.push({ tasks, iterations, ms, targetMs });
        console.log(`risk     ${String(tasks).padStart(7)} tasks x ${String(iterations).padStart(6)} iterations  ${formatMs(ms).padStart(9)}   target < ${targetMs} ms ${ms < targetMs ? 'met' : 'MISSED'}`);
    }
    return figures;
}
