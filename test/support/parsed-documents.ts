import { EmptyFileSystem, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { afterEach, beforeAll } from 'vitest';
import type { Model } from '../../language/src/generated/ast.js';
import { createProjServices } from '../../language/src/proj-module.js';

/**
 * Services for a test file, and a `parse(text, uri?)` whose documents are removed from the
 * workspace after each test, so that tests do not see each other's plans. Call it at the top
 * level of the file.
 */
export function useParsedDocuments() {
    // Made now so that the file can hold them; the built-in KSB catalogue loads before its tests.
    const services = createProjServices(EmptyFileSystem);
    const parsed: LangiumDocument[] = [];

    beforeAll(async () => {
        await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    });

    /** Removes the documents parsed (or kept) so far; done after each test anyway. */
    async function clear(): Promise<void> {
        await clearDocuments(services.shared, parsed.splice(0));
    }

    afterEach(clear);

    /** Removes `document`, added to the workspace some other way, with the parsed ones. */
    function keep<T extends LangiumDocument>(document: T): T {
        parsed.push(document);
        return document;
    }

    /** Parses, links and indexes `text` as a new document, at `uri` if given. */
    async function parse(text: string, uri?: string): Promise<LangiumDocument<Model>> {
        return keep(await parseHelper<Model>(services.Proj)(text, uri ? { documentUri: uri } : undefined));
    }

    return { services, parse, keep, clear };
}
