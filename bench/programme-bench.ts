// A programme of linked plans: scheduling it in the engine, beside the same plans unlinked, and
// an edit through the real language server, to the new diagnostics of the plans that wait for the
// one edited, beside the same edit in a workspace of the same plans unlinked.
import { scheduleProgramme } from '../language/src/engine/programme.js';
import { schedulePlan } from '../language/src/engine/scheduler.js';
import { generateProgramme, planText } from './generate-plan.js';
import { LanguageServerSession } from './language-server-session.js';
import { formatMs, medianMs } from './measure.js';

const PLANS = 20;
const TASKS = 500;
const ENGINE_TARGET_MS = 200;
const EDIT_TARGET_RATIO = 1.5;

export interface ProgrammeFigures {
    readonly engineMs: number;
    readonly unlinkedEngineMs: number;
    readonly linkedEditMs: number;
    readonly unlinkedEditMs: number;
}

export async function benchProgramme(root: string): Promise<ProgrammeFigures> {
    const linked = generateProgramme(PLANS, TASKS);
    const unlinked = linked.map(plan => ({ ...plan, items: plan.items.map(item => ({ ...item, dependencies: item.dependencies.filter(dependency => dependency.project === undefined) })) }));
    const engineMs = await medianMs(() => scheduleProgramme(linked), 7, 2);
    const unlinkedEngineMs = await medianMs(() => unlinked.forEach(plan => schedulePlan(plan)), 7, 2);
    console.log(`programme ${PLANS} plans x ${TASKS} tasks, linked  ${formatMs(engineMs).padStart(9)} in the engine (each plan alone: ${formatMs(unlinkedEngineMs)}), target < ${ENGINE_TARGET_MS} ms ${engineMs < ENGINE_TARGET_MS ? 'met' : 'MISSED'}`);

    const linkedEditMs = await editToDependents(root, linked);
    const unlinkedEditMs = await editToDependents(root, unlinked);
    const ratio = linkedEditMs / unlinkedEditMs;
    console.log(`programme edit in plan10 to the diagnostics of the plans after it: ${formatMs(linkedEditMs)}; the same edit unlinked, to its own: ${formatMs(unlinkedEditMs)}`
        + ` (${ratio.toFixed(2)}x, target <= ${EDIT_TARGET_RATIO}x ${ratio <= EDIT_TARGET_RATIO ? 'met' : 'MISSED'})`);
    return { engineMs, unlinkedEngineMs, linkedEditMs, unlinkedEditMs };
}

/**
 * The median time from an edit of plan10 (its start) to the diagnostics of every plan that waits
 * for it, or of plan10 itself where none does.
 */
async function editToDependents(root: string, plans: ReturnType<typeof generateProgramme>): Promise<number> {
    const session = new LanguageServerSession(root);
    try {
        await session.initialize();
        const uriOf = (k: number) => `file:///bench/programme/plan${k}.proj`;
        const texts = plans.map(planText);
        for (let k = 0; k < plans.length; k++) {
            await session.open(uriOf(k), texts[k]);
        }
        const edited = 10;
        const waiting = plans.some(plan => plan.items.some(item => item.dependencies.some(dependency => dependency.project !== undefined)))
            ? plans.slice(edited + 1).map((_, k) => uriOf(edited + 1 + k))
            : [uriOf(edited)];
        const times: number[] = [];
        for (let edit = 0; edit < 7; edit++) {
            // The plan starts a day later each time: all its work moves, and all that waits for it.
            const text = texts[edited].replace('start 2027-01-04', `start 2027-01-${String(5 + edit).padStart(2, '0')}`);
            const published = Promise.all(waiting.map(uri => session.nextPublishFor(uri)));
            const started = performance.now();
            await session.change(uriOf(edited), text);
            await published;
            times.push(performance.now() - started);
        }
        return times.sort((a, b) => a - b)[Math.floor(times.length / 2)];
    } finally {
        session.dispose();
    }
}
