// `proj risk`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { expectNoProblems, expectSelfContainedPage, markupOf, useHtmlPages, writeHtmlPage } from './support/html-page.js';
import { proj, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-risk-');

/** A plan of one 10-day task, Mon 4 to Fri 15 Jan 2027, and what else is given. */
const oneTask = (task: string, more = '') => `project p "One task" {
    start 2027-01-04
    deadline 2027-01-20
    ${more}
    task a "Build" { duration 10d ${task} }
    milestone done "Done" { after a }
}
`;

function json(args: string[]): Record<string, any> {
    const run = proj(['risk', ...args, '--format', 'json']);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout);
}

describe('proj risk', () => {
    test('a plan with nothing uncertain: every percentile is the planned finish, and the dates are met or missed outright', () => {
        const risk = json([scratch.write('fixed/plan.proj', oneTask(''))]);
        expect(risk.plannedFinish).toBe('2027-01-15');
        expect(risk.finish).toEqual({ p10: '2027-01-15', p50: '2027-01-15', p80: '2027-01-15', p90: '2027-01-15' });
        expect(risk.milestones).toEqual([{ id: 'done', name: 'Done', planned: '2027-01-15', finish: risk.finish }]);
        expect(risk.dates).toEqual([{ kind: 'deadline', date: '2027-01-20', probability: 1 }]);
        expect(risk.tasks.map((task: { id: string; criticality: number }) => [task.id, task.criticality])).toEqual([['a', 1], ['done', 1]]);
        expect(risk.cost).toBeNull();
    });

    test('a risk of 30% adding a fixed 5 days: P50 the plan, P80 five working days later, and it occurred in about 30% of iterations', () => {
        const risk = json([scratch.write('delay/plan.proj', oneTask('', 'risk late "Late delivery" { probability 30% delay 5d affects a }'))]);
        // Five working days after Fri 15 Jan: Fri 22 Jan.
        expect(risk.finish).toEqual({ p10: '2027-01-15', p50: '2027-01-15', p80: '2027-01-22', p90: '2027-01-22' });
        expect(risk.risks).toHaveLength(1);
        expect(risk.risks[0]).toMatchObject({ id: 'late', name: 'Late delivery', opportunity: false });
        // 10,000 iterations: the standard error of a share of 0.3 is 0.0046.
        expect(Math.abs(risk.risks[0].occurred - 0.3)).toBeLessThan(0.015);
        // The deadline, Wed 20 Jan, is met only where the risk does not occur.
        expect(risk.dates[0].probability).toBeCloseTo(1 - risk.risks[0].occurred, 10);
        expect(risk.histogram.bins.reduce((total: number, bin: { count: number }) => total + bin.count, 0)).toBe(10_000);
    });

    test('the same seed gives byte-identical JSON; another seed agrees within sampling error', () => {
        const file = scratch.write('seeds/plan.proj', oneTask('uncertainty -10% +50%', 'risk late { probability 40% delay 2d 4d 8d affects a }'));
        const first = proj(['risk', file, '--format', 'json', '--seed', '42', '--iterations', '4000']);
        const again = proj(['risk', file, '--format', 'json', '--seed', '42', '--iterations', '4000']);
        expect(first.status).toBe(0);
        expect(again.stdout).toBe(first.stdout);
        const other = JSON.parse(proj(['risk', file, '--format', 'json', '--seed', '43', '--iterations', '4000']).stdout);
        const mine = JSON.parse(first.stdout);
        expect(other.seed).toBe(43);
        expect(other.risks[0].occurred).not.toBe(mine.risks[0].occurred);
        expect(Math.abs(other.risks[0].occurred - mine.risks[0].occurred)).toBeLessThan(0.04);
        expect(Math.abs(other.dates[0].probability - mine.dates[0].probability)).toBeLessThan(0.04);
    });

    test('the example: the finish of the project and of each milestone, the dates, the work that drives it, the risks', () => {
        const run = proj(['risk', example]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('office_move · Office relocation to Leeds · schedule risk · 10,000 iterations, seed 1');
        expect(run.lines[2].split(/\s+/).filter(Boolean)).toEqual(['Finish', 'of', 'Name', 'Planned', 'P10', 'P50', 'P80', 'P90']);
        expect(run.lines[3].trim().split(/\s+/)[0]).toBe('office_move');
        expect(run.lines).toContain('Most often critical');
        expect(run.lines).toContain('Risks');
        expect(run.lines.some(line => /^Chance of meeting the deadline 2027-06-30: \d+%$/.test(line))).toBe(true);
        expect(run.lines.some(line => /^Chance of meeting moved: finish no later than 2027-06-30: \d+%$/.test(line))).toBe(true);
    });

    test('--format markdown: the finish histogram as an xychart-beta bar chart whose bars sum to the iterations', () => {
        const run = proj(['risk', example, '--format', 'markdown', '--iterations', '2000']);
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('# Schedule risk: Office relocation to Leeds');
        const chart = /```mermaid\n(xychart-beta\n[\s\S]*?)```/.exec(run.stdout)![1];
        const bars = /^\s+bar \[(.*)\]$/m.exec(chart)![1].split(', ').map(Number);
        const labels = /^\s+x-axis \[(.*)\]$/m.exec(chart)![1].split(', ');
        expect(bars.reduce((total, count) => total + count, 0)).toBe(2000);
        expect(labels).toHaveLength(bars.length);
        expect(run.stdout).toContain('## Most often critical');
    });

    test('--output writes the document to a file', () => {
        const output = path.join(scratch.dir, 'out', 'risk.md');
        const run = proj(['risk', example, '--format', 'markdown', '--iterations', '500', '--output', output]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
    });

    test('bad usage exits 2; a plan with errors exits 1', () => {
        for (const args of [['--iterations', '0'], ['--iterations', '2.5'], ['--seed', '-1'], ['--format', 'csv']]) {
            const run = proj(['risk', example, ...args]);
            expect(run.status, args.join(' ')).toBe(2);
        }
        const broken = scratch.write('broken/plan.proj', oneTask('after nowhere'));
        const run = proj(['risk', broken]);
        expect(run.status).toBe(1);
        expect(run.stderr).toContain('has errors; fix them to analyse it.');
    });
});

describe.skipIf(chromiumMissing('the proj risk page tests'))('proj risk --format html in a real browser, offline', () => {
    const pages = useHtmlPages({ screenshots: 'risk', charts: 1 });

    test('the example: the preview\'s chart (the histogram, its bars holding every iteration, and the tornado), the tables, nothing blocked', async () => {
        const analysis = json([example, '--iterations', '2000']);
        const { file, html } = writeHtmlPage(scratch, ['risk', example, '--iterations', '2000'], 'risk');
        expectSelfContainedPage(html);
        expect(markupOf(html)).toContain('<h1>Schedule risk: Office relocation to Leeds</h1>');
        for (const colorScheme of ['light', 'dark'] as const) {
            await pages.withPage({ file, screenshot: `example-${colorScheme}`, colorScheme }, async loaded => {
                const drawn = await loaded.page.evaluate(`(() => {
                    const figure = document.getElementById('proj-schedule-risk-figure');
                    return {
                        counts: [...figure.querySelectorAll('svg.proj-finish-histogram rect.proj-bar')].reduce((sum, bar) => sum + Number(bar.getAttribute('data-count')), 0),
                        drivers: [...figure.querySelectorAll('svg.proj-tornado g.proj-tornado-row')].map(row => row.getAttribute('data-id')),
                        fits: figure.scrollWidth <= figure.clientWidth,
                        standalone: window.projCharts.svg('schedule-risk').startsWith('<?xml'),
                    };
                })()`) as { counts: number; drivers: string[]; fits: boolean; standalone: boolean };
                expect(drawn.counts).toBe(2000);
                const sensitive = [...analysis.tasks.filter((task: any) => task.sensitivity), ...analysis.risks]
                    .filter((driver: any) => driver.sensitivity !== 0).map((driver: any) => driver.id);
                expect([...drawn.drivers].sort()).toEqual([...sensitive].sort().slice(0, 10));
                expect(drawn.fits).toBe(true);
                expect(drawn.standalone).toBe(true);
                expectNoProblems(loaded);
            });
        }
    });

    test('text from the plan shows as text in the page and the chart', async () => {
        const hostile = '<img src=x onerror=alert(1)>';
        const plan = scratch.write('hostile/plan.proj', oneTask('estimate 5d 10d 20d').replace('"Build"', `"${hostile}"`));
        const { file, html } = writeHtmlPage(scratch, ['risk', plan], 'hostile');
        expect(markupOf(html)).not.toContain(hostile);
        await pages.withPage({ file, screenshot: 'hostile' }, async loaded => {
            expect(await loaded.page.evaluate('document.querySelectorAll("img").length')).toBe(0);
            expect(await loaded.page.textContent('body')).toContain(hostile);
            expectNoProblems(loaded);
        });
    });
});
