// The lexer's tokens are Langium's own: Proj's token builder only builds them faster.
import type { TokenType } from 'chevrotain';
import { DefaultTokenBuilder } from 'langium';
import { describe, expect, test } from 'vitest';
import { ProjGrammar } from '../../language/src/generated/grammar.js';
import { ProjTokenBuilder } from '../../language/src/parser/proj-token-builder.js';

const longerAlternatives = (tokens: TokenType[]) => Object.fromEntries(tokens.map(token =>
    [token.name, ([token.LONGER_ALT ?? []].flat() as TokenType[]).map(alternative => alternative.name)]));

describe('the token builder', () => {
    test('gives every keyword the same longer alternatives as Langium’s, in the same order of tokens', () => {
        const ours = new ProjTokenBuilder().buildTokens(ProjGrammar()) as TokenType[];
        const langiums = new DefaultTokenBuilder().buildTokens(ProjGrammar()) as TokenType[];
        expect(ours.map(token => token.name)).toEqual(langiums.map(token => token.name));
        expect(longerAlternatives(ours)).toEqual(longerAlternatives(langiums));
        // A keyword that an identifier continues (`tasks`, `afterwards`) is lexed as the identifier.
        expect(longerAlternatives(ours)).toMatchObject({ task: ['ID'], after: ['ID'] });
    });
});
