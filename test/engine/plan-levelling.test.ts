import { describe, expect, test } from 'vitest';
import { earnedValueOf } from '../../language/src/engine/earned-value.js';
import { levelledScheduleOf } from '../../language/src/engine/levelling/plan-levelling.js';
import type { PlanInput, Schedule } from '../../language/src/engine/plan-model.js';
import { overAllocations, resourceLoading } from '../../language/src/engine/resource-loading.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { plan, resource } from './plan-builder.js';

// 2027-01-04 is a Monday. The project works Monday to Friday.

function levelled(input: PlanInput): Schedule {
    return levelledScheduleOf(input, schedulePlan(input));
}

const item = (schedule: Schedule, id: string) => schedule.items.find(candidate => candidate.id === id)!;

describe('a levelled plan', () => {
    const crewPlan = plan({
        fitout: { duration: '5d', assign: ['crew 3'] },
        briefing: { duration: '3d', assign: ['crew 2'] },
        survey: { duration: '2d', after: ['fitout'] },
    }, { resources: [resource('crew', { units: 4 })] });

    test('work waits until the resource is free, and says for whom and how long', () => {
        const schedule = levelled(crewPlan);
        expect(schedule.levelled).toBe(true);
        // Either order is as short: 8 working days either way; the survey follows the fit-out.
        expect(schedule.finish).toBe('2027-01-13');
        const delayed = schedule.items.filter(candidate => candidate.levellingDelay !== undefined);
        expect(delayed).toHaveLength(1);
        const waiting = delayed[0];
        expect(waiting.startReason).toBe('levelling');
        expect(waiting.delayedBy).toEqual({ resource: 'crew', items: [waiting.id === 'fitout' ? 'briefing' : 'fitout'] });
        expect(waiting.levellingDelay).toBe(waiting.id === 'fitout' ? 3 : 5);
        expect(overAllocations(resourceLoading(crewPlan, schedule))).toEqual([]);
    });

    test('floats allow for resources: work that would clash if it slipped has none', () => {
        const schedule = levelled(crewPlan);
        // Unlevelled, the briefing has float; levelled, it and the fit-out take turns with the crew
        // to the plan's end, so neither can slip.
        expect(item(schedulePlan(crewPlan), 'briefing').totalFloat).toBeGreaterThan(0);
        expect(item(schedule, 'briefing')).toMatchObject({ totalFloat: 0, critical: true });
        expect(item(schedule, 'fitout')).toMatchObject({ totalFloat: 0, critical: true });
    });

    test('higher priority goes first; priority 1000 never moves', () => {
        const prioritised = plan({
            fitout: { duration: '5d', assign: ['crew 3'] },
            briefing: { duration: '3d', assign: ['crew 2'], priority: 900 },
        }, { resources: [resource('crew', { units: 4 })] });
        expect(item(levelled(prioritised), 'briefing').start).toBe('2027-01-04');
        expect(item(levelled(prioritised), 'fitout').start).toBe('2027-01-07');
        const fixed = plan({
            fitout: { duration: '5d', assign: ['crew 3'], priority: 1000 },
            briefing: { duration: '3d', assign: ['crew 2'], priority: 999 },
        }, { resources: [resource('crew', { units: 4 })] });
        expect(item(levelled(fixed), 'fitout').start).toBe('2027-01-04');
        expect(item(levelled(fixed), 'briefing').start).toBe('2027-01-11');
    });

    test('work that has started keeps its days; what waits fits around it', () => {
        const started = plan({
            fitout: { duration: '5d', assign: ['crew 3'], constraints: [['start-no-earlier-than', '2027-01-05']], progress: 20, actualStart: '2027-01-05' },
            briefing: { duration: '3d', assign: ['crew 2'], priority: 900 },
        }, { resources: [resource('crew', { units: 4 })], status: '2027-01-05' });
        const schedule = levelled(started);
        expect(item(schedule, 'fitout').start).toBe('2027-01-05');
        expect(item(schedule, 'briefing').start).toBe('2027-01-12');
    });

    test('a link from a phase waits for all of its work, levelled', () => {
        const phased = plan({
            build: { kind: 'phase' },
            walls: { duration: '2d', phase: 'build', assign: ['crew 4'] },
            roof: { duration: '2d', phase: 'build', assign: ['crew 4'] },
            paint: { duration: '1d', after: ['build'] },
        }, { resources: [resource('crew', { units: 4 })] });
        const schedule = levelled(phased);
        expect(item(schedule, 'paint').start).toBe('2027-01-08');
        expect(item(schedule, 'build')).toMatchObject({ start: '2027-01-04', finish: '2027-01-07' });
    });

    test('a plan whose work asks nothing of its resources is levelled as it is', () => {
        const free = plan({ a: { duration: '2d' } }, { resources: [resource('crew')] });
        expect(levelled(free)).toEqual({ ...schedulePlan(free), levelled: true });
    });

    test('earned value plans by the levelled dates: what waits is not planned to be done yet', () => {
        const costed = (level: boolean) => plan({
            fitout: { duration: '5d', assign: ['crew 3'], resourceCostPerDay: 100 },
            briefing: { duration: '3d', assign: ['crew 2'], resourceCostPerDay: 100 },
        }, { resources: [resource('crew', { units: 4 })], status: '2027-01-06', level });
        const plannedValue = (level: boolean) => earnedValueOf(costed(level))!.lines.at(-1)!.pv;
        // By the end of Wednesday: three days of both unlevelled, three days of one levelled.
        expect(plannedValue(false)).toBe(600);
        expect(plannedValue(true)).toBe(300);
    });
});
