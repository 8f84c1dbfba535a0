// Deterministic synthetic plans for the benchmarks: phases of 50 tasks, each task after one or
// two recent tasks, a few milestones, lags and holidays, as plain data and as .proj text.
import { linkedId, type DependencyInput, type PlanInput, type PlanItemInput } from '../language/src/engine/plan-model.js';
import { mulberry32 } from '../test/support/seeded-random.js';

export const BENCH_START = '2027-01-04';
export const BENCH_HOLIDAYS = ['2027-03-26', '2027-03-29', '2027-05-03', '2027-05-31', '2027-08-30', '2027-12-27', '2027-12-28'];

/** Parallel streams of work: plans are wide, and a wide plan stays within TaskJuggler's years. */
const LANES = 50;

/**
 * A plan of `taskCount` tasks and milestones, the same for the same count: rows of 50 parallel
 * lanes, each item after one item of the row before (10% with a 2-day lag) and sometimes after
 * another earlier one; every 50 items form a phase, every 25th item is a milestone.
 */
export function generatePlan(taskCount: number, seed = 42): PlanInput {
    const next = mulberry32(seed);
    const items: PlanItemInput[] = [];
    for (let i = 0; i < taskCount; i++) {
        if (i % 50 === 0) {
            items.push({ id: `phase${i / 50}`, kind: 'phase', dependencies: [], constraints: [] });
        }
        const milestone = i % 25 === 24;
        const dependencies: DependencyInput[] = [];
        const rowBefore = i - LANES;
        if (rowBefore >= 0) {
            dependencies.push({ predecessor: `t${Math.max(0, rowBefore - Math.floor(next() * 3))}`, type: 'FS', lag: next() < 0.1 ? { amount: 2, unit: 'd' } : undefined });
            const other = `t${Math.max(0, rowBefore - Math.floor(next() * LANES))}`;
            if (next() < 0.4 && other !== dependencies[0].predecessor) {
                dependencies.push({ predecessor: other, type: 'FS' });
            }
        }
        items.push({
            id: `t${i}`, kind: milestone ? 'milestone' : 'task', phase: `phase${Math.floor(i / 50)}`,
            duration: milestone ? undefined : { amount: 1 + Math.floor(next() * 10), unit: 'd' },
            dependencies,
            constraints: [],
        });
    }
    return { id: 'bench', start: BENCH_START, calendar: { workdays: [], holidays: BENCH_HOLIDAYS.map(from => ({ from })) }, items };
}

/**
 * A programme of `plans` generated plans of `tasks` tasks, `plan0` to `plan<n-1>`, run side by
 * side with hand-offs: five pieces of work of each plan's first row wait for the first milestone
 * of the plan before, and five of its second row for the plan before's milestone half way.
 */
export function generateProgramme(plans: number, tasks: number): PlanInput[] {
    return Array.from({ length: plans }, (_, k) => {
        const plan = generatePlan(tasks, 42 + k);
        const milestones = plan.items.filter(item => item.kind === 'milestone').map(item => item.id);
        const handOff = (predecessor: string) => ({ project: `plan${k - 1}`, predecessor, type: 'FS' as const });
        const items = plan.items.map((item, i) => k === 0 ? item
            : i >= 1 && i <= 5 ? { ...item, dependencies: [...item.dependencies, handOff(milestones[0])] }
                : i >= 52 && i <= 56 ? { ...item, dependencies: [...item.dependencies, handOff(milestones[Math.floor(milestones.length / 2)])] }
                    : item);
        return { ...plan, id: `plan${k}`, items };
    });
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
        const after = item.dependencies.map(d => d.lag ? `${linkedId(d)} +${d.lag.amount}${d.lag.unit}` : linkedId(d)).join(', ');
        const body = [item.duration ? `duration ${item.duration.amount}d` : '', after ? `after ${after}` : ''].filter(Boolean).join(' ');
        lines.push(`        ${item.kind} ${item.id} { ${body} }`);
    }
    if (openPhase) {
        lines.push('    }');
    }
    lines.push('}', '');
    return lines.join('\n');
}
