import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper, validationHelper } from 'langium/test';
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

/**
 * Parses, links and validates `text` as a new document, after `others` (plans it may reference),
 * and returns the document with its diagnostics. The documents are then removed from the
 * workspace so that tests do not see each other's plans.
 */
export async function validatePlan(services: TestServices, text: string, others: string[] = []): Promise<{ document: LangiumDocument<Model>; diagnostics: Diagnostic[] }> {
    const parse = parseHelper<Model>(services.Proj);
    const otherDocuments = await Promise.all(others.map(other => parse(other)));
    const { document, diagnostics } = await validationHelper<Model>(services.Proj)(text);
    await clearDocuments(services.shared, [document, ...otherDocuments]);
    return { document, diagnostics };
}
