import { expect, test } from 'vitest';
import { seededRandom } from '../../../language/src/engine/levelling/seeded-random.js';
import { levelAfter, nextState } from '../../../language/src/engine/schedule-risk/seeded-stream.js';

test('the stream held in a local state gives seededRandom\'s numbers, whatever the seed', () => {
    for (const seed of [0, 1, 7, 2 ** 31 - 1, 2 ** 32 - 1]) {
        const random = seededRandom(seed);
        let state = seed | 0;
        for (let k = 0; k < 100_000; k++) {
            state = nextState(state);
            const level = levelAfter(state);
            if (level !== random()) {
                expect.fail(`seed ${seed}, draw ${k}`);
            }
        }
    }
});
