import type { CompletionList, Hover, Position } from 'vscode-languageserver-protocol';
import { generatePlan, planText } from './generate-plan.js';
import { LanguageServerSession } from './language-server-session.js';
import { formatMs, medianMs } from './measure.js';

const TARGET_MS = 50;

/**
 * What a user waits for in the editor on a large plan, through the real language server over
 * stdio: completion after `after ` in the middle of the file (every task, milestone and phase of
 * the project can follow) and hover on a task's id, each the median of several requests after a
 * warm-up, once the plan has been validated.
 */
export async function benchEditor(root: string, tasks = 10_000): Promise<void> {
    const session = new LanguageServerSession(root);
    try {
        await session.initialize();
        const uri = 'file:///bench/plan.proj';
        const text = planText(generatePlan(tasks));
        await session.open(uri, text);

        const middle = text.indexOf('after ', Math.floor(text.length / 2));
        const afterPosition = positionAt(text, middle + 'after '.length);
        let offered = 0;
        const completionMs = await medianMs(async () => {
            const list = await session.request<CompletionList | null>('textDocument/completion', { textDocument: { uri }, position: afterPosition });
            offered = list?.items.length ?? 0;
            if (offered === 0) {
                throw new Error('Completion after `after ` offered nothing.');
            }
        }, 9, 3);
        report(tasks, completionMs, `completion after \`after \` over stdio (median of 9, ${offered} items)`);

        const task = /task (t\d+)/.exec(text.slice(middle - 200))!;
        const hoverPosition = positionAt(text, middle - 200 + task.index + 'task '.length);
        const hoverMs = await medianMs(async () => {
            const hover = await session.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: hoverPosition });
            if (!hover) {
                throw new Error(`Hover on ${task[1]} showed nothing.`);
            }
        }, 9, 3);
        report(tasks, hoverMs, `hover on a task id over stdio (median of 9)`);
    } finally {
        session.dispose();
    }
}

function report(tasks: number, ms: number, what: string): void {
    console.log(`editor   ${String(tasks).padStart(7)} tasks  ${formatMs(ms).padStart(9)}   ${what}, target < ${TARGET_MS} ms ${ms < TARGET_MS ? 'met' : 'MISSED'}`);
}

function positionAt(text: string, offset: number): Position {
    const before = text.slice(0, offset);
    const line = before.split('\n').length - 1;
    return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}
