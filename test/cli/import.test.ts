// `proj import` and `proj export --format mspdi|ics`, run as users run them: the built binary.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';

const scratch = useScratchFolder('proj-import-');
const example = path.join('examples', 'office-move.proj');
const fixture = (name: string) => path.join(repoRoot, 'test', 'interchange', 'fixtures', `${name}.xml`);

describe('proj import', () => {
    test('writes a valid, formatted plan to standard output, and says on standard error what it could not carry', () => {
        const run = proj(['import', fixture('resources')]);
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('project fit_out "Fit-out" {');
        expect(run.stdout).toContain('        assign fitters 3, sam_jones 50%\n');
        expect(run.stderr.split('\n').filter(Boolean)).toEqual([
            'proj: not carried: Resource Sam Jones has a cost per use (50): not carried; Proj costs work at one rate.',
            'proj: not carried: Resource Tiles is a material resource: Proj\'s resources work in time, so it and its assignments are not carried.',
            'proj: not carried: sam_jones works on fit_kitchens with a bell work contour: not carried; Proj spreads work evenly.',
            `proj: imported ${fixture('resources')}: 2 tasks, 3 resources; 3 things not carried (above).`,
        ]);
    });

    test('--output writes the plan, which `proj check` finds clean', () => {
        const output = path.join(scratch.dir, 'imported', 'work.proj');
        const run = proj(['import', fixture('work'), '--output', output]);
        expect(run.status).toBe(0);
        expect(run.stdout).toBe('');
        expect(readFileSync(output, 'utf8')).toContain('phase move "Move" {\n        after plans_approved\n');
        const check = proj(['check', output]);
        expect(check.stdout + check.stderr).toBe('No problems in 1 file.\n');
        expect(check.status).toBe(0);
    });

    test('a file that is not MS Project XML, or missing, cannot be imported', () => {
        const html = scratch.write('page.xml', '<html><body>hello</body></html>');
        const notProject = proj(['import', html]);
        expect(notProject.status).toBe(1);
        expect(notProject.stderr).toBe(`proj: ${html}: not MS Project XML: it has no <Project> element.\n`);
        const missing = proj(['import', path.join(scratch.dir, 'nowhere.xml')]);
        expect(missing.status).toBe(2);
        expect(missing.stderr).toMatch(/nowhere\.xml: cannot read the file \(ENOENT\)/);
    });
});

describe('proj export --format mspdi', () => {
    test('MS Project XML of the example that `proj import` reads back into the same schedule', () => {
        const xml = path.join(scratch.dir, 'office-move.xml');
        const exported = proj(['export', example, '--format', 'mspdi', '--output', xml]);
        expect(exported.stderr).toBe('proj: note: fitout: MS Project has no three-point estimate; its PERT mean, 16 working days, is written as the duration.\n');
        expect(exported.status).toBe(0);
        expect(readFileSync(xml, 'utf8')).toMatch(/^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>\n<Project xmlns="http:\/\/schemas.microsoft.com\/project">/);
        const back = path.join(scratch.dir, 'office-move-again.proj');
        expect(proj(['import', xml, '--output', back]).status).toBe(0);
        const schedule = (file: string) => JSON.parse(proj(['schedule', file, '--format', 'json']).stdout).tasks
            .map((task: Record<string, unknown>) => [task.id, task.start, task.finish, task.totalFloat, task.critical]);
        expect(schedule(back)).toEqual(schedule(example));
    });
});

describe('proj export --format ics', () => {
    test('the milestones as all-day events; --tasks adds the tasks; two runs give the same bytes', () => {
        const run = proj(['export', example, '--format', 'ics']);
        expect(run.status).toBe(0);
        const events = (text: string) => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map(event => new ICAL.Event(event).summary);
        expect(events(run.stdout)).toEqual(['Business case approved', 'Staff moved']);
        const withTasks = proj(['export', example, '--format', 'ics', '--tasks']);
        expect(events(withTasks.stdout)).toHaveLength(7);
        expect(proj(['export', example, '--format', 'ics', '--tasks']).stdout).toBe(withTasks.stdout);
    });

    test('--tasks is for --format ics only', () => {
        const run = proj(['export', example, '--format', 'mspdi', '--tasks']);
        expect(run.status).toBe(2);
        expect(run.stderr).toBe('proj: --tasks applies to --format ics only.\n');
    });
});
