// Plans linked across files, through the built `proj` command: the CLI links the files named and
// their folders' plans, and schedules linked plans together.
import { rmSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
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
