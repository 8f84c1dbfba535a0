import { describe, expect, test } from 'vitest';
import { analyseScheduleRisk, scheduleConfidenceOf, type ScheduleRiskInput } from '../../../language/src/engine/schedule-risk/monte-carlo.js';
import { randomPlan } from './random-plan.js';

// The confidence check of `proj check` runs the iterations for the dates alone, without a backward
// pass: its chances and percentiles must be the whole analysis's, iteration for iteration.

describe('the chances of meeting the dates alone', () => {
    test('are the whole analysis\'s on random plans in days and in hours, work as late as possible and risks included', () => {
        let asLateAsPossible = 0;
        for (let seed = 1; seed <= 40; seed++) {
            const input = { ...randomPlan(seed, seed % 2 === 0), uncertainty: { low: -0.2, high: 0.5 }, deadline: '2027-03-01' };
            asLateAsPossible += input.items.some(item => item.schedule === 'alap') ? 1 : 0;
            const risks: ScheduleRiskInput[] = [{ id: 'r', probability: 0.3, delay: { optimistic: 1, mostLikely: 2, pessimistic: 6 }, affects: [input.items[3].id, input.items[7].id] }];
            const options = { iterations: 60, seed };
            const { iterations, finish, dates, milestones } = analyseScheduleRisk(input, risks, options);
            expect(scheduleConfidenceOf(input, risks, options), `seed ${seed}`).toEqual({ iterations, seed, finish, dates, milestones });
        }
        expect(asLateAsPossible).toBeGreaterThan(5);
    });
});
