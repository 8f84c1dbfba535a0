/**
 * Semantic highlighting: ids coloured by the kind of element they name, at their declaration and at
 * every reference, KSB codes of the built-in standard marked read-only, dates and durations as numbers.
 */
import { expectSemanticToken, highlightHelper } from 'langium/test';
import { describe, expect, test } from 'vitest';
import { SemanticTokenTypes } from 'vscode-languageserver';
import { useParsedDocuments } from '../support/parsed-documents.js';

const { services, parse } = useParsedDocuments();

type Token = [line: number, character: number, length: number, type: string, modifiers: string];

/**
 * The semantic tokens of `text` decoded from the LSP's relative encoding into absolute
 * [line, character, length, type, modifiers] rows, each with the text it covers, in order.
 */
async function tokensOf(text: string, uri?: string): Promise<Array<[...Token, string]>> {
    const document = await parse(text, uri);
    const provider = services.Proj.lsp.SemanticTokenProvider!;
    const { data } = await provider.semanticHighlight(document, { textDocument: { uri: document.uri.toString() } });
    const types = Object.entries(provider.tokenTypes);
    const modifiers = Object.entries(provider.tokenModifiers);
    const lines = text.split('\n');
    const rows: Array<[...Token, string]> = [];
    let line = 0;
    let character = 0;
    for (let i = 0; i < data.length; i += 5) {
        const [deltaLine, deltaCharacter, length, type, modifierBits] = data.slice(i, i + 5);
        line += deltaLine;
        character = deltaLine === 0 ? character + deltaCharacter : deltaCharacter;
        rows.push([
            line, character, length,
            types.find(([, index]) => index === type)![0],
            modifiers.filter(([, bit]) => (modifierBits & bit) !== 0).map(([name]) => name).sort().join(' '),
            lines[line].slice(character, character + length),
        ]);
    }
    return rows;
}

describe('semantic tokens', () => {
    test('colour every id by what it names, declared or referenced, and dates and durations as numbers', async () => {
        const text = [
            'project launch "Launch" {',                                                     // 0
            '    start 2027-01-04',                                                          // 1
            '    calendar uk { holiday 2027-04-02 }',                                        // 2
            '    objective reach',                                                           // 3
            '    kpi visits { for reach }',                                                  // 4
            '    resource sam',                                                              // 5
            '    stakeholder board',                                                         // 6
            '    phase build {',                                                             // 7
            '        task design { duration 5d assign sam ksb K21 }',                        // 8
            '        milestone ready { after design +2d, build SS }',                        // 9
            '    }',                                                                         // 10
            '    risk slip { owner board affects ready proximity 2027-02-01 }',              // 11
            '    change scope { impact 3d affects design }',                                 // 12
            '    issue lift { owner sam }',                                                  // 13
            '    lesson early',                                                              // 14
            '    quality review { for ready }',                                              // 15
            '}',                                                                             // 16
        ].join('\n');
        expect(await tokensOf(text)).toEqual([
            [0, 8, 6, 'namespace', 'declaration', 'launch'],
            [1, 10, 10, 'number', '', '2027-01-04'],
            [2, 13, 2, 'type', 'declaration', 'uk'],
            [2, 26, 10, 'number', '', '2027-04-02'],
            [3, 14, 5, 'property', 'declaration', 'reach'],
            [4, 8, 6, 'property', 'declaration', 'visits'],
            [4, 21, 5, 'property', '', 'reach'],
            [5, 13, 3, 'variable', 'declaration', 'sam'],
            [6, 16, 5, 'parameter', 'declaration', 'board'],
            [7, 10, 5, 'namespace', 'declaration', 'build'],
            [8, 13, 6, 'function', 'declaration', 'design'],
            [8, 31, 2, 'number', '', '5d'],
            [8, 41, 3, 'variable', '', 'sam'],
            [8, 49, 3, 'macro', 'defaultLibrary readonly', 'K21'],
            [9, 18, 5, 'event', 'declaration', 'ready'],
            [9, 32, 6, 'function', '', 'design'],
            [9, 39, 3, 'number', '', '+2d'],
            [9, 44, 5, 'namespace', '', 'build'],
            [11, 9, 4, 'enumMember', 'declaration', 'slip'],
            [11, 22, 5, 'parameter', '', 'board'],
            [11, 36, 5, 'event', '', 'ready'],
            [11, 52, 10, 'number', '', '2027-02-01'],
            [12, 11, 5, 'enumMember', 'declaration', 'scope'],
            [12, 26, 2, 'number', '', '3d'],
            [12, 37, 6, 'function', '', 'design'],
            [13, 10, 4, 'enumMember', 'declaration', 'lift'],
            [13, 23, 3, 'variable', '', 'sam'],
            [14, 11, 5, 'enumMember', 'declaration', 'early'],
            [15, 12, 6, 'enumMember', 'declaration', 'review'],
            [15, 25, 5, 'event', '', 'ready'],
        ]);
    });

    test('colour a qualified reference\'s project as a namespace and its item by kind; leave an unresolved id alone', async () => {
        await parse('project other { start 2027-01-04 milestone handover }', 'file:///tokens/other.proj');
        const text = 'project p {\n    task a { after other.handover, missing }\n}';
        expect(await tokensOf(text, 'file:///tokens/p.proj')).toEqual([
            [0, 8, 1, 'namespace', 'declaration', 'p'],
            [1, 9, 1, 'function', 'declaration', 'a'],
            [1, 19, 5, 'namespace', '', 'other'],
            [1, 25, 8, 'event', '', 'handover'],
        ]);
    });

    test('colour a calendar named by a resource or a task as a type, and leave dates as numbers', async () => {
        const text = [
            'project p {',                                                                   // 0
            '    calendar shifts { workdays sat sun }',                                      // 1
            '    resource crew { units 4 calendar shifts leave 2027-03-01 to 2027-03-05 }',  // 2
            '    task a { assign crew 3 calendar shifts priority 700 }',                     // 3
            '}',                                                                             // 4
        ].join('\n');
        expect(await tokensOf(text)).toEqual([
            [0, 8, 1, 'namespace', 'declaration', 'p'],
            [1, 13, 6, 'type', 'declaration', 'shifts'],
            [2, 13, 4, 'variable', 'declaration', 'crew'],
            [2, 37, 6, 'type', '', 'shifts'],
            [2, 50, 10, 'number', '', '2027-03-01'],
            [2, 64, 10, 'number', '', '2027-03-05'],
            [3, 9, 1, 'function', 'declaration', 'a'],
            [3, 20, 4, 'variable', '', 'crew'],
            [3, 36, 6, 'type', '', 'shifts'],
        ]);
    });

    test('mark the built-in standard\'s own codes as declared, read-only and from the default library', async () => {
        const builtin = services.shared.workspace.LangiumDocuments.all.find(document => document.uri.scheme === 'proj-builtin')!;
        const provider = services.Proj.lsp.SemanticTokenProvider!;
        const tokens = await provider.semanticHighlight(builtin, { textDocument: { uri: builtin.uri.toString() } });
        // The standard's name, 62 KSB codes and 14 duties, and the duties' links to 30 codes.
        expect(tokens.data.length / 5).toBe(1 + 62 + 14 + 30);
        const modifierBits = (tokens.data[4 + 5] ?? 0);
        const { declaration, readonly, defaultLibrary } = provider.tokenModifiers;
        expect(modifierBits).toBe(declaration | readonly | defaultLibrary);
    });

    test('work with langium/test\'s highlight helper', async () => {
        const highlight = highlightHelper(services.Proj);
        const result = await highlight('project p { start <|2027-01-04|> resource <|sam|> task <|t|> { assign <|sam|> } }');
        expectSemanticToken(result, { rangeIndex: 0, tokenType: SemanticTokenTypes.number });
        expectSemanticToken(result, { rangeIndex: 1, tokenType: SemanticTokenTypes.variable });
        expectSemanticToken(result, { rangeIndex: 2, tokenType: SemanticTokenTypes.function });
        expectSemanticToken(result, { rangeIndex: 3, tokenType: SemanticTokenTypes.variable });
    });

    test('answer a range request with the tokens inside it only', async () => {
        const text = 'project p {\n    task a { duration 1d }\n    task b { after a }\n}';
        const document = await parse(text);
        const { data } = await services.Proj.lsp.SemanticTokenProvider!.semanticHighlightRange(document, {
            textDocument: { uri: document.uri.toString() },
            range: { start: { line: 2, character: 0 }, end: { line: 3, character: 0 } },
        });
        expect(data.length / 5).toBe(2);
    });
});
