import { EmptyFileSystem, URI, type LangiumDocument } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { createProjServices } from '../../language/src/proj-module.js';
import type { Model } from '../../language/src/generated/ast.js';

/** One set of services for a test file, with the built-in KSB catalogue loaded. */
export async function createTestServices() {
    const services = createProjServices(EmptyFileSystem);
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return services;
}

type TestServices = Awaited<ReturnType<typeof createTestServices>>;

let counter = 0;

/**
 * Parses, links and validates `text` as a new document (plus any `others`, which it may reference),
 * and returns the document with its diagnostics.
 */
export async function validatePlan(services: TestServices, text: string, others: string[] = []): Promise<{ document: LangiumDocument<Model>; diagnostics: Diagnostic[] }> {
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const documents = [text, ...others].map(source => {
        const document = LangiumDocumentFactory.fromString<Model>(source, URI.file(`/test/plan-${++counter}.proj`));
        LangiumDocuments.addDocument(document);
        return document;
    });
    await DocumentBuilder.build(documents, { validation: true });
    const diagnostics = documents[0].diagnostics ?? [];
    // Forget the documents (and their exported ids) so that tests do not see each other's plans.
    await DocumentBuilder.update([], documents.map(document => document.uri));
    return { document: documents[0], diagnostics };
}

/** The 1-based `line:column-line:column` of a diagnostic, as an editor shows it. */
export function rangeOf(diagnostic: Diagnostic): string {
    const { start, end } = diagnostic.range;
    return `${start.line + 1}:${start.character + 1}-${end.line + 1}:${end.character + 1}`;
}
