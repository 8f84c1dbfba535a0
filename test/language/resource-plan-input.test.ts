/**
 * What the planning engine is given about resources: pools of units, their calendars and leave,
 * assignments in units, the work's own calendars and priorities, and whether to level.
 */
import { describe, expect, test } from 'vitest';
import { isProject } from '../../language/src/generated/ast.js';
import type { PlanInput, PlanItemInput } from '../../language/src/engine/plan-model.js';
import { planInputOf } from '../../language/src/planning/plan-from-ast.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

const services = await createTestServices();

/** The plan input of the first project of `text` (after `others`), and the codes of its diagnostics. */
async function planOf(text: string, others: string[] = []): Promise<{ plan: PlanInput; codes: string[] }> {
    const { document, diagnostics } = await validatePlan(services, text, others);
    const plan = planInputOf(document.parseResult.value.elements.find(isProject)!)!;
    return { plan, codes: diagnostics.map(diagnostic => String(diagnostic.code)) };
}

/** Each item's `property`, by id, for tasks and milestones. */
function byItem<K extends keyof PlanItemInput>(plan: PlanInput, property: K): Record<string, PlanItemInput[K]> {
    return Object.fromEntries(plan.items.filter(item => item.kind !== 'phase').map(item => [item.id, item[property]]));
}

describe('assignments in units', () => {
    const plan = `project p {
        start 2027-01-04
        resource crew "Facilities crew" { units 4 rate 200/d }
        resource alex "Alex Smith" { rate 350/d }
        task whole { duration 5d assign crew }
        task three { duration 5d assign crew 3 }
        task half { duration 5d assign crew 50% }
        task pair { duration 5d assign crew 3, alex }
        task part { duration 5d assign alex 50% }
        task full { duration 5d assign alex 100% }
        task one { duration 5d assign crew 1 }
        task none { duration 5d }
    }`;

    test('a number as written, a percentage of the resource\'s units, nothing for all of them', async () => {
        const { plan: input, codes } = await planOf(plan);
        // The work clashes for the crew, as plans do before they are levelled: not this test's matter.
        expect(codes.filter(code => code !== 'proj/over-allocated')).toEqual([]);
        expect(byItem(input, 'assignments')).toEqual({
            whole: [{ resource: 'crew', units: 4 }],
            three: [{ resource: 'crew', units: 3 }],
            half: [{ resource: 'crew', units: 2 }],
            pair: [{ resource: 'crew', units: 3 }, { resource: 'alex', units: 1 }],
            part: [{ resource: 'alex', units: 0.5 }],
            full: [{ resource: 'alex', units: 1 }],
            one: [{ resource: 'crew', units: 1 }],
            none: undefined,
        });
    });

    test('cost per day is the rate times the units taken', async () => {
        const { plan: input } = await planOf(plan);
        expect(byItem(input, 'resourceCostPerDay')).toEqual({
            whole: 800, three: 600, half: 400, pair: 600 + 350, part: 175, full: 350, one: 200, none: undefined,
        });
    });

    test('who is assigned reads as written: units, a share, or the name alone', async () => {
        const { plan: input } = await planOf(plan);
        expect(byItem(input, 'resources')).toEqual({
            whole: ['Facilities crew'],
            three: ['Facilities crew (3 units)'],
            half: ['Facilities crew (50%)'],
            pair: ['Facilities crew (3 units)', 'Alex Smith'],
            part: ['Alex Smith (50%)'],
            full: ['Alex Smith'],
            one: ['Facilities crew (1 unit)'],
            none: undefined,
        });
    });

    test('amounts in error: none is left out, more than the resource has is all of it, twice is once with both, up to all', async () => {
        const { plan: input, codes } = await planOf(`project p {
            start 2027-01-04
            resource crew { units 4 rate 100/d }
            task zero { duration 1d assign crew 0 }
            task over { duration 1d assign crew 6 }
            task above { duration 1d assign crew 150% }
            task twice { duration 1d assign crew 1, crew 2 }
            task much { duration 1d assign crew 3, crew 3 }
        }`);
        expect(codes.filter(code => code !== 'proj/assignment-units' && code !== 'proj/duplicate-assignment' && code !== 'proj/over-allocated')).toEqual([]);
        expect(byItem(input, 'assignments')).toEqual({
            zero: undefined,
            over: [{ resource: 'crew', units: 4 }],
            above: [{ resource: 'crew', units: 4 }],
            twice: [{ resource: 'crew', units: 3 }],
            much: [{ resource: 'crew', units: 4 }],
        });
        expect(byItem(input, 'resourceCostPerDay')).toEqual({ zero: undefined, over: 400, above: 400, twice: 300, much: 600 });
    });

    test('an unknown resource is left out of the assignments, kept in the display', async () => {
        const { plan: input } = await planOf(`project p { start 2027-01-04 task a { duration 1d assign nobody 2 } }`);
        expect(input.items[0]).toMatchObject({ assignments: undefined, resources: ['nobody (2 units)'] });
    });
});

describe('resources', () => {
    test('id, title as name, units (1 unless given), calendar resolved with its name, and leave', async () => {
        const { plan, codes } = await planOf(`project p {
            start 2027-01-04
            calendar { workdays mon tue wed thu fri holiday 2027-04-02 }
            calendar shifts { workdays mon tue wed thu fri sat holiday 2027-12-24 to 2027-12-31 "Christmas" }
            resource crew "Facilities crew" { units 4 calendar shifts }
            resource alex "Alex Smith" {
                leave 2027-03-01 to 2027-03-05 "Annual leave"
                leave 2027-03-12
            }
            resource bot
        }`);
        expect(codes).toEqual([]);
        expect(plan.resources).toEqual([
            {
                id: 'crew', name: 'Facilities crew', units: 4, leave: [],
                calendar: { name: 'shifts', workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], holidays: [{ from: '2027-12-24', to: '2027-12-31' }] },
            },
            {
                id: 'alex', name: 'Alex Smith', units: 1, calendar: undefined,
                leave: [{ from: '2027-03-01', to: '2027-03-05', title: 'Annual leave' }, { from: '2027-03-12', to: undefined, title: undefined }],
            },
            { id: 'bot', name: undefined, units: 1, calendar: undefined, leave: [] },
        ]);
        // The project's own calendar has no name.
        expect(plan.calendar).toEqual({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri'], holidays: [{ from: '2027-04-02', to: undefined }] });
    });

    test('shared resources at the top of a file are included when the project\'s work assigns them, after its own', async () => {
        const { plan, codes } = await planOf(`
resource trainer "Jo Trainer" { units 2 calendar shifts }
resource idle "Not assigned here"
project p {
    start 2027-01-04
    calendar shifts { workdays sat sun }
    resource alex
    task a { duration 1d assign trainer 1 }
    milestone m { assign sam }
}`, [`resource sam "Sam Patel" { leave 2027-01-05 }`]);
        expect(codes).toEqual([]);
        expect(plan.resources).toEqual([
            { id: 'alex', name: undefined, units: 1, calendar: undefined, leave: [] },
            { id: 'trainer', name: 'Jo Trainer', units: 2, calendar: { name: 'shifts', workdays: ['sat', 'sun'], holidays: [] }, leave: [] },
            { id: 'sam', name: 'Sam Patel', units: 1, calendar: undefined, leave: [{ from: '2027-01-05', to: undefined, title: undefined }] },
        ]);
    });

    test('a project without resources has none; leave in error and units in error are left out', async () => {
        expect((await planOf(`project p { start 2027-01-04 task a { duration 1d } }`)).plan.resources).toBeUndefined();
        const { plan } = await planOf(`project p {
            start 2027-01-04
            resource crew { units 0 leave 2027-03-05 to 2027-03-01 leave 2027-02-30 leave 2027-03-08 }
        }`);
        expect(plan.resources).toEqual([{ id: 'crew', name: undefined, units: 1, calendar: undefined, leave: [{ from: '2027-03-08', to: undefined, title: undefined }] }]);
    });
});

describe('the work\'s calendar and priority, and levelling', () => {
    test('a task or milestone\'s own calendar, resolved with its name, and its priority as written', async () => {
        const { plan, codes } = await planOf(`project p {
            start 2027-01-04
            calendar nights { workdays mon tue wed thu }
            task a { duration 2d calendar nights priority 700 }
            task b { duration 2d priority 1000 }
            task c { duration 2d }
            milestone m { after a calendar nights priority 1 }
        }`);
        expect(codes).toEqual([]);
        const nights = { name: 'nights', workdays: ['mon', 'tue', 'wed', 'thu'], holidays: [] };
        expect(byItem(plan, 'calendar')).toEqual({ a: nights, b: undefined, c: undefined, m: nights });
        expect(byItem(plan, 'priority')).toEqual({ a: 700, b: 1000, c: undefined, m: 1 });
        // One object per calendar, whoever names it.
        expect(byItem(plan, 'calendar').a).toBe(byItem(plan, 'calendar').m);
    });

    test('a priority out of range is left to its default', async () => {
        const { plan } = await planOf(`project p { start 2027-01-04 task a { duration 1d priority 0 } task b { duration 1d priority 2.5 } }`);
        expect(byItem(plan, 'priority')).toEqual({ a: undefined, b: undefined });
    });

    test('`level` asks for a levelled plan', async () => {
        expect((await planOf(`project p { start 2027-01-04 level }`)).plan.level).toBe(true);
        expect((await planOf(`project p {\n    start 2027-01-04\n    level\n    task a { duration 1d }\n}`)).plan.level).toBe(true);
        expect((await planOf(`project p { start 2027-01-04 }`)).plan.level).toBeUndefined();
    });
});
