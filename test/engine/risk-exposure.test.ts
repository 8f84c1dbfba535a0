import { describe, expect, test } from 'vitest';
import { DEFAULT_TOLERANCES, type RiskInput } from '../../language/src/engine/register-model.js';
import { LIKELIHOOD_PROBABILITY, riskExposure, riskRegister } from '../../language/src/engine/risk-register.js';

const risk = (id: string, likelihood: number | undefined, more: Partial<RiskInput> = {}): RiskInput =>
    ({ id, kind: 'risk', likelihood, impact: 3, affects: [], ...more });

describe('expected monetary value: probability × cost', () => {
    test('the likelihood scale as probabilities: the middle of each fifth, 10% to 90%', () => {
        expect([1, 2, 3, 4, 5].map(likelihood => LIKELIHOOD_PROBABILITY[likelihood])).toEqual([10, 30, 50, 70, 90]);
    });

    test('worked by hand: likelihood 3 (50%) of £20,000 is £10,000; a stated 40% of £15,000 is £6,000; an opportunity of likelihood 2 (30%) saving £5,000 is £1,500', () => {
        const rows = riskRegister([
            risk('lease', 3, { cost: 20000 }),
            risk('lift', 4, { cost: 15000, probability: 40 }),
            risk('keys', 2, { kind: 'opportunity', cost: 5000 }),
            risk('uncosted', 5),
        ], undefined, DEFAULT_TOLERANCES);
        expect(rows.map(row => [row.id, row.probability, row.emv])).toEqual([
            ['uncosted', 90, undefined], ['lift', 40, 6000], ['lease', 50, 10000], ['keys', 30, 1500],
        ]);
        // Threats add to the exposure, opportunities take from it.
        expect(riskExposure(rows)).toEqual({ threats: 16000, opportunities: 1500, net: 14500 });
    });

    test('no likelihood and no stated probability: no EMV, even with a cost', () => {
        const [row] = riskRegister([risk('vague', undefined, { cost: 9000 })], undefined, DEFAULT_TOLERANCES);
        expect([row.probability, row.emv]).toEqual([undefined, undefined]);
    });
});
