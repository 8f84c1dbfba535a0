import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('dependency cycles', () => {
    test('every edge of a cycle is marked, each naming the whole cycle', async () => {
        await expectDiagnostics(`
project p {
    task a { duration 1d after <|c|> }
    task b { duration 1d after <|a|> }
    task c { duration 1d after <|b|> }
}`, 'proj/cycle', 'error', [
            'Dependency cycle: c -> a -> b -> c.',
            'Dependency cycle: a -> b -> c -> a.',
            'Dependency cycle: b -> c -> a -> b.',
        ]);
    });

    test('edges that lead into a cycle but are not on it stay unmarked', async () => {
        await expectDiagnostics(`
project p {
    task start_up { duration 1d }
    task a { duration 1d after start_up, <|b|> }
    task b { duration 1d after <|a|> }
    task after_loop { duration 1d after b }
}`, 'proj/cycle', 'error', ['Dependency cycle: b -> a -> b.', 'Dependency cycle: a -> b -> a.']);
    });

    test('a cycle through a phase counts: depending on a phase means on all of its work', async () => {
        await expectDiagnostics(`
project p {
    phase design {
        task sketch { duration 1d after <|review|> }
    }
    task review { duration 1d after <|design|> }
}`, 'proj/cycle', 'error', ['Dependency cycle: review -> sketch -> review.', 'Dependency cycle: sketch -> review -> sketch.']);
    });

    test('every dependency type and lag still closes a cycle', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    start 2027-01-04
    task a { duration 1d after b SS +2d }
    task b { duration 1d after a FF -1d }
}`);
        expect(diagnostics.map(d => d.code)).toEqual(['proj/cycle', 'proj/cycle']);
    });

    test('a chain without a loop is clean, whatever the types and lags', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    task a { duration 1d }
    task b { duration 1d after a SS +2d }
    task c { duration 1d after a, b FF -1d }
    milestone d { after c SF }
}`);
    });
});

describe('self dependencies', () => {
    test('a task that waits for itself', async () => {
        await expectDiagnostics(`
project p {
    task a { duration 1d after <|a|> }
}`, 'proj/self-dependency', 'error', ["'a' depends on itself."]);
    });

    test('a task that waits for its own phase, at any depth', async () => {
        await expectDiagnostics(`
project p {
    phase outer {
        phase inner {
            task a { duration 1d after <|outer|> }
        }
    }
}`, 'proj/self-dependency', 'error', ["'a' depends on its own phase 'outer', which cannot finish before it does."]);
    });

    test('a task may wait for a sibling phase', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    phase one { task a { duration 1d } }
    phase two { task b { duration 1d after one } }
}`);
    });
});
