import { describe, expect, test } from 'vitest';
import { levelResources } from '../../language/src/engine/levelling/level-resources.js';
import { delayViolations, levellingViolations, workDays } from '../support/levelling-check.js';
import { randomLevellingProblem } from '../support/random-levelling-problem.js';
import { mixSeed, Random } from '../support/seeded-random.js';

// Small random plans with calendars, leave, links of every type, pinned and fixed work and
// unmet demands (test/support/random-levelling-problem.ts): each levelled plan is held to the
// independent check, and each delay to its meaning.

describe('levelling generated plans', () => {
    test.each(Array.from({ length: 150 }, (_, i) => i))('plan %i is feasible, and its delays mean what they say', index => {
        const problem = randomLevellingProblem(new Random(mixSeed(2027, index)));
        const result = levelResources(problem);
        expect(levellingViolations(problem, result)).toEqual([]);
        expect(delayViolations(problem, result)).toEqual([]);
        expect(result.schedulesTried).toBeLessThanOrEqual(60);
        // The check itself sees the days work takes: each has as many as its duration.
        problem.activities.forEach((activity, a) => {
            if (!activity.pinned) {
                expect(workDays(problem, result, a)).toHaveLength(activity.duration);
            }
        });
    });
});
