// A plan that waits for another is validated again when the other changes. What only its own text
// decides is kept from before (proj-document-validator.ts); everything else is found again. Either
// way, its diagnostics are those of the same files validated from scratch.
import { AstUtils, EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Diagnostic } from 'vscode-languageserver-types';
import { describe, expect, test } from 'vitest';
import { createProjServices } from '../../../language/src/proj-module.js';
import { isMilestone } from '../../../language/src/generated/ast.js';
import { IssueCodes } from '../../../language/src/validation/issue-codes.js';

const A = URI.parse('file:///programme/a.proj');
const B = URI.parse('file:///programme/b.proj');

const alpha = ({ days = 10, milestone = 'done', crewUnits = 2, prep = false } = {}) => `
resource crew "Crew" { units ${crewUnits} }
project alpha "Alpha" {
    start 2027-01-04${prep ? '\n    task prep "Prep" { duration 1d }' : ''}
    task build "Build" { duration ${days}d }
    milestone ${milestone} "Done" { after build }
}`;

// Deploy waits for alpha.done: with ten days of build it ends on 20 January, the deadline. Its
// text has mistakes of its own: a duration given twice and a risk without an owner.
const beta = (crew = 1) => `
project beta "Beta" {
    start 2027-01-04
    deadline 2027-01-20
    task deploy "Deploy" { duration 3d duration 3d after alpha.done assign crew ${crew} }
    risk outage "Outage" { probability 20% impact 3 }
}`;
const BETA = beta();

type Services = ReturnType<typeof createProjServices>;

async function workspaceOf(texts: ReadonlyMap<URI, string>): Promise<Services> {
    const services = createProjServices(EmptyFileSystem);
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, TextDocuments } = services.shared.workspace;
    const documents: LangiumDocument[] = [];
    for (const [uri, text] of texts) {
        TextDocuments!.set(TextDocument.create(uri.toString(), 'proj', 1, text));
        const document = LangiumDocumentFactory.fromString(text, uri);
        LangiumDocuments.addDocument(document);
        documents.push(document);
    }
    await DocumentBuilder.build(documents, { validation: true });
    return services;
}

/** Replaces a file's text as the editor does, and builds what the change reaches. */
async function edit(services: Services, uri: URI, text: string, version: number): Promise<void> {
    services.shared.workspace.TextDocuments!.set(TextDocument.create(uri.toString(), 'proj', version, text));
    // As in the editor: the update runs the checks after the errors too (check-timing.ts). Those after
    // a pause in typing run a schedule risk analysis, which these plans (nothing uncertain) do not have.
    await services.shared.workspace.DocumentBuilder.update([uri], []);
}

const described = (services: Services, uri: URI) => (services.shared.workspace.LangiumDocuments.getDocument(uri)?.diagnostics ?? [])
    .map((diagnostic: Diagnostic) => `${diagnostic.code} ${diagnostic.range.start.line}:${diagnostic.range.start.character} ${diagnostic.message}`)
    .sort();

async function expectAsFromScratch(services: Services, texts: ReadonlyMap<URI, string>): Promise<string[]> {
    const fresh = await workspaceOf(texts);
    expect(described(services, B)).toEqual(described(fresh, B));
    return described(services, B);
}

describe("an edit in one plan, in the diagnostics of a plan waiting for it", () => {
    test('a slip upstream makes the missed deadline appear, and the waiting plan keeps its own findings', async () => {
        const services = await workspaceOf(new Map([[A, alpha()], [B, BETA]]));
        expect(described(services, B).some(line => line.startsWith(IssueCodes.DeadlineMissed))).toBe(false);

        await edit(services, A, alpha({ days: 12 }), 2);
        const after = await expectAsFromScratch(services, new Map([[A, alpha({ days: 12 })], [B, BETA]]));
        expect(after.some(line => line.startsWith(IssueCodes.DeadlineMissed))).toBe(true);
        expect(after.some(line => line.startsWith(IssueCodes.DuplicateProperty))).toBe(true);

        await edit(services, A, alpha({ days: 9 }), 3);
        const back = await expectAsFromScratch(services, new Map([[A, alpha({ days: 9 })], [B, BETA]]));
        expect(back.some(line => line.startsWith(IssueCodes.DeadlineMissed))).toBe(false);
    });

    test("a resource's units, declared in the other file, decide what may be assigned", async () => {
        const services = await workspaceOf(new Map([[A, alpha()], [B, beta(3)]]));
        expect(described(services, B).some(line => line.startsWith(IssueCodes.AssignmentUnits))).toBe(true);

        await edit(services, A, alpha({ crewUnits: 4 }), 2);
        const after = await expectAsFromScratch(services, new Map([[A, alpha({ crewUnits: 4 })], [B, beta(3)]]));
        expect(after.some(line => line.startsWith(IssueCodes.AssignmentUnits))).toBe(false);
    });

    test('a milestone renamed upstream leaves the link to it unknown, until it is named back', async () => {
        const services = await workspaceOf(new Map([[A, alpha()], [B, BETA]]));
        await edit(services, A, alpha({ milestone: 'finished' }), 2);
        const after = await expectAsFromScratch(services, new Map([[A, alpha({ milestone: 'finished' })], [B, BETA]]));
        expect(after.some(line => line.startsWith(IssueCodes.UnknownReference) && line.includes("'alpha.done'"))).toBe(true);

        await edit(services, A, alpha(), 3);
        const back = await expectAsFromScratch(services, new Map([[A, alpha()], [B, BETA]]));
        expect(back.some(line => line.startsWith(IssueCodes.UnknownReference))).toBe(false);
    });

    test("the link stays found from the milestone it waits for, through the other plan's edits", async () => {
        const services = await workspaceOf(new Map([[A, alpha()], [B, BETA]]));
        await edit(services, A, alpha({ days: 12 }), 2);
        // The milestone moves in the syntax tree: it is now the third item, not the second.
        await edit(services, A, alpha({ prep: true }), 3);
        const model = services.shared.workspace.LangiumDocuments.getDocument(A)!.parseResult.value;
        const done = AstUtils.streamAst(model).find(node => isMilestone(node) && node.name === 'done')!;
        const found = services.Proj.references.References.findReferences(done, { includeDeclaration: false }).toArray();
        expect(found.map(reference => `${reference.sourceUri.path} ${reference.segment.range.start.line}`)).toEqual(['/programme/b.proj 4']);
    });

    test("leave of a resource declared in the other file moves the work it is assigned to", async () => {
        // The crew is away until the deadline's week is out: deploy starts on 25 January, too late.
        const away = alpha().replace('units 2 }', 'units 2 leave 2027-01-04 to 2027-01-22 }');
        for (const waits of [true, false]) {
            const waiting = waits ? BETA : BETA.replace(' after alpha.done', '');
            const services = await workspaceOf(new Map([[A, alpha()], [B, waiting]]));
            await edit(services, A, away, 2);
            const after = await expectAsFromScratch(services, new Map([[A, away], [B, waiting]]));
            expect(after.some(line => line.startsWith(IssueCodes.DeadlineMissed)), waits ? 'waiting for alpha.done' : 'sharing the crew alone').toBe(true);
        }
    });

    test('a plan waiting through another, whose links stand, still sees the slip', async () => {
        const C = URI.parse('file:///programme/c.proj');
        // Release waits for deploy, so for alpha through beta: on 21 January, its deadline.
        const gamma = `
project gamma "Gamma" {
    start 2027-01-04
    deadline 2027-01-21
    task release "Release" { duration 1d after beta.deploy }
}`;
        const services = await workspaceOf(new Map([[A, alpha()], [B, BETA], [C, gamma]]));
        expect(described(services, C)).toEqual([]);
        await edit(services, A, alpha({ days: 12 }), 2);
        const fresh = await workspaceOf(new Map([[A, alpha({ days: 12 })], [B, BETA], [C, gamma]]));
        expect(described(services, C)).toEqual(described(fresh, C));
        expect(described(services, C).some(line => line.startsWith(IssueCodes.DeadlineMissed))).toBe(true);
    });
});

