import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { DefaultLanguageServer } from 'langium/lsp';

/**
 * Langium's language server, with the capabilities Proj adds by hand: selection ranges, which Langium
 * has no service for (server/src/selection-range-requests.ts answers them from the syntax tree).
 */
export class ProjLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        const result = super.buildInitializeResult(params);
        return { ...result, capabilities: { ...result.capabilities, selectionRangeProvider: true } };
    }
}
