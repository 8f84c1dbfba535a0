// Random plans of everything the scheduler honours, for checking the risk network's passes
// against schedulePlan and against each other: the same plan for the same seed.
import { isoDateOfDayNumber } from '../../../language/src/engine/calendar-dates.js';
import { parseWorkingSpan, type SpanUnit, type WorkingSpan } from '../../../language/src/engine/durations.js';
import type { ConstraintKind, DependencyType, PlanInput, PlanItemInput } from '../../../language/src/engine/plan-model.js';
import { Random } from '../../support/seeded-random.js';
import { calendar } from '../plan-builder.js';

const SPANS = ['1d', '2d', '3d', '5d', '8d', '2w', '4h', '1.5d', '2ed'];
const LAGS = ['+1d', '+2d', '-1d', '+3ed', '+4h'];
const CONSTRAINTS: ConstraintKind[] = ['start-no-earlier-than', 'finish-no-earlier-than', 'finish-no-later-than', 'start-no-later-than', 'start-on', 'finish-on'];
const TYPES: DependencyType[] = ['FS', 'FS', 'FS', 'SS', 'FF', 'SF'];

/**
 * A random plan of everything the scheduler honours: links of every type with lags and leads
 * (elapsed too), phases with links of their own, milestones, constraints, deadlines, task
 * calendars, work as late as possible, and progress against a status date; part days when `hours`.
 */
export function randomPlan(seed: number, hours: boolean): PlanInput {
    const random = new Random(seed);
    const items: PlanItemInput[] = [];
    const ids: string[] = [];
    const day = (offset: number) => isoDateOfDayNumber(19726 + offset);
    for (let k = 0; k < 40; k++) {
        if (k % 10 === 0) {
            const phase = `p${k / 10}`;
            items.push({
                id: phase, kind: 'phase', dependencies: k > 0 && random.chance(0.5) ? [{ predecessor: random.pick(ids), type: 'FS' }] : [],
                constraints: random.chance(0.2) ? [{ kind: 'start-no-earlier-than', date: day(random.between(0, 30)) }] : [],
            });
        }
        const id = `t${k}`;
        const milestone = random.chance(0.15);
        const spans = hours ? SPANS : SPANS.filter(span => !span.endsWith('h') && !span.includes('.') && !span.endsWith('ed'));
        const dependencies = ids.length === 0 ? [] : Array.from({ length: random.between(0, 2) }, () => {
            const lags = hours ? LAGS : LAGS.filter(lag => !lag.endsWith('h'));
            return { predecessor: random.pick(ids), type: random.pick(TYPES), lag: random.chance(0.3) ? parseWorkingSpan(random.pick(lags)) : undefined };
        });
        const progress = random.chance(0.3) ? random.pick([0, 25, 50, 100]) : undefined;
        items.push({
            id, kind: milestone ? 'milestone' : 'task', phase: `p${Math.floor(k / 10)}`,
            duration: milestone ? undefined : parseWorkingSpan(random.pick(spans)),
            dependencies,
            constraints: random.chance(0.15) ? [{ kind: random.pick(CONSTRAINTS), date: day(random.between(0, 60)) }] : [],
            progress,
            actualStart: progress !== undefined && progress > 0 && random.chance(0.5) ? day(random.between(0, 5)) : undefined,
            actualFinish: progress === 100 && random.chance(0.5) ? day(random.between(6, 10)) : undefined,
            calendar: random.chance(0.1) ? calendar(['mon', 'tue', 'wed', 'thu']) : undefined,
            schedule: random.chance(0.1) ? 'alap' : undefined,
            deadline: random.chance(0.1) ? day(random.between(10, 60)) : undefined,
        });
        ids.push(id);
    }
    return {
        id: 'random', start: '2027-01-04', status: random.chance(0.7) ? '2027-01-20' : undefined, deadline: random.chance(0.5) ? '2027-03-01' : undefined,
        calendar: { workdays: [], holidays: [{ from: '2027-01-18' }, { from: '2027-02-15', to: '2027-02-16' }] }, items,
    };
}

/**
 * The plan on one calendar, its elapsed lags in working days, with no work as late as possible,
 * and its durations four times as many whole days (so that work a quarter or half done leaves whole
 * days): the common case that the passes on working days (working-day-passes.ts) take, all else kept.
 */
export function onOneCalendar(plan: PlanInput): PlanInput {
    const working = (lag: WorkingSpan | undefined) => lag && { amount: lag.amount, unit: lag.unit.replace(/^e/, '') as SpanUnit };
    return {
        ...plan,
        items: plan.items.map(item => ({
            ...item, calendar: undefined, schedule: undefined,
            duration: item.duration && { amount: 4 * item.duration.amount * (item.duration.unit === 'w' ? 5 : 1), unit: 'd' },
            dependencies: item.dependencies.map(dependency => ({ ...dependency, lag: working(dependency.lag) })),
        })),
    };
}
