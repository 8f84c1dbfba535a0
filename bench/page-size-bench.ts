// The weight of the self-contained HTML pages (`proj export --format html`, `proj report --format
// html`): the renderer they inline (out/charts.js) and the data of their charts, on the example
// and on a generated plan of 1,000 tasks, as whole commands write them.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generatePlan, planText } from './generate-plan.js';

const kilobytes = (bytes: number) => `${(bytes / 1024).toFixed(0)} KB`;

/** Writes each page with the built CLI and prints its size beside the renderer's. */
export function benchPageSizes(root: string): Array<{ page: string; bytes: number }> {
    const dir = mkdtempSync(join(tmpdir(), 'proj-bench-pages-'));
    try {
        const generated = join(dir, 'plan-1000.proj');
        writeFileSync(generated, planText(generatePlan(1_000)));
        const example = join(root, 'examples', 'office-move.proj');
        const pages: Array<[string, string[]]> = [
            ['export office-move', ['export', example]],
            ['report office-move', ['report', example]],
            ['export 1000 tasks', ['export', generated]],
        ];
        console.log(`html     renderer out/charts.js ${kilobytes(statSync(join(root, 'out', 'charts.js')).size)}, inlined in every page`);
        return pages.map(([page, args]) => {
            const output = join(dir, `${page.replace(/\W+/g, '-')}.html`);
            const run = spawnSync(process.execPath, [join(root, 'bin', 'proj.js'), ...args, '--format', 'html', '--output', output], { encoding: 'utf8' });
            if (run.status !== 0) {
                throw new Error(`proj ${args[0]} failed: ${run.stderr}`);
            }
            const bytes = statSync(output).size;
            console.log(`html     ${page.padEnd(20)} ${kilobytes(bytes).padStart(8)}`);
            return { page, bytes };
        });
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}
