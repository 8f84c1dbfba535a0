import { st0310CatalogueText } from './st0310-catalogue.js';

/**
 * Documents that ship inside Proj, addressed as `proj-builtin:///<path>`. The language server
 * loads them into every workspace; the VS Code client serves the same text read-only so that
 * go-to-definition on `ksb K21` opens the standard. Kept free of Langium so the client can import it.
 */
export const BUILTIN_SCHEME = 'proj-builtin';

export const builtinDocumentTexts: Readonly<Record<string, string>> = {
    '/st0310.proj': st0310CatalogueText,
};
