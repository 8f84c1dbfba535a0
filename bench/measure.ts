/**
 * Runs `work` a few times after a warm-up and returns the median in milliseconds. `cleanUp`, if
 * given, runs after each run, untimed.
 */
export async function medianMs(work: () => unknown, runs = 5, warmUps = 1, cleanUp?: () => unknown): Promise<number> {
    for (let i = 0; i < warmUps; i++) {
        await work();
        await cleanUp?.();
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
        const started = performance.now();
        await work();
        times.push(performance.now() - started);
        await cleanUp?.();
    }
    times.sort((a, b) => a - b);
    return times[Math.floor(times.length / 2)];
}

export function formatMs(ms: number): string {
    return ms >= 100 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(1)} ms`;
}
