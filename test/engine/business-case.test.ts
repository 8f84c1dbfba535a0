import { describe, expect, test } from 'vitest';
import { businessCaseOf } from '../../language/src/engine/business-case.js';
import type { BenefitInput } from '../../language/src/engine/register-model.js';

const benefit = (id: string, value: number, per: 'year' | 'once', realised?: string): BenefitInput => ({ id, value, per, realised });

describe('the business case: payback, ROI and NPV from the costs and the benefits', () => {
    test('worked by hand: £60,000 now, £20,000 a year from year 1, £10,000 once in year 2, 3.5% over 5 years', () => {
        const appraisal = businessCaseOf({
            start: '2027-01-04', cost: 60000,
            // Half a year in: year 1. 14 months in: year 2.
            benefits: [benefit('rent', 20000, 'year', '2027-07-01'), benefit('sale', 10000, 'once', '2028-03-01')],
            appraisal: { discountRate: 3.5, years: 5 },
        });
        // Net by year: -60,000 | 20,000 | 30,000 | 20,000 | 20,000 | 20,000.
        expect(appraisal.years.map(year => year.net)).toEqual([-60000, 20000, 30000, 20000, 20000, 20000]);
        // Cumulative -60,000, -40,000, -10,000, +10,000: paid back half way through year 3 (10,000 of its 20,000).
        expect(appraisal.years.map(year => year.cumulative)).toEqual([-60000, -40000, -10000, 10000, 30000, 50000]);
        expect(appraisal.paybackYears).toBe(2.5);
        expect(appraisal.totalBenefit).toBe(110000);
        // ROI: (110,000 - 60,000) / 60,000.
        expect(appraisal.roi).toBeCloseTo(0.8333, 4);
        // NPV: -60,000 + 20,000/1.035 + 30,000/1.035² + 20,000/1.035³ + 20,000/1.035⁴ + 20,000/1.035⁵
        //    = -60,000 + 19,323.67 + 28,005.32 + 18,038.53 + 17,428.53 + 16,840.10 = 39,636.15.
        expect(appraisal.npv).toBeCloseTo(39636.15, 2);
        expect(appraisal.valid).toBe(true);
    });

    test('an annuity: £25,000 a year against £60,000 pays back in 2.4 years, NPV 25,000 × 4.5151 - 60,000', () => {
        const appraisal = businessCaseOf({ start: '2027-01-04', cost: 60000, benefits: [benefit('saving', 25000, 'year')], appraisal: { discountRate: 3.5, years: 5 } });
        expect(appraisal.paybackYears).toBe(2.4);
        expect(appraisal.roi).toBeCloseTo(65000 / 60000, 6);
        expect(appraisal.npv).toBeCloseTo(52876.31, 2);
    });

    test('costs above the benefits: no payback in the appraisal, a negative ROI and NPV, and the case no longer holds', () => {
        const appraisal = businessCaseOf({ start: '2027-01-04', cost: 61628, benefits: [benefit('saving', 12000, 'year')], appraisal: { discountRate: 0, years: 5 } });
        expect(appraisal.paybackYears).toBeUndefined();
        expect(appraisal.totalBenefit).toBe(60000);
        expect(appraisal.roi).toBeCloseTo(-1628 / 61628, 6);
        expect(appraisal.npv).toBeCloseTo(-1628, 6);
        expect(appraisal.valid).toBe(false);
    });

    test('a benefit realised after the appraisal, or with no value, adds nothing; nothing to pay back pays back at once', () => {
        const appraisal = businessCaseOf({ start: '2027-01-04', cost: 0, benefits: [benefit('late', 5000, 'once', '2033-01-04'), { id: 'vague', per: 'once' }], appraisal: { discountRate: 3.5, years: 5 } });
        expect(appraisal.totalBenefit).toBe(0);
        expect(appraisal.paybackYears).toBe(0);
        expect(appraisal.roi).toBeUndefined();
    });
});
