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

describe('links between projects, which Proj does not schedule yet', () => {
    const alpha = `resource shared_pm "Shared PM" { rate 400/d }
project alpha "Alpha" {
    start 2027-01-04
    task build "Build" { duration 10d assign shared_pm }
    milestone done "Done" { after build }
}`;

    test('a link into another file\'s project is a warning on it, with the date it would have waited for', async () => {
        await expectDiagnostics(`
project beta "Beta" {
    start 2027-01-04
    task deploy "Deploy" { duration 3d after <|alpha.done|> assign shared_pm }
}`, 'proj/link-between-projects', 'warning', [
            "Proj schedules each project on its own: 'deploy' does not wait for 'alpha.done' (Done, in project Alpha, finishing Fri 15 Jan 2027). "
            + "Until links between projects are scheduled, give 'deploy' a 'start no earlier than' date.",
        ], [alpha]);
    });

    test('so is a link between two projects of one file, whatever its type and lag', async () => {
        await expectDiagnostics(`
project first {
    start 2027-01-04
    task a { duration 2d }
}
project second {
    start 2027-01-04
    task b { duration 1d after <|first.a|> SS +1d }
}`, 'proj/link-between-projects', 'warning', [
            "Proj schedules each project on its own: 'b' does not wait for 'first.a' (in project first, starting Mon 4 Jan 2027). "
            + "Until links between projects are scheduled, give 'b' a 'start no earlier than' date.",
        ]);
    });

    test('links inside a project are scheduled, and say nothing', async () => {
        const { diagnostics } = await diagnosticsOf(alpha);
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'proj/link-between-projects')).toEqual([]);
    });
});
