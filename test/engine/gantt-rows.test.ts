import { describe, expect, test } from 'vitest';
import { ganttRows } from '../../language/src/engine/gantt-rows.js';
import { scheduleProgramme } from '../../language/src/engine/programme.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { plan, type ItemSketch } from './plan-builder.js';

function rowsOf(items: Record<string, ItemSketch>, options: Parameters<typeof ganttRows>[2] = {}) {
    const input = { ...plan(items, { status: '2027-01-05' }), title: 'The move' };
    return ganttRows(input, schedulePlan(input), options);
}

const PLAN: Record<string, ItemSketch> = {
    design: { kind: 'phase' },
    sketch: { duration: '3d', phase: 'design', progress: 100, actualStart: '2027-01-04', actualFinish: '2027-01-06' },
    review: { duration: '2d', phase: 'design', after: ['sketch FF +1d'] },
    build: { kind: 'phase' },
    frame: { duration: '4d', phase: 'build', after: ['design'] },
    roof: { duration: '2d', phase: 'build', after: ['frame SS +1d', 'review'] },
    done: { after: ['roof'] },
};

describe('the Gantt\'s rows and links', () => {
    test('a row per phase, task and milestone in plan order, phases first, each in its phases\' section (the project\'s title for the rest)', () => {
        const { rows } = rowsOf(PLAN);
        expect(rows.map(row => [row.id, row.kind, row.depth, row.section])).toEqual([
            ['design', 'phase', 0, 'design'],
            ['sketch', 'task', 1, 'design'],
            ['review', 'task', 1, 'design'],
            ['build', 'phase', 0, 'build'],
            ['frame', 'task', 1, 'build'],
            ['roof', 'task', 1, 'build'],
            ['done', 'milestone', 0, 'The move'],
        ]);
        expect(rows.find(row => row.id === 'design')).toMatchObject({ contains: 2, start: '2027-01-04' });
    });

    test('a link per dependency, with its type, its lag written as in the plan, and the clause that made it; the critical chain marked', () => {
        const { links } = rowsOf(PLAN);
        // The chain: review (sketch is done), then frame after the design phase that review ends.
        expect(links).toEqual([
            { from: 'sketch', to: 'review', type: 'FF', lag: '+1d', critical: false, source: { item: 'review', index: 0 } },
            { from: 'design', to: 'frame', type: 'FS', critical: true, source: { item: 'frame', index: 0 } },
            { from: 'frame', to: 'roof', type: 'SS', lag: '+1d', critical: false, source: { item: 'roof', index: 0 } },
            { from: 'review', to: 'roof', type: 'FS', critical: false, source: { item: 'roof', index: 1 } },
            { from: 'roof', to: 'done', type: 'FS', critical: false, source: { item: 'done', index: 0 } },
        ]);
    });

    test('what sets each start: the driving link, or a reason', () => {
        const { rows } = rowsOf(PLAN);
        const driver = (id: string) => rows.find(row => row.id === id)?.driver;
        expect(driver('sketch')).toEqual({ kind: 'reason', reason: 'actual-start' });
        // The phase's last work drives frame: the link is the one the plan writes, after design.
        expect(driver('frame')).toEqual({ kind: 'link', from: 'design', type: 'FS' });
        expect(driver('review')).toEqual({ kind: 'link', from: 'sketch', type: 'FF', lag: '+1d' });
        expect(driver('done')).toEqual({ kind: 'link', from: 'roof', type: 'FS' });
    });

    test('a phase\'s link that drives its work is named with the phase, and drawn to the phase\'s bar', () => {
        const { rows, links } = rowsOf({
            approval: { duration: '2d' },
            delivery: { kind: 'phase', after: ['approval SS +1d'] },
            build: { duration: '3d', phase: 'delivery' },
        });
        expect(rows.find(row => row.id === 'build')?.driver).toEqual({ kind: 'link', from: 'approval', type: 'SS', lag: '+1d', phase: 'delivery' });
        expect(links).toEqual([{ from: 'approval', to: 'delivery', type: 'SS', lag: '+1d', critical: true, source: { item: 'delivery', index: 0 } }]);
    });

    test('a folded phase is its bar alone: links into it go to its bar, once, and none from the bar to itself', () => {
        const { rows, links } = rowsOf(PLAN, { folded: ['build'] });
        expect(rows.map(row => row.id)).toEqual(['design', 'sketch', 'review', 'build', 'done']);
        expect(rows.find(row => row.id === 'build')).toMatchObject({ folded: true, contains: 2 });
        // design → frame and review → roof both reach the folded bar; frame → roof is inside it.
        expect(links.map(link => `${link.from}>${link.to}`)).toEqual(['sketch>review', 'design>build', 'review>build', 'build>done']);
    });

    test('past the threshold every top-level phase is summarised but the one expanded', () => {
        const collapsed = rowsOf(PLAN, { collapseAbove: 3 });
        expect(collapsed.collapsed).toBe(true);
        expect(collapsed.rows.map(row => row.id)).toEqual(['design', 'build', 'done']);
        expect(collapsed.phases).toEqual([{ id: 'design', title: 'design' }, { id: 'build', title: 'build' }]);
        expect(rowsOf(PLAN, { collapseAbove: 3, expandedPhase: 'build' }).rows.map(row => row.id)).toEqual(['design', 'build', 'frame', 'roof', 'done']);
    });

    test("a finished task's row shows the working days it actually took", () => {
        const sketch = plan({ survey: { duration: '3d', actualStart: '2027-01-04', actualFinish: '2027-01-07', progress: 100 } }, { status: '2027-01-15' });
        expect(ganttRows(sketch, schedulePlan(sketch)).rows[0].workingDays).toBe(4);
    });
});

describe('deadlines on the rows', () => {
    test('a row carries its deadline, and by how much it is missed', () => {
        const { rows } = rowsOf({ a: { duration: '3d', deadline: '2027-01-05' }, b: { duration: '1d', deadline: '2027-01-08' }, c: { duration: '1d' } });
        expect(rows.map(row => row.deadline)).toEqual([{ date: '2027-01-05', missedBy: 1 }, { date: '2027-01-08' }, undefined]);
    });
});

describe('work of other plans on the rows', () => {
    // Beta waits for alpha.done; gamma.release waits for beta's deploy.
    const alphaPlan = plan({ build: { duration: '10d' }, done: { after: ['build'] } }, { id: 'alpha' });
    const betaPlan = plan({ deploy: { duration: '3d', after: ['alpha.done'] } }, { id: 'beta' });
    const gammaPlan = plan({ release: { duration: '1d', after: ['beta.deploy SS +1d'] } }, { id: 'gamma' });

    test('what the plan waits for comes first and what waits for it last, each with its plan, and the links between them', () => {
        const programme = scheduleProgramme([alphaPlan, betaPlan, gammaPlan]);
        const scheduled = (id: string) => programme.plans.get(id)!.schedule!;
        const gantt = ganttRows(betaPlan, scheduled('beta'), {
            elsewhere: [
                { side: 'before', project: 'alpha', projectTitle: 'Alpha', item: scheduled('alpha').items[1], links: [{ own: 'deploy', type: 'FS', index: 0 }] },
                { side: 'after', project: 'gamma', item: scheduled('gamma').items[0], links: [{ own: 'deploy', type: 'SS', lag: '+1d', index: 0 }] },
            ],
        });
        expect(gantt.rows.map(row => [row.id, row.title, row.section, row.start, row.elsewhere])).toEqual([
            ['alpha.done', 'done (Alpha)', 'Waited for: Alpha', '2027-01-15', { project: 'alpha', projectTitle: 'Alpha' }],
            ['deploy', 'deploy', 'beta', '2027-01-18', undefined],
            ['gamma.release', 'release (gamma)', 'Waiting: gamma', '2027-01-19', { project: 'gamma' }],
        ]);
        expect(gantt.links).toEqual([
            { from: 'alpha.done', to: 'deploy', type: 'FS', critical: true, source: { item: 'deploy', index: 0 } },
            { from: 'deploy', to: 'gamma.release', type: 'SS', lag: '+1d', critical: false, source: { item: 'gamma.release', index: 0 } },
        ]);
    });
});
