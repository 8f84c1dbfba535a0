import { describe, expect, test } from 'vitest';
import { distributionOf, QuantileTable } from '../../../language/src/engine/schedule-risk/distributions.js';
import { Random } from '../../support/seeded-random.js';

describe('a quantile table of many distributions', () => {
    test('draws what each distribution draws itself, to the last bit, in the tails too', () => {
        const random = new Random(5);
        const distributions = Array.from({ length: 60 }, (_, k) => {
            const low = random.between(0, 20);
            const mostLikely = low + random.between(0, 10);
            const high = mostLikely + random.between(k % 7 === 0 ? 0 : 1, 30);
            return distributionOf({ low, mostLikely, high }, k % 3 === 0 ? 'triangular' : 'pert');
        });
        const table = new QuantileTable(distributions);
        const levels = [0, 1e-9, 0.01, 1 / 32, 0.2, 0.5, 0.9, 1 - 1 / 32, 0.99, 1 - 1e-9, ...Array.from({ length: 200 }, () => random.float())];
        distributions.forEach((distribution, s) => {
            expect(levels.map(u => table.quantile(s, u)), `distribution ${s}`).toEqual(levels.map(u => distribution.quantile(u)));
        });
    });
});
