// Entry point of the `proj` command (bundled into out/cli.cjs, run by bin/proj.js).
import { main } from './program.js';

// `proj check big/ | head`: once the reader has gone, stop quietly rather than with a stack trace.
for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code !== 'EPIPE') {
            throw error;
        }
        process.exit(process.exitCode ?? 0);
    });
}

void main(process.argv.slice(2)).then(exitOnceWritten);

/**
 * Every command is done when `main` is. Left to end by itself, the process would first wait for
 * V8's background work (optimising hot functions, marking the heap) that no longer matters.
 */
function exitOnceWritten(): void {
    let unflushed = 2;
    for (const stream of [process.stdout, process.stderr]) {
        stream.write('', () => {
            if (--unflushed === 0) {
                process.exit();
            }
        });
    }
}
