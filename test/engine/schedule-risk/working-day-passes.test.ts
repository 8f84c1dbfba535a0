import { describe, expect, test } from 'vitest';
import type { PlanInput } from '../../../language/src/engine/plan-model.js';
import { NetworkPasses } from '../../../language/src/engine/schedule-risk/network-passes.js';
import { inWorkingDays, riskNetworkOf, type RiskNetwork } from '../../../language/src/engine/schedule-risk/risk-network.js';
import { fitsWorkingDayPasses, WorkingDayPasses } from '../../../language/src/engine/schedule-risk/working-day-passes.js';
import { generatePlan } from '../../../bench/generate-plan.js';
import { Random } from '../../support/seeded-random.js';
import { plan } from '../plan-builder.js';
import { onOneCalendar, randomPlan } from './random-plan.js';

// The passes for the common case (one calendar in whole days, nothing as late as possible) are a
// second implementation of the general passes (network-passes.ts): in every iteration they must
// give the same dates, finish and critical path, whatever the work, the work left and the waits.

/** Random iterations of the network through both passes, compared item by item after each. */
function expectSamePasses(network: RiskNetwork, seed: number, iterations = 20): void {
    const random = new Random(seed);
    const general = new NetworkPasses(network);
    const fast = new WorkingDayPasses(network);
    for (let iteration = 0; iteration < iterations; iteration++) {
        const work = Float64Array.from(network.work, (planned, i) =>
            network.plan.items[i].kind === 'task' && !network.complete[i] && random.chance(0.8) ? random.between(0, 15) : planned);
        const remaining = Float64Array.from(work, (units, i) => network.started[i] && units > 0 ? random.between(1, units) : network.remaining[i]);
        const wait = Float64Array.from({ length: network.count }, () => random.chance(0.15) ? random.between(1, 4) : 0);
        const input = { work, remaining, wait };
        const where = `seed ${seed}, iteration ${iteration}`;
        expect(fast.run(input), where).toBe(general.run(input));
        // A phase's dates matter where links leave it; the passes on working days leave other phases alone.
        const idle = (i: number) => network.isPhase[i] && network.outgoing.first[i + 1] === network.outgoing.first[i];
        const scheduled = network.plan.items.map((item, i) => network.onCycle[i] || idle(i) ? undefined : network.isPhase[i]
            ? { item: item.id, start: general.earlyStart[i], end: general.earlyEnd[i] }
            : { item: item.id, start: general.earlyStart[i], end: general.earlyEnd[i], last: general.lastDay(i) });
        expect(network.plan.items.map((item, i) => network.onCycle[i] || idle(i) ? undefined : network.isPhase[i]
            ? { item: item.id, start: fast.startOf(i), end: fast.endOf(i) }
            : { item: item.id, start: fast.startOf(i), end: fast.endOf(i), last: fast.lastDay(i) }), where).toEqual(scheduled);
        expect(Array.from(fast.criticalCount), where).toEqual(Array.from(general.criticalCount));
    }
}

const networkOf = (input: PlanInput) => inWorkingDays(riskNetworkOf(input));

describe('the passes on working days', () => {
    test('take a plan all on one calendar in whole days with nothing as late as possible, and no other', () => {
        expect(fitsWorkingDayPasses(networkOf(plan({ a: { duration: '2d' }, b: { duration: '3d', after: ['a'] } })))).toBe(true);
        expect(fitsWorkingDayPasses(networkOf(plan({ a: { duration: '4h' } })))).toBe(false);
        expect(fitsWorkingDayPasses(networkOf(plan({ a: { duration: '2d' }, b: { duration: '3d', after: ['a'], schedule: 'alap' } })))).toBe(false);
        expect(fitsWorkingDayPasses(riskNetworkOf(plan({ a: { duration: '2d' } })))).toBe(false);
    });

    test('give the general passes\' dates, finish and critical path on the random plans of two hundred seeds in days, with random work, work left and waits', () => {
        const taken = { plans: 0, underway: 0, constrained: 0 };
        for (let seed = 1; seed <= 200; seed++) {
            const network = networkOf(onOneCalendar(randomPlan(seed, false)));
            if (fitsWorkingDayPasses(network)) {
                taken.plans++;
                taken.underway += network.started.some(flag => flag === 1) ? 1 : 0;
                taken.constrained += network.constraints.some(anchors => anchors.length > 0) ? 1 : 0;
                expectSamePasses(network, seed);
            }
        }
        // Progress, actual dates, a status date, constraints and phases' links all stay in the common case.
        expect(taken.plans).toBe(200);
        expect(Math.min(taken.underway, taken.constrained)).toBeGreaterThan(150);
    });

    test('give the general passes\' figures on the benchmark\'s generated plan', () => {
        expectSamePasses(networkOf(generatePlan(2000)), 7, 5);
    });

    test('give the general passes\' figures where dependencies form a cycle, which they leave out, and work follows it', () => {
        const cyclic = plan({
            a: { duration: '2d', after: ['c'] },
            b: { duration: '3d', after: ['a'] },
            c: { duration: '1d', after: ['b'] },
            d: { duration: '4d', after: ['c'] },
            e: { duration: '5d' },
            f: { after: ['e'] },
        });
        const network = networkOf(cyclic);
        expect(Array.from(network.onCycle)).toEqual([1, 1, 1, 0, 0, 0]);
        expectSamePasses(network, 3);
    });
});
