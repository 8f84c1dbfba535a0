// Times a whole `proj` command as a shell or a git hook runs it: `node bin/proj.js <args>` in a
// fresh process each time, spawned from this plain Node process, not from the benchmark's own
// (vite-node keeps working beside its children, and on a 2-core machine slowed them by 40 ms).
// Usage: node bench/time-command.mjs <runs> <warm-ups> <args...>; prints the median in ms, or the
// failure's standard error with exit code 1 (`check` may exit 1 for a plan with errors).
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const [runs, warmUps, ...args] = process.argv.slice(2);
const binary = fileURLToPath(new URL('../bin/proj.js', import.meta.url));
const times = [];
for (let run = 0; run < Number(warmUps) + Number(runs); run++) {
    const started = performance.now();
    const result = spawnSync(process.execPath, [binary, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    const ms = performance.now() - started;
    if (result.status !== 0 && !(args[0] === 'check' && result.status === 1)) {
        process.stderr.write(result.stderr);
        process.exit(1);
    }
    if (run >= Number(warmUps)) {
        times.push(ms);
    }
}
times.sort((a, b) => a - b);
process.stdout.write(`${times[Math.floor(times.length / 2)]}\n`);
