/**
 * Properties of the formatter, over every example plan and many generated ones, each also
 * re-spaced at random with comments and blank lines thrown in:
 * - it is idempotent: format(format(x)) = format(x);
 * - it changes whitespace only: the tokens and comments of format(x) are those of x;
 * - validation says the same of format(x) as of x (severities, codes, messages);
 * - the schedule of format(x) is the schedule of x;
 * - the layout is clean: no trailing spaces, no tabs, indentation in steps of 4, no two blank lines.
 * And over seeded mutations of the examples (what an editor holds mid-edit): it never throws, and it
 * leaves a file that does not parse alone.
 *
 * A failing case names its seed; replay it with PROJ_FORMAT_SEED=<seed>.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { clearDocuments, parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { TextEdit } from 'vscode-languageserver-types';
import { isProject, type Model } from '../../language/src/generated/ast.js';
import { ProjGrammar } from '../../language/src/generated/grammar.js';
import { generatePlan, planText } from '../../bench/generate-plan.js';
import { projTextOf, randomPlan } from '../peer/random-plans.js';
import { mutate } from '../robustness/support/mutations.js';
import { createTestServices } from '../support/proj-test-services.js';
import { mixSeed, Random } from '../support/seeded-random.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

const SEED = Number(process.env.PROJ_FORMAT_SEED ?? 20270104) >>> 0;
const OPTIONS = { tabSize: 4, insertSpaces: true };
const examplesDir = join(__dirname, '..', '..', 'examples');
const examples = readdirSync(examplesDir).filter(name => name.endsWith('.proj')).sort();

let services: Services;

beforeAll(async () => {
    services = await createTestServices();
});

async function withDocument<T>(text: string, use: (document: LangiumDocument<Model>) => T | Promise<T>, validation = false): Promise<T> {
    const document = await parseHelper<Model>(services.Proj)(text, { validation });
    try {
        return await use(document);
    } finally {
        await clearDocuments(services.shared, [document]);
    }
}

async function editsOf(text: string): Promise<TextEdit[]> {
    return withDocument(text, document => services.Proj.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: OPTIONS }));
}

function applied(text: string, edits: TextEdit[]): string {
    return TextDocument.applyEdits(TextDocument.create('file:///x.proj', 'proj', 1, text), edits);
}

async function format(text: string): Promise<string> {
    return applied(text, await editsOf(text));
}

/** The tokens and comments of `text` as the real lexer reads them, in order. */
function tokensOf(text: string): string[] {
    const { tokens, hidden } = services.Proj.parser.Lexer.tokenize(text);
    return [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset)
        // Whitespace at the end of a line comment is trailing whitespace, which the formatter removes.
        .map(token => `${token.tokenType.name} ${token.tokenType.name === 'SL_COMMENT' ? token.image.trimEnd() : token.image}`);
}

/** What validation says of a plan and how its projects are scheduled. */
async function analysisOf(text: string): Promise<{ diagnostics: string[]; schedules: string[] }> {
    return withDocument(text, document => ({
        diagnostics: (document.diagnostics ?? []).map(d => `${d.severity} ${String(d.code)} ${d.message}`),
        schedules: document.parseResult.value.elements.filter(isProject)
            .map(project => JSON.stringify(services.Proj.planning.ProjectSchedules.scheduleOf(project)) ?? 'not scheduled'),
    }), true);
}

/** Whitespace problems of formatted text (block comments, which are kept verbatim, are left out). */
function layoutProblems(text: string): string[] {
    const problems: string[] = [];
    const lines = text.replace(/\/\*[\s\S]*?\*\//g, '/**/').split(/\r?\n/);
    if (!/\n$/.test(text) || /\n\s*\n$/.test(text)) {
        problems.push('the file does not end with exactly one line break');
    }
    lines.slice(0, -1).forEach((line, i) => {
        const where = `line ${i + 1} "${line}"`;
        if (/\s$/.test(line)) {
            problems.push(`${where}: trailing whitespace`);
        }
        if (/^\s*$/.test(line) && (i === 0 || /^\s*$/.test(lines[i - 1]) || /\{\s*$/.test(lines[i - 1]) || /^\s*\}/.test(lines[i + 1] ?? ''))) {
            problems.push(`${where}: a blank line at the start, after another, after { or before }`);
        }
        const indentation = /^\s*/.exec(line)![0];
        if (/[^ ]/.test(indentation) || indentation.length % 4 !== 0) {
            problems.push(`${where}: indentation is not in steps of 4 spaces`);
        }
        // A comment at the end of a line may keep its column.
        const code = line.replace(/"(\\.|[^"\\])*"/g, '""').replace(/\s*(\/\/.*|\/\*\*\/)$/, '');
        if (/\S\s{2,}\S/.test(code.trimEnd()) || /\t/.test(code)) {
            problems.push(`${where}: more than one space between tokens`);
        }
    });
    return problems;
}

/** Checks every property for `text`; `label` names the case. */
async function expectProperties(text: string, label: string): Promise<void> {
    const once = await format(text);
    const twice = await format(once);
    expect(twice, `${label}: formatting is idempotent`).toBe(once);
    expect(tokensOf(once), `${label}: the tokens and comments are unchanged`).toEqual(tokensOf(text));
    expect(layoutProblems(once), `${label}: the layout is clean`).toEqual([]);
    const [before, after] = [await analysisOf(text), await analysisOf(once)];
    expect(after.diagnostics, `${label}: the diagnostics are unchanged`).toEqual(before.diagnostics);
    expect(after.schedules, `${label}: the schedules are unchanged`).toEqual(before.schedules);
}

// ---- Re-spacing a plan at random -------------------------------------------------------

const PUNCTUATION = new Set(['{', '}', ',', '%', '/', '.']);
const COMMENTS = [
    '// a note', '// braces { } and "quotes" in a comment', '//', '// /* not a block */',
    '/* inline */', '/**/', '/* with } and { */', '/* over\n   two lines */', '/* over\n * three\n * lines */',
];

interface Spacing {
    /** Chance that a gap keeps the whitespace it had. */
    readonly keep: number;
    /** Chance that a gap breaks the line. */
    readonly lineBreak: number;
    /** Chance that a comment is put in a gap. */
    readonly comment: number;
    readonly eol: string;
}

function randomIndentation(random: Random): string {
    return random.pick(['', ' ', '  ', '    ', '        ', '\t', '\t\t', '   \t ']);
}

function randomGap(random: Random, spacing: Spacing, previous: string, next: string, mustBreak: boolean): string {
    const roll = random.float();
    if (mustBreak || roll < spacing.lineBreak) {
        const blank = random.chance(0.15) ? spacing.eol + random.pick(['', '  ', '\t']) + (random.chance(0.3) ? spacing.eol : '') : '';
        return random.pick(['', ' ', '  \t']) + spacing.eol + blank + randomIndentation(random);
    }
    const touching = (PUNCTUATION.has(previous) || PUNCTUATION.has(next)) && !previous.startsWith('/') && !previous.endsWith('/') && !next.startsWith('/') && !next.startsWith('*');
    if (touching && random.chance(0.4)) {
        return '';
    }
    return random.pick([' ', ' ', ' ', '  ', '\t', '   ']);
}

/**
 * `text` with its tokens and comments kept and the whitespace between them redrawn: spaces, tabs,
 * line breaks and blank lines, with comments put in at random. It reads the same to the parser.
 */
function respaced(text: string, random: Random): string {
    const spacing: Spacing = {
        keep: random.pick([0, 0.5, 0.9]),
        lineBreak: random.pick([0, 0.03, 0.15, 0.4]),
        comment: random.pick([0, 0.02, 0.08]),
        eol: random.chance(0.15) ? '\r\n' : '\n',
    };
    const { tokens, hidden } = services.Proj.parser.Lexer.tokenize(text);
    const items = [...tokens, ...hidden].sort((a, b) => a.startOffset - b.startOffset);
    const parts: string[] = [];
    let previous = '';
    let position = 0;
    const put = (image: string) => {
        parts.push(image);
        previous = image;
    };
    const gap = (next: string, original?: string) => {
        const mustBreak = previous.startsWith('//');
        if (original !== undefined && random.chance(spacing.keep) && (!mustBreak || /[\r\n]/.test(original))) {
            return original.replace(/\r?\n/g, spacing.eol);
        }
        return previous === '' ? random.pick(['', '', spacing.eol, ' \t' + spacing.eol + spacing.eol]) : randomGap(random, spacing, previous, next, mustBreak);
    };
    for (const item of items) {
        const original = text.slice(position, item.startOffset);
        if (random.chance(spacing.comment)) {
            const comment = random.pick(COMMENTS);
            parts.push(gap(comment));
            put(comment);
        }
        parts.push(gap(item.image, original));
        put(item.image);
        position = item.startOffset + item.image.length;
    }
    if (random.chance(spacing.comment * 5)) {
        parts.push(gap('//'));
        put(random.pick(COMMENTS));
    }
    parts.push(random.pick(['', spacing.eol, spacing.eol + spacing.eol, '  ']));
    return parts.join('');
}

// ---- Random plans with every kind of element ---------------------------------------------

const KSBS = ['K2', 'K5', 'K9', 'K12', 'K14', 'K21', 'K23', 'K26', 'K28', 'S2', 'S5', 'S8', 'S14', 'S21', 'B1', 'B3'];
const TITLES = ['"Plain title"', '"Braces { and } inside"', '"Quotes \\"inside\\""', '"  spaced   out  "', '"// not a comment"', '"/* nor this */"', '""'];

function date(random: Random, month = random.between(1, 6)): string {
    return `2027-${String(month).padStart(2, '0')}-${String(random.between(1, 28)).padStart(2, '0')}`;
}

/**
 * A plan with phases (nested), tasks and milestones with every work property, and the registers,
 * as lines of .proj text; dependencies point at earlier work only, so most plans schedule.
 */
function randomRichPlan(random: Random): string {
    const lines: string[] = [];
    const block = (indent: string, header: string, statements: string[]) => {
        if (statements.length === 0) {
            lines.push(`${indent}${header}`);
        } else if (random.chance(0.5)) {
            lines.push(`${indent}${header} { ${statements.join(' ')} }`);
        } else {
            lines.push(`${indent}${header} {`, ...statements.map(statement => `${indent}    ${statement}`), `${indent}}`);
        }
    };
    const some = (probability: number, statement: () => string) => (random.chance(probability) ? [statement()] : []);
    const title = () => (random.chance(0.6) ? ` ${random.pick(TITLES)}` : '');
    const ksb = () => `ksb ${Array.from({ length: random.between(1, 3) }, () => random.pick(KSBS)).join(random.chance(0.5) ? ', ' : ' ')}`;

    const resources = Array.from({ length: random.between(1, 3) }, (_, i) => `r${i}`);
    const stakeholders = Array.from({ length: random.between(0, 2) }, (_, i) => `s${i}`);
    const objectives = Array.from({ length: random.between(0, 2) }, (_, i) => `o${i}`);
    const work: string[] = [];
    let counter = 0;

    lines.push(`project p${random.int(1000)}${title()} {`, '    start 2027-01-04');
    lines.push(...some(0.5, () => `    status ${date(random, 2)}`), ...some(0.5, () => '    deadline 2027-12-31'));
    lines.push(...some(0.3, () => '    currency GBP'), ...some(0.3, () => `    budget ${random.between(1, 99) * 1000}`));
    lines.push(...some(0.3, () => `    lifecycle ${random.pick(['linear', 'iterative', 'hybrid'])}`));
    lines.push(...some(0.3, () => `    structure ${random.pick(['functional', 'matrix', 'project'])}`));
    if (random.chance(0.4)) {
        block('    ', 'tolerance', [...some(0.7, () => 'cpi 0.95'), ...some(0.7, () => 'spi 0.9'), ...some(0.5, () => 'risk amber 6 red 15')]);
    }
    if (random.chance(0.6)) {
        block('    ', 'calendar', ['workdays mon tue wed thu fri', ...some(0.7, () => `holiday ${date(random, 4)}${title()}`), ...some(0.3, () => `holiday ${date(random, 5)} to 2027-05-29`)]);
    }
    for (const objective of objectives) {
        block('    ', `objective ${objective}${title()}`, some(0.6, ksb));
    }
    if (objectives.length > 0 && random.chance(0.5)) {
        block('    ', `kpi k${random.int(10)}${title()}`, ['target 12 or less', 'actual 9.5', 'unit "t"', `for ${random.pick(objectives)}`]);
    }
    for (const resource of resources) {
        block('    ', `resource ${resource}${title()}`, [...some(0.5, () => 'role "Role"'), ...some(0.8, () => `rate ${random.between(100, 500)}/${random.pick(['d', 'h', 'w'])}`), ...some(0.3, () => `units ${random.between(1, 4)}`)]);
    }
    for (const stakeholder of stakeholders) {
        block('    ', `stakeholder ${stakeholder}${title()}`, ['power high', 'interest low', ...some(0.5, () => 'engage "Monthly"'), ...some(0.3, ksb)]);
    }

    const workItem = (indent: string) => {
        const milestone = random.chance(0.15);
        const id = `${milestone ? 'm' : 't'}${counter++}`;
        const statements: string[] = [];
        if (!milestone) {
            statements.push(random.chance(0.8) ? `duration ${random.between(1, 9)}${random.pick(['d', 'd', 'w'])}` : `estimate ${random.between(1, 3)}d ${random.between(4, 6)}d ${random.between(7, 12)}d`);
        }
        if (work.length > 0 && random.chance(0.7)) {
            const links = Array.from({ length: random.between(1, 3) }, () =>
                `${random.pick(work)}${random.chance(0.3) ? ` ${random.pick(['FS', 'SS', 'FF'])}` : ''}${random.chance(0.3) ? ` +${random.between(1, 3)}d` : ''}`);
            statements.push(`after ${[...new Set(links)].join(', ')}`);
        }
        statements.push(...some(0.15, () => `start no earlier than ${date(random, 2)}`), ...some(0.1, () => `finish no later than ${date(random, 11)}`));
        if (!milestone) {
            statements.push(...some(0.5, () => `assign ${random.pick(resources)}${random.chance(0.4) ? ` ${random.pick([25, 50, 100])}%` : ''}`));
            statements.push(...some(0.3, () => `cost ${random.between(1, 50) * 100}`), ...some(0.2, () => `spent ${random.between(1, 20) * 100}`));
            statements.push(...some(0.3, () => `progress ${random.pick([0, 25, 50, 100])}%`));
        }
        statements.push(...some(0.3, ksb));
        block(indent, `${milestone ? 'milestone' : 'task'} ${id}${title()}`, random.chance(0.1) ? [] : statements);
        work.push(id);
    };
    const phase = (indent: string, depth: number) => {
        const id = `ph${counter++}`;
        lines.push(`${indent}phase ${id}${title()} {`);
        lines.push(...some(0.3, () => `${indent}    budget ${random.between(1, 50) * 1000}`), ...some(0.2, () => `${indent}    ${ksb()}`));
        const count = random.between(1, 5);
        for (let i = 0; i < count; i++) {
            if (depth < 3 && random.chance(0.2)) {
                phase(`${indent}    `, depth + 1);
            } else {
                workItem(`${indent}    `);
            }
        }
        lines.push(`${indent}}`);
    };
    const top = random.between(1, 6);
    for (let i = 0; i < top; i++) {
        if (random.chance(0.4)) {
            phase('    ', 1);
        } else {
            workItem('    ');
        }
    }
    const party = () => random.pick([...resources, ...stakeholders]);
    const affects = () => `affects ${Array.from({ length: random.between(1, 2) }, () => random.pick(work)).join(', ')}`;
    for (let i = random.between(0, 2); i > 0; i--) {
        block('    ', `${random.pick(['risk', 'opportunity'])} rk${i}${title()}`, [
            `likelihood ${random.between(1, 5)}`, `impact ${random.between(1, 5)}`, `owner ${party()}`,
            `response ${random.pick(['reduce', 'avoid', 'accept'])}${random.chance(0.5) ? ' "Response"' : ''}`,
            ...some(0.4, () => 'residual likelihood 1 impact 2'), ...some(0.3, () => `proximity ${date(random)}`), ...some(0.6, affects), ...some(0.2, ksb),
        ]);
    }
    if (random.chance(0.4)) {
        block('    ', `change c0${title()}`, ['raised 2027-02-01', 'status approved', random.pick(['impact 5d 12000 "More"', 'impact 2000', 'impact "Scope"']), `owner ${party()}`, affects()]);
    }
    if (random.chance(0.4)) {
        block('    ', `issue i0${title()}`, ['raised 2027-02-01', `owner ${party()}`, 'severity high', ...some(0.5, () => 'status closed'), ...some(0.5, () => 'escalate "Board"'), affects()]);
    }
    if (random.chance(0.3)) {
        block('    ', `lesson l0${title()}`, ['category planning', ...some(0.5, ksb)]);
    }
    if (random.chance(0.3)) {
        block('    ', `quality q0${title()}`, [`for ${random.pick(work)}`, 'criterion "Signed off"', 'status pending', `owner ${party()}`]);
    }
    lines.push('}', '');
    return lines.join('\n');
}

// ---- The properties -------------------------------------------------------------------

describe('formatter properties over the examples', () => {
    test.each(examples)('%s', async name => {
        const text = readFileSync(join(examplesDir, name), 'utf8');
        await expectProperties(text, name);
        for (let i = 0; i < 6; i++) {
            const seed = mixSeed(SEED, examples.indexOf(name), i);
            await expectProperties(respaced(text, new Random(seed)), `${name} re-spaced, seed ${seed}`);
        }
    });
});

describe('formatter properties over generated plans', () => {
    const chunks = Array.from({ length: 8 }, (_, chunk) => chunk);

    test.each(chunks)('rich random plans, re-spaced with comments and blank lines (chunk %i)', async chunk => {
        for (let i = 0; i < 10; i++) {
            const seed = mixSeed(SEED, 100 + chunk, i);
            const random = new Random(seed);
            const plan = randomRichPlan(random);
            await expectProperties(plan, `rich plan, seed ${seed}`);
            await expectProperties(respaced(plan, random), `rich plan re-spaced, seed ${seed}`);
        }
    });

    test('the peer-review plans (test/peer), re-spaced', async () => {
        for (let i = 0; i < 12; i++) {
            const seed = mixSeed(SEED, 200, i);
            const plan = projTextOf(randomPlan(seed, { items: 5 + (i * 7) % 40, lags: true }));
            await expectProperties(respaced(plan, new Random(seed)), `peer plan, seed ${seed}`);
        }
    });

    test('a benchmark plan of 400 tasks (bench/generate-plan.ts), re-spaced', async () => {
        const seed = mixSeed(SEED, 300);
        await expectProperties(respaced(planText(generatePlan(400, 7)), new Random(seed)), `bench plan, seed ${seed}`);
    });
});

describe('formatter robustness over mutated examples', () => {
    const keywords = [...new Set(AstUtils.streamAllContents(ProjGrammar()).filter(GrammarAST.isKeyword).map(keyword => keyword.value))].sort();

    test.each(examples)('%s: never throws; leaves broken text alone; keeps the tokens of text that parses', async name => {
        const source = readFileSync(join(examplesDir, name), 'utf8');
        let formattedCases = 0;
        for (let i = 0; i < 150; i++) {
            const seed = mixSeed(SEED, 400 + examples.indexOf(name), i);
            const random = new Random(seed);
            const { text, applied: mutations } = mutate(source, random, keywords, random.between(1, 3));
            const label = `${name} mutated, seed ${seed} [${mutations.join(', ')}]`;
            await withDocument(text, async document => {
                const formatter = services.Proj.lsp.Formatter!;
                const identifier = { uri: document.uri.toString() };
                const edits = await formatter.formatDocument(document, { textDocument: identifier, options: OPTIONS });
                const end = document.textDocument.positionAt(text.length);
                const middle = document.textDocument.positionAt(Math.floor(text.length / 2));
                await formatter.formatDocumentRange(document, { textDocument: identifier, options: OPTIONS, range: { start: middle, end } });
                await formatter.formatDocumentOnType(document, { textDocument: identifier, options: OPTIONS, ch: '}', position: middle });
                const { lexerErrors, parserErrors } = document.parseResult;
                if (lexerErrors.length > 0 || parserErrors.length > 0) {
                    expect(edits, `${label}: no edits to a file with syntax errors`).toEqual([]);
                } else {
                    formattedCases++;
                    const once = applied(text, edits);
                    expect(tokensOf(once), `${label}: the tokens are unchanged`).toEqual(tokensOf(text));
                    expect(await format(once), `${label}: idempotent`).toBe(once);
                }
            });
        }
        expect(formattedCases).toBeGreaterThan(0);
    });
});
