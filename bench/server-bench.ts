import { generatePlan, planText } from './generate-plan.js';
import { LanguageServerSession } from './language-server-session.js';
import { formatMs } from './measure.js';

/**
 * The real language server over stdio, as an editor drives it: the time from an edit to the new
 * diagnostics (what a user waits for while typing), the median over several edits, and the time
 * from first opening the plan.
 */
export async function benchServer(root: string, tasks = 10_000): Promise<{ openMs: number; editMs: number }> {
    const session = new LanguageServerSession(root);
    try {
        await session.initialize();
        const uri = 'file:///bench/plan.proj';
        const text = planText(generatePlan(tasks));
        let started = performance.now();
        await session.open(uri, text);
        const openMs = performance.now() - started;
        const editTimes: number[] = [];
        for (let edit = 2; edit <= 8; edit++) {
            started = performance.now();
            const { published } = await session.change(uri, text.replace('duration 3d', `duration ${edit}d`));
            await published;
            editTimes.push(performance.now() - started);
        }
        const editMs = editTimes.sort((a, b) => a - b)[Math.floor(editTimes.length / 2)];
        console.log(`server   ${String(tasks).padStart(7)} tasks  ${formatMs(editMs).padStart(9)}   edit to diagnostics over stdio (median of 7 edits); first open ${formatMs(openMs)}, target < 1500 ms ${editMs < 1500 ? 'met' : 'MISSED'}`);
        return { openMs, editMs };
    } finally {
        session.dispose();
    }
}
