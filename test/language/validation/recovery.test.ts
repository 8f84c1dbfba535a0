import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectDiagnostics, rawDiagnosticsOf } from '../../support/diagnostic-expectations.js';

describe('recovery from syntax errors', () => {
    test('a misspelt property costs only itself: the rest of the plan is still checked', async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    task a { <|duraton|> 5d }
    task b { duration 2d after zz }
}`, 'proj/syntax-error', 'error', ["Unexpected 'duraton' here. Did you mean 'duration'?"]);
        expect(diagnostics.map(d => d.message)).toContain("Unknown task, milestone or phase 'zz'.");
    });

    test('a misspelt element with a block is skipped whole, braces and all', async () => {
        const diagnostics = await expectDiagnostics(`
project p { start 2027-01-04
    <|tsk|> a { duration 1d }
    task b { duration 2d after zz }
    risk r { likelihood 9 impact 2 }
}`, 'proj/syntax-error', 'error', ["Unexpected 'tsk' here. Did you mean 'task'?"]);
        expect(diagnostics.map(d => d.code).sort()).toEqual(['proj/missing-owner', 'proj/score-range', 'proj/syntax-error', 'proj/unknown-reference']);
    });

    test('two independent syntax errors are both reported, each on its token', async () => {
        await expectDiagnostics(`
project p {
    task a { duration <|5|> }
    task b { duration 2d }
    task c { after b <|;|> duration 1d }
}`, 'proj/syntax-error', 'error', [
            "Expected a duration such as 5d, 2w, 4h or 3ed, but found '5'.",
            "Unexpected character ';'.",
        ]);
    });

    test('a text left open ends at its line, is one problem, and the next lines are still checked', async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    task a <|"|>Survey { duration 1d }
    task b { duration 1d after zz }
}`, 'proj/syntax-error', 'error', ['This text is not closed: end it with " on the same line.']);
        expect(diagnostics.map(d => d.message)).toContain("Unknown task, milestone or phase 'zz'.");
    });

    test('a lag without its unit is one problem, on the lag', async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 1d }
    task b { duration 1d after a <|+2|> }
    task c { duration 1d after a <|-1.5x|> cost 10 }
}`, 'proj/syntax-error', 'error', [
            "'+2' is not a duration: a lag has a unit, as in +2d or -1w.",
            "'-1.5x' is not a duration: a lag has a unit, as in +2d or -1w.",
        ]);
        expect(diagnostics).toHaveLength(2);
    });

    test("a missing '}' names the block left open and the line it opened on, where the next lines show it should close", async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    start 2027-01-04
    <|phase delivery|> {
        task design { duration 5d }
    task test { duration 5d after design }
}`, 'proj/syntax-error', 'error', ["Phase `delivery` opened on line 4 is not closed: expected '}' before 'task' on line 6."]);
        expect(diagnostics).toHaveLength(1);
    });

    test("a missing '}' detected at the next statement is one problem, on the block left open", async () => {
        const diagnostics = await expectDiagnostics(`
project p {
    start 2027-01-04
    <|task a|> "First" { duration 1d
    task b { duration 1d after a }
    milestone m { after b }
}`, 'proj/syntax-error', 'error', ["Task `a` opened on line 4 is not closed: expected '}' before 'task' on line 5."]);
        expect(diagnostics).toHaveLength(1);
    });

    test("a block whose '}' was taken by the block around it is the one named", async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    phase d {
        <|task x|> { duration 1d
    }
    task y { duration 1d }
}`, 'proj/syntax-error', 'error', ["Task `x` opened on line 5 is not closed: expected '}' before the '}' on line 6, which closes the block around it."]);
    });

    test("a project left open before the next one is named", async () => {
        await expectDiagnostics(`
<|project a|> {
    start 2027-01-04
    task x { duration 1d }
project b {
    start 2027-01-04
}`, 'proj/syntax-error', 'error', ["Project `a` opened on line 2 is not closed: expected '}' before 'project' on line 5."]);
    });

    test("every '}' of the example, left out, is one problem that names the block it closed", async () => {
        const example = readFileSync(join(__dirname, '..', '..', '..', 'examples', 'office-move.proj'), 'utf8');
        const braces = [...example.matchAll(/}/g)].map(match => match.index);
        expect(braces.length).toBeGreaterThan(30);
        for (const at of braces) {
            const diagnostics = await rawDiagnosticsOf(example.slice(0, at) + example.slice(at + 1));
            // The opening brace this one closed, and the words before it on its line.
            let depth = 0;
            let open = at - 1;
            for (; open >= 0; open--) {
                depth += example[open] === '}' ? 1 : example[open] === '{' ? -1 : 0;
                if (depth < 0) {
                    break;
                }
            }
            const line = example.slice(0, open).split('\n').length;
            const words = example.slice(example.lastIndexOf('\n', open) + 1, open).trim().split(/\s+/);
            expect(diagnostics.map(diagnostic => diagnostic.message), `without the '}' at ${at}`).toHaveLength(1);
            expect(diagnostics[0].message).toContain(`opened on line ${line} is not closed`);
            expect(diagnostics[0].message.toLowerCase()).toContain(words.length > 1 ? `${words[0]} \`${words[1]}\`` : `${words[0]} block`);
        }
    });

    test("the point where a missing '}' was expected is related to the problem", async () => {
        const [problem] = await rawDiagnosticsOf(`
project p {
    start 2027-01-04
    calendar {
        holiday 2027-04-02
    task b { duration 1d }
}`);
        expect(problem.message).toBe("The calendar block opened on line 4 is not closed: expected '}' before 'task' on line 6.");
        expect(problem.range.start).toEqual({ line: 3, character: 4 });
        expect(problem.relatedInformation?.map(related => [related.location.range.start, related.message])).toEqual([
            [{ line: 5, character: 4 }, "The calendar block should close before this line."],
        ]);
    });

    test("without indentation to go by, the block still open at the end of the file is named", async () => {
        await expectDiagnostics(`
<|project p|> { start 2027-01-04 task a { duration 1d }`, 'proj/syntax-error', 'error', ["Project `p` opened on line 2 is not closed: expected '}' before the end of the file."]);
    });

    test("a stray value inside a block is not taken for a missing '}'", async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task a { duration 1d <|5|> }
}`, 'proj/syntax-error', 'error', ["Expected '}', but found '5'."]);
    });

    test('a wrong kind of value names what was expected', async () => {
        await expectDiagnostics(`
project p {
    start <|next|>
}`, 'proj/syntax-error', 'error', ["Expected a date such as 2027-01-04, but found 'next'."]);
    });

    test('a keyword used as an id says so', async () => {
        const source = `
project p {
    task <|start|> { duration 1d }
}`;
        const { diagnostics, ranges } = await diagnosticsOf(source);
        expect(diagnostics[0]).toEqual({
            severity: 'error', code: 'proj/syntax-error', range: ranges[0],
            message: "'start' is a keyword of the language, so it cannot be used as an id.",
        });
    });

    test('a block nested absurdly deep is cut off with a diagnostic instead of overflowing the parser', async () => {
        const { diagnostics } = await diagnosticsOf(`project deep {\n${'    phase x {\n'.repeat(300)}}\n`);
        expect(diagnostics[0]).toMatchObject({
            code: 'proj/syntax-error',
            message: "Blocks nest more than 64 deep here; what is inside is not read. Is a '}' missing above?",
            range: { start: { line: 65, character: 4 } },
        });
    });

    test('junk after the last project says what a file may hold', async () => {
        await expectDiagnostics(`
project p { }
<|projet|> q { }`, 'proj/syntax-error', 'error', ["Unexpected 'projet': a file holds projects, resources and standards. Did you mean 'project'?"]);
    });
});
