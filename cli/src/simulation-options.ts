import { InvalidArgumentError, Option } from 'commander';
import { DEFAULT_SEED } from '../../language/src/engine/schedule-risk/monte-carlo.js';

/** Past this, a run takes minutes on a large plan and the figures no longer change. */
const MOST_ITERATIONS = 1_000_000;

function wholeNumber(name: string, least: number, most: number): (value: string) => number {
    return value => {
        const number = Number(value);
        if (!/^\d+$/.test(value.trim()) || number < least || number > most) {
            throw new InvalidArgumentError(`${name} is a whole number from ${least.toLocaleString('en-GB')} to ${most.toLocaleString('en-GB')}.`);
        }
        return number;
    };
}

/** `--iterations` and `--seed` of the commands that run a schedule risk analysis (`proj risk`, `proj report`). */
export function simulationOptions(defaultIterations: number): Option[] {
    return [
        new Option('--iterations <n>', 'how many times to schedule the plan').argParser(wholeNumber('The iterations', 1, MOST_ITERATIONS)).default(defaultIterations),
        new Option('--seed <s>', 'the seed of the random draws: the same seed, the same figures').argParser(wholeNumber('The seed', 0, 2 ** 32 - 1)).default(DEFAULT_SEED),
    ];
}
