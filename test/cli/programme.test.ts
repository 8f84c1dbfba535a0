// Plans linked across files, through the built `proj` command: the CLI links the files named and
// their folders' plans, and schedules linked plans together.
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { GANTT_FIGURE_ID } from '../../client/webview/exported-charts.js';
import { chromiumMissing } from '../support/chromium.js';
import { GitPlanRepository } from '../support/git-plan-repository.js';
import { chartsDataOf, expectNoProblems, expectSelfContainedPage, markupOf, useHtmlPages, writeHtmlPage } from './support/html-page.js';
import { proj, useScratchFolder } from './support/proj-command.js';

const scratch = useScratchFolder('proj-programme-');

const ALPHA = `resource shared_pm "Shared PM" { rate 400/d }
project alpha "Alpha" {
    start 2027-01-04
    task build "Build" { duration 10d assign shared_pm }
    milestone done "Done" { after build }
}
`;
const BETA = `project beta "Beta" {
    start 2027-01-04
    task deploy "Deploy" { duration 3d after alpha.done assign shared_pm }
}
`;

describe('plans linked across files', () => {
    test('proj schedule starts the work on the Monday after the work it waits for in the other file', () => {
        scratch.write('linked/a.proj', ALPHA);
        const beta = scratch.write('linked/b.proj', BETA);
        const run = proj(['schedule', beta, '--format', 'json']);
        expect(run.status).toBe(0);
        const schedule = JSON.parse(run.stdout);
        expect(schedule.tasks.find((task: { id: string }) => task.id === 'deploy')).toMatchObject({ start: '2027-01-18', finish: '2027-01-20', critical: true });
        expect(schedule.criticalPath).toEqual(['alpha.done', 'deploy']);
        const check = proj(['check', path.join(scratch.dir, 'linked')]);
        expect(check.status).toBe(0);
        expect(check.stderr).toBe('No problems in 2 files.\n');
    });

    test('a cycle across files fails proj check, with the whole cycle on the link in each file', () => {
        scratch.write('cycle/a.proj', 'project alpha {\n    start 2027-01-04\n    task x { duration 2d after beta.y }\n}\n');
        scratch.write('cycle/b.proj', 'project beta {\n    start 2027-01-04\n    task y { duration 3d after alpha.x }\n}\n');
        const run = proj(['check', path.join(scratch.dir, 'cycle')]);
        expect(run.status).toBe(1);
        expect(run.stdout).toContain('a.proj:3:32: error: Dependency cycle across plans: beta.y -> alpha.x -> beta.y.');
        expect(run.stdout).toContain('b.proj:3:32: error: Dependency cycle across plans: alpha.x -> beta.y -> alpha.x.');
    });

    test('a plan whose linked file is gone says so on the link, and is scheduled without it', () => {
        scratch.write('gone/a.proj', ALPHA);
        const beta = scratch.write('gone/b.proj', BETA);
        rmSync(path.join(scratch.dir, 'gone', 'a.proj'));
        const check = proj(['check', beta]);
        expect(check.status).toBe(1);
        expect(check.stdout).toContain("b.proj:3:46: error: Unknown task, milestone or phase 'alpha.done'");
    });
});

describe('a baseline of a plan linked with others', () => {
    test('is read with their files as they were then: its links scheduled as they were, the variance the other plan\'s slip', () => {
        const repository = GitPlanRepository.create();
        try {
            repository.write('a.proj', ALPHA).write('b.proj', BETA).commit('Approved plans');
            repository.tag('v1');
            // Alpha's build takes two days more; beta now names its approved plan.
            repository.write('a.proj', ALPHA.replace('duration 10d', 'duration 12d'))
                .write('b.proj', BETA.replace('start 2027-01-04', 'start 2027-01-04\n    baseline "v1"'));
            const run = proj(['schedule', path.join(repository.root, 'b.proj'), '--format', 'json']);
            expect(run.stderr).toBe('');
            const deploy = JSON.parse(run.stdout).tasks.find((task: { id: string }) => task.id === 'deploy');
            expect(deploy).toMatchObject({ start: '2027-01-20', baselineStart: '2027-01-18', baselineFinish: '2027-01-20', finishVariance: 2 });
            expect(proj(['check', path.join(repository.root, 'b.proj')]).stderr).toBe('No problems in 1 file.\n');
            // proj diff reads the plan then with alpha as it was then too: deploy moved with alpha's slip.
            const diff = proj(['diff', 'v1', 'b.proj'], repository.root);
            expect(diff.stdout).toContain('Project finish moves 2 working days later: 20 Jan → 22 Jan 2027');
            // Between two revisions, each is read with alpha as it was at that revision.
            repository.commit('Alpha slips');
            repository.tag('v2');
            const between = proj(['diff', 'v1', 'v2', 'b.proj'], repository.root);
            expect(between.stderr).toBe('');
            expect(between.stdout).toContain('Project finish moves 2 working days later: 20 Jan → 22 Jan 2027');
        } finally {
            repository.remove();
        }
    });

    test("proj trend reads each version with the other plan's file as it was at that commit", () => {
        const repository = GitPlanRepository.create();
        try {
            repository.write('a.proj', ALPHA).write('b.proj', BETA).commit('Approved plans');
            // Alpha's build takes two days more; beta's deploy is renamed in the same commit.
            repository.write('a.proj', ALPHA.replace('duration 10d', 'duration 12d'))
                .write('b.proj', BETA.replace('"Deploy"', '"Deploy the release"')).commit('Alpha slips');
            const run = proj(['trend', path.join(repository.root, 'b.proj'), '--format', 'json']);
            expect(run.stderr).toBe('');
            const rows = JSON.parse(run.stdout).rows as Array<{ subject: string; finish: string | null; finishVariance: number | null; problem: string | null }>;
            expect(rows.map(row => [row.subject, row.finish, row.finishVariance, row.problem])).toEqual([
                ['Approved plans', '2027-01-20', 0, null],
                ['Alpha slips', '2027-01-22', 2, null],
            ]);
        } finally {
            repository.remove();
        }
    });

    test("a linked plan's file that did not exist then is said to be missing from it", () => {
        const repository = GitPlanRepository.create();
        try {
            repository.write('b.proj', BETA.replace('after alpha.done ', '').replace(' assign shared_pm', '')).commit('Beta alone');
            repository.tag('v1');
            repository.write('a.proj', ALPHA).write('b.proj', BETA.replace('start 2027-01-04', 'start 2027-01-04\n    baseline "v1"'));
            const run = proj(['check', path.join(repository.root, 'b.proj')]);
            expect(run.stdout).toContain("warning: Baseline 'v1' is read without a.proj, which did not exist then: the baseline is scheduled without its links to the plans there");
        } finally {
            repository.remove();
        }
    });
});

describe('proj programme', () => {
    const GAMMA = `project gamma "Gamma" {
    start 2027-01-04
    deadline 2027-01-20
    task release "Release" { duration 1d after beta.deploy }
}
`;

    test('the table: each project from its first work to its finish, against its deadline, with its RAG; the links; the critical path across plans', () => {
        scratch.write('programme/a.proj', ALPHA);
        scratch.write('programme/b.proj', BETA);
        scratch.write('programme/c.proj', GAMMA);
        const run = proj(['programme', path.join(scratch.dir, 'programme', 'b.proj')]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'Programme · 2027-01-04 → 2027-01-21 · 3 projects',
            '',
            '  Project  Name   Start       Finish      Deadline    Against deadline    RAG    SPI  CPI',
            '* alpha    Alpha  2027-01-04  2027-01-15  –           –                   green    –    –',
            '* beta     Beta   2027-01-18  2027-01-20  –           –                   green    –    –',
            '* gamma    Gamma  2027-01-21  2027-01-21  2027-01-20  1 working day late  red      –    –',
            '',
            'Links between projects:',
            '  alpha.done → beta.deploy',
            '  beta.deploy → gamma.release',
            '',
            'Critical path across projects: alpha.build → alpha.done → beta.deploy → gamma.release',
        ]);
    });

    test('--format json, for tools', () => {
        const run = proj(['programme', path.join(scratch.dir, 'programme'), '--format', 'json']);
        expect(run.status).toBe(0);
        const view = JSON.parse(run.stdout);
        expect(view.projects.map((project: { id: string; daysLate: number | null }) => [project.id, project.daysLate])).toEqual([['alpha', null], ['beta', null], ['gamma', 1]]);
        expect(view.links).toEqual([
            { from: 'alpha.done', to: 'beta.deploy', type: 'FS', lag: null },
            { from: 'beta.deploy', to: 'gamma.release', type: 'FS', lag: null },
        ]);
    });

    test('plans with errors are not shown: the errors are', () => {
        scratch.write('broken/a.proj', 'project alpha {\n    start 2027-01-04\n    task x { duration 2d after beta.y }\n}\n');
        scratch.write('broken/b.proj', 'project beta {\n    start 2027-01-04\n    task y { duration 3d after alpha.x }\n}\n');
        const run = proj(['programme', path.join(scratch.dir, 'broken')]);
        expect(run.status).toBe(1);
        expect(run.stdout).toBe('');
        expect(run.stderr).toContain('error: Dependency cycle across plans');
    });

    describe.skipIf(chromiumMissing('proj programme --format html'))('--format html, in Chromium', () => {
        const pages = useHtmlPages({ screenshots: 'programme', charts: 1 });

        test("one offline page: the projects' table and the programme's timeline, drawn by the preview's renderer, light and dark, hostile titles as text", async () => {
            scratch.write('hostile/a.proj', 'project alpha "<b>Alpha</b> & co" {\n    start 2027-01-04\n    task build { duration 10d }\n    milestone done "Done <script>" { after build }\n}\n');
            scratch.write('hostile/b.proj', 'project beta "Beta" {\n    start 2027-01-04\n    deadline 2027-01-19\n    task deploy { duration 3d after alpha.done }\n}\n');
            const { file, html } = writeHtmlPage(scratch, ['programme', path.join(scratch.dir, 'hostile')], 'programme');
            expectSelfContainedPage(html);
            expect(markupOf(html)).not.toContain('<b>Alpha</b>');
            const rows = chartsDataOf(html).gantt!.view.rows.map(row => [row.id, row.kind, row.start, row.finish]);
            expect(rows).toEqual([
                ['alpha', 'phase', '2027-01-04', '2027-01-15'], ['alpha.done', 'milestone', '2027-01-15', '2027-01-15'], ['beta', 'phase', '2027-01-18', '2027-01-20'],
            ]);
            for (const colorScheme of ['light', 'dark'] as const) {
                await pages.withPage({ file, screenshot: `programme-${colorScheme}`, colorScheme }, async loaded => {
                    const table = await loaded.page.evaluate('[...document.querySelectorAll("#projects tbody tr")].map(row => [...row.cells].map(cell => cell.textContent))');
                    expect(table).toEqual([
                        ['alpha ★', '<b>Alpha</b> & co', '2027-01-04', '2027-01-15', '–', '–', 'green', '–', '–'],
                        ['beta ★', 'Beta', '2027-01-18', '2027-01-20', '2027-01-19', '1 working day late', 'red', '–', '–'],
                    ]);
                    const names = await loaded.page.evaluate(`[...document.querySelectorAll('#${GANTT_FIGURE_ID} .proj-row-name')].map(name => name.textContent)`);
                    expect(names).toEqual(['<b>Alpha</b> & co', 'Done <script>', 'Beta']);
                    expectNoProblems(loaded);
                });
            }
        });
    });
});
