import { parseWorkingSpan } from '../../language/src/engine/durations.js';
import type { ConstraintKind, DependencyType, PlanInput, PlanItemInput, ResourceInput } from '../../language/src/engine/plan-model.js';
import type { WeekdayName } from '../../language/src/engine/calendar-dates.js';
import type { CalendarInput } from '../../language/src/engine/working-calendar.js';

/** A calendar from its workdays and one-day holidays. */
export function calendar(workdays: WeekdayName[], holidays: string[] = [], name?: string): CalendarInput {
    return { name, workdays, holidays: holidays.map(from => ({ from })) };
}

/** A resource: `units` 1, the project's calendar and no leave unless given. */
export function resource(id: string, options: { units?: number; calendar?: CalendarInput; leave?: Array<[string, string?]> } = {}): ResourceInput {
    return { id, units: options.units ?? 1, calendar: options.calendar, leave: (options.leave ?? []).map(([from, to]) => ({ from, to })) };
}

/** `'a FS +2d'`, `'b SS'`, `'c'`, `'alpha.done'`: a dependency as written after `after`. */
function dependency(text: string) {
    const [reference, ...rest] = text.split(' ');
    const type = (rest.find(part => /^(FS|SS|FF|SF)$/.test(part)) ?? 'FS') as DependencyType;
    const lag = rest.find(part => /^[+-]?\d/.test(part));
    // `alpha.done`: work of plan alpha, in a programme.
    const [project, predecessor] = reference.includes('.') ? reference.split('.') : [undefined, reference];
    return { predecessor, ...(project ? { project } : {}), type, lag: lag ? parseWorkingSpan(lag) : undefined };
}

export interface ItemSketch {
    kind?: PlanItemInput['kind'];
    phase?: string;
    duration?: string;
    estimate?: [string, string, string];
    after?: string[];
    constraints?: Array<[ConstraintKind, string]>;
    progress?: number;
    actualStart?: string;
    actualFinish?: string;
    cost?: number;
    resourceCostPerDay?: number;
    spent?: number;
    budget?: number;
    /** `'crew 3'` for 3 units, `'alex'` for one. */
    assign?: string[];
    calendar?: CalendarInput;
    priority?: number;
    schedule?: 'asap' | 'alap';
    deadline?: string;
}

/** A plan from a compact sketch: ids to items, in order; the calendar works Monday to Friday by default. */
export function plan(items: Record<string, ItemSketch>, options: {
    id?: string; start?: string; status?: string; deadline?: string; budget?: number; schedule?: 'asap' | 'alap'; workdays?: WeekdayName[]; holidays?: string[]; resources?: ResourceInput[]; level?: boolean;
} = {}): PlanInput {
    return {
        id: options.id ?? 'test',
        start: options.start ?? '2027-01-04',
        status: options.status,
        deadline: options.deadline,
        budget: options.budget,
        calendar: { workdays: options.workdays ?? [], holidays: (options.holidays ?? []).map(from => ({ from })) },
        resources: options.resources,
        level: options.level,
        schedule: options.schedule,
        items: Object.entries(items).map(([id, sketch]) => ({
            id,
            kind: sketch.kind ?? (sketch.duration || sketch.estimate ? 'task' : 'milestone'),
            phase: sketch.phase,
            duration: sketch.duration ? parseWorkingSpan(sketch.duration) : undefined,
            estimate: sketch.estimate ? {
                optimistic: parseWorkingSpan(sketch.estimate[0])!, mostLikely: parseWorkingSpan(sketch.estimate[1])!, pessimistic: parseWorkingSpan(sketch.estimate[2])!,
            } : undefined,
            dependencies: (sketch.after ?? []).map(dependency),
            constraints: (sketch.constraints ?? []).map(([kind, date]) => ({ kind, date })),
            progress: sketch.progress,
            actualStart: sketch.actualStart,
            actualFinish: sketch.actualFinish,
            cost: sketch.cost,
            resourceCostPerDay: sketch.resourceCostPerDay,
            spent: sketch.spent,
            budget: sketch.budget,
            assignments: sketch.assign?.map(text => {
                const [resource, units] = text.split(' ');
                return { resource, units: units === undefined ? 1 : Number(units) };
            }),
            calendar: sketch.calendar,
            priority: sketch.priority,
            schedule: sketch.schedule,
            deadline: sketch.deadline,
        })),
    };
}
