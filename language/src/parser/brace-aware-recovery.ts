import type { IToken, TokenType } from 'chevrotain';
import { MismatchedTokenException } from 'chevrotain';
import type { LangiumCoreServices, LangiumParser } from 'langium';
import { prepareLangiumParser } from 'langium';
import { recoverKeywordsAsIds } from './keyword-as-id-recovery.js';

/** The parts of chevrotain's recovery machinery that in-repetition recovery uses. */
interface RecoveringParser {
    tryInRepetitionRecovery(grammarRule: (...args: unknown[]) => void, grammarRuleArgs: unknown[], lookAheadFunc: () => boolean, expectedTokType: TokenType): void;
    findReSyncTokenType(): TokenType;
    exportLexerState(): number;
    importLexerState(state: number): void;
    LA(offset: number): IToken;
    SKIP_TOKEN(): IToken;
    SAVE_ERROR(error: Error): void;
    addToResyncTokens(token: IToken, resyncedTokens: IToken[]): IToken[];
    tokenMatcher(token: IToken, type: TokenType): boolean;
    getCurrRuleFullName(): string;
    errorMessageProvider: { buildMismatchTokenMessage(options: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string };
}

/**
 * Creates the parser with a recovery that understands braces. When a statement inside a block is
 * not understood (`tsk a { duration 1d }`), chevrotain skips tokens until the block can continue;
 * by default it takes the first `}` it meets for the end of the enclosing block, so the rest of the
 * project is lost. Here skipping steps over whole `{ ... }` groups, so one typo costs one statement.
 */
export function createProjParser(services: LangiumCoreServices): LangiumParser {
    const parser = prepareLangiumParser(services);
    const recovering = (parser as unknown as { wrapper: RecoveringParser }).wrapper;
    recovering.tryInRepetitionRecovery = braceAwareRepetitionRecovery;
    recoverKeywordsAsIds(recovering as unknown as Parameters<typeof recoverKeywordsAsIds>[0]);
    parser.finalize();
    return parser;
}

function braceAwareRepetitionRecovery(
    this: RecoveringParser, grammarRule: (...args: unknown[]) => void, grammarRuleArgs: unknown[], lookAheadFunc: () => boolean, expectedTokType: TokenType
): void {
    const reSyncTokType = this.findReSyncTokenType();
    const savedLexerState = this.exportLexerState();
    const resyncedTokens: IToken[] = [];
    const firstUnexpected = this.LA(1);
    const reportSkipped = () => {
        const message = this.errorMessageProvider.buildMismatchTokenMessage({
            expected: expectedTokType, actual: firstUnexpected, previous: this.LA(0), ruleName: this.getCurrRuleFullName()
        });
        const error = new MismatchedTokenException(message, firstUnexpected, this.LA(0)) as MismatchedTokenException & { resyncedTokens: IToken[] };
        error.resyncedTokens = resyncedTokens.slice(0, -1);
        this.SAVE_ERROR(error);
    };
    let depth = 0;
    let current = this.LA(1);
    for (;;) {
        if (depth === 0) {
            if (this.tokenMatcher(current, expectedTokType)) {
                reportSkipped();
                return;
            }
            if (lookAheadFunc.call(this)) {
                reportSkipped();
                grammarRule.apply(this, grammarRuleArgs);
                return;
            }
            if (this.tokenMatcher(current, reSyncTokType)) {
                break;
            }
        }
        if (current.tokenType.name === '{') {
            depth++;
        } else if (current.tokenType.name === '}' && depth > 0) {
            depth--;
        } else if (current.tokenType.name === 'EOF') {
            break;
        }
        current = this.SKIP_TOKEN();
        this.addToResyncTokens(current, resyncedTokens);
    }
    // No closer point to resync inside the repetition: leave it to the enclosing rule's recovery.
    this.importLexerState(savedLexerState);
}
