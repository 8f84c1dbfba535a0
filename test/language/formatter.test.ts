/**
 * The formatter's canonical layout, snippet by snippet: nesting, dependencies, comments, blank
 * lines, one-line blocks, strings, files with errors, range and on-type formatting. Its properties
 * over the examples and many generated plans are in formatter-properties.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearDocuments, expectFormatting, parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { Model } from '../../language/src/generated/ast.js';
import { createTestServices } from '../support/proj-test-services.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

let services: Services;
let expectFormatted: ReturnType<typeof expectFormatting>;

beforeAll(async () => {
    services = await createTestServices();
    expectFormatted = expectFormatting(services.Proj);
});

const OPTIONS = { tabSize: 4, insertSpaces: true };

/** `before` formats to `after`, and `after` is left as it is. */
async function expectLayout(before: string, after: string): Promise<void> {
    await expectFormatted({ before, after, disposeAfterCheck: true });
    expect(await editsOf(after)).toEqual([]);
}

interface LayoutCase {
    name: string;
    before: string;
    /** Left out when `before` is already in the canonical layout. */
    after?: string;
}

/** A test a case: `before` formats to `after`, which is left as it is. */
function testLayouts(cases: LayoutCase[]): void {
    for (const { name, before, after = before } of cases) {
        test(name, () => expectLayout(before, after));
    }
}

async function withDocument<T>(text: string, use: (document: Awaited<ReturnType<ReturnType<typeof parseHelper<Model>>>>) => Promise<T>): Promise<T> {
    const document = await parseHelper<Model>(services.Proj)(text);
    try {
        return await use(document);
    } finally {
        await clearDocuments(services.shared, [document]);
    }
}

async function editsOf(text: string): Promise<TextEdit[]> {
    return withDocument(text, async document => services.Proj.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS }));
}

async function formatted(text: string): Promise<string> {
    return TextDocument.applyEdits(TextDocument.create('file:///x.proj', 'proj', 1, text), await editsOf(text));
}

const lines = (...text: string[]) => text.join('\n') + '\n';

describe('resources that constrain the plan', () => {
    testLayouts([
        {
            name: '`level`, calendars and leave in a resource, a task\'s calendar and priority: one statement a line, assignments as written',
            before: lines(
                'project p { start 2027-01-04 level',
                '    calendar shifts { workdays mon tue wed thu fri sat }',
                '    resource crew "Crew" { units 4 calendar   shifts',
                '        leave 2027-03-01 to 2027-03-05 "Annual leave" leave 2027-03-12 }',
                '    task a {',
                '        duration 2d assign crew 3 ,alex   50 % calendar shifts priority 700',
                '    }',
                '}',
            ),
            after: lines(
                'project p {',
                '    start 2027-01-04',
                '    level',
                '    calendar shifts { workdays mon tue wed thu fri sat }',
                '    resource crew "Crew" {',
                '        units 4',
                '        calendar shifts',
                '        leave 2027-03-01 to 2027-03-05 "Annual leave"',
                '        leave 2027-03-12',
                '    }',
                '    task a {',
                '        duration 2d',
                '        assign crew 3, alex 50%',
                '        calendar shifts',
                '        priority 700',
                '    }',
                '}',
            ),
        },
        {
            name: 'on one line they stay on one line',
            before: lines(
                'project p {',
                '    resource alex { leave 2027-03-01 calendar c }',
                '    task a { assign crew 3, alex priority 1000 calendar c }',
                '}',
            ),
        },
    ]);
});

describe('indentation and nesting', () => {
    testLayouts([
        {
            name: 'indents 4 spaces per block, one statement a line, { on the header line, } aligned with the header',
            before: lines(
                'project   demo "Demo"',
                '{ start 2027-01-04',
                '  deadline 2027-06-30',
                '\tphase build "Build" {',
                '   budget 5000',
                '          phase inner { task a { duration 2d',
                '   after b',
                '            }',
                '    task b {',
                ' duration 1d }',
                '                  }',
                '  }',
                '      }',
            ),
            after: lines(
                'project demo "Demo" {',
                '    start 2027-01-04',
                '    deadline 2027-06-30',
                '    phase build "Build" {',
                '        budget 5000',
                '        phase inner {',
                '            task a {',
                '                duration 2d',
                '                after b',
                '            }',
                '            task b {',
                '                duration 1d',
                '            }',
                '        }',
                '    }',
                '}',
            ),
        },
        {
            name: 'splits a block written over several lines into one statement a line, multi-word statements whole',
            before: lines(
                'project p {',
                '    start 2027-01-04 status 2027-02-01 currency GBP',
                '    tolerance {',
                '        cpi 0.9 spi 0.85 risk amber 6 red 15',
                '    }',
                '    task t {',
                '        duration 3d after a SS start no earlier than 2027-03-03 actual start 2027-01-05 actual finish 2027-01-09',
                '        estimate 1d 2d 4d assign crew 50%, alex cost 100 spent 20 progress 40% ksb K1 K2, S3',
                '    }',
                '    task a',
                '    resource crew { units 4',
                '        rate 220/d role "Crew" }',
                '    resource alex',
                '    risk r {',
                '        likelihood 3 impact 4 residual likelihood 1 impact 2 response reduce "Plan" proximity 2027-04-30 affects t, a',
                '    }',
                '}',
            ),
            after: lines(
                'project p {',
                '    start 2027-01-04',
                '    status 2027-02-01',
                '    currency GBP',
                '    tolerance {',
                '        cpi 0.9',
                '        spi 0.85',
                '        risk amber 6 red 15',
                '    }',
                '    task t {',
                '        duration 3d',
                '        after a SS',
                '        start no earlier than 2027-03-03',
                '        actual start 2027-01-05',
                '        actual finish 2027-01-09',
                '        estimate 1d 2d 4d',
                '        assign crew 50%, alex',
                '        cost 100',
                '        spent 20',
                '        progress 40%',
                '        ksb K1 K2, S3',
                '    }',
                '    task a',
                '    resource crew {',
                '        units 4',
                '        rate 220/d',
                '        role "Crew"',
                '    }',
                '    resource alex',
                '    risk r {',
                '        likelihood 3',
                '        impact 4',
                '        residual likelihood 1 impact 2',
                '        response reduce "Plan"',
                '        proximity 2027-04-30',
                '        affects t, a',
                '    }',
                '}',
            ),
        },
        {
            name: 'lays out every kind of block: calendar, goals, people, governance, a standard',
            before: lines(
                'project p { start 2027-01-04',
                'calendar  work {  workdays mon tue wed',
                'holiday 2027-04-02 to 2027-04-05 "Easter" }',
                'objective o "O" { ksb K1',
                '}',
                'kpi k { target 12 or less actual 9.5 unit "t" for o }',
                'stakeholder s { power high interest low',
                'engage "Monthly" frequency "monthly" }',
                'change c { raised 2027-02-01 status approved impact 5d 12000 "More" owner s affects t }',
                'issue i { raised 2027-02-01 owner s status open severity high escalate "Board" affects t }',
                'lesson l { category planning ksb K26 }',
                'quality q { for t criterion "Signed" status pending owner s }',
                'task t { duration 1d }',
                '}',
                'standard st "Standard" { knowledge K1 "Know" skill S1 "Do"',
                'duty D1 "Duty" { ksb K1 S1 } }',
            ),
            after: lines(
                'project p {',
                '    start 2027-01-04',
                '    calendar work {',
                '        workdays mon tue wed',
                '        holiday 2027-04-02 to 2027-04-05 "Easter"',
                '    }',
                '    objective o "O" {',
                '        ksb K1',
                '    }',
                '    kpi k { target 12 or less actual 9.5 unit "t" for o }',
                '    stakeholder s {',
                '        power high',
                '        interest low',
                '        engage "Monthly"',
                '        frequency "monthly"',
                '    }',
                '    change c { raised 2027-02-01 status approved impact 5d 12000 "More" owner s affects t }',
                '    issue i { raised 2027-02-01 owner s status open severity high escalate "Board" affects t }',
                '    lesson l { category planning ksb K26 }',
                '    quality q { for t criterion "Signed" status pending owner s }',
                '    task t { duration 1d }',
                '}',
                'standard st "Standard" {',
                '    knowledge K1 "Know"',
                '    skill S1 "Do"',
                '    duty D1 "Duty" { ksb K1 S1 }',
                '}',
            ),
        },
        {
            name: 'the registers and a duty, written over lines, get one property a line',
            before: lines(
                'project p { task t',
                'kpi k { target 12 or more actual 9.5',
                'unit "t" for o ksb K1 }',
                'objective o',
                'risk r { likelihood 3 impact 4 owner s response reduce "Plan" residual likelihood 1 impact 2',
                'proximity 2027-04-30 affects t ksb K23 }',
                'change c { raised 2027-02-01 status approved',
                'impact 5d 12000 "More" owner s affects t ksb S10 }',
                'issue i { raised 2027-02-01 owner s status closed',
                'severity high escalate "Board" affects t ksb S14 }',
                'lesson l { category planning',
                'ksb K26 }',
                'quality q { for t criterion "Signed"',
                'status passed owner s ksb K25 }',
                'stakeholder s',
                '}',
                'standard st { duty D1 "Duty" { ksb K1',
                'S1 } }',
            ),
            after: lines(
                'project p {',
                '    task t',
                '    kpi k {',
                '        target 12 or more',
                '        actual 9.5',
                '        unit "t"',
                '        for o',
                '        ksb K1',
                '    }',
                '    objective o',
                '    risk r {',
                '        likelihood 3',
                '        impact 4',
                '        owner s',
                '        response reduce "Plan"',
                '        residual likelihood 1 impact 2',
                '        proximity 2027-04-30',
                '        affects t',
                '        ksb K23',
                '    }',
                '    change c {',
                '        raised 2027-02-01',
                '        status approved',
                '        impact 5d 12000 "More"',
                '        owner s',
                '        affects t',
                '        ksb S10',
                '    }',
                '    issue i {',
                '        raised 2027-02-01',
                '        owner s',
                '        status closed',
                '        severity high',
                '        escalate "Board"',
                '        affects t',
                '        ksb S14',
                '    }',
                '    lesson l {',
                '        category planning',
                '        ksb K26',
                '    }',
                '    quality q {',
                '        for t',
                '        criterion "Signed"',
                '        status passed',
                '        owner s',
                '        ksb K25',
                '    }',
                '    stakeholder s',
                '}',
                'standard st {',
                '    duty D1 "Duty" {',
                '        ksb K1 S1',
                '    }',
                '}',
            ),
        },
    ]);
});

describe('spacing within a statement', () => {
    testLayouts([
        {
            name: 'one space between tokens; none before , and %; none around / and .',
            before: lines(
                'project p {',
                '    resource crew   "Crew"{ rate 220 / d units    4 }',
                '    phase ph {  task a  task b }',
                '    task t { after ph . a , ph.b   SS   +2d,a FF -1d assign crew 50 % progress 40 % ksb K1 , K2 }',
                '}',
            ),
            after: lines(
                'project p {',
                '    resource crew "Crew" { rate 220/d units 4 }',
                '    phase ph { task a task b }',
                '    task t { after ph.a, ph.b SS +2d, a FF -1d assign crew 50% progress 40% ksb K1, K2 }',
                '}',
            ),
        },
        {
            name: 'a header split over lines comes back onto one line',
            before: lines('project', 'p', '"P"', '{', 'task', 't', '"T"', '{ duration 1d }', '}'),
            after: lines('project p "P" {', '    task t "T" { duration 1d }', '}'),
        },
    ]);
});

describe('one-line blocks', () => {
    testLayouts([
        {
            name: 'a block written on one line stays on one line, however many properties it has',
            before: lines(
                'project p {',
                '    resource alex "Alex" { rate 350/d }',
                '    milestone m { after x }',
                '    task x { duration 3d assign alex cost 100 spent 20 progress 10% ksb K1 }',
                '    stakeholder s { power high interest high engage "Monthly budget review" frequency "monthly" ksb S2 }',
                '}',
            ),
        },
        {
            name: 'a one-line block that holds a block is laid out over lines; the inner block stays on one line',
            before: 'project p { phase a { task x { duration 1d } task y } }\n',
            after: lines(
                'project p {',
                '    phase a {',
                '        task x { duration 1d }',
                '        task y',
                '    }',
                '}',
            ),
        },
        {
            name: 'an empty block is { }, written on one line or not',
            before: lines('project p {', '    task a {}', '    task b {', '', '    }', '    task c {     }', '}'),
            after: lines('project p {', '    task a { }', '    task b { }', '    task c { }', '}'),
        },
    ]);
});

describe('strings', () => {
    testLayouts([
        {
            name: 'strings with braces, quotes, comment markers and runs of spaces are left exactly as written',
            before: lines(
                'project p   "Braces { } and \\"quotes\\" // not a comment /* nor this */" {',
                '  task t "   spaced   out   " { duration 1d }',
                '  risk r "}" { response reduce "{ a,b }" }',
                '}',
            ),
            after: lines(
                'project p "Braces { } and \\"quotes\\" // not a comment /* nor this */" {',
                '    task t "   spaced   out   " { duration 1d }',
                '    risk r "}" { response reduce "{ a,b }" }',
                '}',
            ),
        },
    ]);
});

describe('comments', () => {
    testLayouts([
        {
            name: 'line comments on their own lines are indented as the statement after them, or as the block content before }',
            before: lines(
                '   // The plan.',
                'project p {',
                '// Dates.',
                '        start 2027-01-04',
                '  phase ph {',
                '// Work.',
                '    task a { duration 1d }',
                '            // Last in the phase.',
                '  }',
                '      // Last in the project.',
                '}',
                '    // After the project.',
            ),
            after: lines(
                '// The plan.',
                'project p {',
                '    // Dates.',
                '    start 2027-01-04',
                '    phase ph {',
                '        // Work.',
                '        task a { duration 1d }',
                '        // Last in the phase.',
                '    }',
                '    // Last in the project.',
                '}',
                '// After the project.',
            ),
        },
    ]);

    test('a trailing comment stays on its line, in its column when the code leaves room', async () => {
        const plan = lines(
            'project p {',
            '    start 2027-01-04                   // aligned',
            '    status 2027-02-01                  // aligned',
            '    tolerance { cpi 0.9 }              // after a one-line block',
            '    phase ph { // after {',
            '        task a { duration 1d }',
            '    } // after }',
            '}',
        );
        await expectLayout(plan, plan);
        await expectLayout(
            lines(
                'project p {',
                '  start 2027-01-04      // column 24 is kept',
                'status 2027-02-01   // the code passes column 20: one space',
                '}',
            ),
            lines(
                'project p {',
                '    start 2027-01-04    // column 24 is kept',
                '    status 2027-02-01 // the code passes column 20: one space',
                '}',
            ));
    });

    testLayouts([
        {
            name: 'a trailing comment on a line that is split stays after its token, one space after it',
            before: lines(
                'project p {',
                '    task a { duration 1d after b        // why b',
                '       cost 10 }',
                '    task b',
                '}',
            ),
            after: lines(
                'project p {',
                '    task a {',
                '        duration 1d',
                '        after b // why b',
                '        cost 10',
                '    }',
                '    task b',
                '}',
            ),
        },
        {
            name: 'a comment inside a statement keeps its place; the rest of the statement continues one level deeper',
            before: lines(
                'project p {',
                '    task a {',
                '        after b,   // first b',
                '   c FF',
                '        // then c',
                '  +1d',
                '    }',
                '    task b task c',
                '}',
            ),
            after: lines(
                'project p {',
                '    task a {',
                '        after b,   // first b',
                '            c FF',
                '            // then c',
                '            +1d',
                '    }',
                '    task b',
                '    task c',
                '}',
            ),
        },
        {
            name: 'block comments: inline ones stay inline, leading ones lead, multi-line ones are kept verbatim',
            before: lines(
                '/* A plan',
                '      with a long header comment',
                '   */',
                'project p /* id */ "P" {',
                '    task a { duration /* about */ 1d   /* inline */ }',
                '      /* leads */   task b {',
                '  duration 1d /* between */ after a',
                '    }',
                '    task c { /* one */ }',
                '    /* two',
                '         lines */',
                '}',
            ),
            after: lines(
                '/* A plan',
                '      with a long header comment',
                '   */',
                'project p /* id */ "P" {',
                '    task a { duration /* about */ 1d /* inline */ }',
                '    /* leads */ task b {',
                '        duration 1d /* between */',
                '        after a',
                '    }',
                '    task c { /* one */ }',
                '    /* two',
                '         lines */',
                '}',
            ),
        },
        {
            name: 'comments between a header and its {, and a comment that ends the file without a line break',
            before: 'project p // the project\n{\n    task a\n}\n// end',
            after: lines(
                'project p // the project',
                '{',
                '    task a',
                '}',
                '// end',
            ),
        },
    ]);
});

describe('blank lines', () => {
    testLayouts([
        {
            name: 'a run of blank lines becomes one; none after {, before } or at the ends of the file',
            before: lines(
                '',
                '',
                'project p {',
                '',
                '',
                '    start 2027-01-04',
                '    task a',
                '',
                '',
                '',
                '    // Next group.',
                '',
                '    task b {',
                '',
                '        duration 1d',
                '',
                '',
                '        after a',
                '',
                '    }',
                '',
                '}',
                '',
                '',
                'project q { start 2027-01-04 }',
                '',
                '',
            ),
            after: lines(
                'project p {',
                '    start 2027-01-04',
                '    task a',
                '',
                '    // Next group.',
                '',
                '    task b {',
                '        duration 1d',
                '',
                '        after a',
                '    }',
                '}',
                '',
                'project q { start 2027-01-04 }',
            ),
        },
    ]);

    test('line breaks stay \\r\\n in a \\r\\n file; tabs and trailing spaces go', async () => {
        const text = 'project p {\r\n\tstart 2027-01-04   \r\n\r\n\r\n\ttask a { duration 1d }\t\r\n}';
        expect(await formatted(text)).toBe('project p {\r\n    start 2027-01-04\r\n\r\n    task a { duration 1d }\r\n}\r\n');
    });

    test('a byte order mark stays; a file with \\r line breaks keeps them', async () => {
        expect(await formatted('\uFEFF  project p {  task a }')).toBe('\uFEFFproject p { task a }\n');
        expect(await formatted('project p {\r  task a\r\r\r}')).toBe('project p {\r    task a\r}\r');
    });

    test('blocks nested 60 deep are indented 60 levels', async () => {
        const depth = 60;
        const text = Array.from({ length: depth }, (_, i) => `phase p${i} {`).join('\n') + ' task t ' + '}'.repeat(depth);
        const expected = [
            'project q {',
            ...Array.from({ length: depth - 1 }, (_, i) => `${'    '.repeat(i + 1)}phase p${i} {`),
            `${'    '.repeat(depth)}phase p${depth - 1} { task t }`,
            ...Array.from({ length: depth - 1 }, (_, i) => `${'    '.repeat(depth - 1 - i)}}`),
            '}',
        ].join('\n') + '\n';
        expect(await formatted(`project q {\n${text}\n}`)).toBe(expected);
    });

    test('a file of whitespace and nothing else is left alone', async () => {
        expect(await editsOf('\n\n   \n')).toEqual([]);
        expect(await editsOf('')).toEqual([]);
    });
});

describe('files with errors', () => {
    test.each([
        ['a missing }', 'project p {\n  task a {   duration 1d\n'],
        ['a statement the grammar does not know', 'project p {\n    tsk a { duration 1d }\n      task b\n}\n'],
        ['an unterminated string', 'project p "P {\n    task a\n}\n'],
        ['an unterminated block comment', 'project p {\n    task a /* no end\n}\n'],
        ['a stray character', 'project p {\n    task a { duration 1d } #\n}\n'],
        ['a missing value', 'project p {\n      start\n}\n'],
    ])('%s: no edits', async (_, text) => {
        expect(await editsOf(text)).toEqual([]);
        await withDocument(text, async document => {
            const formatter = services.Proj.lsp.Formatter!;
            const range: Range = { start: { line: 0, character: 0 }, end: { line: 2, character: 0 } };
            expect(await formatter.formatDocumentRange(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS, range })).toEqual([]);
        });
    });

    test('a plan that parses but does not validate (an unknown dependency) is formatted', async () => {
        expect(await formatted('project p {\n task a { after nowhere }\n}\n')).toBe('project p {\n    task a { after nowhere }\n}\n');
    });
});

describe('range and on-type formatting', () => {
    const messy = lines(
        'project p {',
        '  task a {   duration 1d }',
        '        task b { after a',
        '   duration 2d }',
        '  task c',
        '}',
    );

    // What a range over task b's lines, and typing its }, make of `messy`.
    const taskBLaidOut = lines(
        'project p {',
        '  task a {   duration 1d }',
        '    task b {',
        '        after a',
        '        duration 2d',
        '    }',
        '  task c',
        '}',
    );

    test('a range formats the lines it covers and leaves the rest as it is', async () => {
        await expectFormatted({
            before: messy,
            range: { start: { line: 2, character: 0 }, end: { line: 3, character: 16 } },
            after: taskBLaidOut,
            disposeAfterCheck: true,
        });
    });

    test('typing } lays out the block it closes, from the line of its {', async () => {
        const edits = await withDocument(messy, async document => services.Proj.lsp.Formatter!.formatDocumentOnType(document, {
            textDocument: { uri: document.uri.toString() }, options: OPTIONS, ch: '}', position: { line: 3, character: 16 },
        }));
        expect(TextDocument.applyEdits(TextDocument.create('file:///x.proj', 'proj', 1, messy), edits)).toBe(taskBLaidOut);
        expect(services.Proj.lsp.Formatter!.formatOnTypeOptions).toEqual({ firstTriggerCharacter: '}' });
    });
});

describe('the examples', () => {
    const examplesDir = join(__dirname, '..', '..', 'examples');

    test.each(['office-move.proj', 'starter.proj'])('%s is in the canonical layout: formatting changes nothing', async name => {
        const text = readFileSync(join(examplesDir, name), 'utf8');
        expect(await formatted(text)).toBe(text);
    });
});
