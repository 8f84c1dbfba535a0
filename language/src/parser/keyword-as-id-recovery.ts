import type { IToken, TokenType } from 'chevrotain';

/** The parts of chevrotain's in-rule recovery that taking a keyword for an id uses. */
interface RecoveringParser {
    tryInRuleRecovery(expectedTokType: TokenType, follows: TokenType[]): IToken;
    LA(offset: number): IToken;
    consumeToken(): void;
    tokenMatcher(token: IToken, type: TokenType): boolean;
}

/** A keyword that reads as a word, such as `risk` or `status`: one a user may well pick as an id. */
export function isWordKeyword(token: IToken): boolean {
    return token.tokenType.name === token.image && /^[A-Za-z_]\w*$/.test(token.image);
}

/** Tokens after which an id written as a keyword plainly ends: the id was meant, not the keyword. */
const ENDS_AN_ID = new Set(['}', ',', 'EOF']);

/**
 * Makes the parser take a keyword written where an id belongs (`risk risk { … }`, `task start`) for
 * that id, once the error saying so is recorded. Chevrotain's own recovery would drop the word or
 * invent an id before it, and then misread what follows ("Expected an id, but found '{'",
 * "Unexpected '}': a file holds projects…"): one clear diagnostic becomes several misleading ones.
 *
 * Taken as the id only when it is plainly meant as one: on the same line as what expects the id,
 * and followed by what may follow the id, a line break, `}`, `,` or the end of the file. A name
 * left out before the next statement (`milestone` then `task b` on the next line) still recovers
 * as before.
 */
export function recoverKeywordsAsIds(parser: RecoveringParser): void {
    const tryInRuleRecovery = parser.tryInRuleRecovery;
    parser.tryInRuleRecovery = function (this: RecoveringParser, expectedTokType: TokenType, follows: TokenType[]): IToken {
        const keyword = this.LA(1);
        if (expectedTokType.name === 'ID' && isWordKeyword(keyword) && meantAsId(this, follows)) {
            this.consumeToken();
            return keyword;
        }
        return tryInRuleRecovery.call(this, expectedTokType, follows);
    };
}

function meantAsId(parser: RecoveringParser, follows: readonly TokenType[]): boolean {
    const [before, keyword, after] = [parser.LA(0), parser.LA(1), parser.LA(2)];
    if (before.endLine !== undefined && keyword.startLine !== before.endLine) {
        return false;
    }
    return ENDS_AN_ID.has(after.tokenType.name)
        || (after.startLine !== undefined && keyword.endLine !== undefined && after.startLine > keyword.endLine)
        || follows.some(type => parser.tokenMatcher(after, type));
}
