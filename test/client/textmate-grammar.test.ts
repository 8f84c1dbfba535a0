import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
// Both packages are UMD bundles, so Node exposes them only as a default export.
import oniguruma from 'vscode-oniguruma';
import vsctm from 'vscode-textmate';
import { st0310CatalogueText } from '../../language/src/builtin/st0310-catalogue.js';
import { grammarKeywords } from '../support/grammar-files.js';

const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(root + file, 'utf8');

interface Token {
    line: number;
    start: number;
    end: number;
    text: string;
    scopes: string[];
}

interface Tokenized {
    lines: string[];
    tokens: Token[];
}

let grammar: vsctm.IGrammar;

beforeAll(async () => {
    const wasm = readFileSync(root + 'node_modules/vscode-oniguruma/release/onig.wasm');
    await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
    const registry = new vsctm.Registry({
        onigLib: Promise.resolve({
            createOnigScanner: patterns => oniguruma.createOnigScanner(patterns),
            createOnigString: text => oniguruma.createOnigString(text),
        }),
        loadGrammar: async scopeName => scopeName === 'source.proj'
            ? vsctm.parseRawGrammar(read('syntaxes/proj.tmLanguage.json'), 'proj.tmLanguage.json')
            : null,
    });
    const loaded = await registry.loadGrammar('source.proj');
    if (!loaded) throw new Error('source.proj did not load');
    grammar = loaded;
});

/** Tokenizes `text` line by line, carrying the rule stack across lines as the editor does. */
function tokenize(text: string): Tokenized {
    const lines = text.split(/\r?\n/);
    const tokens: Token[] = [];
    let ruleStack = vsctm.INITIAL;
    lines.forEach((lineText, line) => {
        const result = grammar.tokenizeLine(lineText, ruleStack);
        for (const { startIndex: start, endIndex, scopes } of result.tokens) {
            const end = Math.min(endIndex, lineText.length);
            if (end > start) tokens.push({ line, start, end, text: lineText.slice(start, end), scopes });
        }
        ruleStack = result.ruleStack;
    });
    return { lines, tokens };
}

/**
 * The tokens that make up the `occurrence`-th appearance of `needle` in the text (as a whole
 * word where it starts or ends with a word character). A grammar may split a construct such
 * as `350/d` into several tokens, so each of them is returned.
 */
function tokensAt({ lines, tokens }: Tokenized, needle: string, occurrence = 0): Token[] {
    const escaped = needle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const pattern = new RegExp(`${/^\w/.test(needle) ? '(?<!\\w)' : ''}${escaped}${/\w$/.test(needle) ? '(?!\\w)' : ''}`, 'g');
    let seen = 0;
    for (const [line, lineText] of lines.entries()) {
        for (const match of lineText.matchAll(pattern)) {
            if (seen++ < occurrence) continue;
            const start = match.index, end = start + needle.length;
            return tokens.filter(token => token.line === line && token.start < end && token.end > start);
        }
    }
    throw new Error(`"${needle}" (occurrence ${occurrence}) is not in the text`);
}

/** Asserts that every token of the `occurrence`-th `needle` carries `scope`. */
function expectScope(tokenized: Tokenized, needle: string, scope: string, occurrence = 0): void {
    for (const token of tokensAt(tokenized, needle, occurrence)) {
        expect(token.scopes, `"${token.text}" in "${needle}" #${occurrence}`).toContain(scope);
    }
}

const isUnscoped = (token: Token) => token.scopes.length === 1 && token.scopes[0] === 'source.proj';

describe('TextMate grammar on the reference plan', () => {
    let plan: Tokenized;
    beforeAll(() => {
        plan = tokenize(read('examples/office-move.proj'));
    });

    it('scopes declarations: the keyword as storage.type and the id as entity.name', () => {
        expectScope(plan, 'task', 'storage.type.task.proj');
        expectScope(plan, 'business_case', 'entity.name.function.task.proj');
        expectScope(plan, 'project', 'storage.type.project.proj');
        expectScope(plan, 'office_move', 'entity.name.namespace.project.proj');
        expectScope(plan, 'initiation', 'entity.name.function.phase.proj');
        expectScope(plan, 'alex', 'entity.name.type.resource.proj');
        expectScope(plan, 'lease_delay', 'entity.name.type.risk.proj');
        expectScope(plan, 'early_keys', 'entity.name.type.opportunity.proj');
        expectScope(plan, 'calendar', 'storage.type.calendar.proj');
    });

    it('scopes dates, durations, lags, rates, percentages and numbers', () => {
        expectScope(plan, '2027-01-04', 'constant.numeric.date.proj');
        expectScope(plan, '5d', 'constant.numeric.duration.proj');
        expectScope(plan, '+2d', 'constant.numeric.duration.proj');
        expectScope(plan, '350/d', 'constant.numeric.rate.proj');
        expectScope(plan, '65%', 'constant.numeric.percentage.proj');
        expectScope(plan, '48000', 'constant.numeric.proj');
    });

    it('scopes KSB codes after ksb', () => {
        expectScope(plan, 'ksb', 'keyword.other.ksb.proj');
        for (const code of ['K9', 'S9', 'K5', 'K23', 'S14', 'S16']) {
            expectScope(plan, code, 'constant.language.ksb.proj');
        }
    });

    it('scopes comments, and not the keywords inside them', () => {
        expectScope(plan, '// Office relocation: a plan kept as code.', 'comment.line.double-slash.proj');
        expectScope(plan, '// linear | iterative | hybrid', 'comment.line.double-slash.proj');
        const inComment = tokensAt(plan, 'iterative');
        expect(inComment.flatMap(token => token.scopes).filter(scope => scope.startsWith('constant'))).toEqual([]);
    });

    it('scopes strings, and not the keywords inside them', () => {
        expectScope(plan, '"Office relocation to Leeds"', 'string.quoted.double.proj');
        expect(tokensAt(plan, '"Office relocation to Leeds"')[0].scopes).toContain('punctuation.definition.string.begin.proj');
        expect(tokensAt(plan, 'to').flatMap(token => token.scopes)).not.toContain('keyword.other.connective.proj');
    });

    it('scopes dependency types, enum values, keywords and punctuation', () => {
        expectScope(plan, 'FF', 'support.constant.dependency-type.proj');
        expectScope(plan, 'hybrid', 'constant.language.lifecycle.proj');
        expectScope(plan, 'matrix', 'constant.language.structure.proj');
        expectScope(plan, 'high', 'constant.language.level.proj');
        expectScope(plan, 'mon', 'constant.language.weekday.proj');
        expectScope(plan, 'reduce', 'constant.language.response.proj');
        expectScope(plan, 'approved', 'constant.language.change-status.proj', 1);
        expectScope(plan, 'closed', 'constant.language.issue-status.proj');
        expectScope(plan, 'pending', 'constant.language.quality-status.proj');
        // The first 'less' is in a comment.
        expectScope(plan, 'less', 'constant.language.target-direction.proj', 1);
        expectScope(plan, 'tolerance', 'keyword.other.proj');
        expectScope(plan, 'amber', 'keyword.other.proj');
        expectScope(plan, 'duration', 'keyword.other.proj');
        expectScope(plan, 'after', 'keyword.other.proj');
        expectScope(plan, 'earlier', 'keyword.other.connective.proj');
        expectScope(plan, '{', 'punctuation.section.block.begin.proj');
        expectScope(plan, '}', 'punctuation.section.block.end.proj');
    });

    it('leaves only whitespace and references to declared ids unscoped', () => {
        const unscoped = plan.tokens.filter(isUnscoped);
        for (const token of unscoped) {
            expect(token.text, `line ${token.line + 1}`).toMatch(/^\s*([_a-zA-Z]\w*)?\s*$/);
        }
        const identifiers = new Set(unscoped.map(token => token.text.trim()).filter(Boolean));
        expect([...identifiers].sort()).toEqual(
            ['GBP', 'alex', 'approval', 'briefing', 'business_case', 'crew', 'finance', 'fitout', 'it', 'low_carbon', 'on_time', 'planning', 'procurement', 'survey',
                'approved_case', 'briefed_staff', 'fitted_office', 'staff', 'working_it'].sort());
    });
});

describe('TextMate grammar on the rest of the language', () => {
    it('scopes schedule risk analysis: a signed percentage whole, its sign included, and the distributions as values', () => {
        const sample = tokenize('project p {\n    distribution triangular\n    uncertainty -10% +30%\n    task a { distribution pert uncertainty 0% 5% }\n    risk r { delay 5d 10d 20d cost 2000 5000 12000 }\n}');
        expectScope(sample, 'uncertainty', 'keyword.other.proj');
        expectScope(sample, '-10%', 'constant.numeric.percentage.proj');
        expectScope(sample, '+30%', 'constant.numeric.percentage.proj');
        expectScope(sample, 'triangular', 'constant.language.distribution.proj');
        expectScope(sample, 'pert', 'constant.language.distribution.proj');
        expectScope(sample, 'delay', 'keyword.other.proj');
        expectScope(sample, '10d', 'constant.numeric.duration.proj');
        expectScope(sample, '12000', 'constant.numeric.proj');
    });

    it('covers every keyword of the grammar', () => {
        const keywords = [...grammarKeywords()];
        expect(keywords.length).toBeGreaterThan(80);
        const uncovered = keywords.filter(keyword => {
            // As a statement inside a project: a position where nearly every keyword can appear.
            const probe = tokenize(`project p {\n    ${keyword} x\n}`);
            const scopes = probe.tokens.find(token => token.line === 1 && token.text === keyword)?.scopes ?? [];
            return !scopes.some(scope => /^(storage\.type|keyword|constant\.language|support\.constant)\..*\.proj$/.test(scope));
        });
        expect(uncovered).toEqual([]);
    });

    it('scopes the constructs the reference plan does not use', () => {
        const sample = tokenize([
            '/* A block comment',
            '   over two lines: task not_a_task */',
            'project p "Say \\"hi\\"" {',
            '    structure project',
            '    holiday 2027-12-24 to 2027-12-26',
            '    change c { status raised raised 2027-01-01 impact -1.5w }',
            '    risk r { residual likelihood 2 impact 1 proximity 2027-05-01 affects a.b, c }',
            '    task t { after a.b SS -1d, c SF assign alex 50% ksb K1, S2',
            '        B3 finish on 2027-02-01 }',
            '}',
            'standard X { knowledge K1 "Text" duty D1 "Text" { ksb K1 } }',
        ].join('\n'));
        expectScope(sample, 'over two lines: task not_a_task', 'comment.block.proj');
        expectScope(sample, '\\"', 'constant.character.escape.proj');
        expectScope(sample, 'project', 'constant.language.structure.proj', 1);
        expectScope(sample, 'to', 'keyword.other.connective.proj');
        expectScope(sample, 'raised', 'constant.language.change-status.proj', 0);
        expectScope(sample, 'raised', 'keyword.other.proj', 1);
        expectScope(sample, '-1.5w', 'constant.numeric.duration.proj');
        expectScope(sample, '-1d', 'constant.numeric.duration.proj');
        expectScope(sample, '.', 'punctuation.accessor.proj', 1);
        expectScope(sample, ',', 'punctuation.separator.comma.proj');
        expectScope(sample, 'SS', 'support.constant.dependency-type.proj');
        expectScope(sample, '50%', 'constant.numeric.percentage.proj');
        expectScope(sample, 'S2', 'constant.language.ksb.proj');
        // A KSB list may go on to the next line, and ends at the next keyword.
        expectScope(sample, 'B3', 'constant.language.ksb.proj');
        expectScope(sample, 'finish', 'keyword.other.proj');
        expectScope(sample, 'X', 'entity.name.namespace.standard.proj');
        expectScope(sample, 'K1', 'entity.name.constant.knowledge.proj', 1);
        expectScope(sample, 'D1', 'entity.name.constant.duty.proj');
        expectScope(sample, 'K1', 'constant.language.ksb.proj', 2);
    });

    it('scopes resources that constrain the plan: a calendar declared, a calendar named, leave, priority and level', () => {
        const sample = tokenize([
            'project p {',
            '    level',
            '    calendar shifts { workdays sat sun }',
            '    resource crew { units 4 calendar shifts leave 2027-03-01 to 2027-03-05 "Annual leave" }',
            '    task a { assign crew 3, alex 50% calendar shifts priority 700 }',
            '}',
        ].join('\n'));
        expectScope(sample, 'level', 'keyword.other.proj');
        expectScope(sample, 'calendar', 'storage.type.calendar.proj', 0);
        expectScope(sample, 'shifts', 'entity.name.type.calendar.proj', 0);
        // Named in a resource or a task, a calendar is a reference, like an assigned resource.
        expectScope(sample, 'calendar', 'keyword.other.proj', 1);
        expectScope(sample, 'calendar', 'keyword.other.proj', 2);
        for (const occurrence of [1, 2]) {
            expect(tokensAt(sample, 'shifts', occurrence).every(isUnscoped)).toBe(true);
        }
        expectScope(sample, 'leave', 'keyword.other.proj');
        expectScope(sample, 'to', 'keyword.other.connective.proj');
        expectScope(sample, 'priority', 'keyword.other.proj');
        expectScope(sample, '700', 'constant.numeric.proj');
        expectScope(sample, '3', 'constant.numeric.proj');
        expectScope(sample, '50%', 'constant.numeric.percentage.proj');
    });

    it('leaves only whitespace and identifiers unscoped in every example', () => {
        const examples = readdirSync(root + 'examples').filter(file => file.endsWith('.proj'));
        expect(examples.length).toBeGreaterThan(0);
        for (const example of examples) {
            for (const token of tokenize(read(`examples/${example}`)).tokens.filter(isUnscoped)) {
                expect(token.text, `${example}:${token.line + 1}`).toMatch(/^\s*([_a-zA-Z]\w*)?\s*$/);
            }
        }
    });

    it('leaves nothing but whitespace unscoped in the built-in ST0310 standard', () => {
        const unscoped = tokenize(st0310CatalogueText).tokens.filter(isUnscoped);
        expect(unscoped.filter(token => token.text.trim())).toEqual([]);
    });
});
