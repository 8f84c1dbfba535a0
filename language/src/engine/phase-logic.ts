// A phase's links and constraints mean what they mean on a summary task in MS Project: they hold
// the work inside it. `phase delivery { after approval }`: no task or milestone in delivery, at any
// depth, starts before approval finishes. Scheduling and levelling see them pushed down onto that
// work; the schedule then names the phase where its link drives a start, and reports a missed
// constraint of the phase on the phase.
//
// Only what means the same for the phase as for each piece of work in it applies, which is what MS
// Project allows on a summary task: FS and SS links (the phase starts when its first work does, so
// each must wait), `start no earlier than` and `finish no later than`. An FF or SF link would make
// every piece finish late, and `start on`, `finish on`, `start no later than` and `finish no
// earlier than` would bind every piece where they mean the phase's first start or last finish:
// they are ignored here, and validation reports them.
import { linkedId, type ConstraintInput, type ConstraintKind, type DependencyInput, type DependencyType, type MissedDate, type PlanInput, type PlanItemInput, type Schedule, type ScheduledItem } from './plan-model.js';

const PHASE_LINK_TYPES: ReadonlySet<DependencyType> = new Set(['FS', 'SS']);
const PHASE_CONSTRAINT_KINDS: ReadonlySet<ConstraintKind> = new Set(['start-no-earlier-than', 'finish-no-later-than']);

/** Whether a phase's link of this type holds its work (FS, SS). */
export function isPhaseLinkType(type: DependencyType): boolean {
    return PHASE_LINK_TYPES.has(type);
}

/** Whether a phase's constraint of this kind holds its work (`start no earlier than`, `finish no later than`). */
export function isPhaseConstraintKind(kind: ConstraintKind): boolean {
    return PHASE_CONSTRAINT_KINDS.has(kind);
}

/** What each piece of work has from the phases around it, by index in the plan. */
interface Inherited {
    readonly dependencies: ReadonlyArray<{ readonly phase: string; readonly dependency: DependencyInput }>;
    /** Appended after the item's own constraints, in this order. */
    readonly constraints: ReadonlyArray<{ readonly phase: string; readonly index: number }>;
}

interface WorkWithPhaseLogic {
    readonly plan: PlanInput;
    readonly inherited: ReadonlyArray<Inherited | undefined>;
}

const pushed = new WeakMap<PlanInput, WorkWithPhaseLogic>();

/**
 * The plan with each phase's links and constraints on the work inside it, and none left on the
 * phases; the plan itself when no phase has any.
 */
export function withPhaseLogicOnWork(plan: PlanInput): PlanInput {
    return workWithPhaseLogic(plan).plan;
}

function workWithPhaseLogic(plan: PlanInput): WorkWithPhaseLogic {
    let found = pushed.get(plan);
    if (!found) {
        pushed.set(plan, found = pushDown(plan));
    }
    return found;
}

function pushDown(plan: PlanInput): WorkWithPhaseLogic {
    if (!plan.items.some(item => item.kind === 'phase' && (item.dependencies.length > 0 || item.constraints.length > 0))) {
        return { plan, inherited: [] };
    }
    const phases = new Map<string, PlanItemInput>();
    for (const item of plan.items) {
        if (item.kind === 'phase' && !phases.has(item.id)) {
            phases.set(item.id, item);
        }
    }
    const inherited: Array<Inherited | undefined> = [];
    const items = plan.items.map((item, i): PlanItemInput => {
        if (item.kind === 'phase') {
            return item.dependencies.length > 0 || item.constraints.length > 0 ? { ...item, dependencies: [], constraints: [] } : item;
        }
        const dependencies: Array<{ phase: string; dependency: DependencyInput }> = [];
        const constraints: Array<{ phase: string; index: number; constraint: ConstraintInput }> = [];
        const seen = new Set<string>();
        // Bounded by `seen`: with duplicate ids (an error) the chain of phases could loop.
        for (let phase = item.phase; phase !== undefined && !seen.has(phase); phase = phases.get(phase)?.phase) {
            seen.add(phase);
            const around = phases.get(phase);
            around?.dependencies.filter(dependency => isPhaseLinkType(dependency.type)).forEach(dependency => dependencies.push({ phase, dependency }));
            around?.constraints.forEach((constraint, index) => {
                if (isPhaseConstraintKind(constraint.kind)) {
                    constraints.push({ phase, index, constraint });
                }
            });
        }
        if (dependencies.length === 0 && constraints.length === 0) {
            return item;
        }
        inherited[i] = { dependencies, constraints: constraints.map(({ phase, index }) => ({ phase, index })) };
        return {
            ...item,
            dependencies: [...item.dependencies, ...dependencies.map(({ dependency }) => dependency)],
            constraints: [...item.constraints, ...constraints.map(({ constraint }) => constraint)],
        };
    });
    return { plan: { ...plan, items }, inherited };
}

/**
 * The schedule of the plan (scheduled with its phases' logic on their work) as the plan reads:
 * the phase named where its link drives a start (the phase's own start too, when it drives its
 * first work), and a missed constraint of a phase reported once, on the phase, by the piece of
 * work that misses it most.
 */
export function withPhaseLogicOnPhases(plan: PlanInput, schedule: Schedule): Schedule {
    const { inherited } = workWithPhaseLogic(plan);
    if (inherited.length === 0) {
        return schedule;
    }
    const indexOf = new Map<string, number>();
    plan.items.forEach((item, i) => {
        if (!indexOf.has(item.id)) {
            indexOf.set(item.id, i);
        }
    });
    const within = (id: string, phase: string): boolean => {
        const seen = new Set<string>();
        for (let at = plan.items[indexOf.get(id) ?? -1]?.phase; at !== undefined && !seen.has(at); at = plan.items[indexOf.get(at) ?? -1]?.phase) {
            if (at === phase) {
                return true;
            }
            seen.add(at);
        }
        return false;
    };
    // A link to `driver`, or to a phase it is in: a link from a phase is driven by its work.
    const linksTo = (dependency: DependencyInput, driver: string) => linkedId(dependency) === driver || within(driver, linkedId(dependency));
    const items = schedule.items.map(scheduled => {
        const i = indexOf.get(scheduled.id);
        const from = i === undefined ? undefined : inherited[i];
        const driver = scheduled.drivingPredecessor;
        if (!from || driver === undefined || plan.items[i!].dependencies.some(dependency => linksTo(dependency, driver))) {
            return scheduled;
        }
        const phase = from.dependencies.find(({ dependency }) => linksTo(dependency, driver))?.phase;
        return phase === undefined ? scheduled : { ...scheduled, drivingPhase: phase };
    });
    // A phase starts with its first work: where the phase's own link sets that start, it sets the phase's.
    // In a plan that uses hours, to the minute: work started that morning is not held by a link that lets work start at 15:00.
    const startOf = (scheduled: ScheduledItem) => `${scheduled.start} ${scheduled.startTime ?? ''}`;
    const phaseStarts = new Map<string, { readonly driver: string; readonly start: string }>();
    for (const scheduled of items) {
        if (scheduled.drivingPhase !== undefined && scheduled.drivingPredecessor !== undefined) {
            const known = phaseStarts.get(scheduled.drivingPhase);
            if (!known || startOf(scheduled) < known.start) {
                phaseStarts.set(scheduled.drivingPhase, { driver: scheduled.drivingPredecessor, start: startOf(scheduled) });
            }
        }
    }
    const withPhases = items.map(scheduled => {
        const set = scheduled.kind === 'phase' ? phaseStarts.get(scheduled.id) : undefined;
        return set && set.start === startOf(scheduled) ? { ...scheduled, drivingPredecessor: set.driver, drivingPhase: scheduled.id } : scheduled;
    });
    const missedDates: MissedDate[] = [];
    const byPhaseConstraint = new Map<string, number>();
    for (const missed of schedule.missedDates) {
        const i = missed.item === undefined ? undefined : indexOf.get(missed.item);
        const own = i === undefined ? 0 : plan.items[i].constraints.length;
        const origin = i === undefined || missed.constraintIndex === undefined || missed.constraintIndex < own
            ? undefined : inherited[i]?.constraints[missed.constraintIndex - own];
        if (!origin) {
            missedDates.push(missed);
            continue;
        }
        const onPhase: MissedDate = { ...missed, item: origin.phase, constraintIndex: origin.index };
        const key = `${origin.phase}\u0000${origin.index}`;
        const at = byPhaseConstraint.get(key);
        if (at === undefined) {
            byPhaseConstraint.set(key, missedDates.length);
            missedDates.push(onPhase);
        } else if (missed.workingDays > missedDates[at].workingDays) {
            missedDates[at] = onPhase;
        }
    }
    return { ...schedule, items: withPhases, missedDates };
}
