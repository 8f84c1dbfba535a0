// Whole commands as a user (or a git hook) runs them: `node bin/proj.js …` from a fresh process,
// start-up included, timed from a plain Node process (time-command.mjs), on the example plan and
// on a generated one, beside `tj3` on that same plan.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hasTj3, runTaskJuggler, tjpTextOf } from '../test/peer/taskjuggler.js';
import { generatePlan, planText } from './generate-plan.js';
import { formatMs, medianMs } from './measure.js';
import { peerPlanOf } from './peer-bench.js';

const COMMANDS: ReadonlyArray<{ label: string; args: (file: string, out: string) => string[] }> = [
    { label: 'check', args: file => ['check', file] },
    { label: 'schedule', args: file => ['schedule', file] },
    { label: 'export html', args: (file, out) => ['export', file, '--format', 'html', '--output', out] },
];

export interface CommandFigures {
    readonly plan: string;
    readonly ms: Record<string, number>;
    readonly htmlBytes: number;
    readonly tj3Ms?: number;
}

/**
 * The median time of each command after one warm-up run (which, as any first run does, fills
 * the compiled-code cache), for the example and a generated plan of `tasks` tasks.
 */
export async function benchCommands(root: string, tasks = 1_000): Promise<CommandFigures[]> {
    const dir = mkdtempSync(join(tmpdir(), 'proj-command-bench-'));
    const figures: CommandFigures[] = [];
    try {
        const generated = generatePlan(tasks);
        const generatedFile = join(dir, `plan-${tasks}.proj`);
        writeFileSync(generatedFile, planText(generated));
        const plans = [
            { plan: 'example (office-move.proj)', file: join(root, 'examples', 'office-move.proj'), tjp: undefined },
            { plan: `${tasks} generated tasks`, file: generatedFile, tjp: tjpTextOf(peerPlanOf(generated)) },
        ];
        for (const { plan, file, tjp } of plans) {
            const out = join(dir, 'page.html');
            const ms: Record<string, number> = {};
            for (const { label, args } of COMMANDS) {
                const timed = spawnSync(process.execPath, [join(root, 'bench', 'time-command.mjs'), '5', '1', ...args(file, out)], { encoding: 'utf8' });
                if (timed.status !== 0) {
                    throw new Error(`proj ${label} failed: ${timed.stderr}`);
                }
                ms[label] = Number(timed.stdout);
            }
            let tj3Ms: number | undefined;
            if (tjp && hasTj3) {
                tj3Ms = await medianMs(async () => (await runTaskJuggler(tjp)).milliseconds, 1, 0);
            }
            const htmlBytes = statSync(out).size;
            figures.push({ plan, ms, htmlBytes, tj3Ms });
            const times = COMMANDS.map(({ label }) => `${label} ${formatMs(ms[label])}`).join(', ');
            const peer = tjp ? (tj3Ms === undefined ? '; tj3 not installed' : `; tj3 ${formatMs(tj3Ms)}`) : '';
            console.log(`command  ${plan.padEnd(28)} ${times} (page ${(htmlBytes / 1024 / 1024).toFixed(2)} MB)${peer}`);
        }
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
    return figures;
}
