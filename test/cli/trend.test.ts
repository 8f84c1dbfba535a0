// `proj trend`, run as users run it: the built binary (`npm test` builds first), on a real git
// repository in a temporary folder with commits on given dates, a tag, a rename, a branch and its
// merge, and a commit whose plan has an error. Every figure is worked by hand below. The Markdown's
// Mermaid and the HTML page are drawn in headless Chromium, offline.
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { useChromium } from '../support/chromium-suite.js';
import { GitPlanRepository } from '../support/git-plan-repository.js';
// HOSTILE_SUBJECT: text from git that must stay text in Markdown and HTML, and out of Mermaid.
import { HOSTILE_SUBJECT, officeMovePlan as plan, type Version } from '../support/trend-plans.js';
import { expectNoProblems, useHtmlPages } from './support/html-page.js';
import { expectWellFormedTables, markdownCells } from './support/markdown-table.js';
import { mermaidBlocks, mermaidPage } from './support/mermaid-page.js';
import { proj, repoRoot, useScratchFolder, type Run } from './support/proj-command.js';

const scratch = useScratchFolder('proj-trend-');

const AT_15_MARCH: Version = { status: '2027-03-15', fitout: [13, 40, 9000], early: true };

let repository: GitPlanRepository;
const commits: Record<string, string> = {};
const file = () => repository.path('plans/office-move.proj');

/** `git merge` on a date, as `commit` does. */
function merge(branch: string, message: string, date: string): string {
    const when = `${date}T12:00:00Z`;
    repository.git('merge', '--no-ff', '-q', '-m', message, branch, { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
    return repository.git('rev-parse', 'HEAD').trim();
}

beforeAll(() => {
    repository = GitPlanRepository.create();
    const office = 'plans/office.proj';
    commits.approved = repository.write(office, plan({ fitout: [10] })).commit('Approved plan', '2027-02-15');
    repository.tag('v1-approved');
    commits.longer = repository.write(office, plan({ fitout: [13], early: true })).commit(HOSTILE_SUBJECT, '2027-02-22');
    commits.status10 = repository.write(office, plan({ status: '2027-03-10', fitout: [13, 10, 2500], early: true })).commit('Status at 10 March', '2027-03-10');
    repository.move(office, 'plans/office-move.proj');
    commits.renamed = repository.commit('Rename the plan', '2027-03-11');
    commits.broken = repository.write('plans/office-move.proj', plan({ status: '2027-03-10', fitout: [13, 10, 2500], early: true, after: 'nobody' }))
        .commit('Depend on a task that does not exist', '2027-03-12');
    // An unrelated commit: not a row.
    repository.write('README.md', 'Office move\n').commit('Readme', '2027-03-13');
    commits.status15 = repository.write('plans/office-move.proj', plan(AT_15_MARCH)).commit('Status at 15 March', '2027-03-15');
    repository.tag('status-15');
    repository.git('checkout', '-q', '-b', 'risks');
    commits.permits = repository.write('plans/office-move.proj', plan({ ...AT_15_MARCH, permits: true })).commit('Permits risk', '2027-03-16');
    repository.git('checkout', '-q', 'main');
    commits.snagging = repository.write('plans/office-move.proj', plan({ ...AT_15_MARCH, snagging: true })).commit('Snagging', '2027-03-17');
    commits.merged = merge('risks', 'Merge the risks', '2027-03-18');
});

afterAll(() => repository?.remove());

function trendJson(args: string[] = []): { run: Run; trend: any } {
    const run = proj(['trend', file(), '--format', 'json', ...args]);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return { run, trend: JSON.parse(run.stdout) };
}

/** The figures of each row, as a table a person can check: subject, finish, variance, SPI, CPI, EAC, exposure. */
const figures = (rows: any[]) => rows.map(row => [row.subject, row.finish, row.finishVariance, row.spi, row.cpi, row.eac, row.riskExposure]);

describe('proj trend', () => {
    test('the merged file holds both branches\' changes', () => {
        expect(readFileSync(file(), 'utf-8')).toBe(plan({ ...AT_15_MARCH, snagging: true, permits: true }));
    });

    test('a row per commit that changed the plan, oldest first, through the rename and the merge, with figures worked by hand', () => {
        const { trend } = trendJson();
        expect(Object.keys(trend)).toEqual(['project', 'path', 'since', 'shallow', 'currency', 'reference', 'rows']);
        expect(trend).toMatchObject({ project: 'office', path: 'plans/office-move.proj', since: null, shallow: false, currency: 'GBP' });
        // No baseline named: the variance counts from the oldest version, finishing Fri 19 Mar.
        expect(trend.reference).toEqual({ kind: 'oldest', revision: null, commit: commits.approved, date: '2027-02-15', finish: '2027-03-19', unusedBaseline: null });
        expect(trend.rows.map((row: any) => row.commit)).toEqual([
            commits.approved, commits.longer, commits.status10, commits.renamed, commits.broken, commits.status15, commits.permits, commits.snagging, commits.merged,
        ]);
        expect(trend.rows.map((row: any) => [row.date, row.path, row.reference])).toEqual([
            ['2027-02-15', 'plans/office.proj', true],
            ['2027-02-22', 'plans/office.proj', false],
            ['2027-03-10', 'plans/office.proj', false],
            ['2027-03-11', 'plans/office-move.proj', false],
            ['2027-03-12', 'plans/office-move.proj', false],
            ['2027-03-15', 'plans/office-move.proj', false],
            ['2027-03-16', 'plans/office-move.proj', false],
            ['2027-03-17', 'plans/office-move.proj', false],
            ['2027-03-18', 'plans/office-move.proj', false],
        ]);
        expect(figures(trend.rows)).toEqual([
            // Survey 1–5 Mar, fit-out 10 days 8–19 Mar. No status date: nothing measured. One risk, 3 × 4.
            ['Approved plan', '2027-03-19', 0, null, null, null, 12],
            // The fit-out takes 13 days, 8–24 Mar: 3 working days later (22, 23, 24). The opportunity is no exposure.
            [HOSTILE_SUBJECT, '2027-03-24', 3, null, null, null, 12],
            // Status Wed 10 Mar; fit-out 10% done: 13 − round(1.3) = 12 days left from Thu 11 Mar, to Fri 26 Mar (+5).
            // PV: survey £1,000 + 3 of the fit-out's 13 planned days (8–10 Mar) × £20,000 = £5,615.38. EV: £1,000 + 10%
            // of £20,000 = £3,000. AC: £1,200 + £2,500 = £3,700. SPI 3,000 / 5,615.38 = 0.5342; CPI 3,000 / 3,700 =
            // 0.8108; EAC £21,000 / 0.8108 = £25,900.
            ['Status at 10 March', '2027-03-26', 5, 0.5342, 0.8108, 25900, 12],
            // A pure rename: the same plan.
            ['Rename the plan', '2027-03-26', 5, 0.5342, 0.8108, 25900, 12],
            // Errors: no figures.
            ['Depend on a task that does not exist', null, null, null, null, null, null],
            // Status Mon 15 Mar; fit-out 40% done: 13 − round(5.2) = 8 days from Tue 16 Mar, to Thu 25 Mar (+4).
            // PV: £1,000 + 6 of 13 days (8–15 Mar) × £20,000 = £10,230.77. EV £1,000 + £8,000 = £9,000; AC £1,200 +
            // £9,000 = £10,200. SPI 0.8797; CPI 0.8824; EAC £21,000 × 10,200 / 9,000 = £23,800.
            ['Status at 15 March', '2027-03-25', 4, 0.8797, 0.8824, 23800, 12],
            // On the branch: a second risk, 2 × 5.
            ['Permits risk', '2027-03-25', 4, 0.8797, 0.8824, 23800, 22],
            // On main: snagging, 2 days after the fit-out (26 and 29 Mar), £2,000 more and nothing of it due yet:
            // +6; EAC £23,000 × 10,200 / 9,000 = £26,066.67.
            ['Snagging', '2027-03-29', 6, 0.8797, 0.8824, 26066.67, 12],
            // The merge holds both.
            ['Merge the risks', '2027-03-29', 6, 0.8797, 0.8824, 26066.67, 22],
        ]);
        expect(trend.rows.map((row: any) => row.status)).toEqual([null, null, '2027-03-10', '2027-03-10', null, '2027-03-15', '2027-03-15', '2027-03-15', '2027-03-15']);
    });

    test('a commit whose plan has errors keeps its row, marked with the reason', () => {
        const { trend } = trendJson();
        const broken = trend.rows.find((row: any) => row.commit === commits.broken);
        expect(broken).toEqual({
            commit: commits.broken, date: '2027-03-12', subject: 'Depend on a task that does not exist', path: 'plans/office-move.proj', reference: false,
            status: null, finish: null, finishVariance: null, spi: null, cpi: null, eac: null, riskExposure: null,
            problem: "it has errors (line 6: Unknown task, milestone or phase 'nobody'.)",
        });
        expect(trend.rows.filter((row: any) => row.problem !== null)).toHaveLength(1);
    });

    test('the table: what the variance counts from, a line per commit, the reference and the broken commit marked, why below', () => {
        const run = proj(['trend', file()]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines.slice(0, 3)).toEqual([
            'office · Office move · 9 commits of plans/office-move.proj',
            `Finish variance in working days against the oldest version measured: ${commits.approved.slice(0, 7)} of 2027-02-15, finishing 2027-03-19.`,
            '',
        ]);
        expect(run.lines[3].split(/\s+/).filter(Boolean)).toEqual(['Date', 'Commit', 'Finish', 'Variance', 'SPI', 'CPI', 'EAC', 'Exposure', 'Subject']);
        // The mark, then the cells, two spaces or more apart.
        const cells = (line: string) => [line[0].trim(), ...line.slice(2).split(/\s{2,}/).map(cell => cell.trim())];
        expect(cells(run.lines[4])).toEqual(['=', '2027-02-15', commits.approved.slice(0, 7), '2027-03-19', '0', '–', '–', '–', '12', 'Approved plan']);
        expect(cells(run.lines[6])).toEqual(['', '2027-03-10', commits.status10.slice(0, 7), '2027-03-26', '+5', '0.53', '0.81', '25,900', '12', 'Status at 10 March']);
        expect(cells(run.lines[8])).toEqual(['!', '2027-03-12', commits.broken.slice(0, 7), '–', '–', '–', '–', '–', '–', 'Depend on a task that does not exist']);
        expect(run.lines.slice(13)).toEqual([
            '',
            `! ${commits.broken.slice(0, 7)}: it has errors (line 6: Unknown task, milestone or phase 'nobody'.)`,
            '',
            '= the reference · ! not measured at that commit · variance in working days (+ later) · SPI, CPI and EAC at each version\'s status date, EAC in GBP · exposure: the open risks\' scores (likelihood × impact) added up',
        ]);
    });

    test('--since starts from the plan as it was at the revision: the reference is then the oldest version from there', () => {
        const { trend } = trendJson(['--since', 'status-15']);
        expect(trend.since).toBe('status-15');
        expect(trend.rows.map((row: any) => row.commit)).toEqual([commits.status15, commits.permits, commits.snagging, commits.merged]);
        // From Thu 25 Mar: snagging finishes Mon 29 Mar, 2 working days later.
        expect(trend.rows.map((row: any) => row.finishVariance)).toEqual([0, 0, 2, 2]);
        expect(trend.reference).toMatchObject({ kind: 'oldest', commit: commits.status15, finish: '2027-03-25' });

        // A revision that changed something else: the plan as it was then is the newest version in its history.
        const readme = repository.git('rev-parse', 'HEAD~1^1~1').trim();
        expect(repository.git('log', '-1', '--format=%s', readme).trim()).toBe('Readme');
        const fromReadme = trendJson(['--since', readme]).trend;
        expect(fromReadme.rows.map((row: any) => row.commit)).toEqual([commits.broken, commits.status15, commits.permits, commits.snagging, commits.merged]);
        // The oldest version (broken) cannot be measured: the reference is the oldest that can.
        expect(fromReadme.reference.commit).toBe(commits.status15);
        expect(fromReadme.rows[0].reference).toBe(false);
    });

    test('an unknown --since, a folder and a plan outside git are clear errors (exit 2); nothing is written', () => {
        const unknown = proj(['trend', file(), '--since', 'v9']);
        expect(unknown.stdout).toBe('');
        expect(unknown.stderr).toBe(`proj: ${file()}: git knows no revision 'v9'.\n`);
        expect(unknown.status).toBe(2);

        const folder = proj(['trend', repository.path('plans')]);
        expect(folder.stderr).toBe(`proj: ${repository.path('plans')}: a folder; proj trend takes one .proj file.\n`);
        expect(folder.status).toBe(2);

        const outside = scratch.write('outside/office.proj', plan({ fitout: [10] }));
        const run = proj(['trend', outside]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${outside}: not in a git repository, so it has no history.\n`);
        expect(run.status).toBe(2);
    });

    test('a plan not committed yet has no history', () => {
        const untracked = repository.write('plans/draft.proj', plan({ fitout: [10] })).path('plans/draft.proj');
        try {
            const run = proj(['trend', untracked]);
            expect(run.stderr).toBe(`proj: ${untracked}: no commit has it yet: commit it to start its history.\n`);
            expect(run.status).toBe(2);
        } finally {
            repository.git('clean', '-fq', 'plans/draft.proj');
        }
    });

    test('a shallow clone: the rows it has, and a warning that the history stops early', () => {
        const clone = path.join(scratch.dir, 'shallow');
        repository.git('clone', '-q', '--depth', '2', `file://${repository.root}`, clone);
        const run = proj(['trend', path.join(clone, 'plans', 'office-move.proj'), '--format', 'json']);
        expect(run.status).toBe(0);
        const trend = JSON.parse(run.stdout);
        expect(trend.shallow).toBe(true);
        // Two commits deep: the merge and both its parents.
        expect(trend.rows.map((row: any) => row.subject)).toEqual(['Permits risk', 'Snagging', 'Merge the risks']);
        expect(run.stderr).toBe(`proj: warning: This is a shallow clone, so the history stops early: 3 commits of plans/office-move.proj read, the oldest ${commits.permits.slice(0, 7)} of 2027-03-16. `
            + 'Fetch the rest (git fetch --unshallow) for the whole trend.\n');
    });

    test('--format markdown: the reference, the charts as ```mermaid blocks, a table row per commit, every text from git escaped', () => {
        const run = proj(['trend', file(), '--format', 'markdown']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const markdown = run.stdout;
        expect(run.lines.slice(0, 6)).toEqual([
            '# Trend: Office move',
            '',
            '- **Project:** `office`',
            '- **History:** 9 commits of plans/office-move.proj',
            `- **Reference:** Finish variance in working days against the oldest version measured: ${commits.approved.slice(0, 7)} of 2027-02-15, finishing 2027-03-19.`,
            '',
        ]);
        expect(run.lines.filter(line => line === '```mermaid')).toHaveLength(3);
        const gantt = mermaidBlocks(markdown)[0];
        expect(gantt.split('\n').slice(0, 7)).toEqual([
            'gantt', '    dateFormat YYYY-MM-DD', '    axisFormat %d %b %Y', '    todayMarker off',
            '    section Reference', '    Reference finish :milestone, reference, 2027-03-19, 0d', '    section Forecast by commit',
        ]);
        // A milestone per commit that could be scheduled; later than the reference in the critical colour.
        expect(gantt).toContain(`    15 Feb 2027 ${commits.approved.slice(0, 7)} :milestone, c0, 2027-03-19, 0d\n`);
        expect(gantt).toContain(`    22 Feb 2027 ${commits.longer.slice(0, 7)} :crit, milestone, c1, 2027-03-24, 0d\n`);
        expect(gantt.match(/:(crit, )?milestone, c\d/g)).toHaveLength(8);
        const spi = mermaidBlocks(markdown)[1];
        expect(spi).toContain('    x-axis ["10 Mar", "11 Mar", "15 Mar", "16 Mar", "17 Mar", "18 Mar"]\n');
        expect(spi).toContain('    line [0.53, 0.53, 0.88, 0.88, 0.88, 0.88]\n');
        expect(spi).toContain('    y-axis "SPI" 0.5 --> 1.1\n');

        expect(expectWellFormedTables(markdown)).toBe(1);
        const table = run.lines.filter(line => line.startsWith('|'));
        expect(markdownCells(table[0])).toEqual(['Date', 'Commit', 'Finish', 'Variance', 'SPI', 'CPI', 'EAC', 'Exposure', 'Subject', 'Note']);
        expect(table).toHaveLength(2 + 9);
        expect(markdownCells(table[2]).at(-1)).toBe('reference');
        expect(markdownCells(table[6]).at(-1)).toBe("⚠ it has errors (line 6: Unknown task, milestone or phase 'nobody'.)");
        // The hostile subject: entities and backslashes, no markup, no link, no broken cell.
        expect(markdownCells(table[3])[8]).toBe('Fit-out &lt;img src=x onerror=alert(1)&gt; \\| \\*13 days\\* \\[x\\](javascript:alert(2))');
        expect(markdown).not.toContain('<img');
        for (const block of mermaidBlocks(markdown)) {
            expect(block).not.toMatch(/img|alert|Fit-out/);
        }
    });

    test('--format html: one static page, the charts inline SVG, no script, every text from git escaped', () => {
        const output = path.join(scratch.dir, 'html', 'trend.html');
        const run = proj(['trend', file(), '--format', 'html', '--output', output]);
        expect(run.stderr).toBe('');
        expect(run.stdout).toBe('');
        expect(run.status).toBe(0);
        const html = readFileSync(output, 'utf-8');
        expect(html).toContain('<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; style-src \'unsafe-inline\'; img-src data:">');
        expect(html).not.toMatch(/<script\b/);
        // No element loads anything (the hostile subject's `src=` is text, escaped).
        expect(html).not.toMatch(/<[^>]*\b(src|href)=|<link\b|<iframe\b|<img\b|https?:\/\/(?!www\.w3\.org\/2000\/svg)/i);
        expect(html).toContain(`<td>${HOSTILE_SUBJECT.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`)}</td>`);
        expect(html.match(/<svg class="time-line-chart"/g)).toHaveLength(2);
    });

    test('a baseline the plan names is the reference, and planned value comes from it, as proj evm measures', () => {
        commits.baselined = repository.write('plans/office-move.proj', plan({ ...AT_15_MARCH, snagging: true, permits: true, baseline: true }))
            .commit('Measure against the approved baseline', '2027-03-19');
        const { trend } = trendJson();
        expect(trend.reference).toEqual({ kind: 'baseline', revision: 'v1-approved', commit: commits.approved, date: '2027-02-15', finish: '2027-03-19', unusedBaseline: null });
        // Planned value from the baseline's dates and budgets (survey £1,000 on 1–5 Mar, fit-out £20,000 over 10 days
        // from 8 Mar; no snagging). At 10 Mar: £1,000 + 3 of 10 days × £20,000 = £7,000, so SPI 3,000 / 7,000 = 0.4286.
        // At 15 Mar: £1,000 + 6 of 10 days = £13,000, so SPI 9,000 / 13,000 = 0.6923. CPI and EAC do not change.
        expect(trend.rows.map((row: any) => row.spi)).toEqual([null, null, 0.4286, 0.4286, null, 0.6923, 0.6923, 0.6923, 0.6923, 0.6923]);
        expect(figures(trend.rows.slice(-2))).toEqual([
            ['Merge the risks', '2027-03-29', 6, 0.6923, 0.8824, 26066.67, 22],
            ['Measure against the approved baseline', '2027-03-29', 6, 0.6923, 0.8824, 26066.67, 22],
        ]);
        const evm = JSON.parse(proj(['evm', file(), '--format', 'json']).stdout);
        expect(evm.lines.at(-1)).toMatchObject({ spi: 0.6923, cpi: 0.8824, eac: 26066.67 });

        // From a revision after the baseline, the baseline is not among the versions: the oldest is the reference.
        const since = trendJson(['--since', 'status-15']).trend;
        expect(since.reference).toMatchObject({
            kind: 'oldest', commit: commits.status15,
            unusedBaseline: { revision: 'v1-approved', reason: "'v1-approved' is before the versions read (see --since)" },
        });
        // Planned value still comes from the baseline.
        expect(since.rows.map((row: any) => [row.finishVariance, row.spi])).toEqual([[0, 0.6923], [0, 0.6923], [2, 0.6923], [2, 0.6923], [2, 0.6923]]);
        expect(proj(['trend', file(), '--since', 'status-15']).lines[1]).toBe(`Finish variance in working days against the oldest version measured: ${commits.status15.slice(0, 7)} of 2027-03-15, `
            + "finishing 2027-03-25. The plan's baseline 'v1-approved' is not used: 'v1-approved' is before the versions read (see --since).");
    });
});

describe.skipIf(chromiumMissing('the browser tests of proj trend'))('proj trend in a real browser (headless Chromium at /usr/bin/chromium), offline', () => {
    const screenshots = path.join(repoRoot, 'test-results', 'trend');

    describe('the Markdown\'s Mermaid, drawn by Mermaid itself with GitHub\'s settings (strict, default theme)', () => {
        const browser = useChromium();

        test('each chart renders: the forecast finish as milestones on a time axis, SPI and CPI as lines', async () => {
            const markdown = proj(['trend', file(), '--format', 'markdown']).stdout;
            const page = await mermaidPage(browser());
            const drawn = await page.evaluate(async blocks => {
                const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
                const charts = [];
                for (const [index, text] of blocks.entries()) {
                    const { svg } = await mermaid.render(`trend${index}`, text);
                    const figure = document.createElement('figure');
                    figure.innerHTML = svg;
                    document.body.append(figure);
                    const chart = figure.querySelector('svg')!;
                    charts.push({
                        kind: chart.getAttribute('aria-roledescription'),
                        milestones: chart.querySelectorAll('rect.milestone').length,
                        critical: chart.querySelectorAll('rect.milestone.crit, rect.milestone[class*="crit"]').length,
                        // xychart's line: one path in the palette's colour, a point per commit.
                        lines: Array.from(chart.querySelectorAll('path[stroke="#0969da"]')).map(line => (line.getAttribute('d') ?? '').split('L').length),
                        errors: chart.querySelectorAll('.error-icon, .error-text').length,
                    });
                }
                return charts;
            }, mermaidBlocks(markdown));
            await page.screenshot({ path: path.join(screenshots, 'markdown-mermaid.png'), fullPage: true });
            await page.close();
            expect(drawn).toEqual([
                // The reference and the 9 commits that could be scheduled (the baseline's commit added above); 8 later than the reference.
                { kind: 'gantt', milestones: 10, critical: 8, lines: [], errors: 0 },
                { kind: 'xychart', milestones: 0, critical: 0, lines: [7], errors: 0 },
                { kind: 'xychart', milestones: 0, critical: 0, lines: [7], errors: 0 },
            ]);
        });
    });

    describe('the HTML page', () => {
        const { withPage } = useHtmlPages({ screenshots: 'trend', charts: 0 });

        test('both charts drawn, a point per measured commit, hostile text as text, nothing blocked', async () => {
            const output = path.join(scratch.dir, 'html', 'browser.html');
            expect(proj(['trend', file(), '--format', 'html', '--output', output]).status).toBe(0);
            for (const colorScheme of ['light', 'dark'] as const) {
                await withPage({ file: output, screenshot: `trend-${colorScheme}`, colorScheme }, async ({ page, ...problems }) => {
                    expectNoProblems(problems);
                    expect(await page.title()).toBe('Trend: Office move');
                    // A point per commit with a forecast finish (the broken one is a gap); SPI and CPI from the first status date.
                    expect(await page.locator('#finish-chart svg > g.series-first > circle').count()).toBe(9);
                    expect(await page.locator('#index-chart svg > g.series-first > circle').count()).toBe(7);
                    expect(await page.locator('#index-chart svg > g.series-second > circle').count()).toBe(7);
                    expect(await page.locator('#commits-table tbody tr').count()).toBe(10);
                    expect(await page.locator('#commits-table tbody tr.problem td').nth(9).textContent()).toBe("it has errors (line 6: Unknown task, milestone or phase 'nobody'.)");
                    expect(await page.locator('#commits-table tbody tr').nth(1).locator('td').nth(8).textContent()).toBe(HOSTILE_SUBJECT);
                    expect(await page.locator('img').count()).toBe(0);
                });
            }
        });
    });
});
