// `proj ksb`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectWellFormedTables } from './support/markdown-table.js';
import { proj, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-ksb-');
const write = scratch.write;

const HOSTILE_TITLE = 'Alpha | <img src=x onerror=alert(1)> *bold* [link](javascript:alert(2)) `code` _u_ #h $x$';

/** A portfolio of two plans, one KSB (K21) evidenced in both, one (K9) in one only. */
function writePortfolio(folder: string): void {
    write(`${folder}/alpha.proj`, [
        `project alpha "${HOSTILE_TITLE}" {`,
        '    start 2027-01-04',
        '    task plan_it "Plan | the <work>" { duration 2d ksb K21 K9 }',
        '    risk slip "Slip_risk *now*" { likelihood 2 impact 2 ksb K21 }',
        '}',
        '',
    ].join('\n'));
    write(`${folder}/nested/beta.proj`, [
        'project beta {',
        '    start 2027-01-04',
        '    task t1 { duration 1d ksb K21, B1 }',
        '    lesson learnt "Learnt" { category planning ksb B1 }',
        '}',
        '',
    ].join('\n'));
}

/** RFC 4180 CSV: quoted fields may hold commas, quotes (doubled) and line breaks. */
function parseCsv(text: string): string[][] {
    const rows: string[][] = [];
    let row: string[] = [];
    let field = '';
    let quoted = false;
    for (let index = 0; index < text.length; index++) {
        const character = text[index];
        if (quoted) {
            if (character === '"' && text[index + 1] === '"') {
                field += '"';
                index++;
            } else if (character === '"') {
                quoted = false;
            } else {
                field += character;
            }
        } else if (character === '"') {
            quoted = true;
        } else if (character === ',') {
            row.push(field);
            field = '';
        } else if (character === '\n') {
            rows.push([...row, field]);
            row = [];
            field = '';
        } else {
            field += character;
        }
    }
    if (field !== '' || row.length > 0) {
        rows.push([...row, field]);
    }
    return rows;
}

/** The words of a table line, for lines whose columns are aligned with spaces. */
const words = (line: string | undefined) => line?.trim().split(/\s+/);

describe('proj ksb: the table', () => {
    test('the example: every duty of ST0310 with its verdict, its practice and its KSBs, the evidence of each, gaps marked, the summaries last', () => {
        const run = proj(['ksb', example]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('ST0310 · Associate project manager (Level 4) · KSB coverage');
        // All 14 duties, each with its verdict; Proj's reading maps every KSB to a duty.
        const headings = run.lines.filter(line => /^\S/.test(line) && !line.startsWith('✓')).slice(1, -2);
        expect(headings.map(line => line.split(':')[0])).toEqual(Array.from({ length: 14 }, (_, index) => `D${index + 1}`));
        expect(headings[1]).toBe('D2: Review, analyse, and provide feedback on a business case to ensure the project remains valid. · evidenced · 11 of 20 KSBs covered');
        expect(headings[8]).toBe('D9: Contribute to the production and presentation of the key project documents through governance to gain approval. · evidenced · 3 of 13 KSBs covered');
        // The practice of a duty: a line per rule, ✓ and the plans that show it.
        const d5 = run.lines.findIndex(line => line.startsWith('D5: '));
        expect(words(run.lines[d5 + 1])).toEqual(['Practice', 'Shown', 'in']);
        expect(run.lines[d5 + 2]).toMatch(/^✓ A schedule: a start date and work with durations or estimates +office_move$/);
        expect(run.lines[d5 + 4]).toMatch(/^✓ A critical path: work linked by dependencies \(`after`\) +office_move$/);
        expect(words(run.lines[d5 + 5])).toEqual(['KSB', 'Element', 'Id', 'Plan', 'File']);
        expect(run.lines.slice(d5).find(line => line.startsWith('  Mapped to D5'))).toBe('  Mapped to D5 by Proj, not the standard\'s own table: K18, K21, K31, S12, S19, S22.');
        const d2 = run.lines.indexOf(headings[1]);
        // Five rules of practice (the business case's options and benefits among them), then the KSBs.
        expect(words(run.lines[d2 + 7])).toEqual(['KSB', 'Element', 'Id', 'Plan', 'File']);
        expect(words(run.lines[d2 + 8])).toEqual(['K1', 'project', 'office_move', 'office_move', 'examples/office-move.proj']);
        expect(words(run.lines[d2 + 10])).toEqual(['K3', '—']);
        expect(run.lines).toContain('  K9   task         business_case  office_move  examples/office-move.proj');
        // K28: two pieces of evidence, the second on a line of its own under the first.
        const k28 = run.lines.findIndex(line => line.startsWith('  K28 '));
        expect(words(run.lines[k28])).toEqual(['K28', 'objective', 'low_carbon', 'office_move', 'examples/office-move.proj']);
        expect(words(run.lines[k28 + 1])).toEqual(['kpi', 'carbon', 'office_move', 'examples/office-move.proj']);
        expect(run.lines[k28 + 1].startsWith('       kpi')).toBe(true);
        const d12 = run.lines.findIndex(line => line.startsWith('D12: '));
        expect(words(run.lines.slice(d12).find(line => line.startsWith('  S10 ')))).toEqual(['S10', 'change', 'extra_floor', 'office_move', 'examples/office-move.proj']);
        const d8 = run.lines.findIndex(line => line.startsWith('D8: '));
        expect(words(run.lines.slice(d8).find(line => line.startsWith('  S14 ')))).toEqual(['S14', 'risk', 'lease_delay', 'office_move', 'examples/office-move.proj']);
        for (const code of ['B2', 'B5']) {
            expect(words(run.lines.find(line => line.startsWith(`  ${code} `)))).toEqual([code, '—']);
        }
        // The plan beside it (starter.proj) is context, not part of the portfolio.
        expect(run.stdout).not.toContain('website_refresh');
        expect(run.lines.at(-2)).toBe('14 of 14 duties evidenced');
        expect(run.lines.at(-1)).toMatch(/^\d+ of 62 covered across 1 plan$/);
    });

    test('a duty the plans do not show is a gap, its missing practice unmarked', () => {
        const file = write('bare/bare.proj', 'project bare {\n    start 2027-01-04\n    task a { duration 1d }\n}\n');
        const run = proj(['ksb', file]);
        expect(run.status).toBe(0);
        const d8 = run.lines.findIndex(line => line.startsWith('D8: '));
        expect(run.lines[d8]).toBe('D8: Identify and manage risks and opportunities, to drive the successful delivery of the project. · not evidenced · 0 of 4 KSBs covered');
        expect(run.lines[d8 + 2]).toMatch(/^  Risks scored by likelihood and impact \(`risk … \{ likelihood … impact … \}`\) +—$/);
        const d5 = run.lines.findIndex(line => line.startsWith('D5: '));
        expect(run.lines[d5]).toMatch(/ · partly evidenced · 0 of 6 KSBs covered$/);
        expect(run.lines.at(-2)).toBe('0 of 14 duties evidenced');
    });

    test('a folder is a portfolio: evidence from every plan in it, each with its plan and file', () => {
        writePortfolio('portfolio');
        const run = proj(['ksb', 'portfolio'], scratch.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const k21 = run.lines.findIndex(line => line.startsWith('  K21 '));
        expect(run.lines.slice(k21, k21 + 3).map(words)).toEqual([
            ['K21', 'task', 'plan_it', 'alpha', 'portfolio/alpha.proj'],
            ['risk', 'slip', 'alpha', 'portfolio/alpha.proj'],
            ['task', 't1', 'beta', path.join('portfolio', 'nested', 'beta.proj')],
        ]);
        // K9 is mapped to duty D2 only; B1, by Proj's reading, to D1.
        expect(run.lines.filter(line => line.startsWith('  K9 ')).map(words)).toEqual([['K9', 'task', 'plan_it', 'alpha', 'portfolio/alpha.proj']]);
        expect(run.lines.filter(line => line.startsWith('  B1 ')).map(words)).toEqual([['B1', 'task', 't1', 'beta', path.join('portfolio', 'nested', 'beta.proj')]]);
        expect(run.lines).toContain('D1: Support the project team in delivering the lifecycle of a project. · not evidenced · 1 of 8 KSBs covered');
        // A rule of practice names every plan that shows it.
        expect(run.lines.find(line => line.startsWith('✓ A schedule'))).toMatch(/ +alpha, beta$/);
        expect(run.lines.at(-1)).toBe('3 of 62 covered across 2 plans');

        // Files named one by one give the same matrix.
        const named = proj(['ksb', 'portfolio/alpha.proj', 'portfolio/nested/beta.proj'], scratch.dir);
        expect(named.status).toBe(0);
        expect(named.lines.at(-1)).toBe('3 of 62 covered across 2 plans');
    });

    test('a file with several projects counts each of them', () => {
        const file = write('several/two.proj', [
            'project one { start 2027-01-04 task a { duration 1d ksb K1 } }',
            'project two { start 2027-01-04 task b { duration 1d ksb K2 } }',
            '',
        ].join('\n'));
        const run = proj(['ksb', file]);
        expect(run.status).toBe(0);
        expect(run.lines.at(-1)).toBe('2 of 62 covered across 2 plans in 1 file');
    });
});

describe('proj ksb --format markdown', () => {
    test('an evidence annex: the summaries, the plans, a heading per duty with its practice and the reason for each rule, and a table of its KSBs', () => {
        const run = proj(['ksb', example, '--format', 'markdown']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines.slice(0, 3)).toEqual(['# KSB coverage: ST0310 · Associate project manager (Level 4)', '', '14 of 14 duties evidenced; 23 of 62 covered across 1 plan.']);
        expect(run.lines).toContain('| `office_move` | Office relocation to Leeds | examples/office-move.proj |');
        const headings = run.lines.filter(line => line.startsWith('## '));
        expect(headings).toHaveLength(14);
        expect(headings[1]).toBe('## D2: Review, analyse, and provide feedback on a business case to ensure the project remains valid. (evidenced · 11 of 20 KSBs covered)');
        // A practice table and a KSB table per duty, and the plans.
        expect(expectWellFormedTables(run.stdout)).toBe(1 + 14 * 2);
        expect(run.lines).toContain('| Practice | Why it evidences the duty | Shown in |');
        expect(run.lines).toContain('| Key milestones (`milestone`) | The duty names the key milestones of the schedule. | `office_move` |');
        expect(run.lines).toContain('| KSB | Statement | Evidence |');
        expect(run.lines).toContain('| K1 | The differences between projects and business as usual. | project `office_move` “Office relocation to Leeds” in `office_move` (examples/office-move.proj) |');
        expect(run.lines).toContain('| K3 | The interdependencies between project, programme, and portfolio management. | — |');
        expect(run.lines).toContain('| K9 | Importance, content, and purpose of a business case. | task `business_case` “Draft business case” in `office_move` (examples/office-move.proj) |');
        expect(run.lines.find(line => line.startsWith('| S10 |'))).toMatch(/\| change `extra_floor` “Add second floor” in `office_move` \(examples\/office-move\.proj\) \|$/);
        // A row per KSB: evidence joined by line breaks.
        expect(run.lines.find(line => line.startsWith('| K28 |'))).toMatch(/\| objective `low_carbon` “A move with a small carbon footprint” in `office_move` \(examples\/office-move\.proj\)<br>kpi `carbon` “Move-related emissions” in `office_move` \(examples\/office-move\.proj\) \|$/);
        // Each KSB once per duty it is mapped to.
        expect(run.lines.filter(line => /^\| [KSB]\d+ \|/.test(line))).toHaveLength(8 + 20 + 11 + 3 + 6 + 6 + 6 + 4 + 13 + 4 + 6 + 4 + 3 + 4);
        expect(run.lines).toContain('Mapped to D2 by Proj, not the standard\'s own table: S9.');
        expect(run.stdout.endsWith('Mapped to D14 by Proj, not the standard\'s own table: K2, K28, S6, S7.\n')).toBe(true);
    });

    test('titles from the plans are escaped: no HTML, no links, no emphasis, no broken tables', () => {
        writePortfolio('hostile-markdown');
        const run = proj(['ksb', 'hostile-markdown', '--format', 'markdown'], scratch.dir);
        expect(run.status).toBe(0);
        expect(expectWellFormedTables(run.stdout)).toBe(1 + 14 * 2);
        expect(run.stdout).not.toMatch(/<img|<work>|(?<!\\)\]\(javascript/);
        expect(run.lines).toContain('| `alpha` | Alpha \\| &lt;img src=x onerror=alert(1)&gt; \\*bold\\* \\[link\\](javascript:alert(2)) \\`code\\` \\_u\\_ \\#h \\$x\\$ | hostile-markdown/alpha.proj |');
        expect(run.lines.find(line => line.startsWith('| K21 |'))).toBe('| K21 | Project scheduling and maintenance, including critical path analysis. | '
            + 'task `plan_it` “Plan \\| the &lt;work&gt;” in `alpha` (hostile-markdown/alpha.proj)<br>'
            + 'risk `slip` “Slip\\_risk \\*now\\*” in `alpha` (hostile-markdown/alpha.proj)<br>'
            + `task \`t1\` in \`beta\` (${path.join('hostile-markdown', 'nested', 'beta.proj')}) |`);
    });
});

describe('proj ksb --format csv', () => {
    test('a row per KSB and piece of evidence; a gap is one row with covered=false; parsable', () => {
        writePortfolio('csv');
        const run = proj(['ksb', 'csv', '--format', 'csv'], scratch.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const [header, ...rows] = parseCsv(run.stdout.replace(/\n$/, ''));
        expect(header).toEqual(['ksb', 'type', 'duties', 'statement', 'covered', 'element', 'id', 'title', 'project', 'file']);
        for (const row of rows) {
            expect(row).toHaveLength(header.length);
        }
        // 62 KSBs; K21 has three pieces of evidence, B1 two: 62 + 2 + 1 rows.
        expect(rows).toHaveLength(65);
        expect(new Set(rows.map(row => row[0])).size).toBe(62);
        const record = (row: string[]) => Object.fromEntries(header.map((column, index) => [column, row[index]]));
        expect(rows.filter(row => row[0] === 'K21').map(record)).toEqual([
            { ksb: 'K21', type: 'knowledge', duties: 'D5', statement: 'Project scheduling and maintenance, including critical path analysis.', covered: 'true', element: 'task', id: 'plan_it', title: 'Plan | the <work>', project: 'alpha', file: 'csv/alpha.proj' },
            { ksb: 'K21', type: 'knowledge', duties: 'D5', statement: 'Project scheduling and maintenance, including critical path analysis.', covered: 'true', element: 'risk', id: 'slip', title: 'Slip_risk *now*', project: 'alpha', file: 'csv/alpha.proj' },
            { ksb: 'K21', type: 'knowledge', duties: 'D5', statement: 'Project scheduling and maintenance, including critical path analysis.', covered: 'true', element: 'task', id: 't1', title: '', project: 'beta', file: path.join('csv', 'nested', 'beta.proj') },
        ]);
        expect(record(rows.find(row => row[0] === 'K9')!)).toMatchObject({ duties: 'D2', covered: 'true', element: 'task', id: 'plan_it', project: 'alpha' });
        expect(record(rows.find(row => row[0] === 'K1')!)).toEqual({
            ksb: 'K1', type: 'knowledge', duties: 'D1 D2 D9', statement: 'The differences between projects and business as usual.', covered: 'false',
            element: '', id: '', title: '', project: '', file: '',
        });
        expect(rows.filter(row => row[0] === 'B1').map(row => [row[5], row[6]])).toEqual([['task', 't1'], ['lesson', 'learnt']]);
        // The standard's order: knowledge, skills, behaviours.
        expect(rows[0][0]).toBe('K1');
        expect(rows.at(-1)![0]).toBe('B5');
        // Commas in a statement are quoted, not split.
        expect(run.lines).toContain('K3,knowledge,D2 D9,"The interdependencies between project, programme, and portfolio management.",false,,,,,');
    });

    test('the example: K9 by business_case, S10 by the change extra_floor', () => {
        const run = proj(['ksb', example, '--format', 'csv']);
        expect(run.status).toBe(0);
        const rows = parseCsv(run.stdout.replace(/\n$/, ''));
        expect(rows.find(row => row[0] === 'K9')!.slice(4)).toEqual(['true', 'task', 'business_case', 'Draft business case', 'office_move', 'examples/office-move.proj']);
        expect(rows.find(row => row[0] === 'S10')!.slice(4)).toEqual(['true', 'change', 'extra_floor', 'Add second floor', 'office_move', 'examples/office-move.proj']);
        expect(rows.filter(row => row[4] === 'true').map(row => row[0])).toHaveLength(23 + 2);
    });

    test('a title a spreadsheet would take for a formula is made text', () => {
        const file = write('formula/plan.proj', 'project f {\n    start 2027-01-04\n    task t "=HYPERLINK(\\"http://x\\")" { duration 1d ksb K1 }\n}\n');
        const run = proj(['ksb', file, '--format', 'csv']);
        expect(run.status).toBe(0);
        const row = parseCsv(run.stdout).find(cells => cells[0] === 'K1')!;
        expect(row[7]).toBe('\'=HYPERLINK("http://x")');
    });
});

describe('proj ksb: standards', () => {
    const standard = [
        'standard ABC "A custom standard" {',
        '    knowledge X1 "Know one."',
        '    skill Y1 "Do one."',
        '    duty D1 "Duty one." { ksb X1 }',
        '}',
    ].join('\n');

    test('plans that link to another standard are mapped onto it', () => {
        const file = write('custom/abc.proj', [standard, 'project gamma {', '    start 2027-01-04', '    task t "T" { duration 1d ksb X1 }', '}', ''].join('\n'));
        const run = proj(['ksb', file]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'ABC · A custom standard · KSB coverage',
            '',
            'D1: Duty one. · evidenced · 1 of 1 KSBs covered',
            '  KSB  Element  Id  Plan   File',
            `  X1   task     t   gamma  ${file}`,
            '',
            'Skills not mapped to a duty · 0 of 1 covered',
            '  KSB  Element  Id  Plan  File',
            '  Y1   —',
            '',
            '1 of 1 duty evidenced',
            '1 of 2 covered across 1 plan',
        ]);
    });

    test('a standard of duties alone maps the built-in KSBs: honoured in ST0310\'s duties, and on its own it covers what it maps, not 0 of 0', () => {
        const file = write('mapping/plan.proj', [
            'standard mine "My duty mapping" {',
            '    duty D5 "Prepare the schedule" { ksb K21 S12 }',
            '}',
            'project gamma {',
            '    start 2027-01-04',
            '    task t { duration 1d ksb K21 }',
            '}',
            '',
        ].join('\n'));
        const builtin = proj(['ksb', file]);
        expect(builtin.status).toBe(0);
        expect(builtin.lines[0]).toBe('ST0310 · Associate project manager (Level 4) · KSB coverage');
        // K21 and S12 are Proj's reading of D5 already; the user's standard is named for any code Proj has not.
        const d5 = builtin.lines.findIndex(line => line.startsWith('D5: '));
        expect(builtin.lines[d5]).toMatch(/ · 1 of 6 KSBs covered$/);

        const own = proj(['ksb', file, '--standard', 'mine']);
        expect(own.stderr).toBe('');
        expect(own.status).toBe(0);
        expect(own.lines).toEqual([
            'mine · My duty mapping · KSB coverage',
            '',
            'D5: Prepare the schedule · partly evidenced · 1 of 2 KSBs covered',
            '  KSB  Element  Id  Plan   File',
            `  K21  task     t   gamma  ${file}`,
            '  S12  —',
            '',
            '0 of 1 duty evidenced',
            '1 of 2 covered across 1 plan',
        ]);
    });

    test('a user\'s mapping adds KSBs to a built-in duty, and says whose they are', () => {
        const file = write('mapping-added/plan.proj', [
            'standard my_reading {',
            '    duty D13 "Lessons" { ksb K21 }',
            '}',
            'project gamma {',
            '    start 2027-01-04',
            '    task t { duration 1d ksb K21 }',
            '}',
            '',
        ].join('\n'));
        const run = proj(['ksb', file]);
        expect(run.status).toBe(0);
        const d13 = run.lines.findIndex(line => line.startsWith('D13: '));
        expect(run.lines[d13]).toMatch(/ · not evidenced · 1 of 4 KSBs covered$/);
        expect(run.lines.slice(d13)).toContain('  Mapped to D13 by standard \'my_reading\', not the standard\'s own table: K21.');
        const markdown = proj(['ksb', file, '--format', 'markdown']);
        expect(markdown.lines).toContain('Mapped to D13 by standard \'my\\_reading\', not the standard\'s own table: K21.');
    });

    test('plans that link to two standards need --standard', () => {
        write('mixed/abc.proj', [standard, 'project gamma {', '    start 2027-01-04', '    task t { duration 1d ksb X1 }', '}', ''].join('\n'));
        write('mixed/delta.proj', 'project delta {\n    start 2027-01-04\n    task u { duration 1d ksb X1 K9 }\n}\n');
        const ambiguous = proj(['ksb', 'mixed'], scratch.dir);
        expect(ambiguous.stdout).toBe('');
        expect(ambiguous.stderr).toBe('proj: the plans link to several standards (\'ABC\', \'ST0310\'): choose one with --standard <id>.\n');
        expect(ambiguous.status).toBe(2);

        const abc = proj(['ksb', 'mixed', '--standard', 'ABC'], scratch.dir);
        expect(abc.status).toBe(0);
        expect(abc.lines.at(-1)).toBe('1 of 2 covered across 2 plans');
        const st0310 = proj(['ksb', 'mixed', '--standard', 'ST0310'], scratch.dir);
        expect(st0310.status).toBe(0);
        // Only K9 counts: X1 is not ST0310's.
        expect(st0310.lines.at(-1)).toBe('1 of 62 covered across 2 plans');
        expect(words(st0310.lines.find(line => line.startsWith('  K9 ')))).toEqual(['K9', 'task', 'u', 'delta', path.join('mixed', 'delta.proj')]);

        const unknown = proj(['ksb', 'mixed', '--standard', 'NOPE'], scratch.dir);
        expect(unknown.stderr).toBe('proj: no standard \'NOPE\'; the standards known are \'ST0310\', \'ABC\'.\n');
        expect(unknown.status).toBe(2);
    });
});

describe('proj ksb: output and errors', () => {
    test('--output writes the file, making its folders, and prints nothing', () => {
        const output = path.join(scratch.dir, 'annex', 'deep', 'ksb.md');
        const run = proj(['ksb', example, '--format', 'markdown', '--output', output]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(output, 'utf-8')).toBe(proj(['ksb', example, '--format', 'markdown']).stdout);
    });

    test('a plan with errors: its errors on stderr, nothing on stdout, exit 1', () => {
        write('errors/good.proj', 'project good {\n    start 2027-01-04\n    task a { duration 1d ksb K1 }\n}\n');
        write('errors/broken.proj', 'project broken {\n    start 2027-01-04\n    task a { duration 1d ksb K999 }\n}\n');
        const run = proj(['ksb', 'errors'], scratch.dir);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toMatch(/^errors\/broken\.proj:3:\d+: error: .*K999/);
        expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('proj: errors/broken.proj has errors; fix them to map their KSB coverage.');
        expect(run.status).toBe(1);
    });

    test.each([
        [['ksb'], "error: missing required argument 'paths'"],
        [['ksb', example, '--format', 'pdf'], "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are table, markdown, csv."],
        [['ksb', 'examples/no-such.proj'], 'proj: examples/no-such.proj: no such file or folder.'],
    ])('proj %j is a usage error', (args, message) => {
        const run = proj(args);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toBe(message);
        expect(run.status).toBe(2);
    });

    test('files without a project are a usage error', () => {
        const file = write('no-project/shared.proj', 'resource sam "Sam" { rate 300/d }\n');
        const run = proj(['ksb', file]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${file}: no project; KSB coverage is of the evidence in plans.\n`);
        expect(run.status).toBe(2);
    });

    test('--help explains the formats and the CSV layout', () => {
        const run = proj(['ksb', '--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: proj ksb [options] <paths...>');
        expect(run.stdout).toContain('--format csv       a row per KSB and piece of evidence');
        expect(run.stdout).toContain('                     ksb,type,duties,statement,covered,element,id,title,project,file\n');
        expect(run.stdout).toContain('--standard <id>');
    });
});
