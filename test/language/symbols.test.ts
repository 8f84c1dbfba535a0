/**
 * The editor's structure services: the outline (and so the breadcrumbs), workspace symbols, folding
 * and expand selection, each on a small plan, and all of them on plans cut short mid-edit.
 */
import { URI, type LangiumDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { SymbolKind, type DocumentSymbol, type FoldingRange, type Position, type Range, type SelectionRange } from 'vscode-languageserver';
import { selectionRangesOf } from '../../language/src/lsp/structure/proj-selection-ranges.js';
import { useParsedDocuments } from '../support/parsed-documents.js';

const { services, parse, keep, clear } = useParsedDocuments();

async function documentSymbols(document: LangiumDocument): Promise<DocumentSymbol[]> {
    return await services.Proj.lsp.DocumentSymbolProvider!.getSymbols(document, { textDocument: { uri: document.uri.toString() } });
}

async function foldingRanges(document: LangiumDocument): Promise<FoldingRange[]> {
    return await services.Proj.lsp.FoldingRangeProvider!.getFoldingRanges(document, { textDocument: { uri: document.uri.toString() } });
}

/** The position of the first `text` in `source`, `offset` characters in. */
function positionOf(source: string, text: string, offset = 0): Position {
    const index = source.indexOf(text);
    expect(index, `'${text}' is in the source`).toBeGreaterThanOrEqual(0);
    const before = source.slice(0, index + offset).split('\n');
    return { line: before.length - 1, character: before[before.length - 1].length };
}

/** The range of the first `text` in `source`. */
function rangeOf(source: string, text: string): Range {
    const start = positionOf(source, text);
    const end = positionOf(source, text, text.length);
    return { start, end };
}

function textOf(document: LangiumDocument, range: Range): string {
    return document.textDocument.getText(range);
}

const KIND_NAMES = Object.fromEntries(Object.entries(SymbolKind).map(([name, value]) => [value, name]));

/** A symbol tree as `name (Kind) · detail` lines, indented by depth. */
function outline(symbols: DocumentSymbol[] | undefined, depth = 0): string[] {
    return (symbols ?? []).flatMap(symbol => [
        `${'  '.repeat(depth)}${symbol.name} (${KIND_NAMES[symbol.kind]})${symbol.detail ? ` · ${symbol.detail}` : ''}`,
        ...outline(symbol.children, depth + 1),
    ]);
}

/** What VS Code insists on before it shows a symbol: a name, and its selection range inside its range. */
function symbolProblems(symbols: DocumentSymbol[] | undefined, parent?: DocumentSymbol): string[] {
    return (symbols ?? []).flatMap(symbol => [
        ...(symbol.name.trim() === '' ? [`a symbol without a name at ${JSON.stringify(symbol.range)}`] : []),
        ...(contains(symbol.range, symbol.selectionRange) ? [] : [`${symbol.name}: selection range outside its range`]),
        ...(parent && !contains(parent.range, symbol.range) ? [`${symbol.name}: outside its parent ${parent.name}`] : []),
        ...symbolProblems(symbol.children, symbol),
    ]);
}

function contains(outer: Range, inner: Range): boolean {
    const before = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
    return before(outer.start, inner.start) && before(inner.end, outer.end);
}

/** The selection steps from innermost outwards. */
function steps(selection: SelectionRange | undefined): Range[] {
    const ranges: Range[] = [];
    for (let step = selection; step; step = step.parent) {
        ranges.push(step.range);
    }
    return ranges;
}

const PLAN = [
    'project launch "Product launch" {',                                       // 0
    '    start 2027-01-04',                                                    // 1
    '    calendar { workdays mon tue wed thu fri }',                           // 2
    '    resource sam "Sam Patel"',                                            // 3
    '    phase build "Build" {',                                               // 4
    '        task design "Design" { duration 5d assign sam }',                 // 5
    '        task code { duration 10d after design }',                         // 6
    '        milestone ready "Ready to ship" { after code }',                  // 7
    '    }',                                                                   // 8
    '    stakeholder board "Project board" { power high interest high }',      // 9
    '    risk slip "Suppliers slip" { likelihood 3 impact 4 affects code }',   // 10
    '    task party "Launch party" { duration 1d after ready }',               // 11
    '    opportunity press',                                                   // 12
    '}',                                                                       // 13
].join('\n');

describe('the outline', () => {
    test('shows the project, its plan as written, its settings, and a group per register, each with its kind and title (work with its dates)', async () => {
        const symbols = await documentSymbols(await parse(PLAN));
        expect(outline(symbols)).toEqual([
            'launch (Package) · Product launch',
            '  calendar (Struct)',
            '  build (Module) · Build · 4 Jan → 22 Jan',
            '    design (Method) · Design · 4 Jan → 8 Jan',
            '    code (Method) · 11 Jan → 22 Jan',
            '    ready (Event) · Ready to ship · ◆ 22 Jan',
            '  party (Method) · Launch party · 25 Jan → 25 Jan',
            '  Resources (Array) · 1',
            '    sam (Variable) · Sam Patel',
            '  Stakeholders (Array) · 1',
            '    board (Object) · Project board',
            '  Risks (Array) · 2',
            '    slip (EnumMember) · Suppliers slip',
            '    press (EnumMember)',
        ]);
        expect(symbolProblems(symbols)).toEqual([]);
    });

    test('gives each symbol the whole element as its range and its id as its selection range', async () => {
        const [project] = await documentSymbols(await parse(PLAN));
        expect(project.range).toEqual({ start: { line: 0, character: 0 }, end: { line: 13, character: 1 } });
        expect(project.selectionRange).toEqual(rangeOf(PLAN, 'launch'));
        const build = project.children!.find(symbol => symbol.name === 'build')!;
        expect(build.range).toEqual({ start: { line: 4, character: 4 }, end: { line: 8, character: 5 } });
        expect(build.selectionRange).toEqual(rangeOf(PLAN, 'build'));
        const design = build.children![0];
        expect(design.range).toEqual(rangeOf(PLAN, 'task design "Design" { duration 5d assign sam }'));
        expect(design.selectionRange).toEqual(rangeOf(PLAN, 'design'));
        // An unnamed calendar goes by its keyword and selects it.
        const calendar = project.children!.find(symbol => symbol.name === 'calendar')!;
        expect(calendar.selectionRange).toEqual(rangeOf(PLAN, 'calendar'));
    });

    test('spans a register group over its entries and selects the first', async () => {
        const [project] = await documentSymbols(await parse(PLAN));
        const risks = project.children!.find(symbol => symbol.name === 'Risks')!;
        expect(risks.range).toEqual({ start: { line: 10, character: 4 }, end: { line: 12, character: 21 } });
        expect(risks.selectionRange).toEqual(rangeOf(PLAN, 'slip'));
    });

    test('leaves the references of a plan not yet linked to the linker: no dates until it is', async () => {
        const document = services.shared.workspace.LangiumDocumentFactory.fromString(PLAN, URI.parse('file:///outline/unlinked.proj'));
        expect(outline(await documentSymbols(document))).toContain('    code (Method)');
        services.shared.workspace.LangiumDocuments.addDocument(document);
        keep(document);
        await services.shared.workspace.DocumentBuilder.build([document], { validation: true });
        expect(document.diagnostics?.filter(diagnostic => diagnostic.severity === 1)).toEqual([]);
        expect(outline(await documentSymbols(document))).toContain('    code (Method) · 11 Jan → 22 Jan');
    });

    test('groups the built-in standard by knowledge, skills, behaviours and duties', async () => {
        const builtin = services.shared.workspace.LangiumDocuments.all.find(document => document.uri.scheme === 'proj-builtin')!;
        const [standard] = await documentSymbols(builtin);
        expect(standard.name).toBe('ST0310');
        expect(standard.kind).toBe(SymbolKind.Namespace);
        expect(standard.children!.map(group => `${group.name} ${group.detail}`)).toEqual(['Knowledge 31', 'Skills 26', 'Behaviours 5', 'Duties 14']);
        const k21 = standard.children![0].children!.find(symbol => symbol.name === 'K21')!;
        expect(k21.kind).toBe(SymbolKind.Constant);
        expect(k21.detail).toBe('Project scheduling and maintenance, including critical path analysis.');
        // A long statement is cut at a word, within 80 characters.
        const k4 = standard.children![0].children!.find(symbol => symbol.name === 'K4')!;
        expect(k4.detail).toMatch(/^Techniques used to understand the project context, such as PESTLE \(political…$/);
        expect(symbolProblems([standard])).toEqual([]);
    });
});

describe('workspace symbols', () => {
    const ALPHA = 'project alpha "Alpha" {\n    start 2027-01-04\n    task survey "Site survey" { duration 2d }\n}\n';
    const BETA = 'project beta {\n    start 2027-01-04\n    resource surveyor "Chartered surveyor"\n    phase surveys { task survey_report { duration 1d } }\n}\n';
    const ALPHA_URI = 'file:///workspace/alpha.proj';
    const BETA_URI = 'file:///workspace/beta.proj';

    async function symbolsFor(query: string) {
        const symbols = await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query });
        return symbols.map(symbol => ({
            name: symbol.name,
            kind: KIND_NAMES[symbol.kind],
            container: symbol.containerName,
            uri: symbol.location.uri,
            range: 'range' in symbol.location ? symbol.location.range : undefined,
        }));
    }

    test('finds tasks, phases and resources across every plan, each in its project, at its id', async () => {
        await parse(ALPHA, ALPHA_URI);
        await parse(BETA, BETA_URI);
        const found = await symbolsFor('surv');
        expect(found.sort((a, b) => a.name < b.name ? -1 : 1)).toEqual([
            { name: 'survey', kind: 'Method', container: 'alpha', uri: ALPHA_URI, range: rangeOf(ALPHA, 'survey') },
            { name: 'survey_report', kind: 'Method', container: 'beta', uri: BETA_URI, range: rangeOf(BETA, 'survey_report') },
            { name: 'surveyor', kind: 'Variable', container: 'beta', uri: BETA_URI, range: rangeOf(BETA, 'surveyor') },
            { name: 'surveys', kind: 'Module', container: 'beta', uri: BETA_URI, range: rangeOf(BETA, 'surveys') },
        ]);
    });

    test('finds projects, and items by their qualified name `project.item`', async () => {
        await parse(ALPHA, ALPHA_URI);
        await parse(BETA, BETA_URI);
        expect(await symbolsFor('beta')).toEqual([
            { name: 'beta', kind: 'Package', container: undefined, uri: BETA_URI, range: rangeOf(BETA, 'beta') },
        ]);
        expect((await symbolsFor('alpha.surv')).map(symbol => `${symbol.container}.${symbol.name}`)).toEqual(['alpha.survey']);
    });

    test('finds the built-in standard\'s KSB codes, so that K21 leads to its statement', async () => {
        const [k21] = (await symbolsFor('K21')).filter(symbol => symbol.name === 'K21');
        expect(k21).toMatchObject({ kind: 'Constant', container: 'ST0310' });
        expect(k21.uri).toMatch(/^proj-builtin:/);
        const builtin = services.shared.workspace.LangiumDocuments.getDocument(services.shared.workspace.LangiumDocuments.all.find(document => document.uri.scheme === 'proj-builtin')!.uri)!;
        expect(textOf(builtin, k21.range!)).toBe('K21');
    });
});

describe('folding', () => {
    test('folds every block of more than one line, block comments, and runs of whole-line comments', async () => {
        const text = [
            '// The launch plan:',                               // 0
            '// owned by the product team.',                     // 1
            '// Reviewed monthly.',                              // 2
            'project launch {',                                  // 3
            '    start 2027-01-04   // a comment after code',    // 4
            '    // not joined to the line above',               // 5
            '    /* A block comment',                            // 6
            '       over three lines */',                        // 7
            '    phase build {',                                 // 8
            '        task design { duration 5d }',               // 9
            '        task code {',                               // 10
            '            duration 10d',                          // 11
            '            after design }',                        // 12
            '    }',                                             // 13
            '    risk slip { likelihood 3',                      // 14
            '        impact 4 }',                                // 15
            '    // one line alone',                             // 16
            '}',                                                 // 17
        ].join('\n');
        const folds = (await foldingRanges(await parse(text)))
            .map(fold => `${fold.startLine}-${fold.endLine}${fold.kind ? ` ${fold.kind}` : ''}`)
            .sort((a, b) => parseInt(a) - parseInt(b));
        expect(folds).toEqual([
            '0-2 comment',
            '3-16',          // the project, up to the line before its closing brace
            '6-7 comment',
            '8-12',          // the phase
            '10-12',         // a task whose brace ends its last line folds that line too
            '14-15',
        ]);
    });
});

describe('expand selection', () => {
    const TEXT = [
        'project office {',
        '    start 2027-01-04',
        '    phase delivery "Delivery" {',
        '        task survey { duration 3d }',
        '        task fitout "Fit-out" {',
        '            duration 5d',
        '            after survey +2d, permit',
        '            ksb K21',
        '        }',
        '        milestone permit',
        '    }',
        '}',
    ].join('\n');

    async function selectionTexts(text: string, position: Position): Promise<string[]> {
        const document = await parse(text);
        const [selection] = selectionRangesOf(document, [position]);
        const ranges = steps(selection);
        ranges.slice(1).forEach((range, index) => {
            expect(contains(range, ranges[index]) && JSON.stringify(range) !== JSON.stringify(ranges[index]), `step ${index + 1} grows`).toBe(true);
        });
        return ranges.map(range => textOf(document, range));
    }

    test('grows from an id in a dependency through the dependency, the statement, the body, the task, the phase and the project', async () => {
        expect(await selectionTexts(TEXT, positionOf(TEXT, 'after survey', 'after su'.length))).toEqual([
            'survey',
            'survey +2d',
            'after survey +2d, permit',
            'duration 5d\n            after survey +2d, permit\n            ksb K21',
            TEXT.slice(TEXT.indexOf('task fitout'), TEXT.indexOf('        milestone') - 1),
            TEXT.slice(TEXT.indexOf('task survey'), TEXT.indexOf('\n    }')),
            TEXT.slice(TEXT.indexOf('phase delivery'), TEXT.indexOf('\n}')),
            TEXT.slice(TEXT.indexOf('start'), TEXT.indexOf('\n}')),
            TEXT,
        ]);
    });

    test('takes the word that ends at the cursor, a string\'s text before its quotes, and a header before its block', async () => {
        const afterWord = await selectionTexts(TEXT, positionOf(TEXT, 'permit', 'permit'.length));
        expect(afterWord.slice(0, 3)).toEqual(['permit', 'after survey +2d, permit', expect.stringMatching(/^duration 5d/)]);
        const inTitle = await selectionTexts(TEXT, positionOf(TEXT, '"Fit-out"', 2));
        expect(inTitle.slice(0, 4)).toEqual(['Fit-out', '"Fit-out"', 'task fitout "Fit-out"', expect.stringMatching(/^task fitout "Fit-out" \{/)]);
    });

    test('answers every position it is asked about, in order, even between tokens and past the end', async () => {
        const document = await parse(TEXT);
        const positions = [positionOf(TEXT, 'ksb K21', 'ksb K'.length), { line: 6, character: 4 }, { line: 40, character: 0 }];
        const selections = selectionRangesOf(document, positions);
        expect(selections).toHaveLength(3);
        expect(textOf(document, selections[0].range)).toBe('K21');
        expect(textOf(document, selections[0].parent!.range)).toBe('ksb K21');
        // Between tokens the first step is the innermost block around the cursor.
        expect(textOf(document, selections[1].range)).toMatch(/^duration 5d[\s\S]*ksb K21$/);
        expect(selections[2].range.start).toEqual(selections[2].range.end);
    });

    test('keeps `residual likelihood 2 impact 3` one statement, though it holds keywords a block also starts with', async () => {
        const text = 'project p {\n    risk r { likelihood 3 impact 4 residual likelihood 2 impact 3 owner o }\n    resource o\n}';
        const texts = await selectionTexts(text, positionOf(text, 'residual likelihood 2', 'residual likelihood '.length));
        expect(texts.slice(0, 3)).toEqual(['2', 'residual likelihood 2 impact 3', 'likelihood 3 impact 4 residual likelihood 2 impact 3 owner o']);
    });
});

describe('plans cut short while typing', () => {
    const SOURCE = [
        '// A plan',
        'project move "Office move" {',
        '    start 2027-01-04',
        '    tolerance { cpi 0.9 risk amber 6 red 15 }',
        '    calendar uk { workdays mon tue wed thu fri holiday 2027-03-26 "Good Friday" }',
        '    objective on_time { ksb K2 }',
        '    kpi downtime { target 1 or less for on_time }',
        '    resource alex "Alex" { rate 300/d }',
        '    stakeholder board { power high interest high }',
        '    phase delivery {',
        '        task survey { estimate 2d 3d 5d assign alex 50% }',
        '        task fitout { duration 5d after survey +2d, other.thing SS start no earlier than 2027-02-01 }',
        '        milestone done { after fitout }',
        '    }',
        '    /* registers */',
        '    risk late { likelihood 3 impact 4 owner board affects fitout }',
        '    change extra { impact 5d 1000 "More" affects survey }',
        '    issue lift { severity high owner alex }',
        '    lesson book { category planning }',
        '    quality signoff { for done criterion "Signed" }',
        '}',
        'resource shared',
    ].join('\n');

    test('every service answers every prefix of a plan without throwing, with symbols VS Code accepts', async () => {
        const lsp = services.Proj.lsp;
        for (let length = 0; length <= SOURCE.length; length += 3) {
            const text = SOURCE.slice(0, length);
            const document = await parse(text, `file:///prefix/${length}.proj`);
            const uri = { textDocument: { uri: document.uri.toString() } };
            const symbols = await lsp.DocumentSymbolProvider!.getSymbols(document, uri);
            expect(symbolProblems(symbols), `symbols of ${JSON.stringify(text)}`).toEqual([]);
            await lsp.FoldingRangeProvider!.getFoldingRanges(document, uri);
            await lsp.SemanticTokenProvider!.semanticHighlight(document, uri);
            const end = document.textDocument.positionAt(text.length);
            const positions = [{ line: 0, character: 0 }, end, document.textDocument.positionAt(Math.floor(text.length / 2))];
            for (const selection of selectionRangesOf(document, positions)) {
                const ranges = steps(selection);
                ranges.slice(1).forEach((range, index) => expect(contains(range, ranges[index])).toBe(true));
            }
            await services.shared.lsp.WorkspaceSymbolProvider!.getSymbols({ query: 'a' });
            await clear();
        }
    }, 60_000);

    test('expand selection nests its steps at every position of a whole plan', async () => {
        const document = await parse(SOURCE);
        const positions = Array.from({ length: SOURCE.length + 1 }, (_, offset) => document.textDocument.positionAt(offset));
        const selections = selectionRangesOf(document, positions);
        expect(selections).toHaveLength(positions.length);
        selections.forEach((selection, index) => {
            const ranges = steps(selection);
            expect(contains(ranges[0], { start: positions[index], end: positions[index] })).toBe(true);
            ranges.slice(1).forEach((range, step) => expect(contains(range, ranges[step]) && JSON.stringify(range) !== JSON.stringify(ranges[step])).toBe(true));
        });
    });
});
