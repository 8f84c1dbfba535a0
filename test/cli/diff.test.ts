// `proj diff`, run as users run it (the built binary), in real git repositories made in temporary
// folders: commits, tags, a rename, a merge and a shallow clone. The figures are worked by hand.
// The Markdown's chart is also drawn by Mermaid in a real browser (headless Chromium).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { useChromium } from '../support/chromium-suite.js';
import { GitPlanRepository } from '../support/git-plan-repository.js';
import { expectWellFormedTables } from './support/markdown-table.js';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';

// Run in the page, not in Node.
declare const document: any;
declare const window: any;

// Mon 1 Mar 2027: a week's survey, then two weeks of fit-out to Fri 19 Mar.
const approved = `project office "Office move" {
    start 2027-03-01
    currency GBP
    task survey "Site survey" { duration 5d cost 1000 }
    task fitout "Fit-out" { duration 10d after survey cost 20000 }
    task paint "Paint" { duration 2d after survey cost 500 }
    milestone live "Site live" { after fitout }
    risk supplier_late "Supplier late" { likelihood 2 impact 3 }
}
`;

// The fit-out takes 3 days more, over a weekend and the bank holiday of Mon 22 Mar; snagging is
// added before going live; the painting is dropped; the supplier risk is likelier.
const extended = `project office "Office move" {
    start 2027-03-01
    currency GBP
    calendar {
        holiday 2027-03-22 "Bank holiday"
    }
    task survey "Site survey" { duration 5d cost 1500 }
    task fitout "Fit-out" { duration 13d after survey cost 20000 }
    task snagging "Snagging" { duration 2d after fitout cost 800 }
    milestone live "Site live" { after snagging }
    risk supplier_late "Supplier late" { likelihood 4 impact 3 }
}
`;

const broken = approved.replace('after survey cost 500', 'after surveyy cost 500');

/** The JSON of `proj diff <args>`, which must succeed and print nothing else. */
function diffJson(args: string[], cwd: string) {
    const run = proj(['diff', ...args, '--format', 'json'], cwd);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    return JSON.parse(run.stdout);
}

/** `proj diff <args>`, which must fail with `status` and this one message and print nothing. */
function expectFailure(args: string[], cwd: string, status: number, message: string): void {
    const run = proj(['diff', ...args], cwd);
    expect(run.stdout).toBe('');
    expect(run.stderr).toBe(`${message}\n`);
    expect(run.status).toBe(status);
}

describe('proj diff in a repository with tags and a rename', () => {
    let repository: GitPlanRepository;
    let clone = '';

    beforeAll(() => {
        repository = GitPlanRepository.create();
        repository.write('README.md', 'Plans.\n').commit('Start', '2027-02-01');
        repository.tag('empty');
        repository.write('plans/office.proj', approved).commit('Approved plan', '2027-02-02');
        repository.tag('v1');
        repository.write('plans/office.proj', broken).commit('A typo', '2027-02-03');
        repository.tag('typo');
        repository.write('plans/office.proj', extended).commit('Fit-out longer, snagging', '2027-02-04');
        repository.tag('v2');
        repository.move('plans/office.proj', 'plans/office-move.proj').commit('Renamed', '2027-02-05');
        clone = mkdtempSync(path.join(tmpdir(), 'proj-shallow-'));
        execFileSync('git', ['clone', '-q', '--depth', '1', `file://${repository.root}`, clone]);
    });

    afterAll(() => {
        repository.remove();
        rmSync(clone, { recursive: true, force: true });
    });

    test('a tag against a tag: each change worked by hand, in working days on the later calendar', () => {
        const diff = diffJson(['v1', 'v2', 'plans/office-move.proj'], repository.root);
        expect(Object.keys(diff)).toEqual([
            'project', 'currency', 'before', 'after', 'changed', 'summary', 'start', 'finish', 'added', 'removed', 'moved', 'durations', 'links', 'criticalPath', 'budget', 'risks',
        ]);
        // Both versions were at plans/office.proj: the file's rename since is followed.
        expect(diff.before).toEqual({ revision: 'v1', commit: repository.git('rev-parse', 'v1').trim(), path: 'plans/office.proj' });
        expect(diff.after).toEqual({ revision: 'v2', commit: repository.git('rev-parse', 'v2').trim(), path: 'plans/office.proj' });
        expect(diff).toMatchObject({ project: 'office', currency: 'GBP', changed: true });
        // Working days from Mon 1 Mar: Fri 19 Mar is day 14; Mon 22 Mar is off, so Tue 23 to Mon 29 Mar are days 15 to 19.
        expect(diff.summary).toBe('Project finish moves 5 working days later: 19 Mar → 29 Mar 2027');
        expect(diff.finish).toEqual({ before: '2027-03-19', after: '2027-03-29', shift: 5 });
        expect(diff.start).toEqual({ before: '2027-03-01', after: '2027-03-01', shift: 0 });
        // Snagging follows the fit-out, which now ends Thu 25 Mar: Fri 26 and Mon 29 Mar.
        expect(diff.added).toEqual([{ id: 'snagging', name: 'Snagging', kind: 'task', start: '2027-03-26', finish: '2027-03-29', durationDays: 2 }]);
        expect(diff.removed).toEqual([{ id: 'paint', name: 'Paint', kind: 'task', start: '2027-03-08', finish: '2027-03-09', durationDays: 2 }]);
        expect(diff.moved).toEqual([
            // 13 days from Mon 8 Mar: 8-12 and 15-19 Mar, then 23-25 Mar.
            { id: 'fitout', name: 'Fit-out', kind: 'task', before: { start: '2027-03-08', finish: '2027-03-19' }, after: { start: '2027-03-08', finish: '2027-03-25' }, startShift: 0, finishShift: 3 },
            { id: 'live', name: 'Site live', kind: 'milestone', before: { start: '2027-03-19', finish: '2027-03-19' }, after: { start: '2027-03-29', finish: '2027-03-29' }, startShift: 5, finishShift: 5 },
        ]);
        expect(diff.durations).toEqual([{ id: 'fitout', name: 'Fit-out', before: 10, after: 13, change: 3 }]);
        expect(diff.links).toEqual({
            added: [{ from: 'fitout', to: 'snagging', type: 'FS', lag: null }, { from: 'snagging', to: 'live', type: 'FS', lag: null }],
            removed: [{ from: 'survey', to: 'paint', type: 'FS', lag: null }, { from: 'fitout', to: 'live', type: 'FS', lag: null }],
            changed: [],
        });
        expect(diff.criticalPath).toEqual({ before: ['survey', 'fitout', 'live'], after: ['survey', 'fitout', 'snagging', 'live'], joined: ['snagging'], left: [] });
        // 1,000 + 20,000 + 500 then; 1,500 + 20,000 + 800 now.
        expect(diff.budget).toEqual({ bac: { before: 21_500, after: 22_300, change: 800 }, stated: { before: null, after: null }, phases: [] });
        // 2 × 3 = 6 then, 4 × 3 = 12 now: amber both times (5 to 14).
        expect(diff.risks).toEqual({
            added: [], removed: [],
            changed: [{
                id: 'supplier_late', title: 'Supplier late', kind: 'risk',
                before: { score: 6, rag: 'amber', residualScore: null, residualRag: null }, after: { score: 12, rag: 'amber', residualScore: null, residualRag: null },
            }],
        });
    });

    test('a tag against HEAD, across the rename: the plan then at its old path, now at its new one', () => {
        const diff = diffJson(['v1', 'HEAD', 'plans/office-move.proj'], repository.root);
        expect(diff.before.path).toBe('plans/office.proj');
        expect(diff.after).toMatchObject({ revision: 'HEAD', path: 'plans/office-move.proj' });
        expect(diff.finish).toEqual({ before: '2027-03-19', after: '2027-03-29', shift: 5 });
    });

    test('the table: a title, the summary, then each kind of change as aligned columns', () => {
        const run = proj(['diff', 'v1', 'v2', 'plans/office-move.proj'], repository.root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const v1 = repository.git('rev-parse', '--short=7', 'v1').trim();
        const v2 = repository.git('rev-parse', '--short=7', 'v2').trim();
        expect(run.lines.slice(0, 10)).toEqual([
            `office · Office move · v1 (${v1}) → v2 (${v2})`,
            'Project finish moves 5 working days later: 19 Mar → 29 Mar 2027',
            '',
            'Project',
            '                        Before                  After                              Change',
            '  Start                 2027-03-01              2027-03-01',
            '  Finish                2027-03-19              2027-03-29                         +5 working days',
            '  Budget at completion  £21,500                 £22,300                            +£800',
            '  Critical path         survey → fitout → live  survey → fitout → snagging → live  +snagging',
            '',
        ]);
        const moved = run.lines.indexOf('Moved (working days)');
        expect(run.lines.slice(moved, moved + 4)).toEqual([
            'Moved (working days)',
            '  Id      Name       Start before  Start after  Shift  Finish before  Finish after  Shift',
            '  fitout  Fit-out    2027-03-08    2027-03-08       0  2027-03-19     2027-03-25       +3',
            '  live    Site live  2027-03-19    2027-03-29      +5  2027-03-19     2027-03-29       +5',
        ]);
        expect(run.lines.filter(line => /^[A-Z]/.test(line)).slice(1)).toEqual(['Project', 'Added', 'Removed', 'Moved (working days)', 'Durations (working days)', 'Links', 'Risks']);
    });

    test('HEAD against the working tree (no revision given): one working day earlier, across a weekend', () => {
        repository.write('plans/office-move.proj', extended.replace('duration 13d', 'duration 12d'));
        try {
            const run = proj(['diff', 'plans/office-move.proj'], repository.root);
            expect(run.status).toBe(0);
            // 12 days from Mon 8 Mar end Wed 24 Mar; snagging Thu 25 and Fri 26 Mar.
            expect(run.lines[1]).toBe('Project finish moves 1 working day earlier: 29 Mar → 26 Mar 2027');
            expect(run.lines[0]).toMatch(/^office · Office move · HEAD \([0-9a-f]{7}\) → the working tree$/);
            const diff = diffJson(['HEAD', 'plans/office-move.proj'], repository.root);
            expect(diff.after).toEqual({ revision: null, commit: null, path: 'plans/office-move.proj' });
            expect(diff.durations).toEqual([{ id: 'fitout', name: 'Fit-out', before: 13, after: 12, change: -1 }]);
            expect(diff.moved.map((item: { id: string; finishShift: number }) => [item.id, item.finishShift])).toEqual([['fitout', -1], ['snagging', -1], ['live', -1]]);
        } finally {
            repository.git('checkout', '--', '.');
        }
    });

    test('no change: the finish unchanged, and nothing else to list', () => {
        const run = proj(['diff', 'HEAD', 'plans/office-move.proj'], repository.root);
        expect(run.status).toBe(0);
        expect(run.lines.slice(1)).toEqual(['Project finish unchanged: 29 Mar 2027', '', 'Nothing in the schedule changed.']);
        expect(diffJson(['v2', 'HEAD', 'plans/office-move.proj'], repository.root).changed).toBe(false);
    });

    test('a revision git does not know is a usage error (2)', () => {
        expectFailure(['v9', 'plans/office-move.proj'], repository.root, 2, "proj: git knows no revision 'v9'.");
        expectFailure(['v1', 'nope~3', 'plans/office-move.proj'], repository.root, 2, "proj: git knows no revision 'nope~3'.");
    });

    test('a plan that did not exist at the revision, or had errors then, is a failure (1) that says why', () => {
        const empty = repository.git('rev-parse', '--short=7', 'empty').trim();
        expectFailure(['empty', 'plans/office-move.proj'], repository.root, 1, `proj: plans/office-move.proj did not exist at 'empty' (${empty}).`);
        expectFailure(['typo', 'v2', 'plans/office-move.proj'], repository.root, 1,
            "proj: plans/office.proj at 'typo' has errors (line 6: Unknown task, milestone or phase 'surveyy'. Did you mean 'survey'?).");
    });

    test('a shallow clone asked for a revision it does not have says so (2)', () => {
        const run = proj(['diff', 'v1', 'plans/office-move.proj'], clone);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("proj: git knows no revision 'v1': this is a shallow clone, whose history stops short; fetch more of it (git fetch --unshallow, or --depth) or the tag, then try again.\n");
        expect(run.status).toBe(2);
        // What it does have, it compares.
        expect(diffJson(['plans/office-move.proj'], clone).changed).toBe(false);
    });

    test('the README\'s git diff driver: git diff shows schedules, and a plan with errors as its text', () => {
        repository.write('.gitattributes', '*.proj diff=proj\n');
        repository.git('config', 'diff.proj.textconv', `sh -c '"${process.execPath}" "${path.join(repoRoot, 'bin', 'proj.js')}" schedule "$0" 2>/dev/null || cat "$0"'`);
        const diff = repository.git('diff', 'v1', 'v2', '--', 'plans/office.proj');
        expect(diff).toContain('\n-* fitout  Fit-out      2027-03-08  2027-03-19    10      0     0\n');
        expect(diff).toContain('\n+* fitout    Fit-out      2027-03-08  2027-03-25    13      0     0\n');
        expect(diff).toContain('\n+Critical path: survey → fitout → snagging → live\n');
        expect(repository.git('diff', 'v1', 'typo', '--', 'plans/office.proj')).toContain('\n+    task paint "Paint" { duration 2d after surveyy cost 500 }\n');
    });
});

describe('proj diff across a merge', () => {
    let repository: GitPlanRepository;
    const plan = (design: string, test: string) => `project launch "Launch" {
    start 2027-03-01
    task design "Design" { duration ${design} }
    task build "Build" { duration 5d after design }
    task test "Test" { duration ${test} after build }
}
`;

    beforeAll(() => {
        // Mon 1 Mar: design to Fri 5 Mar, build 8-12 Mar, test Mon 15 to Wed 17 Mar.
        repository = GitPlanRepository.create();
        repository.write('plan.proj', plan('5d', '3d')).commit('Plan', '2027-02-01');
        repository.tag('base');
        repository.git('checkout', '-q', '-b', 'faster-design');
        repository.write('plan.proj', plan('3d', '3d')).commit('Design in 3 days', '2027-02-02');
        repository.git('checkout', '-q', 'main');
        repository.write('plan.proj', plan('5d', '4d')).commit('Test for 4 days', '2027-02-03');
        repository.git('merge', '-q', '--no-ff', '-m', 'Merge faster-design', 'faster-design', { GIT_AUTHOR_DATE: '2027-02-04T12:00:00Z', GIT_COMMITTER_DATE: '2027-02-04T12:00:00Z' });
    });

    afterAll(() => repository.remove());

    test('the merge against the base: both branches\' changes', () => {
        expect(readFileSync(repository.path('plan.proj'), 'utf-8')).toBe(plan('3d', '4d'));
        const diff = diffJson(['base', 'HEAD', 'plan.proj'], repository.root);
        // Design 1-3 Mar, build 4-10 Mar, test Thu 11 to Tue 16 Mar: a working day earlier than Wed 17 Mar.
        expect(diff.summary).toBe('Project finish moves 1 working day earlier: 17 Mar → 16 Mar 2027');
        expect(diff.durations).toEqual([
            { id: 'design', name: 'Design', before: 5, after: 3, change: -2 },
            { id: 'test', name: 'Test', before: 3, after: 4, change: 1 },
        ]);
        expect(diff.moved.map((item: { id: string; startShift: number; finishShift: number }) => [item.id, item.startShift, item.finishShift]))
            .toEqual([['design', 0, -2], ['build', -2, -2], ['test', -2, -1]]);
    });

    test('the merge against each parent: only what the other branch brought', () => {
        // Main before the merge: test 15-18 Mar; the merge ends it Tue 16 Mar.
        const first = diffJson(['HEAD^1', 'HEAD', 'plan.proj'], repository.root);
        expect(first.summary).toBe('Project finish moves 2 working days earlier: 18 Mar → 16 Mar 2027');
        expect(first.durations.map((item: { id: string }) => item.id)).toEqual(['design']);
        // The branch: design 1-3 Mar, build 4-10 Mar, test 11-15 Mar; the merge's test is a day longer.
        const second = diffJson(['HEAD^2', 'HEAD', 'plan.proj'], repository.root);
        expect(second.summary).toBe('Project finish moves 1 working day later: 15 Mar → 16 Mar 2027');
        expect(second.durations.map((item: { id: string }) => item.id)).toEqual(['test']);
    });
});

describe('proj diff: mistakes and plans it cannot compare', () => {
    const scratch = useScratchFolder('proj-diff-');
    let repository: GitPlanRepository;

    beforeAll(() => {
        repository = GitPlanRepository.create();
        repository.write('plan.proj', approved).commit('Plan');
    });

    afterAll(() => repository.remove());

    test('a file outside git is a usage error; so is a folder, a missing file and a third revision', () => {
        const outside = scratch.write('outside/plan.proj', approved);
        expectFailure([outside], repoRoot, 2, `proj: ${outside} is not in a git repository, so it has no revisions to compare.`);
        expectFailure(['.'], repository.root, 2, 'proj: .: a folder; proj diff takes one .proj file.');
        expectFailure(['nowhere/plan.proj'], repository.root, 2, 'proj: nowhere/plan.proj: no such file or folder.');
        expectFailure(['missing.proj'], repository.root, 2, 'proj: missing.proj: no such file or folder.');
        expectFailure(['HEAD', 'HEAD', 'HEAD', 'plan.proj'], repository.root, 2, 'proj: proj diff compares two versions: give at most two revisions before the file (3 given).');
    });

    test('errors in the working tree stop it, as in every command (1)', () => {
        repository.write('plan.proj', broken);
        try {
            const run = proj(['diff', 'plan.proj'], repository.root);
            expect(run.stdout).toBe('');
            expect(run.stderr.trimEnd().split('\n').at(-1)).toBe('proj: plan.proj has errors; fix them to compare it.');
            expect(run.status).toBe(1);
        } finally {
            repository.git('checkout', '--', '.');
        }
    });

    test('a plan whose baseline names a revision git does not have is still compared, with the note every command gives', () => {
        repository.write('plan.proj', approved.replace('currency GBP', 'currency GBP\n    baseline "v9"'));
        try {
            const run = proj(['diff', 'plan.proj'], repository.root);
            expect(run.stderr).toBe("proj: baseline 'v9' cannot be read: git knows no revision 'v9'.\n");
            expect(run.status).toBe(0);
            expect(run.lines.at(-1)).toBe('Nothing in the schedule changed.');
        } finally {
            repository.git('checkout', '--', '.');
        }
    });

    test('several projects: --project chooses one, at each version', () => {
        const two = `${approved}project other "Other" {\n    start 2027-03-01\n    task a { duration 2d }\n}\n`;
        repository.write('plan.proj', two).commit('Two projects');
        repository.write('plan.proj', two.replace('task a { duration 2d }', 'task a { duration 4d }'));
        try {
            expectFailure(['HEAD', 'plan.proj'], repository.root, 2, "proj: plan.proj holds several projects ('office', 'other'): choose one with --project <id>.");
            expect(diffJson(['plan.proj', '--project', 'other'], repository.root).finish).toEqual({ before: '2027-03-02', after: '2027-03-04', shift: 2 });
            expect(diffJson(['HEAD~1', 'HEAD', 'plan.proj', '--project', 'office'], repository.root).changed).toBe(false);
            expectFailure(['HEAD~1', 'HEAD', 'plan.proj'], repository.root, 1, "proj: plan.proj at 'HEAD': it holds several projects ('office', 'other') and none was named.");
        } finally {
            repository.git('checkout', '--', '.');
        }
    });
});

const hostile = '<img src=x onerror=alert(1)>: a;b #c | *d*';

describe('proj diff --format markdown', () => {
    let repository: GitPlanRepository;
    let markdown = '';

    beforeAll(() => {
        repository = GitPlanRepository.create();
        repository.write('plan.proj', approved).commit('Approved');
        repository.write('plan.proj', extended.replace('"Fit-out"', JSON.stringify(hostile)).replace('"Office move"', JSON.stringify(hostile))).commit('Longer');
        const run = proj(['diff', 'HEAD~1', 'HEAD', 'plan.proj', '--format', 'markdown'], repository.root);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        markdown = run.stdout;
    });

    afterAll(() => repository.remove());

    test('headings, the summary in bold, tables that render on GitHub, and the chart of what moved', () => {
        expect(markdown.split('\n').slice(0, 5)).toEqual([
            '## Schedule changes: &lt;img src=x onerror=alert(1)&gt;: a;b \\#c \\| \\*d\\*',
            '',
            expect.stringMatching(/^`office` in plan\.proj, HEAD\\~1 \([0-9a-f]{7}\) → HEAD \([0-9a-f]{7}\)\.$/),
            '',
            '**Project finish moves 5 working days later: 19 Mar → 29 Mar 2027**',
        ]);
        expect(markdown.match(/^### .*$/gm)).toEqual([
            '### Project', '### What moved', '### Added', '### Removed', '### Moved (working days)', '### Durations (working days)', '### Links', '### Risks',
        ]);
        expect(expectWellFormedTables(markdown)).toBe(7);
        expect(markdown).toContain('| `fitout` | &lt;img src=x onerror=alert(1)&gt;: a;b \\#c \\| \\*d\\* | 2027-03-08 | 2027-03-08 | 0 | 2027-03-19 | 2027-03-25 | +3 |');
        expect(markdown.match(/^```mermaid$/gm)).toHaveLength(1);
        expect(mermaidBlock(markdown)).toContain('    section #60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c #124; *d*\n    before:done, b1_fitout, 2027-03-08, 2027-03-19\n');
        expect(markdown).not.toMatch(/<img|onerror=alert\(1\)>/);
    });

    describe.skipIf(chromiumMissing('the Mermaid chart of proj diff'))('drawn by Mermaid in headless Chromium', () => {
        const browser = useChromium();

        test('a bar per version of each item, the longer fit-out drawn longer, the names as text', async () => {
            const page = await browser().newPage();
            try {
                const errors: string[] = [];
                page.on('pageerror', error => errors.push(error.message));
                await page.setContent('<!DOCTYPE html><html><body><div id="chart"></div></body></html>');
                await page.addScriptTag({ path: path.join(repoRoot, 'out', 'mermaid.min.js') });
                const drawn = await page.evaluate(async (text: string) => {
                    const { mermaid } = window;
                    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
                    const { svg } = await mermaid.render('diff', text);
                    document.getElementById('chart').innerHTML = svg;
                    // Mermaid prefixes each bar's id with the chart's.
                    const bar = (id: string) => {
                        const box = document.getElementById(`diff-${id}`).getBBox();
                        return { left: Math.round(box.x), right: Math.round(box.x + box.width) };
                    };
                    return {
                        bars: [...document.querySelectorAll('#chart rect.task')].map((rect: any) => rect.id.replace(/^diff-/, '')),
                        sections: [...document.querySelectorAll('#chart text.sectionTitle')].map((title: any) => title.textContent),
                        before: bar('b1_fitout'), after: bar('a1_fitout'),
                        images: document.querySelectorAll('#chart img').length,
                    };
                }, mermaidBlock(markdown));
                expect(errors).toEqual([]);
                // Mermaid draws the bars in an order of its own.
                expect(drawn.bars.sort()).toEqual(['a0_', 'a1_fitout', 'a2_live', 'a3_snagging', 'b0_', 'b1_fitout', 'b2_live', 'b4_paint']);
                expect(drawn.sections).toEqual(['Project', hostile, 'Site live', 'Snagging', 'Paint']);
                expect(drawn.images).toBe(0);
                // Both start on Mon 8 Mar; after ends 25 Mar, six calendar days past 19 Mar.
                expect(drawn.after.left).toBe(drawn.before.left);
                expect(drawn.after.right).toBeGreaterThan(drawn.before.right);
            } finally {
                await page.close();
            }
        });
    });
});

function mermaidBlock(markdown: string): string {
    return markdown.split('```mermaid\n')[1].split('\n```')[0];
}
