// `proj export`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
// The HTML page is also opened in a real browser (headless Chromium), offline, to see it render.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { expectNoProblems, expectSelfContainedPage, markupOf, useHtmlPages, writeHtmlPage } from './support/html-page.js';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-export-');
const write = scratch.write;

const HOSTILE_NAME = '<img src=x onerror=alert(1)>: a;b #c';
const HOSTILE_TITLE = `<script>alert('title')</script> & "co"`;
const HOSTILE_PHASE = '<b onmouseover=alert(3)>Stage</b> | one';
const HOSTILE_MILESTONE = '<svg onload=alert(2)>';
// Markup, quotes and Mermaid's own syntax (`:` `;` `#` `|`) in every name a page shows.
const hostilePlan = [
    'project evil "<script>alert(\'title\')</script> & \\"co\\"" {',
    '    start 2027-01-04',
    `    phase stage "${HOSTILE_PHASE}" {`,
    `        task hostile "${HOSTILE_NAME}" { duration 3d }`,
    '        task next "Next" { duration 2d after hostile }',
    `        milestone done "${HOSTILE_MILESTONE}" { after next }`,
    '    }',
    '}',
    '',
].join('\n');

const twoProjects = [
    'project one "One" {',
    '    start 2027-01-04',
    '    task a "A" { duration 1d }',
    '}',
    'project someday "Someday" {',
    '    task wait "Wait" { duration 1d }',
    '}',
    '',
].join('\n');

/** Exports `file` as HTML into the scratch folder and returns the page's path and text. */
function exportHtml(file: string, name: string): { file: string; html: string } {
    return writeHtmlPage(scratch, ['export', file], name);
}

describe('proj export --format mermaid', () => {
    test('the Gantt chart of the example: dates of the schedule, weekends and holidays excluded, every task drawn', () => {
        const run = proj(['export', example, '--format', 'mermaid']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('gantt');
        expect(run.lines).toContain('    inclusiveEndDates');
        expect(run.lines).toContain('    excludes saturday, sunday, 2027-04-02, 2027-04-05');
        expect(run.lines).toContain('    section Initiation');
        expect(run.lines).toContain('    Fit-out:crit, active, t_fitout, 2027-02-15, 2027-03-09');
        expect(run.lines).toContain('    IT cut-over:crit, t_it, 2027-03-08, 2027-03-09');
        expect(run.lines).toContain('    Staff moved:crit, milestone, t_moved, 2027-03-10, 0d');
        expect(run.lines).toContain('    Status date:vert, status_date, 2027-03-02, 0d');
        // One newline at the end, as any text file.
        expect(run.stdout.endsWith('0d\n')).toBe(true);
        // `--chart gantt` is the default.
        expect(proj(['export', example, '--format', 'mermaid', '--chart', 'gantt']).stdout).toBe(run.stdout);
    });

    test('the Gantt chart is never collapsed into phases, however big the plan', () => {
        const tasks = Array.from({ length: 320 }, (_, index) => `        task t${index} "Task ${index}" { duration 1d }`);
        const file = write('big/big.proj', ['project big {', '    start 2027-01-04', '    phase p "P" {', ...tasks, '    }', '}', ''].join('\n'));
        const run = proj(['export', file, '--format', 'mermaid']);
        expect(run.status).toBe(0);
        expect(run.lines.filter(line => / t_t\d+, 2027-/.test(line))).toHaveLength(320);
        expect(run.stdout).not.toContain('items)');
    });

    test('the critical-path network of the example: nodes, links, the critical links styled', () => {
        const run = proj(['export', example, '--format', 'mermaid', '--chart', 'network']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('flowchart LR');
        expect(run.lines).toContain('    t_fitout["fitout<br/>15 Feb → 9 Mar<br/>float 0"]:::critical');
        expect(run.lines).toContain('    t_survey -- "+2d" --> t_fitout');
        expect(run.lines).toContain('    t_fitout -- "FF" --> t_it');
        // Links 4 (fitout → it) and 5 (it → moved) are the driving critical ones.
        expect(run.lines.at(-1)).toBe('    linkStyle 4,5 stroke:#d1242f,stroke-width:3px');
    });

    test('names are Mermaid entities, never markup nor Mermaid syntax', () => {
        const file = write('hostile-mermaid/evil.proj', hostilePlan);
        const run = proj(['export', file, '--format', 'mermaid']);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toMatch(/[<>]/);
        expect(run.lines).toContain('    #60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c:crit, t_hostile, 2027-01-04, 2027-01-06');
    });
});

describe('proj export --format markdown', () => {
    test('the report of the example: summary, both charts as ```mermaid blocks, the schedule table', () => {
        const run = proj(['export', example, '--format', 'markdown']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('# Office relocation to Leeds');
        expect(run.lines).toContain('- **Critical path:** `fitout` → `it` → `moved`');
        expect(run.lines.filter(line => line === '```mermaid')).toHaveLength(2);
        expect(run.lines.filter(line => line === '```')).toHaveLength(2);
        const gantt = run.lines.indexOf('```mermaid');
        expect(run.lines[gantt + 1]).toBe('gantt');
        expect(run.lines).toContain('    Fit-out:crit, active, t_fitout, 2027-02-15, 2027-03-09');
        expect(run.lines[run.lines.indexOf('```mermaid', gantt + 1) + 1]).toBe('flowchart LR');
        expect(run.lines).toContain('| | Id | Name | Start | Finish | Days | Total float | Free float |');
        expect(run.lines).toContain('| ★ | `fitout` | Fit-out | 2027-02-15 | 2027-03-09 | 16 | 0 | 0 |');
        expect(run.lines).toContain('|  | `approval` | Business case approved | 2027-01-08 | 2027-01-08 | ◆ | 0 | 0 |');
        expect(run.stdout.endsWith('★ critical · ◆ milestone\n')).toBe(true);
    });

    test('hostile names are escaped: no markup reaches GitHub', () => {
        const file = write('hostile-markdown/evil.proj', hostilePlan);
        const run = proj(['export', file, '--format', 'markdown']);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toMatch(/<(img|svg|script|b)\b/i);
        expect(run.lines[0]).toBe('# &lt;script&gt;alert(\'title\')&lt;/script&gt; &amp; "co"');
        expect(run.lines).toContain('| ★ | `hostile` | &lt;img src=x onerror=alert(1)&gt;: a;b #c | 2027-01-04 | 2027-01-06 | 3 | 0 | 0 |');
    });
});

describe('proj export --format html', () => {
    test('one self-contained page: CSP with a nonce on every script, Mermaid inlined, nothing loaded', () => {
        const { html } = exportHtml(example, 'structure');
        const nonce = expectSelfContainedPage(html);
        expect(html).toContain('mermaid.initialize(config);');
        expect(html).toContain('"flowchart":{"useMaxWidth":false}');

        const markup = markupOf(html);
        expect(markup).toContain('<title>Office relocation to Leeds</title>');
        expect(markup).toContain('@media (prefers-color-scheme: dark)');
        // The charts' Mermaid source, HTML-escaped (the network's line breaks are `<br/>`).
        expect(markup).toContain('<pre class="mermaid" id="gantt">gantt\n');
        expect(markup).toContain('    Fit-out:crit, active, t_fitout, 2027-02-15, 2027-03-09\n');
        expect(markup).toContain('<pre class="mermaid" id="network">flowchart LR\n');
        expect(markup).toContain('t_fitout[&#34;fitout&#60;br/&#62;15 Feb → 9 Mar&#60;br/&#62;float 0&#34;]:::critical');
        // The summary and the table.
        expect(markup).toContain('<dt>Critical path</dt><dd><code>fitout</code> → <code>it</code> → <code>moved</code></dd>');
        expect(markup).toContain('<dt>Deadline</dt><dd>2027-06-30 (met)</dd>');
        expect(markup).toMatch(/<tr class="critical"><td><span title="critical">★<\/span><\/td><td><code>fitout<\/code><\/td><td class="name">Fit-out<\/td><td>Delivery<\/td><td class="date">2027-02-15<\/td><td class="date">2027-03-09<\/td><td class="number">16<\/td>/);
        expect(markup.match(/<tr[ >]/g)).toHaveLength(1 + 7);

        // A fresh nonce each time.
        const again = exportHtml(example, 'structure-again').html;
        expect(/'nonce-([^']+)'/.exec(again)![1]).not.toBe(nonce);
    });

    test('every string of the plan is escaped for HTML', () => {
        const file = write('hostile-html/evil.proj', hostilePlan);
        const { html } = exportHtml(file, 'hostile-escaped');
        const markup = markupOf(html);
        expect(markup).not.toMatch(/<(img|svg|b)\b|<script|on(error|load|mouseover)=alert\([^)]*\)>/i);
        const escape = (text: string) => text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
        expect(markup).toContain(`<title>${escape(HOSTILE_TITLE)}</title>`);
        expect(markup).toContain(`<h1>${escape(HOSTILE_TITLE)}</h1>`);
        expect(markup).toContain(`<td class="name">${escape(HOSTILE_NAME)}</td>`);
        expect(markup).toContain(`<td>${escape(HOSTILE_PHASE)}</td>`);
        expect(markup).toContain(`<td class="name">${escape(HOSTILE_MILESTONE)}</td>`);
        // In the chart: Mermaid entities (no HTML metacharacters left to escape).
        expect(markup).toContain('    #60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c:crit, t_hostile');
    });

    test('to standard output when there is no --output', () => {
        // The page is megabytes: more than the harness's buffer.
        const run = spawnSync(process.execPath, [path.join(repoRoot, 'bin', 'proj.js'), 'export', example, '--format', 'html'],
            { cwd: repoRoot, encoding: 'utf-8', maxBuffer: 64 * 1024 * 1024 });
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.startsWith('<!DOCTYPE html>\n')).toBe(true);
        expect(run.stdout.endsWith('</html>\n')).toBe(true);
    });
});

describe('proj export --output', () => {
    test('writes the file, making its folders, and prints nothing', () => {
        for (const format of ['mermaid', 'markdown']) {
            const output = path.join(scratch.dir, 'out', 'deep', 'er', `plan.${format === 'mermaid' ? 'mmd' : 'md'}`);
            const run = proj(['export', example, '--format', format, '--output', output]);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe('');
            expect(run.status).toBe(0);
            // The same text as on standard output.
            expect(readFileSync(output, 'utf-8')).toBe(proj(['export', example, '--format', format]).stdout);
        }
    });

    test('a relative path is taken from the current folder; -o is short for it', () => {
        const run = proj(['export', path.resolve(repoRoot, example), '--format', 'mermaid', '-o', 'rel/gantt.mmd'], scratch.dir);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(path.join(scratch.dir, 'rel', 'gantt.mmd'), 'utf-8').startsWith('gantt\n')).toBe(true);
    });

    test('a path that cannot be written is a usage error', () => {
        const blocker = write('blocked/file', 'not a folder\n');
        const run = proj(['export', example, '--format', 'markdown', '--output', path.join(blocker, 'plan.md')]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toMatch(/^proj: .*plan\.md: cannot write the file \((ENOTDIR|EEXIST)\)\.\n$/);
        expect(run.status).toBe(2);
    });
});

describe('proj export errors, as proj schedule', () => {
    test('a file with errors prints them to stderr, writes nothing, and exits 1', () => {
        const file = write('errors/broken.proj', [
            'project broken {',
            '    start 2027-01-04',
            '    task one "One" { duration 1d after nobody }',
            '    task idle "Idle" { }',
            '}',
            '',
        ].join('\n'));
        for (const format of ['mermaid', 'markdown', 'html']) {
            const output = path.join(scratch.dir, 'errors', `out.${format}`);
            for (const args of [[], ['--output', output]]) {
                const run = proj(['export', file, '--format', format, ...args]);
                expect(run.stdout).toBe('');
                expect(run.stderr).toBe([
                    `${file}:3:40: error: Unknown task, milestone or phase 'nobody'. [proj/unknown-reference]`,
                    `proj: ${file} has errors; fix them to export it.`,
                    '',
                ].join('\n'));
                expect(run.status).toBe(1);
            }
            expect(existsSync(output)).toBe(false);
        }
    });

    test('a project without a start date cannot be exported: exit 1', () => {
        const file = write('no-start/two.proj', twoProjects);
        const run = proj(['export', file, '--project', 'someday', '--format', 'markdown']);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("proj: project 'someday' has no start date, so it cannot be scheduled.\n");
        expect(run.status).toBe(1);
    });

    test('--project picks one of several projects', () => {
        const file = write('select/two.proj', twoProjects);
        const run = proj(['export', file, '--project', 'one', '--format', 'mermaid']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toContain('    A:crit, t_a, 2027-01-04, 2027-01-04');
    });

    test.each([
        [['export', example], "error: required option '--format <format>' not specified"],
        [['export', '--format', 'mermaid'], "error: missing required argument 'file'"],
        [['export', example, '--format', 'pdf'], "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are mermaid, markdown, html."],
        [['export', example, '--format', 'mermaid', '--chart', 'pie'], "error: option '--chart <chart>' argument 'pie' is invalid. Allowed choices are gantt, network."],
        [['export', example, '--format', 'html', '--chart', 'network'], 'proj: --chart applies to --format mermaid only; --format html holds both charts.'],
        [['export', 'examples', '--format', 'html'], 'proj: examples: a folder; proj export takes one .proj file.'],
        [['export', 'examples/no-such.proj', '--format', 'html'], 'proj: examples/no-such.proj: no such file or folder.'],
        [['export', example, '--format', 'html', '--project', 'office'], `proj: ${example}: no project 'office'; the file holds 'office_move'.`],
    ])('proj %j is a usage error', (args, message) => {
        const run = proj(args);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toBe(message);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(run.status).toBe(2);
    });

    test('several projects and no --project is a usage error listing the ids', () => {
        const file = write('several/two.proj', twoProjects);
        const run = proj(['export', file, '--format', 'markdown']);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${file} holds several projects ('one', 'someday'): choose one with --project <id>.\n`);
        expect(run.status).toBe(2);
    });
});

describe.skipIf(chromiumMissing('the browser tests of proj export'))('the HTML page in a real browser (headless Chromium at /usr/bin/chromium), offline', () => {
    // The page holds both charts, the Gantt and the network.
    const { withPage } = useHtmlPages({ screenshots: 'export', charts: 2 });

    test('the example: both charts drawn, one Gantt bar per task, critical work marked, nothing blocked', async () => {
        const { file } = exportHtml(example, 'browser-example');
        await withPage({ file, screenshot: 'office-move' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            // Mermaid draws milestones as `rect.task.milestone` and the status date as `rect.task.vert`.
            expect(await page.locator('#gantt svg rect.task:not(.milestone):not(.vert)').count()).toBe(5);
            expect(await page.locator('#gantt svg rect.task.milestone').count()).toBe(2);
            expect(await page.locator('#gantt svg rect.task.vert').count()).toBe(1);
            // Critical work: fit-out (active and critical) and the IT cut-over.
            expect(await page.locator('#gantt svg rect.task.activeCrit1, #gantt svg rect.task.crit1:not(.milestone)').count()).toBe(2);
            const gantt = await page.locator('#gantt svg').textContent();
            for (const name of ['Draft business case', 'Site survey', 'Fit-out', 'Staff briefings', 'IT cut-over', 'Staff moved', 'Initiation', 'Delivery']) {
                expect(gantt).toContain(name);
            }
            expect(await page.locator('#network svg g.node').count()).toBe(7);
            expect(await page.locator('#network svg g.node.critical').count()).toBe(3);
            expect(await page.locator('table tbody tr').count()).toBe(7);
            expect(await page.title()).toBe('Office relocation to Leeds');
        });
    });

    test('the example in dark mode: a dark page and a dark Mermaid theme', async () => {
        const { file } = exportHtml(example, 'browser-dark');
        await withPage({ file, screenshot: 'office-move-dark', colorScheme: 'dark' }, async ({ page, violations, errors }) => {
            expect(violations).toEqual([]);
            expect(errors).toEqual([]);
            expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(13, 17, 23)');
            expect(await page.locator('#gantt svg rect.task:not(.milestone):not(.vert)').count()).toBe(5);
        });
    });

    test('hostile names show as text: no element, no handler, no dialog, no CSP violation', async () => {
        const file = write('browser-hostile/evil.proj', hostilePlan);
        const { file: html } = exportHtml(file, 'browser-hostile');
        await withPage({ file: html, screenshot: 'hostile' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            expect(await page.title()).toBe(HOSTILE_TITLE);
            expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
            expect(await page.locator('#gantt svg rect.task:not(.milestone):not(.vert)').count()).toBe(2);
            const gantt = await page.locator('#gantt svg').textContent();
            expect(gantt).toContain(HOSTILE_NAME);
            expect(gantt).toContain(HOSTILE_PHASE);
            expect(gantt).toContain(HOSTILE_MILESTONE);
            expect(await page.locator('td.name').first().textContent()).toBe(HOSTILE_NAME);
            // Nothing the names spell became an element or a handler.
            expect(await page.locator('pre.mermaid img, pre.mermaid b, pre.mermaid svg svg').count()).toBe(0);
            expect(await page.locator('img, b, [onerror], [onload], [onmouseover]').count()).toBe(0);
            expect(await page.locator('script').count()).toBe(2);
        });
    });
});
