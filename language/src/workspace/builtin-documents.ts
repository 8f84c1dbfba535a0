import { URI } from 'langium';
import { st0310CatalogueText } from '../builtin/st0310-catalogue.js';

/** The scheme of documents that ship inside Proj; the VS Code client serves them read-only. */
export const BUILTIN_SCHEME = 'proj-builtin';

export interface BuiltinDocument {
    readonly uri: URI;
    readonly text: string;
}

export const builtinDocuments: readonly BuiltinDocument[] = [
    { uri: URI.parse(`${BUILTIN_SCHEME}:///st0310.proj`), text: st0310CatalogueText }
];
