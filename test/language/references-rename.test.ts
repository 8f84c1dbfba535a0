import { TextDocument, URI, type LangiumDocument } from 'langium';
import { clearDocuments, expectFindReferences, expectGoToDefinition, expectHighlight, parseHelper } from 'langium/test';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { DocumentHighlightKind, ResponseError, type Location, type Range, type WorkspaceEdit } from 'vscode-languageserver';
import type { Model } from '../../language/src/generated/ast.js';
import { ProjDocumentHighlightProvider } from '../../language/src/lsp/navigation/proj-document-highlight-provider.js';
import { createTestServices } from '../support/proj-test-services.js';

const office = `project office "Office move" {
    start 2027-01-04
    resource crew "Fit-out crew" { rate 300/d }
    stakeholder finance "Finance directorate"
    objective low_carbon
    kpi carbon { target 12 or less for low_carbon }
    phase delivery {
        task survey { duration 5d assign crew, sam 50% ksb K21 }
        task fitout { duration 10d after survey, it.network SS +2d assign crew }
    }
    milestone moved { after fitout, delivery }
    risk lease { likelihood 3 impact 4 owner finance affects survey, fitout }
    change extra { owner crew affects survey }
    issue lift { owner sam affects office.survey }
    quality signoff { for survey, moved owner finance criterion "Signed off" }
}
`;

const it = `project it "IT cut-over" {
    start 2027-01-04
    task network { duration 3d assign sam }
    task cutover { duration 2d after network, office.survey FF, office . moved }
    risk outage { owner sam affects office.survey }
}
`;

const shared = `resource sam "Sam Patel" { rate 400/d }
`;

const texts: Record<string, string> = { 'office.proj': office, 'it.proj': it, 'shared.proj': shared };
const uriOf = (file: string) => `file:///workspace/plans/${file}`;

let services: Awaited<ReturnType<typeof createTestServices>>;
const documents = new Map<string, LangiumDocument<Model>>();

beforeAll(async () => {
    services = await createTestServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    for (const [file, text] of Object.entries(texts)) {
        const document = LangiumDocumentFactory.fromString<Model>(text, URI.parse(uriOf(file)));
        LangiumDocuments.addDocument(document);
        documents.set(file, document);
    }
    await DocumentBuilder.build([...documents.values()], { validation: true });
});

afterAll(async () => {
    await clearDocuments(services.shared, [...documents.values()]);
});

/** The offset of the `nth` (from 0) occurrence of `needle` in a file, plus `at`. */
function offsetOf(file: string, needle: string, nth = 0, at = 0): number {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = texts[file].indexOf(needle, index + 1);
        expect(index, `'${needle}' #${i} in ${file}`).toBeGreaterThanOrEqual(0);
    }
    return index + at;
}

/** The range of `length` characters (the needle's by default) at the `nth` occurrence of `needle`. */
function rangeOf(file: string, needle: string, nth = 0, at = 0, length = needle.length - at): Range {
    const document = documents.get(file)!.textDocument;
    const start = offsetOf(file, needle, nth, at);
    return { start: document.positionAt(start), end: document.positionAt(start + length) };
}

function position(file: string, needle: string, nth = 0, at = 0) {
    const document = documents.get(file)!;
    return { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offsetOf(file, needle, nth, at)) };
}

const rename = (file: string, needle: string, newName: string, nth = 0, at = 0) =>
    services.Proj.lsp.RenameProvider!.rename(documents.get(file)!, { ...position(file, needle, nth, at), newName });

const prepareRename = (file: string, needle: string, nth = 0, at = 0) =>
    services.Proj.lsp.RenameProvider!.prepareRename(documents.get(file)!, position(file, needle, nth, at));

/** Every file's text with the edit applied (files the edit leaves alone unchanged). */
function applied(edit: WorkspaceEdit | undefined): Record<string, string> {
    expect(edit?.changes).toBeDefined();
    const known = new Set(Object.keys(texts).map(uriOf));
    expect(Object.keys(edit!.changes!).filter(uri => !known.has(uri))).toEqual([]);
    return Object.fromEntries(Object.entries(texts).map(([file, text]) => {
        const edits = edit!.changes![uriOf(file)] ?? [];
        return [file, TextDocument.applyEdits(TextDocument.create(uriOf(file), 'proj', 0, text), edits)];
    }));
}

/** The message of the LSP error `action` fails with. */
async function refusal(action: () => unknown): Promise<string> {
    try {
        await action();
    } catch (error) {
        expect(error).toBeInstanceOf(ResponseError);
        return (error as ResponseError<void>).message;
    }
    throw new Error('expected the request to be refused');
}

const sortLocations = (locations: Location[]) => [...locations].sort((a, b) =>
    a.uri.localeCompare(b.uri) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);

describe('the workspace links', () => {
    test('the plans are valid, their references across files resolved', async () => {
        for (const [file, document] of documents) {
            expect(document.diagnostics?.filter(diagnostic => diagnostic.severity === 1).map(diagnostic => diagnostic.message), file).toEqual([]);
        }
    });
});

describe('find references', () => {
    test('a task: its declaration and every reference in every file, qualified ones whole', async () => {
        const locations = await services.Proj.lsp.ReferencesProvider!.findReferences(documents.get('office.proj')!, { ...position('office.proj', 'survey {'), context: { includeDeclaration: true } });
        expect(sortLocations(locations)).toEqual(sortLocations([
            { uri: uriOf('it.proj'), range: rangeOf('it.proj', 'office.survey', 0) },
            { uri: uriOf('it.proj'), range: rangeOf('it.proj', 'office.survey', 1) },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'survey {', 0, 0, 6) },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'survey,', 0, 0, 6) },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'survey, fitout', 0, 0, 6) },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'survey }', 0, 0, 6) },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'office.survey') },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'survey, moved', 0, 0, 6) },
        ]));
    });

    test('from a qualified reference in another file, without the declaration', async () => {
        const locations = await services.Proj.lsp.ReferencesProvider!.findReferences(documents.get('it.proj')!, { ...position('it.proj', 'moved'), context: { includeDeclaration: false } });
        expect(sortLocations(locations)).toEqual([
            { uri: uriOf('it.proj'), range: rangeOf('it.proj', 'office . moved') },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'moved owner', 0, 0, 5) },
        ]);
    });

    test('a shared resource, from every plan', async () => {
        const locations = await services.Proj.lsp.ReferencesProvider!.findReferences(documents.get('shared.proj')!, { ...position('shared.proj', 'sam'), context: { includeDeclaration: true } });
        expect(sortLocations(locations)).toEqual(sortLocations([
            { uri: uriOf('shared.proj'), range: rangeOf('shared.proj', 'sam') },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'sam 50%', 0, 0, 3) },
            { uri: uriOf('office.proj'), range: rangeOf('office.proj', 'sam affects', 0, 0, 3) },
            { uri: uriOf('it.proj'), range: rangeOf('it.proj', 'sam }', 0, 0, 3) },
            { uri: uriOf('it.proj'), range: rangeOf('it.proj', 'sam affects', 0, 0, 3) },
        ]));
    });

    test('langium\'s expectFindReferences in one file', async () => {
        await expectFindReferences(services.Proj)({
            text: 'project p { task <|a|> { duration 1d } task b { after <|a|> } risk r { affects <|<|>a|>, b } }',
            includeDeclaration: true, disposeAfterCheck: true,
        });
    });
});

describe('document highlight', () => {
    test('the declaration and the references in the file', async () => {
        const highlights = await services.Proj.lsp.DocumentHighlightProvider!.getDocumentHighlight(documents.get('office.proj')!, position('office.proj', 'crew', 2));
        expect(highlights?.map(highlight => highlight.range)).toEqual([
            rangeOf('office.proj', 'crew "', 0, 0, 4), rangeOf('office.proj', 'crew,', 0, 0, 4), rangeOf('office.proj', 'crew }', 0, 0, 4), rangeOf('office.proj', 'crew affects', 0, 0, 4),
        ]);
    });

    test('the declaration written, the references read', async () => {
        const provider = new ProjDocumentHighlightProvider(services.Proj);
        const highlights = await provider.getDocumentHighlight(documents.get('office.proj')!, position('office.proj', 'finance', 1));
        expect(highlights).toEqual([
            { range: rangeOf('office.proj', 'finance "', 0, 0, 7), kind: DocumentHighlightKind.Write },
            { range: rangeOf('office.proj', 'finance affects', 0, 0, 7), kind: DocumentHighlightKind.Read },
            { range: rangeOf('office.proj', 'finance criterion', 0, 0, 7), kind: DocumentHighlightKind.Read },
        ]);
    });

    test('an element of another file: its references here only', async () => {
        const highlights = await new ProjDocumentHighlightProvider(services.Proj).getDocumentHighlight(documents.get('it.proj')!, position('it.proj', 'office.survey', 0, 8));
        expect(highlights).toEqual([
            { range: rangeOf('it.proj', 'office.survey', 0), kind: DocumentHighlightKind.Read },
            { range: rangeOf('it.proj', 'office.survey', 1), kind: DocumentHighlightKind.Read },
        ]);
    });

    test('langium\'s expectHighlight in one file', async () => {
        await expectHighlight(services.Proj)({
            text: 'project p { resource <|crew|> task a { assign <|c<|>rew|> } change c { owner <|crew|> } }',
            index: 0, rangeIndex: [0, 1, 2], disposeAfterCheck: true,
        });
    });
});

describe('go to definition', () => {
    test('from a qualified reference to the item in the other file', async () => {
        const links = await services.Proj.lsp.DefinitionProvider!.getDefinition(documents.get('it.proj')!, position('it.proj', 'office.survey', 0, 9));
        expect(links?.map(link => [link.targetUri, link.targetSelectionRange])).toEqual([[uriOf('office.proj'), rangeOf('office.proj', 'survey {', 0, 0, 6)]]);
    });

    test('from an assignment to the shared resource', async () => {
        const links = await services.Proj.lsp.DefinitionProvider!.getDefinition(documents.get('office.proj')!, position('office.proj', 'sam 50%'));
        expect(links?.map(link => [link.targetUri, link.targetSelectionRange])).toEqual([[uriOf('shared.proj'), rangeOf('shared.proj', 'sam')]]);
    });

    test('langium\'s expectGoToDefinition in one file: a KPI\'s objective, a quality check\'s deliverable', async () => {
        await expectGoToDefinition(services.Proj)({
            text: 'project p { objective <|goal|> kpi k { for g<|>oal } task <|a|> { duration 1d } quality q { for <|>a } }',
            index: 0, rangeIndex: 0, disposeAfterCheck: true,
        });
        await expectGoToDefinition(services.Proj)({
            text: 'project p { objective <|goal|> kpi k { for g<|>oal } task <|a|> { duration 1d } quality q { for <|>a } }',
            index: 1, rangeIndex: 1, disposeAfterCheck: true,
        });
    });
});

describe('rename', () => {
    test('a task: every after, affects and for, and qualified references keep their project', async () => {
        const expected = {
            'office.proj': office
                .replace('task survey {', 'task site_survey {')
                .replace('after survey,', 'after site_survey,')
                .replace('affects survey, fitout', 'affects site_survey, fitout')
                .replace('affects survey }', 'affects site_survey }')
                .replace('affects office.survey', 'affects office.site_survey')
                .replace('for survey,', 'for site_survey,'),
            'it.proj': it.replaceAll('office.survey', 'office.site_survey'),
            'shared.proj': shared,
        };
        expect(applied(await rename('office.proj', 'survey {', 'site_survey'))).toEqual(expected);
        // The same edit from a reference, from a qualified reference in another file, and at the end of the word.
        expect(applied(await rename('office.proj', 'survey,', 'site_survey'))).toEqual(expected);
        expect(applied(await rename('it.proj', 'office.survey', 'site_survey', 1, 9))).toEqual(expected);
        expect(applied(await rename('office.proj', 'survey {', 'site_survey', 0, 6))).toEqual(expected);
    });

    test('the edit touches only the names: one edit per occurrence, each the id\'s own range', async () => {
        const edit = await rename('it.proj', 'office.survey', 'site_survey', 0, 7);
        expect(edit?.changes?.[uriOf('it.proj')]).toEqual([
            { range: rangeOf('it.proj', 'survey FF', 0, 0, 6), newText: 'site_survey' },
            { range: rangeOf('it.proj', 'survey }', 0, 0, 6), newText: 'site_survey' },
        ]);
        expect(edit?.changes?.[uriOf('office.proj')]).toHaveLength(6);
    });

    test('a milestone referenced as `office . moved` keeps the qualifier and its spacing', async () => {
        const result = applied(await rename('office.proj', 'moved {', 'handover'));
        expect(result['it.proj']).toBe(it.replace('office . moved', 'office . handover'));
        expect(result['office.proj']).toBe(office.replace('milestone moved', 'milestone handover').replace('for survey, moved', 'for survey, handover'));
    });

    test('a resource: assign and owner', async () => {
        expect(applied(await rename('office.proj', 'crew', 'builders', 2))).toEqual({
            'office.proj': office.replaceAll('crew', 'builders').replace('"Fit-out builders"', '"Fit-out crew"'),
            'it.proj': it, 'shared.proj': shared,
        });
    });

    test('a shared resource: in every plan', async () => {
        expect(applied(await rename('shared.proj', 'sam', 'sam_patel'))).toEqual({
            'office.proj': office.replace('sam 50%', 'sam_patel 50%').replace('owner sam', 'owner sam_patel'),
            'it.proj': it.replace('assign sam', 'assign sam_patel').replace('owner sam', 'owner sam_patel'),
            'shared.proj': shared.replace('sam', 'sam_patel'),
        });
    });

    test('a stakeholder as owner; an objective as a KPI\'s for', async () => {
        expect(applied(await rename('office.proj', 'finance affects', 'board'))['office.proj']).toBe(office.replace('finance "', 'board "').replaceAll('owner finance', 'owner board'));
        expect(applied(await rename('office.proj', 'low_carbon', 'net_zero', 1))['office.proj']).toBe(office.replaceAll('low_carbon', 'net_zero'));
    });

    test('a project: its name and the qualifier of every reference into it, from its name or from a qualifier', async () => {
        const expected = {
            'office.proj': office.replace('project office', 'project hq').replace('office.survey', 'hq.survey'),
            'it.proj': it.replaceAll('office.survey', 'hq.survey').replace('office . moved', 'hq . moved'),
            'shared.proj': shared,
        };
        expect(applied(await rename('office.proj', 'office', 'hq'))).toEqual(expected);
        expect(applied(await rename('it.proj', 'office.survey', 'hq', 1, 2))).toEqual(expected);
        expect(applied(await rename('it.proj', 'project it', 'infra', 0, 8))).toEqual({
            'office.proj': office.replace('it.network', 'infra.network'),
            'it.proj': it.replace('project it', 'project infra'),
            'shared.proj': shared,
        });
    });

    test('prepareRename gives the span to rename: the id, or the qualifier', async () => {
        expect(await prepareRename('office.proj', 'survey {', 0, 3)).toEqual(rangeOf('office.proj', 'survey {', 0, 0, 6));
        expect(await prepareRename('it.proj', 'office.survey', 0, 10)).toEqual(rangeOf('it.proj', 'survey FF', 0, 0, 6));
        expect(await prepareRename('it.proj', 'office.survey', 0, 1)).toEqual(rangeOf('it.proj', 'office.survey', 0, 0, 6));
        expect(await prepareRename('office.proj', 'low_carbon }')).toEqual(rangeOf('office.proj', 'low_carbon }', 0, 0, 10));
        expect(await prepareRename('office.proj', 'duration')).toBeUndefined();
        expect(await prepareRename('office.proj', '"Finance', 0, 2)).toBeUndefined();
        expect(await prepareRename('office.proj', '2027-01-04')).toBeUndefined();
    });
});

describe('rename refuses', () => {
    test('a built-in KSB: the standard is read-only', async () => {
        const message = 'K21\' belongs to the built-in standard ST0310, which is read-only: it cannot be renamed.';
        expect(await refusal(() => prepareRename('office.proj', 'K21'))).toBe(`'${message}`);
        expect(await refusal(() => rename('office.proj', 'K21', 'K99'))).toBe(`'${message}`);
    });

    test('a new name that is not an id, or is a keyword', async () => {
        expect(await refusal(() => rename('office.proj', 'survey {', 'site-survey'))).toBe('\'site-survey\' is not a valid id: an id is a letter or \'_\' followed by letters, digits or \'_\'.');
        expect(await refusal(() => rename('office.proj', 'survey {', '2nd_survey'))).toContain('is not a valid id');
        expect(await refusal(() => rename('office.proj', 'survey {', ''))).toContain('is not a valid id');
        expect(await refusal(() => rename('office.proj', 'survey {', 'office.survey'))).toContain('is not a valid id');
        expect(await refusal(() => rename('office.proj', 'survey {', 'milestone'))).toBe('\'milestone\' is a keyword of the language and cannot be an id.');
        expect(await refusal(() => rename('office.proj', 'survey {', 'SS'))).toBe('\'SS\' is a keyword of the language and cannot be an id.');
        expect(await refusal(() => rename('office.proj', 'crew', 'passed', 2))).toContain('is a keyword');
    });

    test('an id already used in the project, whatever its kind or nesting', async () => {
        expect(await refusal(() => rename('office.proj', 'survey {', 'fitout'))).toBe('Project \'office\' already has a task \'fitout\' (line 9): ids are unique within a project.');
        expect(await refusal(() => rename('office.proj', 'moved {', 'delivery'))).toBe('Project \'office\' already has a phase \'delivery\' (line 7): ids are unique within a project.');
        expect(await refusal(() => rename('office.proj', 'crew', 'lease', 2))).toBe('Project \'office\' already has a risk \'lease\' (line 12): ids are unique within a project.');
    });

    test('a project name already taken; a name that would change what other references mean', async () => {
        expect(await refusal(() => rename('office.proj', 'office', 'it'))).toBe('A project \'it\' already exists in it.proj.');
        expect(await refusal(() => rename('office.proj', 'crew', 'sam', 2))).toBe('\'sam\' already refers to a resource in project \'office\' (line 8): renaming would change what it refers to.');
        expect(await refusal(() => rename('shared.proj', 'sam', 'crew'))).toBe('Project \'office\' uses \'sam\' and has a resource \'crew\' of its own (line 3): its references would move to that one.');
    });

    test('renaming to the same name changes nothing', async () => {
        expect(await rename('office.proj', 'survey {', 'survey')).toEqual({ changes: {} });
    });
});

describe('never throws on partial input', () => {
    test('rename, prepareRename, references, highlight and definition at every offset of plans cut short', async () => {
        const { RenameProvider, ReferencesProvider, DocumentHighlightProvider, DefinitionProvider } = services.Proj.lsp;
        for (const cut of [30, 180, 330, 470, 560, office.length - 2]) {
            const text = office.slice(0, cut);
            const document = await parseHelper<Model>(services.Proj)(text);
            for (let offset = 0; offset <= text.length; offset++) {
                const at = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
                try {
                    await RenameProvider!.prepareRename(document, at);
                    await RenameProvider!.rename(document, { ...at, newName: 'renamed' });
                } catch (error) {
                    // Only the refusals (a built-in KSB) may fail, as LSP errors.
                    expect(error, `offset ${offset} of ${JSON.stringify(text)}`).toBeInstanceOf(ResponseError);
                }
                await ReferencesProvider!.findReferences(document, { ...at, context: { includeDeclaration: true } });
                await DocumentHighlightProvider!.getDocumentHighlight(document, at);
                await DefinitionProvider!.getDefinition(document, at);
            }
            await clearDocuments(services.shared, [document]);
        }
    });
});
