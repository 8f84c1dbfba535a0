import type { LangiumDocument, MaybePromise } from 'langium';
import type { CodeActionProvider } from 'langium/lsp';
import type { CodeAction, CodeActionParams, Command } from 'vscode-languageserver';

/** Quick fixes, keyed on the stable codes of Proj's diagnostics (validation/issue-codes.ts). */
export class ProjCodeActionProvider implements CodeActionProvider {
    getCodeActions(_document: LangiumDocument, _params: CodeActionParams): MaybePromise<Array<Command | CodeAction> | undefined> {
        return undefined;
    }
}
