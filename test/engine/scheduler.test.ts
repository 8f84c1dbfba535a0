import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import { plan, type ItemSketch } from './plan-builder.js';

// 2027-01-04 is a Monday. Calendars work Monday to Friday unless a test says otherwise.

function datesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

function dates(items: Record<string, ItemSketch>, options?: Parameters<typeof plan>[1]) {
    return datesOf(schedulePlan(plan(items, options)));
}

describe('dates on the working calendar', () => {
    test('a 5d task from Monday finishes Friday; its successor starts the next Monday', () => {
        expect(dates({ a: { duration: '5d' }, b: { duration: '1d', after: ['a'] } })).toEqual({
            a: '2027-01-04..2027-01-08', b: '2027-01-11..2027-01-11',
        });
    });

    test('a milestone falls on the finish day it follows, or on the start day', () => {
        expect(dates({ a: { duration: '5d' }, done: { after: ['a'] }, begun: { after: ['a SS'] }, next: { duration: '1d', after: ['done'] } })).toEqual({
            a: '2027-01-04..2027-01-08', done: '2027-01-08..2027-01-08', begun: '2027-01-04..2027-01-04', next: '2027-01-11..2027-01-11',
        });
    });

    test('a milestone with no predecessor is at the project start, and a project starting on a Saturday starts work on Monday', () => {
        expect(dates({ kickoff: {}, a: { duration: '2d' } }, { start: '2027-01-02' })).toEqual({
            kickoff: '2027-01-04..2027-01-04', a: '2027-01-04..2027-01-05',
        });
    });

    test('holidays and weekends are skipped', () => {
        expect(dates({ a: { duration: '5d' } }, { holidays: ['2027-01-06'] })).toEqual({ a: '2027-01-04..2027-01-11' });
    });

    test('a week is the calendar\'s working days per week', () => {
        expect(dates({ a: { duration: '2w' } })).toEqual({ a: '2027-01-04..2027-01-15' });
        expect(dates({ a: { duration: '1w' } }, { workdays: ['mon', 'tue', 'wed', 'thu'] })).toEqual({ a: '2027-01-04..2027-01-07' });
    });
});

describe('dependency types, lags and leads', () => {
    test('FS with a lag and with a lead', () => {
        expect(dates({ a: { duration: '5d' }, lagged: { duration: '1d', after: ['a FS +2d'] }, led: { duration: '1d', after: ['a -1d'] } })).toEqual({
            a: '2027-01-04..2027-01-08', lagged: '2027-01-13..2027-01-13', led: '2027-01-08..2027-01-08',
        });
    });

    test('SS: starts with (or after) the predecessor\'s start', () => {
        expect(dates({ a: { duration: '5d' }, b: { duration: '3d', after: ['a SS +2d'] } })).toEqual({
            a: '2027-01-04..2027-01-08', b: '2027-01-06..2027-01-08',
        });
    });

    test('FF: finishes with (or after) the predecessor\'s finish', () => {
        expect(dates({ a: { duration: '5d' }, b: { duration: '2d', after: ['a FF'] }, c: { duration: '2d', after: ['a FF +1d'] } })).toEqual({
            a: '2027-01-04..2027-01-08', b: '2027-01-07..2027-01-08', c: '2027-01-08..2027-01-11',
        });
    });

    test('SF: finishes with (or after) the predecessor\'s start, never starting before the project', () => {
        expect(dates({ a: { duration: '3d' }, b: { duration: '2d', after: ['a SF'] }, c: { duration: '2d', after: ['a SF +4d'] } })).toEqual({
            a: '2027-01-04..2027-01-06', b: '2027-01-04..2027-01-05', c: '2027-01-06..2027-01-07',
        });
    });
});

describe('estimates', () => {
    test('a three-point estimate schedules on the PERT mean rounded up and keeps the standard deviation', () => {
        const schedule = schedulePlan(plan({ fitout: { estimate: ['10d', '15d', '25d'] } }));
        // (10 + 4 x 15 + 25) / 6 = 15.83, so 16 working days; (25 - 10) / 6 = 2.5.
        expect(schedule.items[0]).toMatchObject({ durationDays: 16, standardDeviationDays: 2.5, start: '2027-01-04', finish: '2027-01-25' });
    });
});

describe('constraints and the deadline', () => {
    test('start no earlier than moves a task to the first working day on or after the date', () => {
        expect(dates({ a: { duration: '1d', constraints: [['start-no-earlier-than', '2027-01-13']] }, b: { duration: '1d', constraints: [['start-no-earlier-than', '2027-01-09']] } })).toEqual({
            a: '2027-01-13..2027-01-13', b: '2027-01-11..2027-01-11',
        });
    });

    test('start no later than that the logic cannot meet: negative float and the missed days with the driving chain', () => {
        const schedule = schedulePlan(plan({
            a: { duration: '5d' },
            b: { duration: '2d', after: ['a'], constraints: [['start-no-later-than', '2027-01-07']] },
        }));
        expect(schedule.items.find(item => item.id === 'b')).toMatchObject({ start: '2027-01-11', totalFloat: -2, critical: true });
        expect(schedule.missedDates).toEqual([
            { item: 'b', constraintIndex: 0, kind: 'start-no-later-than', date: '2027-01-07', workingDays: 2, drivingChain: ['a', 'b'] },
        ]);
    });

    test('finish no later than on a milestone, and a missed project deadline', () => {
        const schedule = schedulePlan(plan({
            a: { duration: '5d' },
            it: { duration: '2d', after: ['a'] },
            moved: { after: ['it'], constraints: [['finish-no-later-than', '2027-01-11']] },
        }, { deadline: '2027-01-08' }));
        expect(schedule.finish).toBe('2027-01-12');
        expect(schedule.missedDates).toEqual([
            { item: 'moved', constraintIndex: 0, kind: 'finish-no-later-than', date: '2027-01-11', workingDays: 1, drivingChain: ['a', 'it', 'moved'] },
            { kind: 'deadline', date: '2027-01-08', workingDays: 2, drivingChain: ['a', 'it', 'moved'] },
        ]);
    });

    test('start on holds the task to its date as the earliest start', () => {
        expect(dates({ a: { duration: '2d', constraints: [['start-on', '2027-01-12']] } })).toEqual({ a: '2027-01-12..2027-01-13' });
    });
});

describe('float and the critical path', () => {
    test('total and free float in working days, and the critical chain in order', () => {
        const schedule = schedulePlan(plan({
            a: { duration: '5d' },
            b: { duration: '3d' },
            c: { duration: '2d', after: ['a', 'b'] },
            d: { duration: '1d', after: ['b'] },
        }));
        const byId = Object.fromEntries(schedule.items.map(item => [item.id, item]));
        expect(byId.a).toMatchObject({ totalFloat: 0, freeFloat: 0, critical: true });
        expect(byId.b).toMatchObject({ totalFloat: 2, freeFloat: 0, critical: false });
        expect(byId.c).toMatchObject({ totalFloat: 0, critical: true, drivingPredecessor: 'a' });
        expect(byId.d).toMatchObject({ start: '2027-01-07', totalFloat: 3, freeFloat: 3, critical: false, lateStart: '2027-01-12' });
        expect(schedule.criticalPaths).toEqual([['a', 'c']]);
        expect(schedule.finish).toBe('2027-01-12');
    });
});

describe('phases', () => {
    test('a phase rolls up its work, and a dependency on a phase waits for all of it', () => {
        const schedule = schedulePlan(plan({
            design: { kind: 'phase' },
            sketch: { duration: '2d', phase: 'design' },
            review: { duration: '3d', phase: 'design' },
            build: { duration: '2d', after: ['design'] },
            early: { duration: '1d', after: ['design SS +1d'] },
        }));
        expect(datesOf(schedule)).toEqual({
            design: '2027-01-04..2027-01-06', sketch: '2027-01-04..2027-01-05', review: '2027-01-04..2027-01-06',
            build: '2027-01-07..2027-01-08', early: '2027-01-05..2027-01-05',
        });
        expect(schedule.items.find(item => item.id === 'build')!.drivingPredecessor).toBe('review');
        expect(schedule.criticalPaths).toEqual([['review', 'build']]);
    });
});

describe('progress against the status date', () => {
    test('remaining work is rescheduled after the status date; unstarted work waits for it; finished and untracked work stay put', () => {
        const schedule = schedulePlan(plan({
            half: { duration: '4d', progress: 50 },
            later: { duration: '3d', progress: 0 },
            untracked: { duration: '2d' },
            done: { duration: '2d', progress: 100, actualStart: '2027-01-04', actualFinish: '2027-01-05' },
            started: { duration: '2d', actualStart: '2027-01-05', progress: 0 },
        }, { status: '2027-01-06' }));
        expect(datesOf(schedule)).toEqual({
            // 2 of 4 days done by Wednesday evening: the other 2 run Thursday and Friday.
            half: '2027-01-04..2027-01-08',
            later: '2027-01-07..2027-01-11',
            untracked: '2027-01-04..2027-01-05',
            done: '2027-01-04..2027-01-05',
            started: '2027-01-05..2027-01-08',
        });
        expect(schedule.items.find(item => item.id === 'done')).toMatchObject({ critical: false, progress: 100 });
    });
});

describe('cycles', () => {
    test('items on a cycle are left unscheduled; what follows them is still scheduled', () => {
        const schedule = schedulePlan(plan({
            a: { duration: '1d', after: ['b'] },
            b: { duration: '1d', after: ['a'] },
            c: { duration: '2d', after: ['a'] },
            d: { duration: '1d', after: ['c'] },
        }));
        expect(schedule.unscheduled).toEqual(['a', 'b']);
        expect(datesOf(schedule)).toEqual({ c: '2027-01-04..2027-01-05', d: '2027-01-06..2027-01-06' });
    });
});

describe('milestones after milestones', () => {
    test('a milestone after a milestone at a start falls on that same day, also mid-plan', () => {
        expect(dates({
            kickoff: {},
            ready: { after: ['kickoff'] },
            gate: { constraints: [['start-no-earlier-than', '2027-01-06']] },
            after_gate: { after: ['gate'] },
            a: { duration: '5d' },
            begun: { after: ['a SS +5d'] },
            after_begun: { after: ['begun'] },
            lagged: { after: ['kickoff +2d'] },
        })).toEqual({
            kickoff: '2027-01-04..2027-01-04', ready: '2027-01-04..2027-01-04',
            gate: '2027-01-06..2027-01-06', after_gate: '2027-01-06..2027-01-06',
            a: '2027-01-04..2027-01-08', begun: '2027-01-11..2027-01-11', after_begun: '2027-01-11..2027-01-11',
            lagged: '2027-01-05..2027-01-05',
        });
    });
});
