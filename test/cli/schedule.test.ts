// `proj schedule`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { proj, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-schedule-');
const write = scratch.write;

// Two projects; `someday` has no start date. `quoted` has a name that CSV must quote, and a
// constraint it misses; `idle` draws a warning, which must not stop scheduling nor reach stdout.
const twoProjects = [
    'project quoted "Quoted, with \\"marks\\"" {',
    '    start 2027-01-04',
    '    task paint "Paint, then \\"dry\\" the walls of the big meeting room" { duration 2d }',
    '    milestone done { after paint finish no later than 2027-01-04 }',
    '    task idle "Idle" { }',
    '}',
    'project someday "Someday" {',
    '    task wait "Wait" { duration 1d }',
    '}',
    '',
].join('\n');

describe('proj schedule', () => {
    test('--format json of the example is the hand-checked schedule, keys in the contract order', () => {
        const run = proj(['schedule', example, '--format', 'json']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.stdout.endsWith('}\n')).toBe(true);
        // The CSV's columns, then who is assigned (and how levelling delayed the work: the example
        // is not levelled).
        const task = (id: string, name: string, phase: string, start: string, finish: string, durationDays: number,
            totalFloat: number, freeFloat: number, critical: boolean, milestone: boolean, assignments: Array<{ resource: string; units: number }> = []) =>
            ({
                id, name, phase, start, finish, durationDays, totalFloat, freeFloat, critical, milestone, assignments, levellingDelay: null, delayedBy: null,
                // The example names no baseline.
                baselineStart: null, baselineFinish: null, startVariance: null, finishVariance: null,
            });
        const alex = [{ resource: 'alex', units: 1 }];
        const expected = {
            project: 'office_move',
            start: '2027-01-04',
            finish: '2027-03-09',
            criticalPath: ['fitout', 'it', 'moved'],
            tasks: [
                // Done as planned, Mon 4 to Fri 8 Jan: finished work has no float and is never critical.
                task('business_case', 'Draft business case', 'initiation', '2027-01-04', '2027-01-08', 5, 0, 0, false, false, alex),
                task('approval', 'Business case approved', 'initiation', '2027-01-08', '2027-01-08', 0, 0, 0, false, true),
                // Planned for 3 days; it ran from Mon 11 to Thu 14 Jan, as recorded: finished, it shows the 4 it took.
                task('survey', 'Site survey', 'delivery', '2027-01-11', '2027-01-14', 4, 0, 0, false, false, [{ resource: 'crew', units: 4 }]),
                // PERT (10 + 4 x 15 + 25) / 6 = 15.8, so 16 days from 15 Feb; 65% done by the status
                // date, Mon 1 Mar, so the 35% left, 5.6 days, runs from 2 Mar to Tue 9 Mar at 13:48.
                task('fitout', 'Fit-out', 'delivery', '2027-02-15', '2027-03-09', 16, 0, 0, true, false),
                // Start-to-start after the fit-out, but not before Wed 3 Mar: to Fri 5 Mar, two days
                // before the fit-out's finish.
                // 1.6 days before the fit-out's finish.
                task('briefing', 'Staff briefings', 'delivery', '2027-03-03', '2027-03-05', 3, 1.6, 1.6, false, false, alex),
                // Finish-to-finish: two days back from Tue 9 Mar 13:48, so from Fri 5 Mar 13:48.
                task('it', 'IT cut-over', 'delivery', '2027-03-05', '2027-03-09', 2, 0, 0, true, false),
                task('moved', 'Staff moved', 'delivery', '2027-03-09', '2027-03-09', 0, 0, 0, true, true),
            ],
            criticalPaths: [['fitout', 'it', 'moved']],
            missedDates: [],
            // The plan's resources; `calendar` null: both work the project's.
            resources: [
                { id: 'alex', name: 'Alex Smith', units: 1, calendar: null },
                { id: 'crew', name: 'Facilities crew', units: 4, calendar: null },
            ],
            baseline: null,
        };
        const actual = JSON.parse(run.stdout);
        expect(actual).toEqual(expected);
        // Tools rely on the order of the keys, not only on their values.
        expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
        // Pretty-printed with two spaces.
        expect(run.stdout).toBe(`${JSON.stringify(expected, undefined, 2)}\n`);
    });

    test('the table of the example: title, aligned columns, critical rows marked, the critical path', () => {
        const run = proj(['schedule', example]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'office_move · Office relocation to Leeds · 2027-01-04 → 2027-03-09',
            '',
            '  Id             Name                    Phase       Start       Finish      Days  Float  Free',
            '  business_case  Draft business case     initiation  2027-01-04  2027-01-08     5      0     0',
            '  approval       Business case approved  initiation  2027-01-08  2027-01-08     ◆      0     0',
            '  survey         Site survey             delivery    2027-01-11  2027-01-14     4      0     0',
            '* fitout         Fit-out                 delivery    2027-02-15  2027-03-09    16      0     0',
            '  briefing       Staff briefings         delivery    2027-03-03  2027-03-05     3    1.6   1.6',
            '* it             IT cut-over             delivery    2027-03-05  2027-03-09     2      0     0',
            '* moved          Staff moved             delivery    2027-03-09  2027-03-09     ◆      0     0',
            '',
            'Critical path: fitout → it → moved',
        ]);
        // `--format table` is the default.
        expect(proj(['schedule', '--format', 'table', example]).stdout).toBe(run.stdout);
    });

    test('--format csv: a header, then one row per task and milestone, quoted where needed', () => {
        const file = write('csv/two.proj', twoProjects);
        const run = proj(['schedule', file, '--project', 'quoted', '--format', 'csv']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'id,name,phase,start,finish,durationDays,totalFloat,freeFloat,critical,milestone',
            'paint,"Paint, then ""dry"" the walls of the big meeting room",,2027-01-04,2027-01-05,2,-1,-1,true,false',
            'done,,,2027-01-05,2027-01-05,0,-1,-1,true,true',
            'idle,Idle,,2027-01-04,2027-01-04,0,2,2,false,false',
        ]);
    });

    test('a plan that uses hours: times in the table; the JSON adds them and exact minutes after the contract\'s keys', () => {
        const file = write('hours.proj', [
            'project day {',
            '    start 2027-01-04',
            '    calendar { hours 09:00-12:30 13:30-17:30 }',
            '    task call { duration 4h }',
            '    task write { duration 1.5d after call }',
            '    milestone sent { after write }',
            '    task side { duration 1h }',
            '}',
            '',
        ].join('\n'));
        const table = proj(['schedule', file]);
        expect(table.status).toBe(0);
        // A day is 7.5 hours (450 minutes): 4h runs 09:00-12:30 and 13:30-14:00; 1.5d (675 minutes)
        // the rest of Monday (210), Tuesday (450) and Wednesday to 09:15. `side` has 855 minutes, 1.9 days, of float.
        expect(table.lines.slice(0, 7)).toEqual([
            'day · 2027-01-04 → 2027-01-06',
            '',
            '  Id     Name  Start             Finish            Days  Float  Free',
            '* call         2027-01-04 09:00  2027-01-04 14:00  0.53      0     0',
            '* write        2027-01-04 14:00  2027-01-06 09:15   1.5      0     0',
            '* sent         2027-01-06 09:15  2027-01-06 09:15     ◆      0     0',
            '  side         2027-01-04 09:00  2027-01-04 10:00  0.13    1.9   1.9',
        ]);
        const json = JSON.parse(proj(['schedule', file, '--format', 'json']).stdout);
        expect(json.usesHours).toBe(true);
        expect(json.tasks[1]).toMatchObject({
            id: 'write', start: '2027-01-04', finish: '2027-01-06', durationDays: 1.5,
            startTime: '14:00', finishTime: '09:15', durationMinutes: 675, totalFloatMinutes: 0, freeFloatMinutes: 0,
        });
        expect(Object.keys(json.tasks[1]).slice(-5)).toEqual(['startTime', 'finishTime', 'durationMinutes', 'totalFloatMinutes', 'freeFloatMinutes']);
    });

    test('--format csv of the example', () => {
        const run = proj(['schedule', example, '--format', 'csv']);
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'id,name,phase,start,finish,durationDays,totalFloat,freeFloat,critical,milestone',
            'business_case,Draft business case,initiation,2027-01-04,2027-01-08,5,0,0,false,false',
            'approval,Business case approved,initiation,2027-01-08,2027-01-08,0,0,0,false,true',
            'survey,Site survey,delivery,2027-01-11,2027-01-14,4,0,0,false,false',
            'fitout,Fit-out,delivery,2027-02-15,2027-03-09,16,0,0,true,false',
            'briefing,Staff briefings,delivery,2027-03-03,2027-03-05,3,1.6,1.6,false,false',
            'it,IT cut-over,delivery,2027-03-05,2027-03-09,2,0,0,true,false',
            'moved,Staff moved,delivery,2027-03-09,2027-03-09,0,0,0,true,true',
        ]);
    });

    test('--project picks one of several projects; the table cuts long names and lists missed dates', () => {
        const file = write('select/two.proj', twoProjects);
        const run = proj(['schedule', file, '--project', 'quoted']);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'quoted · Quoted, with "marks" · 2027-01-04 → 2027-01-05',
            '',
            // No phases, so no Phase column.
            // Names are cut to 32 characters at most, ellipsis included (here 31: no space before it).
            '  Id     Name                             Start       Finish      Days  Float  Free',
            '* paint  Paint, then "dry" the walls of…  2027-01-04  2027-01-05     2     -1    -1',
            '* done                                    2027-01-05  2027-01-05     ◆     -1    -1',
            '  idle   Idle                             2027-01-04  2027-01-04     0      2     2',
            '',
            'Critical path: paint → done',
            '! finish no later than 2027-01-04 on done missed by 1 working day',
        ]);

        const json = JSON.parse(proj(['schedule', file, '--project', 'quoted', '--format', 'json']).stdout);
        expect(json.missedDates).toEqual([{
            item: 'done', constraintIndex: 0, kind: 'finish-no-later-than', date: '2027-01-04', workingDays: 1, drivingChain: ['paint', 'done'],
        }]);
        expect(json.tasks[1]).toMatchObject({ id: 'done', name: null, phase: null, milestone: true });
    });

    test('ALAP work at its late dates, and a task deadline missed, in the table', () => {
        const file = write('alap/late.proj', [
            'project late {',
            '    start 2027-01-04',
            '    task long { duration 5d }',
            '    task paint { duration 2d schedule alap }',
            '    task tidy { duration 1d after paint }',
            '    task close { duration 3d deadline 2027-01-05 }',
            '    milestone done { after long, tidy, close }',
            '}',
            '',
        ].join('\n'));
        const run = proj(['schedule', file]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toEqual([
            'late · 2027-01-04 → 2027-01-08',
            '',
            '  Id     Name  Start       Finish      Days  Float  Free',
            '* long         2027-01-04  2027-01-08     5      0     0',
            '  paint        2027-01-06  2027-01-07     2      2     0',
            '* tidy         2027-01-08  2027-01-08     1      0     0',
            '* close        2027-01-04  2027-01-06     3     -1    -1',
            '* done         2027-01-08  2027-01-08     ◆      0     0',
            '',
            // As in MS Project, the ASAP successor of ALAP work has no float left: critical on its own.
            'Critical path: tidy',
            'Also critical: long → done',
            '! deadline 2027-01-05 on close missed by 1 working day',
        ]);
    });

    test('--level levels the plan: the work that waits says for how long, for which resource and for whom', () => {
        const file = write('level/crew.proj', [
            'project move {',
            '    start 2027-02-15',
            '    resource crew "Facilities crew" { units 4 }',
            '    task fitout "Fit-out" { duration 5d assign crew 3 priority 900 }',
            '    task briefing "Staff briefings" { duration 3d assign crew 2 }',
            '}',
            '',
        ].join('\n'));
        const unlevelled = JSON.parse(proj(['schedule', file, '--format', 'json']).stdout);
        expect(unlevelled.tasks.map((task: { start: string }) => task.start)).toEqual(['2027-02-15', '2027-02-15']);
        const run = proj(['schedule', file, '--format', 'json', '--level']);
        expect(run.status).toBe(0);
        const levelled = JSON.parse(run.stdout);
        expect(levelled.finish).toBe('2027-02-24');
        expect(levelled.tasks[0]).toMatchObject({ id: 'fitout', start: '2027-02-15', levellingDelay: null, delayedBy: null });
        expect(levelled.tasks[1]).toMatchObject({
            id: 'briefing', start: '2027-02-22', finish: '2027-02-24', levellingDelay: 5, delayedBy: { resource: 'crew', items: ['fitout'] },
            assignments: [{ resource: 'crew', units: 2 }],
        });
        // The project's `level` statement does the same without the option.
        const withStatement = write('level/statement.proj', ['project move {', '    start 2027-02-15', '    level', '    resource crew { units 4 }',
            '    task fitout { duration 5d assign crew 3 priority 900 }', '    task briefing { duration 3d assign crew 2 }', '}', ''].join('\n'));
        expect(JSON.parse(proj(['schedule', withStatement, '--format', 'json']).stdout).tasks[1]).toMatchObject({ start: '2027-02-22', levellingDelay: 5 });
    });

    test('several projects and no --project is a usage error listing the ids', () => {
        const file = write('several/two.proj', twoProjects);
        const run = proj(['schedule', file]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${file} holds several projects ('quoted', 'someday'): choose one with --project <id>.\n`);
        expect(run.status).toBe(2);
    });

    test('an unknown --project is a usage error', () => {
        const file = write('unknown/two.proj', twoProjects);
        const run = proj(['schedule', file, '--project', 'nope']);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe(`proj: ${file}: no project 'nope'; the file holds 'quoted', 'someday'.\n`);
        expect(run.status).toBe(2);

        const single = proj(['schedule', example, '--project', 'office']);
        expect(single.stdout).toBe('');
        expect(single.stderr).toBe(`proj: ${example}: no project 'office'; the file holds 'office_move'.\n`);
        expect(single.status).toBe(2);
    });

    test('a project without a start date cannot be scheduled: exit 1', () => {
        const file = write('no-start/two.proj', twoProjects);
        const run = proj(['schedule', file, '--project', 'someday', '--format', 'json']);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe("proj: project 'someday' has no start date, so it cannot be scheduled.\n");
        expect(run.status).toBe(1);
    });

    test('a file with errors prints them to stderr, nothing to stdout, and exits 1', () => {
        const file = write('errors/broken.proj', [
            'project broken {',
            '    start 2027-01-04',
            '    task one "One" { duration 1d after nobody }',
            '    task idle "Idle" { }',
            '}',
            '',
        ].join('\n'));
        for (const format of ['table', 'json', 'csv']) {
            const run = proj(['schedule', file, '--format', format]);
            expect(run.stdout).toBe('');
            // Errors only: the warning about `idle` is left to `proj check`.
            expect(run.stderr).toBe([
                `${file}:3:40: error: Unknown task, milestone or phase 'nobody'. [proj/unknown-reference]`,
                `proj: ${file} has errors; fix them to schedule it.`,
                '',
            ].join('\n'));
            expect(run.status).toBe(1);
        }
    });

    test('a file sees the plans next to it', () => {
        write('siblings/people.proj', 'resource pat "Pat Lee" { role "Facilities lead" rate 300/d }\n');
        const file = write('siblings/refit.proj', 'project refit {\n    start 2027-01-04\n    task paint "Paint" { duration 2d assign pat }\n}\n');
        const run = proj(['schedule', file, '--format', 'csv']);
        expect(run.stderr).toBe('');
        expect(run.lines).toEqual([
            'id,name,phase,start,finish,durationDays,totalFloat,freeFloat,critical,milestone',
            'paint,Paint,,2027-01-04,2027-01-05,2,0,0,true,false',
        ]);
        expect(run.status).toBe(0);
    });

    test.each([
        [['schedule'], "error: missing required argument 'file'"],
        [['schedule', '--format', 'xml', example], "error: option '--format <format>' argument 'xml' is invalid. Allowed choices are table, json, csv."],
        [['schedule', 'examples'], 'proj: examples: a folder; proj schedule takes one .proj file.'],
        [['schedule', 'examples/no-such.proj'], 'proj: examples/no-such.proj: no such file or folder.'],
    ])('proj %j is a usage error', (args, message) => {
        const run = proj(args);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toBe(message);
        expect(run.stderr).not.toMatch(/^\s+at /m);
        expect(run.status).toBe(2);
    });
});
