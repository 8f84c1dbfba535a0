// Export to MS Project XML, then import: the same schedule, item for item, for the bundled
// examples and for generated plans with every link type, lags, calendars, resources and progress.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { createTestServices } from '../support/proj-test-services.js';
import { Random } from '../support/seeded-random.js';
import { itemByItem, roundTrip, type Services } from './support/interchange-plans.js';

const examplesDir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir).filter(name => name.endsWith('.proj'));

let services: Services;
beforeAll(async () => {
    services = await createTestServices();
});

describe('MS Project XML round trip', () => {
    test.each(examples)('%s: export then import gives a valid plan with the same schedule', async name => {
        const trip = await roundTrip(services, readFileSync(join(examplesDir, name), 'utf8'));
        expect(trip.imported.errors).toEqual([]);
        expect(itemByItem(trip.imported.schedule)).toEqual(itemByItem(trip.original.schedule));
    });

    test('the reference plan keeps its links, lags, constraints, progress, costs and assignments', async () => {
        const trip = await roundTrip(services, readFileSync(join(examplesDir, 'office-move.proj'), 'utf8'));
        const items = new Map(trip.imported.plan.items.map(item => [item.id, item]));
        expect(items.get('fitout')).toMatchObject({
            dependencies: [{ predecessor: 'survey', type: 'FS', lag: { amount: 2, unit: 'd' } }],
            constraints: [{ kind: 'start-no-earlier-than', date: '2027-02-15' }],
            progress: 65, cost: 48000, spent: 32000, phase: 'delivery',
        });
        expect(items.get('it')?.dependencies).toEqual([{ predecessor: 'fitout', type: 'FF' }]);
        expect(items.get('business_case')).toMatchObject({ actualStart: '2027-01-04', actualFinish: '2027-01-08', progress: 100, assignments: [{ resource: 'alex', units: 1 }] });
        expect(items.get('delivery')).toMatchObject({ kind: 'phase', dependencies: [{ predecessor: 'approval', type: 'FS' }] });
        expect(trip.imported.plan.resources?.map(resource => [resource.id, resource.name, resource.units])).toEqual([['alex', 'Alex Smith', 1], ['crew', 'Facilities crew', 4]]);
        expect(trip.text).toContain('resource crew "Facilities crew" {\n        units 4\n        rate 220/d\n    }');
        expect(trip.imported.plan.deadline).toBe('2027-06-30');
        expect(trip.exportNotes).toEqual(['fitout: MS Project has no three-point estimate; its PERT mean, 16 working days, is written as the duration.']);
    });

    test.each(Array.from({ length: 25 }, (_, seed) => seed + 1))('generated plan %i: the same schedule after the round trip', async seed => {
        const text = generatedPlan(new Random(seed));
        const trip = await roundTrip(services, text);
        expect(trip.original.errors, text).toEqual([]);
        expect(trip.imported.errors, trip.text).toEqual([]);
        expect(itemByItem(trip.imported.schedule), `${text}\n---\n${trip.text}`).toEqual(itemByItem(trip.original.schedule));
    });
});

/**
 * A plan with phases, tasks and milestones, every link type with lags and leads in each unit,
 * constraints, a named calendar with its own hours, holidays and worked days, resources with
 * rates, units, calendars and leave, assignments, progress and actual dates.
 */
function generatedPlan(random: Random): string {
    const lines = ['project generated "Generated plan" {', '    start 2027-01-04', '    status 2027-02-10'];
    const hours = random.pick(['', 'hours 07:30-12:00 12:30-16:00', 'hours 6']);
    lines.push(`    calendar { ${random.pick(['', 'workdays mon tue wed thu'])} ${hours} holiday 2027-01-18 "Closed" holiday 2027-02-01 to 2027-02-03 workday 2027-01-23 }`);
    lines.push('    calendar shifts { workdays mon tue wed thu fri sat hours 06:00-14:00 holiday 2027-03-01 }');
    lines.push('    resource crew "Crew" { units 3 rate 200/d calendar shifts leave 2027-02-15 }');
    lines.push('    resource alex "Alex" { rate 40/h leave 2027-01-25 to 2027-01-26 "Leave" }');
    const ids: string[] = [];
    const units = ['d', 'h', 'w', 'ed', 'eh'];
    const count = 6 + random.between(0, 8);
    let phase: string | undefined;
    for (let index = 0; index < count; index++) {
        if (index % 4 === 0) {
            if (phase) {
                lines.push('    }');
            }
            phase = `p${index}`;
            lines.push(`    phase ${phase} "Phase ${index}" {`);
        }
        const id = `t${index}`;
        const milestone = random.float() < 0.2;
        const properties: string[] = [];
        if (!milestone) {
            properties.push(`duration ${random.pick(['1d', '3d', '2.5d', '1w', '12h', '4ed', '30eh'])}`);
        }
        const predecessors = ids.filter(() => random.float() < 0.3).slice(-2);
        if (predecessors.length > 0) {
            properties.push(`after ${predecessors.map(predecessor => {
                const type = random.pick(['', ' SS', ' FF', ' SF', '']);
                const lag = random.float() < 0.5 ? ` ${random.pick(['+', '-'])}${random.pick(['1', '2', '0.5'])}${random.pick(units)}` : '';
                return `${predecessor}${type}${lag}`;
            }).join(', ')}`);
        }
        // MS Project holds one constraint a task, and As Late As Possible is one: a task has one or the other.
        const constrained = random.float() < 0.25;
        if (constrained) {
            properties.push(`${random.pick(['start no earlier than', 'finish no later than', 'start on', 'finish no earlier than'])} 2027-0${random.between(1, 3)}-1${random.between(0, 9)}`);
        }
        if (!milestone && random.float() < 0.4) {
            properties.push(`assign ${random.pick(['crew 2', 'crew', 'alex', 'alex 50%', 'crew 1, alex'])}`);
        }
        if (!milestone && random.float() < 0.2) {
            properties.push('calendar shifts');
        }
        if (index < 3 && !milestone) {
            properties.push('actual start 2027-01-04', `progress ${random.pick([20, 50, 100])}%`);
        }
        if (!constrained && !milestone && random.float() < 0.15) {
            properties.push('schedule alap');
        }
        if (random.float() < 0.15) {
            properties.push('deadline 2027-03-31');
        }
        if (!milestone && random.float() < 0.3) {
            properties.push(`cost ${random.between(1, 50) * 100}`, `priority ${random.between(1, 999)}`);
        }
        lines.push(`        ${milestone ? 'milestone' : 'task'} ${id} "Item ${index}" { ${properties.join(' ')} }`);
        ids.push(id);
    }
    lines.push('    }', '}', '');
    return lines.join('\n');
}
