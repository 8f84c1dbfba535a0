import type { IParserErrorMessageProvider, ILexerErrorMessageProvider, IToken, TokenType } from 'chevrotain';
import { EOF } from 'chevrotain';
import { AstUtils, GrammarAST, type Grammar } from 'langium';
import { closest, distance } from 'fastest-levenshtein';

const TERMINAL_DESCRIPTIONS: Record<string, string> = {
    DATE: 'a date such as 2027-01-04',
    DURATION: 'a duration such as 5d, 2w, 4h or 3ed',
    TIME_RANGE: 'working hours such as 09:00-12:30',
    NUMBER: 'a number',
    SIGNED_PERCENT: 'a percentage such as -10% or +30%',
    ID: 'an id',
    STRING: 'a quoted text',
};

// Langium names a keyword's token after the keyword itself, and a terminal's after its rule.
function describeExpected(type: TokenType): string {
    if (type === EOF) {
        return 'the end of the file';
    }
    return TERMINAL_DESCRIPTIONS[type.name] ?? `'${type.name}'`;
}

function describeFound(token: IToken): string {
    return token.tokenType === EOF ? 'the end of the file' : `'${token.image}'`;
}

const TOP_LEVEL_KEYWORDS = ['project', 'resource', 'standard'];

/**
 * Syntax errors in the words of the plan rather than of the parser: "Expected a duration such as
 * 5d or 2w, but found '5'", and for a misspelt keyword, "Did you mean 'task'?".
 */
export class ProjParserErrorMessages implements IParserErrorMessageProvider {
    private readonly keywords: string[];

    constructor(grammar: Grammar) {
        this.keywords = [...new Set(AstUtils.streamAllContents(grammar)
            .filter(GrammarAST.isKeyword)
            .map(keyword => keyword.value)
            .filter(value => /^[a-z]+$/.test(value)))];
    }

    buildMismatchTokenMessage({ expected, actual }: { expected: TokenType; actual: IToken; previous: IToken; ruleName: string }): string {
        if (expected === EOF) {
            return this.buildNotAllInputParsedMessage({ firstRedundant: actual, ruleName: '' });
        }
        if (expected.name === 'ID' && this.keywords.includes(actual.image)) {
            return `'${actual.image}' is a keyword of the language, so it cannot be used as an id.`;
        }
        if (expected.name === '}' && actual.tokenType.name === 'ID') {
            return `Unexpected '${actual.image}' here.${this.suggestKeyword(actual.image)}`;
        }
        return `Expected ${describeExpected(expected)}, but found ${describeFound(actual)}.`;
    }

    buildNotAllInputParsedMessage({ firstRedundant }: { firstRedundant: IToken; ruleName: string }): string {
        return `Unexpected ${describeFound(firstRedundant)}: a file holds projects, resources and standards.${this.suggestKeyword(firstRedundant.image, TOP_LEVEL_KEYWORDS)}`;
    }

    buildNoViableAltMessage({ expectedPathsPerAlt, actual }: { expectedPathsPerAlt: TokenType[][][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.expectedOneOf(expectedPathsPerAlt.flat(), actual[0]);
    }

    buildEarlyExitMessage({ expectedIterationPaths, actual }: { expectedIterationPaths: TokenType[][]; actual: IToken[]; previous: IToken; customUserDescription?: string; ruleName: string }): string {
        return this.expectedOneOf(expectedIterationPaths, actual[0]);
    }

    private expectedOneOf(paths: TokenType[][], actual: IToken): string {
        const options = [...new Set(paths.filter(path => path.length > 0).map(path => describeExpected(path[0])))];
        const list = options.length <= 1 ? options.join('') : `${options.slice(0, -1).join(', ')} or ${options[options.length - 1]}`;
        return `Expected ${list}, but found ${describeFound(actual)}.${actual.tokenType.name === 'ID' ? this.suggestKeyword(actual.image) : ''}`;
    }

    private suggestKeyword(word: string, keywords = this.keywords): string {
        if (!/^[a-z]+$/i.test(word)) {
            return '';
        }
        const best = closest(word.toLowerCase(), keywords);
        return distance(word.toLowerCase(), best) <= Math.max(1, Math.floor(word.length / 3)) ? ` Did you mean '${best}'?` : '';
    }
}

/** `+2` or `-1.5x` at `offset`: a lag whose unit is missing or unknown, which the lexer cannot read as a duration. */
export function signedNumberAt(text: string, offset: number): string | undefined {
    return /^[+-][0-9]+(\.[0-9]+)?[a-zA-Z]*/.exec(text.slice(offset, offset + 40))?.[0];
}

/** Where the word that starts at `offset` ends: a character the lexer cannot read spoils the whole word. */
export function wordEnd(text: string, offset: number): number {
    let end = offset + 1;
    while (end < text.length && !/[\s{}(),]/.test(text[end])) {
        end++;
    }
    return end;
}

export class ProjLexerErrorMessages implements ILexerErrorMessageProvider {
    buildUnexpectedCharactersMessage(fullText: string, startOffset: number): string {
        const character = fullText.charAt(startOffset);
        if (character === '"') {
            return 'This text is not closed: end it with " on the same line.';
        }
        const signed = signedNumberAt(fullText, startOffset);
        if (signed) {
            return `'${signed}' is not a duration: a lag has a unit, as in +2d or -1w.`;
        }
        return `Unexpected character '${character}'.`;
    }

    buildUnableToPopLexerModeMessage(token: IToken): string {
        return `Unexpected '${token.image}'.`;
    }
}
