// `proj resources`, and the resources in `proj schedule --format json`, run as users run them:
// the built binary (`npm test` builds first), cwd = the repo root.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { expectWellFormedTables } from './support/markdown-table.js';
import { proj, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-resources-');
const write = scratch.write;

// Monday 1 March 2027. The crew of 4 works Monday to Saturday; 3 of it strip out all week and 2
// rewire Monday to Wednesday: 5 asked of 4 on each of those days. Alex is on leave Wednesday 10
// to Friday 12, so his briefing runs Monday 8, Tuesday 9 and Monday 15, and on the 8th and 9th
// the move asks for him too. Sam has nothing to do; his name needs quoting in CSV and escaping
// in Markdown.
const site = [
    'project site "Site works" {',
    '    start 2027-03-01',
    '    calendar shifts { workdays mon tue wed thu fri sat }',
    '    resource crew "Facilities crew" { units 4 calendar shifts }',
    '    resource alex "Alex Smith" { leave 2027-03-10 to 2027-03-12 "Annual leave" }',
    '    resource sam "Patel, Sam | joiner" { }',
    '',
    '    task strip "Strip out" { duration 5d assign crew 3 }',
    '    task wire "Rewire" { duration 3d assign crew 2 }',
    '    task plan "Plan the move" { duration 5d assign alex }',
    '    task brief "Brief staff" { duration 3d after plan assign alex }',
    '    task move "Move" { duration 2d after strip assign crew 50%, alex }',
    '    milestone done "Done" { after brief, move }',
    '}',
    '',
].join('\n');

// Two projects: `bare` has no resources; `yard` has a status date, after which nothing is over,
// and a share of a crew of 3 that takes 1.5 units a day.
const twoProjects = [
    'project bare "Bare" {',
    '    start 2027-03-01',
    '    task one "One" { duration 1d }',
    '}',
    'project yard "Yard" {',
    '    start 2027-03-01',
    '    status 2027-03-02',
    '    resource team "Yard team" { units 3 }',
    '    task dig "Dig" { duration 3d assign team 2 }',
    '    task fence "Fence" { duration 2d assign team 50% }',
    '}',
    '',
].join('\n');

const week = (start: string, required: number, available: number, over: number, daysOver: number) => ({ week: start, required, available, over, daysOver });
const assignment = (task: string, name: string, units: number, start: string, finish: string) => ({ task, name, units, start, finish });

describe('proj resources', () => {
    test('--format json: each resource\'s weeks and work, and the stretches over, keys in the contract order', () => {
        const file = write('json/site.proj', site);
        const run = proj(['resources', file, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const expected = {
            project: 'site',
            start: '2027-03-01',
            finish: '2027-03-15',
            status: null,
            resources: [
                {
                    id: 'crew', name: 'Facilities crew', units: 4, calendar: 'shifts', leave: [],
                    weeks: [
                        // 6 days × 4 available; 3 × 5 + 2 × 3 = 21 required, under 24, yet 1 over on
                        // each of Monday to Wednesday: the week counts 3 over.
                        week('2027-03-01', 21, 24, 3, 3),
                        // The move: 2 of the crew (50%) on Monday 8 and Tuesday 9.
                        week('2027-03-08', 4, 24, 0, 0),
                        // Only Monday 15 lies within the schedule.
                        week('2027-03-15', 0, 4, 0, 0),
                    ],
                    assignments: [
                        assignment('strip', 'Strip out', 3, '2027-03-01', '2027-03-05'),
                        assignment('wire', 'Rewire', 2, '2027-03-01', '2027-03-03'),
                        assignment('move', 'Move', 2, '2027-03-08', '2027-03-09'),
                    ],
                },
                {
                    id: 'alex', name: 'Alex Smith', units: 1, calendar: null,
                    leave: [{ from: '2027-03-10', to: '2027-03-12', title: 'Annual leave' }],
                    weeks: [
                        week('2027-03-01', 5, 5, 0, 0),
                        // On leave Wednesday to Friday: 2 days available; the briefing and the move
                        // both ask for him on Monday and Tuesday.
                        week('2027-03-08', 4, 2, 2, 2),
                        week('2027-03-15', 1, 1, 0, 0),
                    ],
                    assignments: [
                        assignment('plan', 'Plan the move', 1, '2027-03-01', '2027-03-05'),
                        assignment('brief', 'Brief staff', 1, '2027-03-08', '2027-03-15'),
                        assignment('move', 'Move', 1, '2027-03-08', '2027-03-09'),
                    ],
                },
                {
                    id: 'sam', name: 'Patel, Sam | joiner', units: 1, calendar: null, leave: [],
                    weeks: [week('2027-03-01', 0, 5, 0, 0), week('2027-03-08', 0, 5, 0, 0), week('2027-03-15', 0, 1, 0, 0)],
                    assignments: [],
                },
            ],
            overAllocations: [
                { resource: 'crew', from: '2027-03-01', to: '2027-03-03', required: 5, available: 4, items: ['strip', 'wire'] },
                { resource: 'alex', from: '2027-03-08', to: '2027-03-09', required: 2, available: 1, items: ['brief', 'move'] },
            ],
        };
        const actual = JSON.parse(run.stdout);
        expect(actual).toEqual(expected);
        // Tools rely on the order of the keys, not only on their values; pretty-printed with two spaces.
        expect(run.stdout).toBe(`${JSON.stringify(expected, undefined, 2)}\n`);
    });

    test('--format csv: a row per resource and week, quoted where needed', () => {
        const file = write('csv/site.proj', site);
        const run = proj(['resources', file, '--format', 'csv']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'resource,name,week,required,available,over,daysOver',
            'crew,Facilities crew,2027-03-01,21,24,3,3',
            'crew,Facilities crew,2027-03-08,4,24,0,0',
            'crew,Facilities crew,2027-03-15,0,4,0,0',
            'alex,Alex Smith,2027-03-01,5,5,0,0',
            'alex,Alex Smith,2027-03-08,4,2,2,2',
            'alex,Alex Smith,2027-03-15,1,1,0,0',
            'sam,"Patel, Sam | joiner",2027-03-01,0,5,0,0',
            'sam,"Patel, Sam | joiner",2027-03-08,0,5,0,0',
            'sam,"Patel, Sam | joiner",2027-03-15,0,1,0,0',
        ]);
    });

    test('the table: a section per resource, weeks with a day over marked, the work, the stretches over', () => {
        const file = write('table/site.proj', site);
        const run = proj(['resources', file]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'site · Site works · resource loading · 2027-03-01 → 2027-03-15',
            '',
            'Weeks from Monday, in unit-days (units × working days); ! marks a week with a day over.',
            '',
            'crew · Facilities crew · 4 units · calendar shifts',
            '  Week of     Required  Available  Over',
            '! 2027-03-01        21         24     3',
            '  2027-03-08         4         24     0',
            '  2027-03-15         0          4     0',
            '',
            '  Task   Name       Units  Start       Finish',
            '  strip  Strip out      3  2027-03-01  2027-03-05',
            '  wire   Rewire         2  2027-03-01  2027-03-03',
            '  move   Move           2  2027-03-08  2027-03-09',
            '',
            'alex · Alex Smith · 1 unit',
            'On leave 2027-03-10 → 2027-03-12 (Annual leave)',
            '  Week of     Required  Available  Over',
            '  2027-03-01         5          5     0',
            '! 2027-03-08         4          2     2',
            '  2027-03-15         1          1     0',
            '',
            '  Task   Name           Units  Start       Finish',
            '  plan   Plan the move      1  2027-03-01  2027-03-05',
            '  brief  Brief staff        1  2027-03-08  2027-03-15',
            '  move   Move               1  2027-03-08  2027-03-09',
            '',
            'sam · Patel, Sam | joiner · 1 unit',
            '  Week of     Required  Available  Over',
            '  2027-03-01         0          5     0',
            '  2027-03-08         0          5     0',
            '  2027-03-15         0          1     0',
            '',
            '  No work assigned.',
            '',
            'Over-allocated:',
            '! crew 2027-03-01 → 2027-03-03: up to 5 units asked for, 4 available (strip, wire)',
            '! alex 2027-03-08 → 2027-03-09: up to 2 units asked for, 1 available (brief, move)',
        ]);
        // `--format table` is the default.
        expect(proj(['resources', file, '--format', 'table']).stdout).toBe(run.stdout);
    });

    test('--format markdown: a section per resource with GitHub tables, over weeks in bold, names escaped', () => {
        const file = write('markdown/site.proj', site);
        const run = proj(['resources', file, '--format', 'markdown']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // Two tables a resource, but Sam has no work.
        expect(expectWellFormedTables(run.stdout)).toBe(5);
        expect(run.lines).toEqual([
            '# Resource loading: `site` Site works',
            '',
            '2027-03-01 → 2027-03-15. Weeks start on Monday; figures are unit-days (units × working days). A week marked ⚠ has a day on which'
            + ' the resource is asked for more units than it has; its *over* sums what each such day asks beyond what it has.',
            '',
            '## `crew` Facilities crew',
            '',
            '4 units · calendar `shifts`.',
            '',
            '| Week of | Required | Available | Over |',
            '| --- | ---: | ---: | ---: |',
            '| 2027-03-01 | 21 | 24 | **3** ⚠ |',
            '| 2027-03-08 | 4 | 24 | 0 |',
            '| 2027-03-15 | 0 | 4 | 0 |',
            '',
            '| Task | Name | Units | Start | Finish |',
            '| --- | --- | ---: | --- | --- |',
            '| `strip` | Strip out | 3 | 2027-03-01 | 2027-03-05 |',
            '| `wire` | Rewire | 2 | 2027-03-01 | 2027-03-03 |',
            '| `move` | Move | 2 | 2027-03-08 | 2027-03-09 |',
            '',
            '## `alex` Alex Smith',
            '',
            '1 unit · on leave 2027-03-10 → 2027-03-12 (Annual leave).',
            '',
            '| Week of | Required | Available | Over |',
            '| --- | ---: | ---: | ---: |',
            '| 2027-03-01 | 5 | 5 | 0 |',
            '| 2027-03-08 | 4 | 2 | **2** ⚠ |',
            '| 2027-03-15 | 1 | 1 | 0 |',
            '',
            '| Task | Name | Units | Start | Finish |',
            '| --- | --- | ---: | --- | --- |',
            '| `plan` | Plan the move | 1 | 2027-03-01 | 2027-03-05 |',
            '| `brief` | Brief staff | 1 | 2027-03-08 | 2027-03-15 |',
            '| `move` | Move | 1 | 2027-03-08 | 2027-03-09 |',
            '',
            '## `sam` Patel, Sam \\| joiner',
            '',
            '1 unit.',
            '',
            '| Week of | Required | Available | Over |',
            '| --- | ---: | ---: | ---: |',
            '| 2027-03-01 | 0 | 5 | 0 |',
            '| 2027-03-08 | 0 | 5 | 0 |',
            '| 2027-03-15 | 0 | 1 | 0 |',
            '',
            'No work assigned.',
            '',
            '## Over-allocated',
            '',
            '- `crew` 2027-03-01 → 2027-03-03: up to 5 units asked for, 4 available (`strip`, `wire`).',
            '- `alex` 2027-03-08 → 2027-03-09: up to 2 units asked for, 1 available (`brief`, `move`).',
        ]);
    });

    test('--project picks one of several; past the status date nothing is over, though a past week was; shares of a unit', () => {
        const file = write('select/two.proj', twoProjects);
        const run = proj(['resources', file, '--project', 'yard']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'yard · Yard · resource loading · 2027-03-01 → 2027-03-03',
            '',
            'Weeks from Monday, in unit-days (units × working days); ! marks a week with a day over.',
            '',
            'team · Yard team · 3 units',
            '  Week of     Required  Available  Over',
            // 2 + 1.5 asked of 3 on Monday and Tuesday, both by the status date.
            '! 2027-03-01         9          9     1',
            '',
            '  Task   Name   Units  Start       Finish',
            '  dig    Dig        2  2027-03-01  2027-03-03',
            '  fence  Fence    1.5  2027-03-01  2027-03-02',
            '',
            'Over-allocated after the status date, 2027-03-02: none',
        ]);

        const json = JSON.parse(proj(['resources', file, '--project', 'yard', '--format', 'json']).stdout);
        expect(json).toMatchObject({ project: 'yard', status: '2027-03-02', overAllocations: [] });
        expect(json.resources[0].weeks).toEqual([week('2027-03-01', 9, 9, 1, 2)]);
        expect(json.resources[0].assignments[1]).toEqual(assignment('fence', 'Fence', 1.5, '2027-03-01', '2027-03-02'));

        const markdown = proj(['resources', file, '--project', 'yard', '--format', 'markdown']).stdout;
        expect(markdown).toContain('2027-03-01 → 2027-03-03, status date 2027-03-02. Weeks start on Monday;');
        expect(markdown).toContain('\n## Over-allocated after the status date, 2027-03-02\n\nNone.\n');
    });

    test('a plan without resources: the loading is empty, and says why', () => {
        const file = write('bare/two.proj', twoProjects);
        const table = proj(['resources', file, '--project', 'bare']);
        expect(table.status).toBe(0);
        expect(table.lines).toEqual([
            'bare · Bare · resource loading · 2027-03-01 → 2027-03-01',
            '',
            'The plan has no resources: declare one, such as \'resource crew "Facilities crew" { units 4 }\', and assign it to tasks with \'assign crew 2\'.',
        ]);
        expect(JSON.parse(proj(['resources', file, '--project', 'bare', '--format', 'json']).stdout))
            .toEqual({ project: 'bare', start: '2027-03-01', finish: '2027-03-01', status: null, resources: [], overAllocations: [] });
        expect(proj(['resources', file, '--project', 'bare', '--format', 'csv']).lines).toEqual(['resource,name,week,required,available,over,daysOver']);
    });

    test('the example: the crew\'s survey, Alex\'s two tasks, nothing over after the status date', () => {
        const run = proj(['resources', example, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout);
        expect(json.resources.map((resource: { id: string }) => resource.id)).toEqual(['alex', 'crew']);
        expect(json.resources[1].assignments).toEqual([assignment('survey', 'Site survey', 4, '2027-01-11', '2027-01-14')]);
        expect(json.resources[1].weeks[1]).toEqual(week('2027-01-11', 16, 20, 0, 0));
        expect(json.overAllocations).toEqual([]);
        expect(proj(['resources', example]).lines.at(-1)).toBe('Over-allocated after the status date, 2027-03-01: none');
    });

    test('--output writes the file, making its folders, and prints nothing', () => {
        const file = write('output/site.proj', site);
        const output = path.join(scratch.dir, 'output', 'deep', 'resources.md');
        const run = proj(['resources', file, '--format', 'markdown', '-o', output]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(output, 'utf-8')).toBe(proj(['resources', file, '--format', 'markdown']).stdout);
    });

    test('a file with errors prints them to stderr, nothing to stdout, writes nothing, and exits 1', () => {
        const file = write('errors/broken.proj', [
            'project broken {',
            '    start 2027-01-04',
            '    resource crew "Crew" { units 2 }',
            '    task one "One" { duration 1d assign crew 3 after nobody }',
            '}',
            '',
        ].join('\n'));
        const output = path.join(scratch.dir, 'errors', 'out.csv');
        for (const args of [[], ['--format', 'json'], ['--format', 'csv', '--output', output], ['--format', 'markdown']]) {
            const run = proj(['resources', file, ...args]);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe([
                `${file}:4:46: error: 'crew' has 2 units, so 3 cannot be assigned: at most 2. [proj/assignment-units]`,
                `${file}:4:54: error: Unknown task, milestone or phase 'nobody'. [proj/unknown-reference]`,
                `proj: ${file} has errors; fix them to show its resource loading.`,
                '',
            ].join('\n'));
            expect(run.status).toBe(1);
        }
        expect(existsSync(output)).toBe(false);
    });

    test('several projects and no --project is a usage error listing the ids', () => {
        const file = write('several/two.proj', twoProjects);
        const run = proj(['resources', file]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${file} holds several projects ('bare', 'yard'): choose one with --project <id>.\n`);
        expect(run.status).toBe(2);
    });

    test.each([
        [['resources'], "error: missing required argument 'file'"],
        [['resources', '--format', 'html', example], "error: option '--format <format>' argument 'html' is invalid. Allowed choices are table, json, csv, markdown."],
        [['resources', 'examples'], 'proj: examples: a folder; proj resources takes one .proj file.'],
        [['resources', 'examples/no-such.proj'], 'proj: examples/no-such.proj: no such file or folder.'],
        [['resources', example, '--project', 'office'], `proj: ${example}: no project 'office'; the file holds 'office_move'.`],
    ])('proj %j is a usage error', (args, message) => {
        const run = proj(args);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toBe(message);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(run.status).toBe(2);
    });

    test('--help explains the figures, the formats and the exit codes', () => {
        const run = proj(['resources', '--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: proj resources [options] <file>');
        expect(run.stdout).toMatch(/--format <format>\s+output format \(choices: "table", "json", "csv",\s+"markdown", default: "table"\)/);
        expect(run.stdout).toContain('Columns: resource,name,week,required,available,over,daysOver');
        expect(run.stdout).toContain('over-allocation is part of it, not an error');
        expect(proj(['--help']).stdout).toMatch(/\n {2}resources \[options\] <file> +Resource loading of a project/);
    });
});

describe('proj schedule --format json: resources and assignments', () => {
    test('the plan\'s resources at the top level, each task\'s assignments and levelling, after the existing keys', () => {
        const file = write('schedule/site.proj', site);
        const run = proj(['schedule', file, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        const json = JSON.parse(run.stdout);
        expect(Object.keys(json)).toEqual(['project', 'start', 'finish', 'criticalPath', 'tasks', 'criticalPaths', 'missedDates', 'resources', 'baseline']);
        expect(json.resources).toEqual([
            { id: 'crew', name: 'Facilities crew', units: 4, calendar: 'shifts' },
            { id: 'alex', name: 'Alex Smith', units: 1, calendar: null },
            { id: 'sam', name: 'Patel, Sam | joiner', units: 1, calendar: null },
        ]);
        for (const task of json.tasks) {
            expect(Object.keys(task)).toEqual([
                'id', 'name', 'phase', 'start', 'finish', 'durationDays', 'totalFloat', 'freeFloat', 'critical', 'milestone',
                'assignments', 'levellingDelay', 'delayedBy', 'baselineStart', 'baselineFinish', 'startVariance', 'finishVariance',
            ]);
        }
        expect(json.tasks.map((task: { id: string; assignments: unknown; levellingDelay: unknown; delayedBy: unknown }) =>
            [task.id, task.assignments, task.levellingDelay, task.delayedBy])).toEqual([
            ['strip', [{ resource: 'crew', units: 3 }], null, null],
            ['wire', [{ resource: 'crew', units: 2 }], null, null],
            ['plan', [{ resource: 'alex', units: 1 }], null, null],
            ['brief', [{ resource: 'alex', units: 1 }], null, null],
            // `assign crew 50%, alex`: half the crew, and all of Alex, in the order assigned.
            ['move', [{ resource: 'crew', units: 2 }, { resource: 'alex', units: 1 }], null, null],
            ['done', [], null, null],
        ]);
        // The CSV keeps its ten columns.
        expect(proj(['schedule', file, '--format', 'csv']).lines[0]).toBe('id,name,phase,start,finish,durationDays,totalFloat,freeFloat,critical,milestone');
    });

    test('a plan without resources has none, and no task has assignments', () => {
        const file = write('schedule/two.proj', twoProjects);
        const json = JSON.parse(proj(['schedule', file, '--project', 'bare', '--format', 'json']).stdout);
        expect(json.resources).toEqual([]);
        expect(json.tasks).toEqual([{
            id: 'one', name: 'One', phase: null, start: '2027-03-01', finish: '2027-03-01', durationDays: 1, totalFloat: 0, freeFloat: 0,
            critical: true, milestone: false, assignments: [], levellingDelay: null, delayedBy: null,
            baselineStart: null, baselineFinish: null, startVariance: null, finishVariance: null,
        }]);
    });
});
