import type { InitializeParams, InitializeResult } from 'vscode-languageserver';
import { DefaultLanguageServer } from 'langium/lsp';

/** Langium's language server, with the capabilities Proj adds by hand (selection ranges). */
export class ProjLanguageServer extends DefaultLanguageServer {
    protected override buildInitializeResult(params: InitializeParams): InitializeResult {
        return super.buildInitializeResult(params);
    }
}
