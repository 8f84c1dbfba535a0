import { DocumentState } from 'langium';
import { createRequestHandler, type LangiumSharedServices } from 'langium/lsp';
import type { Connection } from 'vscode-languageserver/node.js';
import { selectionRangesOf } from '../../language/src/lsp/structure/proj-selection-ranges.js';

/**
 * Langium has no selection-range service: answer the request from the document's syntax tree, once
 * the document's latest text is parsed (as Langium does for the outline and folding), through
 * Langium's request handler so that a cancelled or superseded request is answered as such.
 */
export function registerSelectionRangeRequests(connection: Connection, shared: LangiumSharedServices): void {
    connection.onSelectionRanges(createRequestHandler(
        (_services, document, params) => selectionRangesOf(document, params.positions),
        shared,
        DocumentState.Parsed,
    ));
}
