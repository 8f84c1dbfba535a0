import { URI } from 'langium';
import type { LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver/node.js';
import { selectionRangesOf } from '../../language/src/lsp/proj-selection-ranges.js';

/** Langium has no selection-range service: answer the request from the document's syntax tree. */
export function registerSelectionRangeRequests(connection: Connection, shared: LangiumSharedServices): void {
    connection.onSelectionRanges(params => {
        const uri = URI.parse(params.textDocument.uri);
        const documents = shared.workspace.LangiumDocuments;
        return documents.hasDocument(uri) ? selectionRangesOf(documents.getDocument(uri)!, params.positions) : [];
    });
}
