// Deterministic synthetic plans for the benchmarks: phases of 50 tasks, each task after one or
// two recent tasks, a few milestones, lags and holidays, as plain data and as .proj text.
import type { DependencyInput, PlanInput, PlanItemInput } from '../language/src/engine/plan-model.js';

function random(seed: number): () => number {
    return () => {
        seed = (seed + 0x6d2b79f5) | 0;
        let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
        t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
        return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
}

export const BENCH_START = '2027-01-04';
export const BENCH_HOLIDAYS = ['2027-04-02', '2027-04-05', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'];

/** A plan of `taskCount` tasks and milestones, the same for the same count. */
export function generatePlan(taskCount: number, seed = 42): PlanInput {
    const next = random(seed);
    const items: PlanItemInput[] = [];
    const work: string[] = [];
    for (let i = 0; i < taskCount; i++) {
        if (i % 50 === 0) {
            items.push({ id: `phase${i / 50}`, kind: 'phase', dependencies: [], constraints: [] });
        }
        const id = `t${i}`;
        const milestone = i % 25 === 24;
        const dependencies: DependencyInput[] = [];
        if (work.length > 0) {
            const window = Math.min(work.length, 30);
            dependencies.push({ predecessor: work[work.length - 1 - Math.floor(next() * Math.min(window, 3))], type: 'FS', lag: next() < 0.1 ? { amount: 2, unit: 'd' } : undefined });
            if (next() < 0.4) {
                dependencies.push({ predecessor: work[work.length - 1 - Math.floor(next() * window)], type: 'FS' });
            }
        }
        items.push({
            id, kind: milestone ? 'milestone' : 'task', phase: `phase${Math.floor(i / 50)}`,
            duration: milestone ? undefined : { amount: 1 + Math.floor(next() * 10), unit: 'd' },
            dependencies: dependencies.filter((d, k) => dependencies.findIndex(other => other.predecessor === d.predecessor) === k),
            constraints: [],
        });
        work.push(id);
    }
    return { id: 'bench', start: BENCH_START, calendar: { workdays: [], holidays: BENCH_HOLIDAYS.map(from => ({ from })) }, items };
}

/** The same plan written as a .proj file. */
export function planText(plan: PlanInput): string {
    const lines = [`project ${plan.id} "Benchmark plan" {`, `    start ${plan.start}`, '    calendar {'];
    for (const holiday of plan.calendar.holidays) {
        lines.push(`        holiday ${holiday.from}`);
    }
    lines.push('    }');
    let openPhase: string | undefined;
    for (const item of plan.items) {
        if (item.kind === 'phase') {
            if (openPhase) {
                lines.push('    }');
            }
            lines.push(`    phase ${item.id} {`);
            openPhase = item.id;
            continue;
        }
        const after = item.dependencies.map(d => d.lag ? `${d.predecessor} +${d.lag.amount}${d.lag.unit}` : d.predecessor).join(', ');
        const body = [item.duration ? `duration ${item.duration.amount}d` : '', after ? `after ${after}` : ''].filter(Boolean).join(' ');
        lines.push(`        ${item.kind} ${item.id} { ${body} }`);
    }
    if (openPhase) {
        lines.push('    }');
    }
    lines.push('}', '');
    return lines.join('\n');
}
