import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder, GrammarAST, RegExpUtils } from 'langium';

/**
 * Langium builds the partial form of every terminal's pattern again for each keyword it checks
 * (some 3,000 times for Proj's grammar): a tenth of a short `proj check`. Built once per terminal,
 * the keywords' longer alternatives are the same.
 */
export class ProjTokenBuilder extends DefaultTokenBuilder {
    private readonly partialPatterns = new WeakMap<TokenType, RegExp | undefined>();

    protected override findLongerAlt(keyword: GrammarAST.Keyword, terminalTokens: TokenType[]): TokenType[] {
        return terminalTokens.filter(token => {
            const match = keyword.value.match(this.partialPatternOf(token) ?? /(?!)/);
            return !!match && match[0].length > 0;
        });
    }

    private partialPatternOf(token: TokenType): RegExp | undefined {
        if (!this.partialPatterns.has(token)) {
            const source = (token.PATTERN as RegExp | undefined)?.source;
            this.partialPatterns.set(token, source ? RegExpUtils.partialRegExp(`^${source}$`) : undefined);
        }
        return this.partialPatterns.get(token);
    }
}
