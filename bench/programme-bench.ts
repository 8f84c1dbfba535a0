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
    readonly oneWaitingMs: number;
    readonly linkedEditMs: number;
    readonly unlinkedEditMs: number;
}

export async function benchProgramme(root: string): Promise<ProgrammeFigures> {
    const linked = generateProgramme(PLANS, TASKS);
    const unlinked = linked.map(plan => ({ ...plan, items: plan.items.map(item => ({ ...item, dependencies: item.dependencies.filter(dependency => dependency.project === undefined) })) }));
    const engineMs = await medianMs(() => scheduleProgramme(linked), 7, 2);
    const unlinkedEngineMs = await medianMs(() => unlinked.forEach(plan => schedulePlan(plan)), 7, 2);
    console.log(`programme ${PLANS} plans x ${TASKS} tasks, linked  ${formatMs(engineMs).padStart(9)} in the engine (each plan alone: ${formatMs(unlinkedEngineMs)}), target < ${ENGINE_TARGET_MS} ms ${engineMs < ENGINE_TARGET_MS ? 'met' : 'MISSED'}`);

    const [unlinkedEditMs] = await editTimes(root, unlinked, [10]);
    const [oneWaitingMs, linkedEditMs] = await editTimes(root, linked, [18, 10]);
    const ratio = (ms: number) => `${(ms / unlinkedEditMs).toFixed(2)}x, target <= ${EDIT_TARGET_RATIO}x ${ms / unlinkedEditMs <= EDIT_TARGET_RATIO ? 'met' : 'MISSED'}`;
    console.log(`programme edit to the new diagnostics of the plans that wait for it: one plan waits (plan18) ${formatMs(oneWaitingMs)} (${ratio(oneWaitingMs)}), `
        + `nine wait (plan10) ${formatMs(linkedEditMs)} (${ratio(linkedEditMs)}); the same edit in an unlinked plan, to its own diagnostics, ${formatMs(unlinkedEditMs)}`);
    return { engineMs, unlinkedEngineMs, oneWaitingMs, linkedEditMs, unlinkedEditMs };
}

/**
 * For each plan edited in turn (its start moved a day each time), the median time from the edit
 * to the diagnostics of every plan that waits for it, or of the plan itself where none does.
 */
async function editTimes(root: string, plans: ReturnType<typeof generateProgramme>, edited: readonly number[]): Promise<number[]> {
    const session = new LanguageServerSession(root);
    try {
        await session.initialize();
        const uriOf = (k: number) => `file:///bench/programme/plan${k}.proj`;
        const texts = plans.map(planText);
        for (let k = 0; k < plans.length; k++) {
            await session.open(uriOf(k), texts[k]);
        }
        const linked = plans.some(plan => plan.items.some(item => item.dependencies.some(dependency => dependency.project !== undefined)));
        const medians: number[] = [];
        for (const k of edited) {
            // In the generated programme each plan waits for the one before: all after the one edited wait for it.
            const waiting = linked ? plans.slice(k + 1).map((_, j) => uriOf(k + 1 + j)) : [uriOf(k)];
            const times: number[] = [];
            for (let edit = 0; edit < 7; edit++) {
                const text = texts[k].replace('start 2027-01-04', `start 2027-01-${String(5 + edit).padStart(2, '0')}`);
                const published = Promise.all(waiting.map(uri => session.nextPublishFor(uri)));
                const started = performance.now();
                await session.change(uriOf(k), text);
                await published;
                times.push(performance.now() - started);
            }
            medians.push(times.sort((a, b) => a - b)[Math.floor(times.length / 2)]);
        }
        return medians;
    } finally {
        session.dispose();
    }
}
