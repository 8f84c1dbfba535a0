import { describe, expect, test } from 'vitest';
import type { PlanInput, ScheduledItem } from '../../language/src/engine/plan-model.js';
import { scheduleProgramme } from '../../language/src/engine/programme.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { plan, type ItemSketch } from './plan-builder.js';

// Plans that wait for each other, worked by hand on a Monday-to-Friday calendar: 4 January 2027 is
// a Monday. Alpha builds for ten days, 4 to 15 January, and is done at the end of Friday the 15th.

const alpha = (more: Record<string, ItemSketch> = {}, options: Parameters<typeof plan>[1] = {}) => plan({
    build: { duration: '10d' },
    done: { after: ['build'] },
    ...more,
}, { id: 'alpha', ...options });

const beta = (deploy: ItemSketch, options: Parameters<typeof plan>[1] = {}, more: Record<string, ItemSketch> = {}) =>
    plan({ deploy: { duration: '3d', ...deploy }, ...more }, { id: 'beta', ...options });

function itemOf(plans: readonly PlanInput[], project: string, id: string): ScheduledItem {
    const schedule = scheduleProgramme(plans).plans.get(project)!.schedule!;
    return schedule.items.find(item => item.id === id)!;
}

const dates = (item: ScheduledItem) => [item.start, item.finish];

describe('a link between plans moves dates as a link within one plan does', () => {
    test('FS: deploy waits for alpha.done, on the Monday after it', () => {
        const deploy = itemOf([alpha(), beta({ after: ['alpha.done'] })], 'beta', 'deploy');
        expect(dates(deploy)).toEqual(['2027-01-18', '2027-01-20']);
        expect(deploy.drivingPredecessor).toBe('alpha.done');
    });

    test('the same dates as the link within one plan gives', () => {
        const together = schedulePlan(plan({ build: { duration: '10d' }, done: { after: ['build'] }, deploy: { duration: '3d', after: ['done FS +2d'] } }));
        const within = together.items.find(item => item.id === 'deploy')!;
        const across = itemOf([alpha(), beta({ after: ['alpha.done FS +2d'] })], 'beta', 'deploy');
        expect(dates(across)).toEqual(dates(within));
        expect(dates(across)).toEqual(['2027-01-20', '2027-01-22']);
    });

    test('SS with a lag: two working days after build starts', () => {
        expect(dates(itemOf([alpha(), beta({ after: ['alpha.build SS +2d'] })], 'beta', 'deploy'))).toEqual(['2027-01-06', '2027-01-08']);
    });

    test('FF with a lag: finishes a working day after build finishes', () => {
        expect(dates(itemOf([alpha(), beta({ after: ['alpha.build FF +1d'] })], 'beta', 'deploy'))).toEqual(['2027-01-14', '2027-01-18']);
    });

    test('SF: finishes no earlier than build starts, so it may run before it', () => {
        // Beta starts a week earlier: deploy finishes on Monday 4 January, the day build starts, as within one plan.
        const deploy = itemOf([alpha(), beta({ after: ['alpha.build SF'] }, { start: '2026-12-28' })], 'beta', 'deploy');
        expect(dates(deploy)).toEqual(['2026-12-31', '2027-01-04']);
        const within = schedulePlan(plan({ build: { duration: '10d', constraints: [['start-no-earlier-than', '2027-01-04']] }, deploy: { duration: '3d', after: ['build SF'] } }, { start: '2026-12-28' }));
        expect(dates(deploy)).toEqual(dates(within.items[1]));
    });

    test("the lag counts in the successor plan's working days, on its own calendar", () => {
        // Beta works Monday to Thursday: Monday 18, then two working days of lag, then Wednesday 20, Thursday 21, Monday 25.
        const deploy = itemOf([alpha(), beta({ after: ['alpha.done FS +2d'] }, { workdays: ['mon', 'tue', 'wed', 'thu'] })], 'beta', 'deploy');
        expect(dates(deploy)).toEqual(['2027-01-20', '2027-01-25']);
    });

    test('each plan keeps its own start: a later start still holds', () => {
        const deploy = itemOf([alpha(), beta({ after: ['alpha.done'] }, { start: '2027-02-01' })], 'beta', 'deploy');
        expect(dates(deploy)).toEqual(['2027-02-01', '2027-02-03']);
        expect(deploy.drivingPredecessor).toBeUndefined();
    });

    test('a status date in one plan and not the other: the work left after it moves the plan that waits', () => {
        // Two of build's ten days are done by Friday 8 January; eight are left from Monday 11: it ends Wednesday 20.
        const plans = [alpha({}, { status: '2027-01-08' }), beta({ after: ['alpha.done'] })];
        plans[0] = { ...plans[0], items: plans[0].items.map(item => item.id === 'build' ? { ...item, progress: 20 } : item) };
        expect(dates(itemOf(plans, 'beta', 'deploy'))).toEqual(['2027-01-21', '2027-01-25']);
    });

    test('three plans in a chain, given in any order', () => {
        const gamma = plan({ release: { duration: '1d', after: ['beta.deploy'] } }, { id: 'gamma' });
        for (const plans of [[alpha(), beta({ after: ['alpha.done'] }), gamma], [gamma, beta({ after: ['alpha.done'] }), alpha()]]) {
            const programme = scheduleProgramme(plans);
            expect(programme.settled).toBe(true);
            expect(dates(programme.plans.get('gamma')!.schedule!.items[0])).toEqual(['2027-01-21', '2027-01-21']);
        }
    });

    test('a milestone after work of another plan stands at the end of its day, as within one plan', () => {
        const ready = itemOf([alpha(), plan({ ready: { after: ['alpha.build'] } }, { id: 'beta' })], 'beta', 'ready');
        expect(ready).toMatchObject({ start: '2027-01-15', finish: '2027-01-15', atEndOfDay: true });
    });

    test('a plan in hours waits to the hour; a plan in days from the next day', () => {
        // Build takes 4 of alpha's hours from 09:00: it ends at 13:00 on Monday.
        const alphaHours = plan({ build: { duration: '4h' } }, { id: 'alpha' });
        expect(itemOf([alphaHours, beta({ duration: '2h', after: ['alpha.build'] })], 'beta', 'deploy')).toMatchObject({ start: '2027-01-04', startTime: '13:00', finishTime: '15:00' });
        expect(dates(itemOf([alphaHours, beta({ duration: '1d', after: ['alpha.build'] })], 'beta', 'deploy'))).toEqual(['2027-01-05', '2027-01-05']);
    });
});

describe('floats and the critical path run across plans', () => {
    // Alpha alone: docs (15 days, to Friday 22 January) finishes it, so build has five days of float.
    const withDocs = () => alpha({ docs: { duration: '15d' } });

    test('work that a critical successor in another plan waits for is critical', () => {
        const alone = scheduleProgramme([withDocs()]).plans.get('alpha')!.schedule!;
        expect(alone.items.find(item => item.id === 'build')).toMatchObject({ totalFloat: 5, critical: false });
        const programme = scheduleProgramme([withDocs(), beta({ after: ['alpha.done'] })]);
        const build = programme.plans.get('alpha')!.schedule!.items.find(item => item.id === 'build')!;
        expect(build).toMatchObject({ totalFloat: 0, critical: true, lateFinish: '2027-01-15' });
        expect(programme.settled).toBe(true);
    });

    test("a successor's float in another plan is the float of the work it waits for", () => {
        // Beta has a longer task of its own: deploy may slip four days, and so may build.
        const programme = scheduleProgramme([withDocs(), beta({ after: ['alpha.done'] }, {}, { audit: { duration: '17d' } })]);
        const build = programme.plans.get('alpha')!.schedule!.items.find(item => item.id === 'build')!;
        expect(build).toMatchObject({ totalFloat: 4, critical: false });
    });

    test('free float counts to the early start of the successor in another plan', () => {
        // Deploy waits two days more than the link asks (it starts no earlier than Wednesday 20): done may
        // slip two days before it moves deploy, and no more, as beta then finishes late.
        const programme = scheduleProgramme([withDocs(), beta({ after: ['alpha.done'], constraints: [['start-no-earlier-than', '2027-01-20']] })]);
        const done = programme.plans.get('alpha')!.schedule!.items.find(item => item.id === 'done')!;
        expect(done).toMatchObject({ freeFloat: 2, totalFloat: 2 });
    });

    test("each plan's own finish still bounds its work: the last of alpha is critical in alpha", () => {
        const programme = scheduleProgramme([alpha(), beta({ after: ['alpha.done'], constraints: [['start-no-earlier-than', '2027-01-20']] })]);
        expect(programme.plans.get('alpha')!.schedule!.items.find(item => item.id === 'done')).toMatchObject({ totalFloat: 0, critical: true });
    });
});

describe('a cycle across plans', () => {
    test('is reported on every link between plans, with the whole cycle, and those links are left out', () => {
        const a = plan({ x: { duration: '2d', after: ['beta.y'] } }, { id: 'alpha' });
        const b = plan({ y: { duration: '3d', after: ['alpha.x'] } }, { id: 'beta' });
        const programme = scheduleProgramme([a, b]);
        expect(programme.linksOnCycles.map(link => `${link.project}.${link.item}: ${link.cycle.join(' -> ')}`)).toEqual([
            'alpha.x: beta.y -> alpha.x -> beta.y',
            'beta.y: alpha.x -> beta.y -> alpha.x',
        ]);
        expect(dates(programme.plans.get('alpha')!.schedule!.items[0])).toEqual(['2027-01-04', '2027-01-05']);
        expect(dates(programme.plans.get('beta')!.schedule!.items[0])).toEqual(['2027-01-04', '2027-01-06']);
    });

    test('plans that wait for each other both ways, without a cycle of work, are scheduled to their final dates', () => {
        const a = plan({ x: { duration: '2d' }, z: { duration: '1d', after: ['beta.y'] } }, { id: 'alpha' });
        const b = plan({ y: { duration: '3d', after: ['alpha.x'] } }, { id: 'beta' });
        const programme = scheduleProgramme([a, b]);
        expect(programme.linksOnCycles).toEqual([]);
        expect(programme.settled).toBe(true);
        expect(dates(programme.plans.get('beta')!.schedule!.items[0])).toEqual(['2027-01-06', '2027-01-08']);
        expect(dates(programme.plans.get('alpha')!.schedule!.items[1])).toEqual(['2027-01-11', '2027-01-11']);
    });
});

describe('scheduling again after an edit', () => {
    const gamma = (days: string) => plan({ release: { duration: days, after: ['beta.deploy'] } }, { id: 'gamma' });

    /** A plan scheduler that keeps what it made for each plan and the view it had, as ProjectSchedules does. */
    function keeping() {
        const kept = new Map<string, { input: PlanInput; view: string; scheduled: { plan: PlanInput; schedule: ReturnType<typeof schedulePlan> } }>();
        const scheduled: string[] = [];
        return {
            scheduled,
            scheduleOne: (input: PlanInput) => {
                const view = JSON.stringify([input.external, input.successorBounds]);
                const last = kept.get(input.id);
                if (last && last.view === view && JSON.stringify({ ...last.input, external: undefined, successorBounds: undefined }) === JSON.stringify({ ...input, external: undefined, successorBounds: undefined })) {
                    return last.scheduled;
                }
                scheduled.push(input.id);
                const result = { plan: input, schedule: schedulePlan(input) };
                kept.set(input.id, { input, view, scheduled: result });
                return result;
            },
        };
    }

    test('starts from the schedules before it: the same dates as from scratch', () => {
        const before = scheduleProgramme([alpha(), beta({ after: ['alpha.done'] }), gamma('1d')]);
        // Alpha's build takes two days more: beta and gamma move.
        const edited = [alpha({ build: { duration: '12d' } }), beta({ after: ['alpha.done'] }), gamma('1d')];
        const again = scheduleProgramme(edited, undefined, before.plans);
        const fromScratch = scheduleProgramme(edited);
        expect([...again.plans].map(([id, scheduled]) => [id, scheduled.schedule])).toEqual([...fromScratch.plans].map(([id, scheduled]) => [id, scheduled.schedule]));
        expect(dates(again.plans.get('gamma')!.schedule!.items[0])).toEqual(['2027-01-25', '2027-01-25']);
    });

    test('a plan the edit does not reach, seeing the others as before, is not scheduled again', () => {
        const { scheduled, scheduleOne } = keeping();
        const before = scheduleProgramme([alpha(), beta({ after: ['alpha.done'] }), gamma('1d')], scheduleOne);
        scheduled.length = 0;
        // Release, last of all, takes a day more: nothing waits for it, and nothing before it moves.
        scheduleProgramme([alpha(), beta({ after: ['alpha.done'] }), gamma('2d')], scheduleOne, before.plans);
        expect(scheduled).toEqual(['gamma']);
    });
});
