import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addDays, format, parseISO } from 'date-fns';
import type { PlanInput } from '../language/src/engine/plan-model.js';
import { schedulePlan } from '../language/src/engine/scheduler.js';
import type { PeerPlan } from '../test/peer/random-plans.js';
import { hasTj3, runTaskJuggler, tjpTextOf } from '../test/peer/taskjuggler.js';
import { generatePlan, planText } from './generate-plan.js';
import { formatMs, medianMs } from './measure.js';

/** The benchmark plan in the shape the TaskJuggler bridge of the cross-check test writes. */
export function peerPlanOf(plan: PlanInput): PeerPlan {
    const finish = schedulePlan(plan).finish;
    return {
        seed: 42,
        start: plan.start,
        horizon: format(addDays(parseISO(finish), 60), 'yyyy-MM-dd'),
        holidays: plan.calendar.holidays.map(holiday => ({ from: holiday.from, to: holiday.to })),
        items: plan.items.filter(item => item.kind !== 'phase').map(item => ({
            id: item.id,
            kind: item.kind === 'milestone' ? 'milestone' : 'task',
            days: item.duration?.amount ?? 0,
            after: item.dependencies.map(d => ({ predecessor: d.predecessor, lagDays: d.lag?.amount ?? 0 })),
        })),
    };
}

/**
 * TaskJuggler 3 beside Proj on the same plans, each as a whole command run from the shell:
 * `tj3 plan.tjp` (writing its CSV report) and `proj schedule plan.proj --format csv`.
 */
export async function benchPeer(root: string, sizes = [1_000, 5_000]): Promise<Array<{ tasks: number; tj3Ms: number; projMs: number }>> {
    if (!hasTj3) {
        console.log('tj3      not installed (apt-get install tj3): no side-by-side figures');
        return [];
    }
    const figures = [];
    const dir = mkdtempSync(join(tmpdir(), 'proj-bench-'));
    try {
        for (const tasks of sizes) {
            const plan = generatePlan(tasks);
            const tjp = tjpTextOf(peerPlanOf(plan));
            const file = join(dir, `plan-${tasks}.proj`);
            writeFileSync(file, planText(plan));
            let tj3Ms = 0;
            await medianMs(async () => {
                tj3Ms = (await runTaskJuggler(tjp)).milliseconds;
            }, 1, 0);
            const projMs = await medianMs(() => {
                const run = spawnSync(process.execPath, [join(root, 'bin', 'proj.js'), 'schedule', file, '--format', 'csv'], { encoding: 'utf8' });
                if (run.status !== 0) {
                    throw new Error(`proj schedule failed: ${run.stderr}`);
                }
            }, 3, 1);
            figures.push({ tasks, tj3Ms, projMs });
            console.log(`peer     ${String(tasks).padStart(7)} tasks  tj3 ${formatMs(tj3Ms)}, proj schedule ${formatMs(projMs)}: Proj ${(tj3Ms / projMs).toFixed(1)}x faster (whole commands)`);
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    return figures;
}
