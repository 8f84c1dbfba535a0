/**
 * What the schedule risk engine is given from the plan: how estimates are sampled, the range of
 * plain durations, and each risk's chance, delay (in working days) and cost; and the cached
 * analysis the editor shares.
 */
import { describe, expect, test } from 'vitest';
import { isProject, type Project } from '../../language/src/generated/ast.js';
import { riskRegister } from '../../language/src/engine/risk-register.js';
import { planInputOf } from '../../language/src/planning/plan-from-ast.js';
import { registersInputOf } from '../../language/src/planning/registers-from-ast.js';
import { hasScheduleUncertainty, scheduleRiskInputsOf } from '../../language/src/planning/schedule-risk-from-ast.js';
import { EDITOR_ITERATIONS } from '../../language/src/planning/schedule-risk-of.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

const services = await createTestServices();

async function projectOf(text: string): Promise<Project> {
    const { document } = await validatePlan(services, text);
    return document.parseResult.value.elements.find(isProject)!;
}

const PLAN = `project p {
    start 2027-01-04
    distribution triangular
    uncertainty -10% +30%
    calendar { workdays mon tue wed thu }
    task a { estimate 2d 3d 6d distribution pert }
    task b { duration 5d uncertainty 0% 50% after a }
    task c { duration 5d after b }
    milestone m { after c }
    risk late { likelihood 2 impact 3 probability 25% delay 1w 2w 3w cost 2000 5000 14000 affects b, m }
    risk banded { likelihood 4 impact 3 delay 2d affects c }
    opportunity early { likelihood 1 impact 3 delay 1d affects a }
    risk costly { likelihood 3 impact 3 cost 1000 }
    risk unscored { delay 5d affects a }
    risk nowhere { likelihood 3 impact 3 delay 5d }
}`;

describe('the plan as the schedule risk engine takes it', () => {
    test('the distribution and uncertainty of the project and of each task, as fractions of the duration', async () => {
        const plan = planInputOf(await projectOf(PLAN))!;
        expect(plan.distribution).toBe('triangular');
        expect(plan.uncertainty).toEqual({ low: -0.1, high: 0.3 });
        const [a, b, c] = plan.items;
        expect([a.distribution, a.uncertainty]).toEqual(['pert', undefined]);
        expect([b.distribution, b.uncertainty]).toEqual([undefined, { low: 0, high: 0.5 }]);
        expect([c.distribution, c.uncertainty]).toEqual([undefined, undefined]);
    });

    test("each risk with a chance and a delay on work or a cost: the probability, else the likelihood's band; delays in working days of the calendar", async () => {
        const risks = scheduleRiskInputsOf(await projectOf(PLAN));
        expect(risks).toEqual([
            // A week is the calendar's four working days.
            { id: 'late', name: undefined, probability: 0.25, delay: { optimistic: 4, mostLikely: 8, pessimistic: 12 }, cost: { optimistic: 2000, mostLikely: 5000, pessimistic: 14000 }, affects: ['b', 'm'], opportunity: false },
            { id: 'banded', name: undefined, probability: 0.7, delay: { optimistic: 2, mostLikely: 2, pessimistic: 2 }, cost: undefined, affects: ['c'], opportunity: false },
            { id: 'early', name: undefined, probability: 0.1, delay: { optimistic: 1, mostLikely: 1, pessimistic: 1 }, cost: undefined, affects: ['a'], opportunity: true },
            { id: 'costly', name: undefined, probability: 0.5, delay: undefined, cost: { optimistic: 1000, mostLikely: 1000, pessimistic: 1000 }, affects: [], opportunity: false },
        ]);
    });

    test('a plan is uncertain with an estimate that spreads, a range on a duration, or a risk that delays work; not otherwise', async () => {
        const uncertain = async (text: string) => {
            const project = await projectOf(text);
            return hasScheduleUncertainty(planInputOf(project)!, scheduleRiskInputsOf(project));
        };
        expect(await uncertain('project p { start 2027-01-04 task a { duration 5d } risk r { likelihood 3 impact 3 cost 500 } }')).toBe(false);
        expect(await uncertain('project p { start 2027-01-04 task a { estimate 5d 5d 5d } }')).toBe(false);
        expect(await uncertain('project p { start 2027-01-04 task a { estimate 4d 5d 7d } }')).toBe(true);
        expect(await uncertain('project p { start 2027-01-04 uncertainty -5% +5% task a { duration 5d } }')).toBe(true);
        expect(await uncertain('project p { start 2027-01-04 task a { duration 5d } risk r { likelihood 3 impact 3 delay 1d affects a } }')).toBe(true);
    });

    test("a three-point cost's expected monetary value takes the mean the simulation draws: PERT's, or the triangle's", async () => {
        const emv = async (text: string) => riskRegister(registersInputOf(await projectOf(text)).risks, undefined, { cpi: 0.9, spi: 0.9, riskAmber: 5, riskRed: 15 })[0].emv;
        // (2000 + 4 × 5000 + 14000) / 6 = 6000, at 25%.
        expect(await emv('project p { risk r { probability 25% cost 2000 5000 14000 } }')).toBe(1500);
        // (2000 + 5000 + 14000) / 3 = 7000.
        expect(await emv('project p { distribution triangular risk r { probability 50% cost 2000 5000 14000 } }')).toBe(3500);
        expect(await emv('project p { risk r { probability 10% cost 20000 } }')).toBe(2000);
    });
});

describe('the analysis, once per parse', () => {
    test('the editor runs a few hundred iterations, seeded; asked again, it gives the same object; a new parse, a new analysis', async () => {
        const risks = services.Proj.planning.ScheduleRisks;
        const project = await projectOf(PLAN);
        const first = risks.analysisOf(project)!;
        expect(first.analysis.iterations).toBe(EDITOR_ITERATIONS);
        expect(first.analysis.seed).toBe(1);
        expect(first.uncertain).toBe(true);
        expect(risks.analysisOf(project)).toBe(first);
        expect(risks.analysisOf(project, { iterations: 200, seed: 7 })!.analysis).toMatchObject({ iterations: 200, seed: 7 });
        const again = risks.analysisOf(await projectOf(PLAN))!;
        expect(again).not.toBe(first);
        expect(JSON.stringify(again.analysis)).toBe(JSON.stringify(first.analysis));
    });

    test('none for a project that cannot be scheduled', async () => {
        expect(services.Proj.planning.ScheduleRisks.analysisOf(await projectOf('project p { task a { duration 1d } }'))).toBeUndefined();
    });
});
