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

    const [unlinkedEditMs, oneWaitingMs, linkedEditMs] = await editTimes(root, [{ plans: unlinked, edited: 10 }, { plans: linked, edited: 18 }, { plans: linked, edited: 10 }]);
    const ratio = (ms: number) => `${(ms / unlinkedEditMs).toFixed(2)}x, target <= ${EDIT_TARGET_RATIO}x ${ms / unlinkedEditMs <= EDIT_TARGET_RATIO ? 'met' : 'MISSED'}`;
    console.log(`programme edit to the new diagnostics of the plans that wait for it: one plan waits (plan18) ${formatMs(oneWaitingMs)} (${ratio(oneWaitingMs)}), `
        + `nine wait (plan10) ${formatMs(linkedEditMs)} (${ratio(linkedEditMs)}); the same edit in an unlinked plan, to its own diagnostics, ${formatMs(unlinkedEditMs)}`);
    return { engineMs, unlinkedEngineMs, oneWaitingMs, linkedEditMs, unlinkedEditMs };
}

const EDITS = 11;

/**
 * For each case (a workspace of plans, the plan edited in it, its start moved a day each time), the
 * median time from the edit to the diagnostics of every plan that waits for it, or of the plan itself
 * where none does. Each workspace has a language server of its own, and the cases take turns edit by
 * edit: on a shared machine, a busy spell slows them alike rather than one case.
 */
async function editTimes(root: string, cases: ReadonlyArray<{ readonly plans: ReturnType<typeof generateProgramme>; readonly edited: number }>): Promise<number[]> {
    const uriOf = (k: number) => `file:///bench/programme/plan${k}.proj`;
    const sessions = new Map<ReturnType<typeof generateProgramme>, LanguageServerSession>();
    try {
        for (const { plans } of cases) {
            if (!sessions.has(plans)) {
                const session = new LanguageServerSession(root);
                sessions.set(plans, session);
                await session.initialize();
                for (let k = 0; k < plans.length; k++) {
                    await session.open(uriOf(k), planText(plans[k]));
                }
            }
        }
        // The checks that wait for a pause in typing, after the opening, are over before the first edit.
        await new Promise(resolve => setTimeout(resolve, 1000));
        const times = cases.map((): number[] => []);
        for (let edit = 0; edit < EDITS; edit++) {
            for (const [c, { plans, edited }] of cases.entries()) {
                const session = sessions.get(plans)!;
                const linked = plans.some(plan => plan.items.some(item => item.dependencies.some(dependency => dependency.project !== undefined)));
                // In the generated programme each plan waits for the one before: all after the one edited wait for it.
                const waiting = linked ? plans.slice(edited + 1).map((_, j) => uriOf(edited + 1 + j)) : [uriOf(edited)];
                const text = planText(plans[edited]).replace('start 2027-01-04', `start 2027-01-${String(5 + edit).padStart(2, '0')}`);
                const published = Promise.all(waiting.map(uri => session.nextPublishFor(uri)));
                const started = performance.now();
                await session.change(uriOf(edited), text);
                await published;
                times[c].push(performance.now() - started);
            }
        }
        return times.map(list => list.sort((a, b) => a - b)[Math.floor(list.length / 2)]);
    } finally {
        sessions.forEach(session => session.dispose());
    }
}
