// `proj check`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';
import { COMMON_MISTAKES, withMistake } from '../support/common-mistakes.js';

const exampleFile = path.join(repoRoot, 'examples', 'office-move.proj');
const scratch = useScratchFolder('proj-check-');
const write = scratch.write;

/** `text` with `from` replaced by `to`; fails if `from` is not in `text` exactly once. */
function replaceOnce(text: string, from: string, to: string): string {
    expect(text.split(from), `'${from}' should occur once in the example`).toHaveLength(2);
    return text.replace(from, to);
}

/** The 1-based `line:column` of `target` inside the single occurrence of `context` in `text`. */
function positionOf(text: string, context: string, target: string): string {
    expect(text.split(context), `'${context}' should occur once`).toHaveLength(2);
    const offset = text.indexOf(context) + context.indexOf(target);
    expect(context.indexOf(target)).toBeGreaterThanOrEqual(0);
    const before = text.slice(0, offset).split('\n');
    return `${before.length}:${before.at(-1)!.length + 1}`;
}

const warningsOnlyPlan = [
    'project tiny "Tiny" {',
    '    start 2027-01-04',
    '    task idle "Idle" { }',
    '}',
    '',
].join('\n');
const warningMessage = "warning: Task 'idle' has neither a duration nor an estimate, so it is scheduled as taking no time. [proj/missing-duration]";

const peoplePlan = 'resource pat "Pat Lee" { role "Facilities lead" rate 300/d }\n';
const planUsingPat = [
    'project refit "Refit" {',
    '    start 2027-01-04',
    '    task paint "Paint" { duration 2d assign pat }',
    '}',
    '',
].join('\n');

describe('proj check', () => {
    test('the examples folder is clean', () => {
        const count = readdirSync(path.join(repoRoot, 'examples'), { recursive: true })
            .filter(name => String(name).endsWith('.proj')).length;
        const run = proj(['check', 'examples']);
        expect(run.lines).toEqual([]);
        expect(run.stderr).toBe(`No problems in ${count} file${count === 1 ? '' : 's'}.\n`);
        expect(run.status).toBe(0);
    });

    test('a broken copy of the example reports each error on its own line, and exits 1', () => {
        const original = readFileSync(exampleFile, 'utf-8');
        // fitout now also waits for it, which already waits for fitout: a cycle of two.
        let text = replaceOnce(original, 'after survey +2d', 'after survey +2d after it');
        // moved waits for an id that does not exist.
        text = replaceOnce(text, 'milestone moved "Staff moved" { after it ', 'milestone moved "Staff moved" { after cutover ');
        const file = write('broken/office-move.proj', text);

        const run = proj(['check', file]);
        // The cycle is one problem, on the dependency that waits for work written after it.
        expect(run.lines).toEqual([
            `${file}:${positionOf(text, 'after survey +2d after it', 'it')}: error: Dependency cycle: it -> fitout -> it. [proj/cycle]`,
            `${file}:${positionOf(text, 'after cutover', 'cutover')}: error: Unknown task, milestone or phase 'cutover'. [proj/unknown-reference]`,
        ]);
        expect(run.stderr).toBe('2 errors, 0 warnings in 1 file\n');
        expect(run.status).toBe(1);
    });

    test('a path is printed as given, relative to the working folder', () => {
        const original = readFileSync(exampleFile, 'utf-8');
        const text = replaceOnce(original, 'after survey +2d', 'after survey_x +2d');
        write('relative/plans/plan.proj', text);
        const run = proj(['check', path.join('plans', 'plan.proj')], path.join(scratch.dir, 'relative'));
        expect(run.lines).toEqual([
            `${path.join('plans', 'plan.proj')}:${positionOf(text, 'after survey_x', 'survey_x')}: error: Unknown task, milestone or phase 'survey_x'. Did you mean 'survey'? [proj/unknown-reference]`,
        ]);
        expect(run.status).toBe(1);

        // Files found in a folder are printed under the folder as the user wrote it.
        const inFolder = proj(['check', 'plans'], path.join(scratch.dir, 'relative'));
        expect(inFolder.lines).toEqual(run.lines);
    });

    test('warnings alone are printed but exit 0', () => {
        const file = write('warnings/tiny.proj', warningsOnlyPlan);
        const run = proj(['check', file]);
        expect(run.lines).toEqual([`${file}:3:10: ${warningMessage}`]);
        expect(run.stderr).toBe('0 errors, 1 warning in 1 file\n');
        expect(run.status).toBe(0);
    });

    test('a file that is not a .proj file is a usage error', () => {
        const file = write('any-extension/tiny.txt', warningsOnlyPlan);
        const run = proj(['check', file]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${file}: not a plan; plans are .proj files.\n`);
        expect(run.status).toBe(2);
    });

    test('diagnostics are sorted by file, then position', () => {
        const broken = write('sorted/a.proj', 'project a { start 2027-01-04\n    task one "One" { duration 1d after two }\n    task two "Two" { duration 1d after one }\n    task three "Three" { duration 1d after nobody }\n}\n');
        const tiny = write('sorted/b.proj', warningsOnlyPlan);
        const run = proj(['check', tiny, broken]);
        expect(run.lines).toEqual([
            `${broken}:2:40: error: Dependency cycle: two -> one -> two. [proj/cycle]`,
            `${broken}:4:44: error: Unknown task, milestone or phase 'nobody'. [proj/unknown-reference]`,
            `${tiny}:3:10: ${warningMessage}`,
        ]);
        expect(run.stderr).toBe('2 errors, 1 warning in 2 files\n');
        expect(run.status).toBe(1);
    });

    test('--format json prints one JSON document with every field', () => {
        const broken = write('json/a.proj', 'project a { start 2027-01-04\n    task one "One" { duration 1d after nobody }\n}\n');
        const tiny = write('json/b.proj', warningsOnlyPlan);
        const run = proj(['check', '--format', 'json', tiny, broken]);
        expect(run.status).toBe(1);
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout)).toEqual({
            files: 2,
            errors: 1,
            warnings: 1,
            diagnostics: [
                {
                    file: broken, line: 2, column: 40, endLine: 2, endColumn: 46, severity: 'error',
                    code: 'proj/unknown-reference', message: "Unknown task, milestone or phase 'nobody'.",
                },
                {
                    file: tiny, line: 3, column: 10, endLine: 3, endColumn: 14, severity: 'warning',
                    code: 'proj/missing-duration',
                    message: "Task 'idle' has neither a duration nor an estimate, so it is scheduled as taking no time.",
                },
            ],
        });
    });

    test('--format json of clean plans exits 0', () => {
        const run = proj(['check', 'examples', '--format', 'json']);
        expect(run.status).toBe(0);
        const report = JSON.parse(run.stdout);
        expect(report).toMatchObject({ errors: 0, warnings: 0, diagnostics: [] });
        expect(report.files).toBeGreaterThanOrEqual(1);
    });

    test('a folder is clean when one file references a resource defined in another', () => {
        write('cross/people.proj', peoplePlan);
        write('cross/sub/refit.proj', planUsingPat);
        const run = proj(['check', path.join(scratch.dir, 'cross')]);
        expect(run.lines).toEqual([]);
        expect(run.stderr).toBe('No problems in 2 files.\n');
        expect(run.status).toBe(0);
    });

    test('a file named alone sees the plans next to it, without reporting them', () => {
        write('siblings/people.proj', peoplePlan);
        // A sibling with problems of its own: loaded for its ids, never reported.
        write('siblings/other.proj', 'project other {\n    task t "T" { after missing }\n}\n');
        const plan = write('siblings/refit.proj', planUsingPat);
        const run = proj(['check', plan]);
        expect(run.lines).toEqual([]);
        expect(run.stderr).toBe('No problems in 1 file.\n');
        expect(run.status).toBe(0);

        // Without the sibling, the resource is unknown.
        const alone = write('alone/refit.proj', planUsingPat);
        const lonely = proj(['check', alone]);
        expect(lonely.lines).toEqual([`${alone}:${positionOf(planUsingPat, 'assign pat', 'pat')}: error: Unknown resource 'pat'. [proj/unknown-reference]`]);
        expect(lonely.status).toBe(1);
    });

    test('folders skip node_modules and dot-folders', () => {
        write('skipping/plan.proj', planUsingPat.replace('assign pat', ''));
        write('skipping/node_modules/dep/broken.proj', 'project {');
        write('skipping/.cache/broken.proj', 'project {');
        const run = proj(['check', path.join(scratch.dir, 'skipping')]);
        expect(run.lines).toEqual([]);
        expect(run.stderr).toBe('No problems in 1 file.\n');
        expect(run.status).toBe(0);
    });
});

describe('proj usage errors exit 2 without a stack trace', () => {
    test('a path that does not exist', () => {
        const missing = path.join(scratch.dir, 'no-such-plan.proj');
        const run = proj(['check', 'examples', missing]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${missing}: no such file or folder.\n`);
        expect(run.status).toBe(2);
    });

    test('a folder without any .proj file', () => {
        const empty = path.join(scratch.dir, 'empty');
        mkdirSync(empty, { recursive: true });
        writeFileSync(path.join(empty, 'notes.txt'), 'not a plan');
        const run = proj(['check', empty]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${empty}: no .proj files in this folder.\n`);
        expect(run.status).toBe(2);
    });

    test.each([
        [['check'], "error: missing required argument 'paths'"],
        [['check', '--format', 'xml', 'examples'], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are text, json."],
        [['chek', 'examples'], "error: unknown command 'chek'"],
        [['check', '--colour', 'examples'], "error: unknown option '--colour'"],
    ])('proj %j', (args, message) => {
        const run = proj(args);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toBe(message);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(run.status).toBe(2);
    });

    test('--version prints the package version and exits 0', () => {
        const { version } = JSON.parse(readFileSync(path.join(repoRoot, 'package.json'), 'utf-8'));
        const run = proj(['--version']);
        expect(run.lines).toEqual([version]);
        expect(run.status).toBe(0);
    });
});

describe('one mistake, one problem', () => {
    test.each(COMMON_MISTAKES)('$name is one line of `proj check`', mistake => {
        const file = write(`mistake-${COMMON_MISTAKES.indexOf(mistake)}.proj`, withMistake(mistake));
        const run = proj(['check', file]);
        expect(run.lines, run.stdout).toHaveLength(1);
        expect(run.lines[0]).toContain(`[${mistake.code}]`);
    });
});
