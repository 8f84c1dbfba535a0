import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { levelResources } from '../../language/src/engine/levelling/level-resources.js';
import { levellingViolations } from '../support/levelling-check.js';
import { makespanOf, PSPLIB, psplibSet } from '../support/psplib.js';

// PSPLIB's j30 (Kolisch and Sprecher 1997): 480 projects of 30 jobs on 4 resources, each with a
// proven optimal makespan. The library lives beside the repository, not in it.
const available = existsSync(join(PSPLIB, 'j30-optimum.csv'));

/** Enough for the test to see the search work, a fraction of the default (the benchmark's). */
const TEST_SCHEDULES = 250;

describe.skipIf(!available)('PSPLIB j30', () => {
    const instances = available ? psplibSet('j30') : [];

    test('reads an instance: 30 jobs between the dummy source and sink, 4 resources, finish-to-start links', () => {
        const instance = instances.find(candidate => candidate.name === 'j301_1.sm')!;
        const { activities, resources } = instance.problem;
        expect(instances).toHaveLength(480);
        expect(instance.optimum).toBe(43);
        expect(activities).toHaveLength(30);
        expect(resources.map(resource => resource.units)).toEqual([12, 13, 4, 12]);
        // Job 2: 8 periods, 4 of R1, after the source only.
        expect(activities[0]).toMatchObject({ id: 'job2', duration: 8, demands: [{ resource: 0, units: 4 }], predecessors: [] });
        // Job 20 follows jobs 5, 11 and 18.
        expect(activities[18].predecessors.map(link => activities[link.activity].id).sort()).toEqual(['job11', 'job18', 'job5']);
        expect(activities.every(activity => activity.predecessors.every(link => link.type === 'FS' && link.lag === 0))).toBe(true);
    });

    test(`levels all 480 feasibly, never below the optimum, within 1% of it on average with ${TEST_SCHEDULES} schedules`, () => {
        let deviation = 0;
        let singlePassDeviation = 0;
        const infeasible: string[] = [];
        for (const instance of instances) {
            const result = levelResources({ ...instance.problem, schedules: TEST_SCHEDULES });
            const violations = levellingViolations(instance.problem, result);
            if (violations.length > 0) {
                infeasible.push(`${instance.name}: ${violations[0]}`);
            }
            const makespan = makespanOf(result.finish);
            // Shorter than a proven optimum would mean the check missed something.
            expect(makespan, instance.name).toBeGreaterThanOrEqual(instance.optimum);
            deviation += (makespan - instance.optimum) / instance.optimum;
            const singlePass = levelResources({ ...instance.problem, schedules: 1 });
            singlePassDeviation += (makespanOf(singlePass.finish) - instance.optimum) / instance.optimum;
        }
        expect(infeasible).toEqual([]);
        const meanDeviation = 100 * deviation / instances.length;
        const singlePassMean = 100 * singlePassDeviation / instances.length;
        expect(meanDeviation).toBeLessThan(1);
        // One pass of the latest-finish rule lands several percent above: the search is what buys the rest.
        expect(singlePassMean).toBeGreaterThan(4);
    });
});
