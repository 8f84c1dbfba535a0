// PSPLIB's j30 set written as Proj plans and levelled through the language, as a user's plan is:
// parsed, linked, validated, scheduled and levelled by the `level` statement. Every levelled plan
// is checked from the plan's own words alone: each task after its predecessors, no resource over
// its units on any day, and never shorter than the proven optimum.
import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, test } from 'vitest';
import { isProject } from '../../language/src/generated/ast.js';
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import type { PlanInput, Schedule } from '../../language/src/engine/plan-model.js';
import { PSPLIB, psplibPlanText, psplibSet } from '../support/psplib.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

let services: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
    services = await createTestServices();
});

/** What is wrong with a levelled schedule of a plan whose calendar works every day. */
function violations(plan: PlanInput, schedule: Schedule): string[] {
    const found: string[] = [];
    const dates = new Map(schedule.items.map(item => [item.id, { start: dayNumberOf(item.start), finish: dayNumberOf(item.finish) }]));
    const used = new Map<string, Map<number, number>>();
    for (const item of plan.items) {
        const { start, finish } = dates.get(item.id)!;
        for (const dependency of item.dependencies) {
            const predecessor = dates.get(dependency.predecessor)!;
            if (start <= predecessor.finish) {
                found.push(`${item.id} starts ${start - predecessor.finish} days into ${dependency.predecessor}'s last day`);
            }
        }
        for (const assignment of item.assignments ?? []) {
            const days = used.get(assignment.resource) ?? used.set(assignment.resource, new Map()).get(assignment.resource)!;
            for (let day = start; day <= finish; day++) {
                days.set(day, (days.get(day) ?? 0) + assignment.units);
            }
        }
    }
    for (const resource of plan.resources ?? []) {
        for (const [day, units] of used.get(resource.id) ?? []) {
            if (units > resource.units) {
                found.push(`${resource.id} has ${units} of ${resource.units} units on day ${day}`);
            }
        }
    }
    return found;
}

describe.skipIf(!existsSync(PSPLIB))('PSPLIB j30 as Proj plans', () => {
    test('every instance levels through the language to a feasible plan, never shorter than the optimum and close to it', async () => {
        const deviations: number[] = [];
        for (const instance of psplibSet('j30')) {
            const { document, diagnostics } = await validatePlan(services, psplibPlanText(instance));
            expect(diagnostics.map(diagnostic => diagnostic.message), instance.name).toEqual([]);
            const project = document.parseResult.value.elements.find(isProject)!;
            const schedules = services.Proj.planning.ProjectSchedules;
            const plan = schedules.planOf(project)!;
            const schedule = schedules.scheduleOf(project)!;
            expect(schedule.levelled).toBe(true);
            expect(violations(plan, schedule), instance.name).toEqual([]);
            const makespan = dayNumberOf(schedule.finish) + 1 - dayNumberOf(schedule.start);
            expect(makespan, instance.name).toBeGreaterThanOrEqual(instance.optimum);
            deviations.push((makespan - instance.optimum) / instance.optimum);
        }
        expect(deviations).toHaveLength(480);
        // The bench prints the figures; here, the levelling the editor does is the one the bench measures.
        expect(deviations.reduce((sum, deviation) => sum + deviation, 0) / deviations.length).toBeLessThanOrEqual(0.005);
    }, 180_000);
});
