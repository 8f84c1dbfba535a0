import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics, rawDiagnosticsOf } from '../../support/diagnostic-expectations.js';

describe('dependency cycles', () => {
    test('a cycle is one problem, on the dependency that waits for work written after it, naming the whole cycle', async () => {
        await expectDiagnostics(`
project p {
    task a { duration 1d after <|c|> }
    task b { duration 1d after a }
    task c { duration 1d after b }
}`, 'proj/cycle', 'error', ['Dependency cycle: c -> a -> b -> c.']);
    });

    test('the other dependencies of the cycle are related to it', async () => {
        const [cycle] = await rawDiagnosticsOf(`
project p {
    task a { duration 1d after c }
    task b { duration 1d after a }
    task c { duration 1d after b }
}`);
        expect(cycle.relatedInformation?.map(related => ({ line: related.location.range.start.line, message: related.message }))).toEqual([
            { line: 3, message: "'b' waits for 'a' here." },
            { line: 4, message: "'c' waits for 'b' here." },
        ]);
    });

    test('edges that lead into a cycle but are not on it stay unmarked', async () => {
        await expectDiagnostics(`
project p {
    task start_up { duration 1d }
    task a { duration 1d after start_up, <|b|> }
    task b { duration 1d after a }
    task after_loop { duration 1d after b }
}`, 'proj/cycle', 'error', ['Dependency cycle: b -> a -> b.']);
    });

    test('two separate cycles are two problems', async () => {
        await expectDiagnostics(`
project p {
    task a { duration 1d after <|b|> }
    task b { duration 1d after a }
    task c { duration 1d after <|d|> }
    task d { duration 1d after c }
}`, 'proj/cycle', 'error', ['Dependency cycle: b -> a -> b.', 'Dependency cycle: d -> c -> d.']);
    });

    test('a cycle through a phase counts: depending on a phase means on all of its work', async () => {
        await expectDiagnostics(`
project p {
    phase design {
        task sketch { duration 1d after <|review|> }
    }
    task review { duration 1d after design }
}`, 'proj/cycle', 'error', ['Dependency cycle: review -> sketch -> review.']);
    });

    test('every dependency type and lag still closes a cycle', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    start 2027-01-04
    task a { duration 1d after b SS +2d }
    task b { duration 1d after a FF -1d }
}`);
        expect(diagnostics.map(d => d.code)).toEqual(['proj/cycle']);
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
