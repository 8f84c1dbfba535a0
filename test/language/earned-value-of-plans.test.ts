import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { isProject } from '../../language/src/generated/ast.js';
import { earnedValueOf } from '../../language/src/engine/earned-value.js';
import { planInputOf } from '../../language/src/planning/plan-from-ast.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

const services = await createTestServices();

async function earnedValue(text: string) {
    const { document, diagnostics } = await validatePlan(services, text);
    expect(diagnostics.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
    const plan = planInputOf(document.parseResult.value.elements.find(isProject)!)!;
    return { plan, report: earnedValueOf(plan)! };
}

describe('costs and earned value from a plan as written', () => {
    test('rates per day, hour and week, people per resource and shares per assignment', async () => {
        const { plan } = await earnedValue(`project p {
            start 2027-01-04
            resource pm { rate 400/d }
            resource dev { rate 50/h units 2 }
            resource crew { rate 1000/w units 4 }
            task a { duration 5d assign pm }
            task b { duration 5d assign dev 50%, crew }
            task c { duration 5d cost 700 }
        }`);
        const perDay = Object.fromEntries(plan.items.map(item => [item.id, item.resourceCostPerDay]));
        // dev: 50 an hour x 8 hours x 2 people x 50%; crew: 1,000 a week / 5 days x 4 people.
        expect(perDay).toEqual({ a: 400, b: 50 * 8 * 2 * 0.5 + 1_000 / 5 * 4, c: undefined });
        expect(plan.items.find(item => item.id === 'c')?.cost).toBe(700);
    });

    test('the example plan at its status date, 15 March 2027, worked by hand', async () => {
        const { report } = await earnedValue(readFileSync(join(__dirname, '../../examples/office-move.proj'), 'utf8'));
        const figures = Object.fromEntries(report.lines.map(line => [line.id, { bac: line.bac, pv: line.pv, ev: line.ev, ac: line.ac }]));
        // business_case: 5 days of alex at 350; survey: 3 days of the crew, 4 people at 220;
        // fitout: 48,000 fixed, planned 15 Feb to 8 Mar, 40% done, 21,000 spent; it: no cost.
        // Everything was due by 15 March; only the fit-out has recorded progress.
        expect(figures).toEqual({
            initiation: { bac: 1_750, pv: 1_750, ev: 0, ac: 0 },
            business_case: { bac: 1_750, pv: 1_750, ev: 0, ac: 0 },
            delivery: { bac: 50_640, pv: 50_640, ev: 19_200, ac: 21_000 },
            survey: { bac: 2_640, pv: 2_640, ev: 0, ac: 0 },
            fitout: { bac: 48_000, pv: 48_000, ev: 19_200, ac: 21_000 },
            it: { bac: 0, pv: 0, ev: 0, ac: 0 },
            office_move: { bac: 52_390, pv: 52_390, ev: 19_200, ac: 21_000 },
        });
    });
});
