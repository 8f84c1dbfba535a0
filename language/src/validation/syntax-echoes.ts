import type { IToken } from 'chevrotain';
import { AstUtils, CstUtils, type LangiumDocument, type ParseResult } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { isTask } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

/**
 * The ids in the text that the parser skipped to recover from syntax errors: `tsk build { ... }`
 * skips the whole block, so `build` is never declared, and every `after build` would be reported
 * as unknown on top of the one typo.
 */
export function idsSkippedByRecovery(parseResult: ParseResult): ReadonlySet<string> {
    const ids = new Set<string>();
    for (const error of parseResult.parserErrors) {
        const skipped = (error as { resyncedTokens?: IToken[] }).resyncedTokens ?? [];
        for (const token of [error.token, ...skipped]) {
            if (token.tokenType?.name === 'ID') {
                ids.add(token.image);
            }
        }
    }
    return ids;
}

/**
 * The diagnostics without those a syntax error already explains: a task "with neither a duration
 * nor an estimate" when its text holds a syntax error (`duraton 5d`, `duration 5x`) has lost its
 * duration to that error.
 */
export function withoutSyntaxEchoes(document: LangiumDocument, diagnostics: Diagnostic[]): Diagnostic[] {
    const syntaxErrors = diagnostics.filter(diagnostic => diagnostic.code === IssueCodes.SyntaxError).map(diagnostic => document.textDocument.offsetAt(diagnostic.range.start));
    const root = document.parseResult.value.$cstNode;
    if (syntaxErrors.length === 0 || !root) {
        return diagnostics;
    }
    return diagnostics.filter(diagnostic => {
        if (diagnostic.code !== IssueCodes.MissingDuration) {
            return true;
        }
        const leaf = CstUtils.findLeafNodeAtOffset(root, document.textDocument.offsetAt(diagnostic.range.start));
        const task = AstUtils.getContainerOfType(leaf?.astNode, isTask)?.$cstNode;
        return !task || !syntaxErrors.some(offset => offset >= task.offset && offset <= task.end);
    });
}
