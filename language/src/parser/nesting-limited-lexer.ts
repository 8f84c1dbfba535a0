import type { IToken } from 'chevrotain';
import { DefaultLexer, type LexerResult, type TokenizeOptions } from 'langium';

/** Far deeper than any plan nests its phases, and far shallower than where parsing would overflow the stack. */
export const MAX_NESTING_DEPTH = 64;

/**
 * The parser recurses once per `{`, so a file of hundreds of unclosed `phase x {` would overflow
 * the stack and take the language server down with it. This lexer hands the parser only what lies
 * within MAX_NESTING_DEPTH braces and reports the first block it leaves out.
 */
export class NestingLimitedLexer extends DefaultLexer {
    override tokenize(text: string, options?: TokenizeOptions): LexerResult {
        const result = super.tokenize(text, options);
        let depth = 0;
        let firstDropped: IToken | undefined;
        const kept = result.tokens.filter(token => {
            if (token.tokenType.name === '}' && depth > 0) {
                depth--;
            }
            // A brace belongs to the block around it; anything else to the block it is in.
            const level = depth;
            if (token.tokenType.name === '{') {
                depth++;
            }
            if (level <= MAX_NESTING_DEPTH) {
                return true;
            }
            firstDropped ??= token;
            return false;
        });
        if (firstDropped) {
            result.tokens = kept;
            result.errors.push({
                offset: firstDropped.startOffset,
                line: firstDropped.startLine,
                column: firstDropped.startColumn,
                length: firstDropped.image.length,
                message: `Blocks nest more than ${MAX_NESTING_DEPTH} deep here; what is inside is not read. Is a '}' missing above?`,
            });
        }
        return result;
    }
}
