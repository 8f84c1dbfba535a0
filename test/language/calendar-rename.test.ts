/**
 * A calendar is renamed, and found, through Langium's references: its declaration, the resources
 * and work of its project that name it, and shared resources in other files.
 */
import { TextDocument } from 'langium';
import { describe, expect, test } from 'vitest';
import { ResponseError, type WorkspaceEdit } from 'vscode-languageserver';
import { useParsedDocuments } from '../support/parsed-documents.js';

const { services, parse } = useParsedDocuments();

const plan = `project p {
    calendar shifts { workdays sat sun }
    resource crew { units 4 calendar shifts }
    task a { duration 1d assign crew calendar shifts }
    milestone done { after a }
}
`;
const shared = `resource trainer { calendar shifts }
`;
const PLAN_URI = 'file:///calendars/plan.proj';
const SHARED_URI = 'file:///calendars/shared.proj';

async function workspace() {
    const planDocument = await parse(plan, PLAN_URI);
    await parse(shared, SHARED_URI);
    return planDocument;
}

function at(text: string, needle: string, nth = 0) {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = text.indexOf(needle, index + 1);
    }
    expect(index).toBeGreaterThanOrEqual(0);
    return TextDocument.create('file:///x', 'proj', 0, text).positionAt(index);
}

function applied(edit: WorkspaceEdit | undefined, uri: string, text: string): string {
    return TextDocument.applyEdits(TextDocument.create(uri, 'proj', 0, text), edit?.changes?.[uri] ?? []);
}

describe('renaming a calendar', () => {
    test('from its declaration: every resource and task that names it, in every file', async () => {
        const document = await workspace();
        const edit = await services.Proj.lsp.RenameProvider!.rename(document, { textDocument: { uri: PLAN_URI }, position: at(plan, 'shifts'), newName: 'weekends' });
        expect(applied(edit, PLAN_URI, plan)).toBe(plan.replaceAll('shifts', 'weekends'));
        expect(applied(edit, SHARED_URI, shared)).toBe(shared.replace('shifts', 'weekends'));
    });

    test('from a task that names it', async () => {
        const document = await workspace();
        const edit = await services.Proj.lsp.RenameProvider!.rename(document, { textDocument: { uri: PLAN_URI }, position: at(plan, 'shifts', 2), newName: 'weekends' });
        expect(applied(edit, PLAN_URI, plan)).toBe(plan.replaceAll('shifts', 'weekends'));
    });

    test('not to an id the project already has', async () => {
        const document = await workspace();
        const rename = services.Proj.lsp.RenameProvider!.rename(document, { textDocument: { uri: PLAN_URI }, position: at(plan, 'shifts'), newName: 'done' });
        await expect(rename).rejects.toBeInstanceOf(ResponseError);
        await expect(rename).rejects.toThrow("Project 'p' already has a milestone 'done' (line 5): ids are unique within a project.");
    });

    test('its references are found from its declaration', async () => {
        const document = await workspace();
        const locations = await services.Proj.lsp.ReferencesProvider!.findReferences(document, { textDocument: { uri: PLAN_URI }, position: at(plan, 'shifts'), context: { includeDeclaration: false } });
        expect(locations.map(location => [location.uri, location.range.start.line]).sort()).toEqual([[PLAN_URI, 2], [PLAN_URI, 3], [SHARED_URI, 0]]);
    });
});
