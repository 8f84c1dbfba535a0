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

    test('the example plan at its status date, 1 March 2027, worked by hand', async () => {
        const { report } = await earnedValue(readFileSync(join(__dirname, '../../examples/office-move.proj'), 'utf8'));
        const figures = Object.fromEntries(report.lines.map(line => [line.id, { bac: line.bac, pv: line.pv, ev: line.ev, ac: line.ac }]));
        // business_case: 5 days of alex at 350, done, 1,800 spent; survey: 3 days of the crew,
        // 4 people at 220, done, 3,100 spent; fitout: 48,000 fixed, planned over 16 days from
        // 15 Feb, 11 of them by 1 Mar, 65% done, 32,000 spent; briefing: 3 days of alex, not due
        // before 3 Mar; it: 6,000 fixed, planned for 5 and 8 Mar.
        expect(figures).toEqual({
            initiation: { bac: 1_750, pv: 1_750, ev: 1_750, ac: 1_800 },
            business_case: { bac: 1_750, pv: 1_750, ev: 1_750, ac: 1_800 },
            delivery: { bac: 57_690, pv: 35_640, ev: 33_840, ac: 35_100 },
            survey: { bac: 2_640, pv: 2_640, ev: 2_640, ac: 3_100 },
            fitout: { bac: 48_000, pv: 33_000, ev: 31_200, ac: 32_000 },
            briefing: { bac: 1_050, pv: 0, ev: 0, ac: 0 },
            it: { bac: 6_000, pv: 0, ev: 0, ac: 0 },
            office_move: { bac: 59_440, pv: 37_390, ev: 35_590, ac: 36_900 },
        });
    });
});
