import { URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics, rawDiagnosticsOf } from '../../support/diagnostic-expectations.js';
import { useParsedDocuments } from '../../support/parsed-documents.js';

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

describe('links between projects, scheduled together', () => {
    const { services, keep } = useParsedDocuments();

    /** Files linked and validated in one build, as the workspace's are: each sees the others. */
    async function validatedTogether(...texts: string[]): Promise<LangiumDocument[]> {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const documents = texts.map((text, i) => keep(LangiumDocumentFactory.fromString(text, URI.parse(`file:///programme/plan-${i}.proj`))));
        documents.forEach(document => LangiumDocuments.addDocument(document));
        await DocumentBuilder.build(documents, { validation: true });
        return documents;
    }

    const alpha = `resource shared_pm "Shared PM" { rate 400/d }
project alpha "Alpha" {
    start 2027-01-04
    task build "Build" { duration 10d assign shared_pm }
    milestone done "Done" { after build }
}`;

    test("a link into another file's project is honoured, and says nothing", async () => {
        await expectClean(`
project beta "Beta" {
    start 2027-01-04
    task deploy "Deploy" { duration 3d after alpha.done assign shared_pm }
}`, [alpha]);
    });

    test('a cycle through work of two files is an error on its link in each, naming the whole cycle', async () => {
        const [alphaFile, betaFile] = await validatedTogether(`project alpha {
    start 2027-01-04
    task x { duration 2d after beta.y }
}`, `project beta {
    start 2027-01-04
    task y { duration 3d after alpha.x }
}`);
        const cycles = (document: LangiumDocument) => document.diagnostics!.filter(diagnostic => diagnostic.code === 'proj/cycle')
            .map(diagnostic => ({ line: diagnostic.range.start.line, character: diagnostic.range.start.character, message: diagnostic.message }));
        expect(cycles(alphaFile)).toEqual([{
            line: 2, character: 31,
            message: "Dependency cycle across plans: beta.y -> alpha.x -> beta.y. The plans are scheduled without their links on it: 'x' does not wait for 'beta.y'.",
        }]);
        expect(cycles(betaFile)).toEqual([{
            line: 2, character: 31,
            message: "Dependency cycle across plans: alpha.x -> beta.y -> alpha.x. The plans are scheduled without their links on it: 'y' does not wait for 'alpha.x'.",
        }]);
    });

    test('a cycle between two projects of one file is reported once, as any cycle in a file is', async () => {
        const { diagnostics } = await diagnosticsOf(`
project first {
    start 2027-01-04
    task a { duration 2d after second.b }
}
project second {
    start 2027-01-04
    task b { duration 1d after first.a SS +1d }
}`);
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'proj/cycle')).toHaveLength(1);
    });

    test('work that is not scheduled cannot be waited for: the link says why', async () => {
        await expectDiagnostics(`
project beta {
    start 2027-01-04
    task deploy { duration 3d after <|alpha.done|> }
    task check { duration 1d after <|gamma.loop|> }
}`, 'proj/link-between-projects', 'warning', [
            "'deploy' cannot wait for 'alpha.done': project 'alpha' has no start date, so none of its work is scheduled.",
            "'check' cannot wait for 'gamma.loop': 'loop' lies on a dependency cycle in project 'gamma', so it is not scheduled.",
        ], [
            'project alpha {\n    milestone done\n}',
            'project gamma {\n    start 2027-01-04\n    task loop { duration 1d after back }\n    task back { duration 1d after loop }\n}',
        ]);
    });
});

describe('a resource shared by several plans', () => {
    const { services, keep } = useParsedDocuments();

    test('is loaded with the work of every plan that assigns it: where they ask for more than it has together, each says so on its assignment', async () => {
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
        const texts = [
            'resource shared_pm "Shared PM" { rate 400/d }\nproject alpha "Alpha" {\n    start 2027-01-04\n    task build "Build" { duration 10d assign shared_pm }\n}\n',
            'project beta "Beta" {\n    start 2027-01-11\n    task deploy "Deploy" { duration 3d assign shared_pm }\n    task later "Later" { duration 1d after deploy assign shared_pm }\n}\n',
        ];
        const documents = texts.map((text, i) => keep(LangiumDocumentFactory.fromString(text, URI.parse(`file:///shared/plan-${i}.proj`))));
        documents.forEach(document => LangiumDocuments.addDocument(document));
        await DocumentBuilder.build(documents, { validation: true });
        const across = (document: LangiumDocument) => document.diagnostics!.filter(diagnostic => diagnostic.code === 'proj/over-allocated-across-plans')
            .map(diagnostic => [diagnostic.range.start.line, diagnostic.message]);
        // Build runs 4 to 15 January; deploy 11 to 13 January: three days over; later (14 January) too.
        expect(across(documents[0])).toEqual([[3, 'shared_pm: 2 of 1 unit on 11–14 Jan across plans, with Deploy (beta.deploy) and Later (beta.later). '
            + 'Each plan is levelled on its own: move work in one of them, or give the resource more units.']]);
        expect(across(documents[1]).map(([line]) => line)).toEqual([2, 3]);
        expect(across(documents[1])[0][1]).toContain('with Build (alpha.build)');
    });
});
