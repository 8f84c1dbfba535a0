// `proj export`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
// The HTML page is also opened in a real browser (headless Chromium), offline, to see it render.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { chartsDataOf, expectNoProblems, expectSelfContainedPage, markupOf, useHtmlPages, writeHtmlPage } from './support/html-page.js';
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
        // England's public holidays fall outside the plan's 4 January to 9 March: none is listed.
        expect(run.lines).toContain('    excludes saturday, sunday');
        expect(run.lines).toContain('    section Initiation');
        expect(run.lines).toContain('    Fit-out:crit, active, t_fitout, 2027-02-15, 2027-03-09');
        expect(run.lines).toContain('    IT cut-over:crit, t_it, 2027-03-05, 2027-03-09');
        expect(run.lines).toContain('    Staff moved:crit, milestone, t_moved, 2027-03-09, 2027-03-09');
        // Each phase heads its section with a summary bar.
        expect(run.lines).toContain('    Delivery:crit, active, t_delivery, 2027-01-11, 2027-03-09');
        // Text to paste where any Mermaid draws it: the status date a milestone of its own (`vert` needs Mermaid 11.8).
        expect(run.lines.slice(6, 8)).toEqual(['    section Status date', '    Status date:milestone, status_date, 2027-03-01, 2027-03-01']);
        expect(run.stdout).not.toContain('vert');
        // One newline at the end, as any text file.
        expect(run.stdout.endsWith('2027-03-09\n')).toBe(true);
        // `--chart gantt` is the default.
        expect(proj(['export', example, '--format', 'mermaid', '--chart', 'gantt']).stdout).toBe(run.stdout);
    });

    test('each milestone spans the day the schedule puts it on, so that its diamond is drawn inside that day', () => {
        const schedule = JSON.parse(proj(['schedule', example, '--format', 'json']).stdout) as { tasks: Array<{ id: string; start: string; milestone: boolean }> };
        const milestones = schedule.tasks.filter(task => task.milestone);
        expect(milestones.map(milestone => milestone.id)).toEqual(['approval', 'moved']);
        for (const format of ['mermaid', 'markdown']) {
            const lines = proj(['export', example, '--format', format]).lines;
            for (const milestone of milestones) {
                const line = lines.find(text => text.includes(`milestone, t_${milestone.id},`));
                expect(line, `${format}: ${milestone.id}`).toMatch(new RegExp(`, t_${milestone.id}, ${milestone.start}, ${milestone.start}$`));
            }
        }
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
        expect(run.lines).toContain('    t_fitout["Fit-out<br/>15 Feb → 9 Mar<br/>float 0"]:::critical');
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
        expect(run.lines).toContain('    Status date:milestone, status_date, 2027-03-01, 2027-03-01');
        expect(run.stdout).not.toContain('vert');
        // The example's network is deeper than it is wide: on GitHub's page it runs down.
        expect(run.lines[run.lines.indexOf('```mermaid', gantt + 1) + 1]).toBe('flowchart TB');
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
    test('one self-contained page: CSP with a nonce on its one script, the preview\'s renderer inlined, nothing loaded', () => {
        const { html } = exportHtml(example, 'structure');
        const nonce = expectSelfContainedPage(html);

        const markup = markupOf(html);
        expect(markup).toContain('<title>Office relocation to Leeds</title>');
        expect(markup).toContain('@media (prefers-color-scheme: dark)');
        // Where the renderer draws, and what from: the rows and links of the schedule, as the preview gets them.
        expect(markup).toContain('<figure class="chart proj-gantt-figure" id="proj-gantt-figure" aria-label="Gantt chart"></figure>');
        expect(markup).toContain('<div class="chart" id="proj-network-figure" aria-label="Critical path network"></div>');
        const charts = chartsDataOf(html);
        expect(charts.gantt!.status).toBe('2027-03-01');
        expect(charts.gantt!.view.mermaid).toContain('    Fit-out:crit, active, t_fitout, 2027-02-15, 2027-03-09\n');
        expect(charts.gantt!.view.rows.map(row => row.id)).toEqual(['initiation', 'business_case', 'approval', 'delivery', 'survey', 'fitout', 'briefing', 'it', 'moved']);
        expect(charts.gantt!.view.links).toContainEqual({ from: 'survey', to: 'fitout', type: 'FS', lag: '+2d', critical: false, source: { item: 'fitout', index: 0 } });
        expect(charts.network!.mermaid.startsWith('flowchart')).toBe(true);
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
        // In the charts' data: Mermaid entities in the chart text, the names as written (the renderer
        // makes them text nodes), every `<` escaped so that nothing ends the data's element.
        const charts = chartsDataOf(html);
        expect(charts.gantt!.view.mermaid).toContain('    #60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c:crit, t_hostile');
        expect(charts.gantt!.view.rows.map(row => row.title)).toContain(HOSTILE_NAME);
    });

    test('to standard output when there is no --output', () => {
        // The page, its renderer inlined, is about a megabyte: more than the harness's buffer.
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
        [['export', example, '--format', 'pdf'], "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are mermaid, markdown, html, svg, mspdi, ics."],
        [['export', example, '--format', 'mermaid', '--chart', 'pie'], "error: option '--chart <chart>' argument 'pie' is invalid. Allowed choices are gantt, network."],
        [['export', example, '--format', 'html', '--chart', 'network'], 'proj: --chart applies to --format mermaid and svg only; --format html holds both charts.'],
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

    test('the example: the preview\'s Gantt picture (bars, arrows, progress, table, legend) and network, nothing blocked', async () => {
        const { file } = exportHtml(example, 'browser-example');
        await withPage({ file, screenshot: 'office-move' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            const gantt = page.locator('#proj-gantt-figure');
            expect(await gantt.locator('svg.proj-chart rect.proj-bar').count()).toBe(9);
            expect(await gantt.locator('svg.proj-chart rect.proj-bar-milestone').count()).toBe(2);
            expect(await gantt.locator('svg.proj-chart path.proj-link').count()).toBe(6);
            expect(await gantt.locator('svg.proj-chart path.proj-link-critical').count()).toBe(2);
            expect(await gantt.locator('svg.proj-chart rect.proj-progress').count()).toBe(2);
            expect(await gantt.locator('svg.proj-chart rect.proj-status-line').count()).toBe(1);
            expect(await gantt.locator('.proj-gantt-table-body .proj-gantt-row').count()).toBe(9);
            expect(await gantt.locator('.proj-gantt-legend li').count()).toBeGreaterThanOrEqual(8);
            // Nothing to fold or reveal outside the editor.
            expect(await gantt.locator('.proj-fold').count()).toBe(0);
            const text = await gantt.textContent();
            for (const name of ['Draft business case', 'Site survey', 'Fit-out', 'Staff briefings', 'IT cut-over', 'Staff moved', 'Initiation', 'Delivery']) {
                expect(text).toContain(name);
            }
            expect(await page.locator('#proj-network-figure svg g.node').count()).toBe(7);
            expect(await page.locator('section[aria-labelledby="schedule-heading"] table tbody tr').count()).toBe(7);
            expect(await page.title()).toBe('Office relocation to Leeds');
        });
    });

    test('the example in dark mode: a dark page, and the charts in dark colours on it', async () => {
        const { file } = exportHtml(example, 'browser-dark');
        await withPage({ file, screenshot: 'office-move-dark', colorScheme: 'dark' }, async ({ page, violations, errors }) => {
            expect(violations).toEqual([]);
            expect(errors).toEqual([]);
            expect(await page.evaluate<string>('getComputedStyle(document.body).backgroundColor')).toBe('rgb(13, 17, 23)');
            expect(await page.locator('#proj-gantt-figure svg.proj-chart rect.proj-bar').count()).toBe(9);
            // The chart's background is the page's dark surface.
            expect(await page.evaluate<string>('document.querySelector("#proj-gantt-figure svg.proj-chart").style.background')).toBe('rgb(21, 27, 35)');
        });
    });

    test('hostile names show as text: no element, no handler, no dialog, no CSP violation', async () => {
        const file = write('browser-hostile/evil.proj', hostilePlan);
        const { file: html } = exportHtml(file, 'browser-hostile');
        await withPage({ file: html, screenshot: 'hostile' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            expect(await page.title()).toBe(HOSTILE_TITLE);
            expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
            expect(await page.locator('#proj-gantt-figure svg.proj-chart rect.proj-bar').count()).toBe(4);
            const gantt = await page.locator('#proj-gantt-figure').textContent();
            expect(gantt).toContain(HOSTILE_NAME);
            expect(gantt).toContain(HOSTILE_PHASE);
            expect(gantt).toContain(HOSTILE_MILESTONE);
            expect(await page.locator('#proj-gantt-figure .proj-gantt-row[data-proj-id="hostile"] .proj-row-name').textContent()).toBe(HOSTILE_NAME);
            expect(await page.locator('td.name').first().textContent()).toBe(HOSTILE_NAME);
            // Nothing the names spell became an element or a handler.
            expect(await page.locator('img, b, [onerror], [onload], [onmouseover]').count()).toBe(0);
            expect(await page.locator('script').count()).toBe(2);
        });
    });

    test('a name that reads as maths to Mermaid ($$…$$) shows as written in both charts: the page carries no maths renderer', async () => {
        const name = 'Budget $$x^2$$ of $5';
        const file = write('browser-dollars/dollars.proj', [
            'project dollars "Dollars" {', '    start 2027-01-04',
            `    task money "${name}" { duration 2d }`, '    milestone paid "Paid" { after money }', '}', '',
        ].join('\n'));
        const { file: html } = exportHtml(file, 'browser-dollars');
        await withPage({ file: html, screenshot: 'dollars' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            // The two dollars kept apart by an invisible word joiner.
            const shown = (text: string | null) => text?.replace(/\u2060/g, '');
            expect(shown(await page.locator('#proj-gantt-figure').textContent())).toContain(name);
            expect(shown(await page.locator('#proj-network-figure svg g.node').first().textContent())).toContain(name);
            expect(await page.locator('math, .katex').count()).toBe(0);
        });
    });
});

describe.skipIf(chromiumMissing('proj export --format svg'))('proj export --format svg, drawn in the machine\'s Chromium', () => {
    test('the Gantt picture as one standalone SVG: the table, the scale, the bars with their arrows, the legend', () => {
        const output = path.join(scratch.dir, 'svg', 'gantt.svg');
        const run = proj(['export', example, '--format', 'svg', '-o', output]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const svg = readFileSync(output, 'utf-8');
        expect(svg.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
        expect(svg.match(/class="proj-link( proj-link-critical)?"/g)).toHaveLength(6);
        for (const text of ['>Task<', '>Draft business case<', '>Staff moved<', '>+2d<', '>Critical<', '>March 2027<']) {
            expect(svg).toContain(text);
        }
        expect(svg).not.toMatch(/data-proj-id|tabindex|<script/);
    });

    test('the network, in dark colours', () => {
        const run = proj(['export', example, '--format', 'svg', '--chart', 'network', '--theme', 'dark']);
        expect(run.status).toBe(0);
        expect(run.stdout.startsWith('<?xml')).toBe(true);
        expect(run.stdout.match(/<g class="node [^"]*" id="[^"]*-flowchart-t_/g)?.length).toBe(7);
    });

    test('without a browser: a clear usage error naming PROJ_CHROMIUM', () => {
        const run = proj(['export', example, '--format', 'svg'], { env: { PROJ_CHROMIUM: '/nowhere/chromium' } });
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('proj: PROJ_CHROMIUM names /nowhere/chromium, which does not exist.\n');
    });

    test('--theme belongs to --format svg', () => {
        const run = proj(['export', example, '--format', 'html', '--theme', 'dark']);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('--theme applies to --format svg only.');
    });
});
