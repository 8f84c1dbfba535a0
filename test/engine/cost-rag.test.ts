import { describe, expect, test } from 'vitest';
import { earnedValueFigures, type EarnedValueLine } from '../../language/src/engine/earned-value.js';
import type { PlanInput } from '../../language/src/engine/plan-model.js';
import { costRagOf } from '../../language/src/engine/rag-summary.js';
import { DEFAULT_TOLERANCES } from '../../language/src/engine/register-model.js';

const plan = (budget?: number): PlanInput => ({ id: 'p', start: '2027-01-04', status: '2027-03-01', budget, calendar: { workdays: [], holidays: [] }, items: [] });

/** The project line from its amounts: EAC = BAC / CPI. */
const line = (bac: number, ev: number, ac: number): EarnedValueLine => ({ id: 'p', kind: 'project', ...earnedValueFigures({ bac, pv: ev, ev, ac }) });

const tolerances = { ...DEFAULT_TOLERANCES, cpi: 0.95 };

describe('the cost RAG weighs the forecast against the budget as well as CPI, and says which drove it', () => {
    test('the example: CPI 0.96 meets 0.95, but EAC £61,628 is over the £60,000 budget, so red, driven by the forecast', () => {
        // BAC 59,000, EV 35,590, AC 37,175: CPI 0.9574, EAC 59,000 / 0.9574 = 61,628.
        const cost = costRagOf(plan(60000), line(59000, 35590, 37175), tolerances, 'GBP');
        expect(cost.rag).toBe('red');
        expect(cost.driver).toBe('forecast');
        expect(cost.explanation).toBe('CPI 0.96 meets the tolerance of 0.95. Each £1 spent has earned £0.96 of work (CV −£1,585). '
            + 'The forecast at completion (EAC), £61,628, is £1,628 over the budget of £60,000. '
            + 'The forecast drives the RAG: CPI alone would be green.');
    });

    test('CPI below tolerance and the forecast within budget: amber, driven by CPI', () => {
        // CPI 0.9, EAC 50,000 / 0.9 = 55,556, within 60,000.
        const cost = costRagOf(plan(60000), line(50000, 9000, 10000), tolerances, 'GBP');
        expect([cost.rag, cost.driver]).toEqual(['amber', 'cpi']);
        expect(cost.explanation).toContain('The forecast at completion (EAC), £55,556, is £4,444 under the budget of £60,000. CPI drives the RAG: the forecast alone would be green.');
    });

    test('both below: CPI more than 0.10 under its tolerance and EAC over budget, red by both', () => {
        const cost = costRagOf(plan(60000), line(59000, 8000, 10000), tolerances, 'GBP');
        expect([cost.rag, cost.driver]).toEqual(['red', 'both']);
        expect(cost.explanation).toMatch(/CPI and the forecast both make it red\.$/);
    });

    test('a forecast that needs the management reserve is amber: within the budget, over the budget less the reserve', () => {
        // EAC 57,000 (CPI 1): under 60,000, over 60,000 - 5,000.
        const cost = costRagOf(plan(60000), line(57000, 1000, 1000), tolerances, 'GBP', { reserve: 5000 });
        expect([cost.rag, cost.driver]).toEqual(['amber', 'forecast']);
        expect(cost.explanation).toContain('The forecast at completion (EAC), £57,000, is £3,000 under the budget of £60,000 but needs £2,000 of the management reserve of £5,000.');
    });

    test('on budget and CPI at tolerance: green, nothing drives it; without a budget only CPI counts', () => {
        const green = costRagOf(plan(60000), line(60000, 1000, 1000), tolerances, 'GBP');
        expect([green.rag, green.driver]).toEqual(['green', undefined]);
        expect(green.explanation).toContain('is exactly the budget of £60,000.');
        const noBudget = costRagOf(plan(), line(59000, 35590, 37175), tolerances, 'GBP');
        expect([noBudget.rag, noBudget.driver]).toEqual(['green', undefined]);
        expect(noBudget.explanation).toContain('is £2,628 over the BAC of £59,000.');
    });
});
