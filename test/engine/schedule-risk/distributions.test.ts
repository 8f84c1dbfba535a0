import { describe, expect, test } from 'vitest';
import { distributionOf, QuantileTable, WholeUnitDraws } from '../../../language/src/engine/schedule-risk/distributions.js';
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

    test('are left to the quantile function where finding the words would cost more than they save', () => {
        const shared = distributionOf({ low: 10, mostLikely: 20, high: 60 });
        const table = new QuantileTable([shared, shared, distributionOf({ low: 10, mostLikely: 20, high: 61 })]);
        // Fifty whole values cost 1,600 quantiles to find: 100 draws of two distributions do not pay for it, 2,000 do.
        const few = new WholeUnitDraws(table, 3, 100, () => true);
        const many = new WholeUnitDraws(table, 3, 2_000, () => true);
        expect([0, 1, 2].map(s => few.has(s))).toEqual([false, false, false]);
        expect([0, 1, 2].map(s => many.has(s))).toEqual([true, true, false]);
    });
});

describe('draws in whole units from the stream\'s words', () => {
    test('are the quantile table\'s draws rounded, for every word tried, and leave out wide or unwanted distributions', () => {
        const random = new Random(11);
        const distributions = Array.from({ length: 40 }, (_, k) => {
            const low = random.between(0, 20) + (k % 4 === 0 ? 0.25 : 0);
            const mostLikely = low + random.between(0, 12);
            const high = mostLikely + (k % 10 === 9 ? 100 : random.between(k % 7 === 0 ? 0 : 1, 30));
            return distributionOf({ low, mostLikely, high }, k % 3 === 0 ? 'triangular' : 'pert');
        });
        const table = new QuantileTable(distributions);
        const draws = new WholeUnitDraws(table, distributions.length, 10_000, s => s !== 5);
        // The ends, either side of each bucket of the top six bits, and words at random.
        const buckets = Array.from({ length: 64 }, (_, bucket) => bucket * 2 ** 26).flatMap(word => [word, Math.max(0, word - 1)]);
        const words = [0, 1, 2 ** 32 - 1, ...buckets, ...Array.from({ length: 20_000 }, () => Math.floor(random.float() * 2 ** 32))];
        distributions.forEach((_, s) => {
            expect(draws.has(s), `distribution ${s}`).toBe(s !== 5 && s % 10 !== 9);
            if (draws.has(s)) {
                const rounded = words.map(word => Math.max(0, Math.round(table.quantile(s, word / 2 ** 32))));
                expect(words.map(word => draws.draw(s, word)), `distribution ${s}`).toEqual(rounded);
            }
        });
    });

    test('are left to the quantile function where finding the words would cost more than they save', () => {
        const shared = distributionOf({ low: 10, mostLikely: 20, high: 60 });
        const table = new QuantileTable([shared, shared, distributionOf({ low: 10, mostLikely: 20, high: 61 })]);
        // Fifty whole values cost 1,600 quantiles to find: 100 draws of two distributions do not pay for it, 2,000 do.
        const few = new WholeUnitDraws(table, 3, 100, () => true);
        const many = new WholeUnitDraws(table, 3, 2_000, () => true);
        expect([0, 1, 2].map(s => few.has(s))).toEqual([false, false, false]);
        expect([0, 1, 2].map(s => many.has(s))).toEqual([true, true, false]);
    });
});
