/**
 * The structure services of the bundled language server, spoken to over stdio as an editor would:
 * what `initialize` advertises for the outline, workspace symbols, folding, expand selection and
 * semantic highlighting, and that each request is answered. Build out/ first (`npm run build`).
 */
import { beforeAll, describe, expect, test } from 'vitest';
import type { DocumentSymbol, FoldingRange, InitializeResult, Range, SelectionRange, SemanticTokens, WorkspaceSymbol } from 'vscode-languageserver-protocol';
import { positionOf } from './support/language-server-process.js';
import { useLanguageServer } from './support/use-language-server.js';

const PLAN_URI = 'file:///tmp/proj-editor-capabilities-test/plan.proj';
const PLAN = [
    'project demo "Capabilities" {',
    '    start 2027-01-04',
    '    phase build {',
    '        task survey { duration 2d }',
    '        task fitout "Fit-out" {',
    '            duration 5d',
    '            after survey +2d',
    '        }',
    '    }',
    '}',
    '',
].join('\n');

// Initialized below, to keep what it advertises.
const server = useLanguageServer({ initialize: false });
let initialized: InitializeResult;

beforeAll(async () => {
    initialized = await server().initialize();
    const seen = server().publishes.length;
    await server().open(PLAN_URI, PLAN);
    await server().publishFor(PLAN_URI, seen);
});

function textAt(range: Range): string {
    const lines = PLAN.split('\n');
    if (range.start.line === range.end.line) {
        return lines[range.start.line].slice(range.start.character, range.end.character);
    }
    return [
        lines[range.start.line].slice(range.start.character),
        ...lines.slice(range.start.line + 1, range.end.line),
        lines[range.end.line].slice(0, range.end.character),
    ].join('\n');
}

describe('the language server\'s structure services', () => {
    test('advertises the outline, workspace symbols, folding, expand selection and semantic tokens', () => {
        const { capabilities } = initialized;
        expect(capabilities.documentSymbolProvider).toBeTruthy();
        expect(capabilities.workspaceSymbolProvider).toBeTruthy();
        expect(capabilities.foldingRangeProvider).toBeTruthy();
        expect(capabilities.selectionRangeProvider).toBe(true);
        expect(capabilities.semanticTokensProvider).toMatchObject({ full: expect.anything(), range: true });
        expect(capabilities.semanticTokensProvider!.legend.tokenTypes).toEqual(expect.arrayContaining(['namespace', 'function', 'event', 'variable', 'enumMember', 'macro', 'number']));
        expect(capabilities.semanticTokensProvider!.legend.tokenModifiers).toEqual(expect.arrayContaining(['declaration', 'readonly', 'defaultLibrary']));
    });

    test('answers expand selection with ranges nested from the id out to the project', async () => {
        const [selection] = await server().connection.sendRequest<SelectionRange[]>('textDocument/selectionRange', {
            textDocument: { uri: PLAN_URI },
            positions: [positionOf(PLAN, 'after survey', 'after su'.length)],
        });
        const texts: string[] = [];
        for (let step: SelectionRange | undefined = selection; step; step = step.parent) {
            texts.push(textAt(step.range));
        }
        expect(texts).toEqual([
            'survey',
            'survey +2d',
            'after survey +2d',
            'duration 5d\n            after survey +2d',
            'task fitout "Fit-out" {\n            duration 5d\n            after survey +2d\n        }',
            'task survey { duration 2d }\n        task fitout "Fit-out" {\n            duration 5d\n            after survey +2d\n        }',
            PLAN.slice(PLAN.indexOf('phase build'), PLAN.lastIndexOf('    }') + '    }'.length),
            PLAN.slice(PLAN.indexOf('start'), PLAN.lastIndexOf('    }') + '    }'.length),
            PLAN.slice(0, PLAN.lastIndexOf('}') + 1),
        ]);
    });

    test('answers the outline, folding, workspace symbols and semantic tokens', async () => {
        const textDocument = { uri: PLAN_URI };
        const symbols = await server().connection.sendRequest<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
        expect(symbols.map(symbol => [symbol.name, symbol.children?.map(child => [child.name, child.children?.map(item => item.name)])]))
            .toEqual([['demo', [['build', ['survey', 'fitout']]]]]);
        const folds = await server().connection.sendRequest<FoldingRange[]>('textDocument/foldingRange', { textDocument });
        expect(folds.map(fold => [fold.startLine, fold.endLine]).sort((a, b) => a[0] - b[0])).toEqual([[0, 8], [2, 7], [4, 6]]);
        const found = await server().connection.sendRequest<WorkspaceSymbol[]>('workspace/symbol', { query: 'fitout' });
        expect(found.map(symbol => [symbol.name, symbol.containerName, symbol.location.uri])).toEqual([['fitout', 'demo', PLAN_URI]]);
        const tokens = await server().connection.sendRequest<SemanticTokens>('textDocument/semanticTokens/full', { textDocument });
        expect(tokens.data.length % 5).toBe(0);
        // demo, start date, build, survey, 2d, fitout, 5d, survey, +2d.
        expect(tokens.data.length / 5).toBe(9);
    });
});
