import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { levelledScheduleOf } from '../../language/src/engine/levelling/plan-levelling.js';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import { plan, resource } from './plan-builder.js';

// 2027-01-04 is a Monday. The project works Monday to Friday.

function datesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

const itemOf = (schedule: Schedule, id: string) => schedule.items.find(item => item.id === id)!;

describe('links to a phase hold the work inside it, as in MS Project', () => {
    test('after approval: no task of the phase, however deep, starts before approval finishes; the phase names its link as the driver', () => {
        const schedule = schedulePlan(plan({
            approval: { duration: '5d' },
            delivery: { kind: 'phase', after: ['approval'] },
            build: { duration: '3d', phase: 'delivery' },
            fitting: { kind: 'phase', phase: 'delivery' },
            fit: { duration: '2d', phase: 'fitting' },
            handover: { duration: '1d', phase: 'delivery', after: ['build'] },
        }));
        expect(datesOf(schedule)).toEqual({
            approval: '2027-01-04..2027-01-08',
            delivery: '2027-01-11..2027-01-14',
            build: '2027-01-11..2027-01-13',
            fitting: '2027-01-11..2027-01-12',
            fit: '2027-01-11..2027-01-12',
            handover: '2027-01-14..2027-01-14',
        });
        expect(itemOf(schedule, 'build')).toMatchObject({ drivingPredecessor: 'approval', drivingPhase: 'delivery' });
        expect(itemOf(schedule, 'fit')).toMatchObject({ drivingPredecessor: 'approval', drivingPhase: 'delivery' });
        // The phase starts with its first work, which its link sets.
        expect(itemOf(schedule, 'delivery')).toMatchObject({ drivingPredecessor: 'approval', drivingPhase: 'delivery' });
        // Its own link drives handover.
        expect(itemOf(schedule, 'handover')).toMatchObject({ drivingPredecessor: 'build' });
        expect(itemOf(schedule, 'handover').drivingPhase).toBeUndefined();
        // approval drives the whole phase: it is critical, and its late finish is held by the phase's work.
        expect(itemOf(schedule, 'approval')).toMatchObject({ critical: true, lateFinish: '2027-01-08' });
        expect(schedule.criticalPaths[0]).toEqual(['approval', 'build', 'handover']);
    });

    test('an SS link with a lag, and a link from one phase to another', () => {
        const schedule = schedulePlan(plan({
            design: { kind: 'phase' },
            sketch: { duration: '4d', phase: 'design' },
            detail: { duration: '6d', phase: 'design', after: ['sketch'] },
            build: { kind: 'phase', after: ['design SS +2d'] },
            frame: { duration: '3d', phase: 'build' },
            test: { kind: 'phase', after: ['build'] },
            check: { duration: '1d', phase: 'test' },
        }));
        expect(datesOf(schedule)).toMatchObject({
            sketch: '2027-01-04..2027-01-07',
            detail: '2027-01-08..2027-01-15',
            // A link from a phase stands for a link from each piece of work in it: detail starts last.
            frame: '2027-01-12..2027-01-14',
            check: '2027-01-15..2027-01-15',
        });
        expect(itemOf(schedule, 'frame')).toMatchObject({ drivingPredecessor: 'detail', drivingPhase: 'build' });
        expect(itemOf(schedule, 'check')).toMatchObject({ drivingPredecessor: 'frame', drivingPhase: 'test' });
    });

    test('FF and SF links to a phase are ignored (MS Project refuses them on a summary task; validation reports them)', () => {
        const schedule = schedulePlan(plan({
            approval: { duration: '5d' },
            delivery: { kind: 'phase', after: ['approval FF', 'approval SF'] },
            build: { duration: '3d', phase: 'delivery' },
        }));
        expect(datesOf(schedule)).toMatchObject({ build: '2027-01-04..2027-01-06' });
    });

    test('a phase after a task that waits for the phase is a cycle: neither is scheduled, and scheduling ends', () => {
        const schedule = schedulePlan(plan({
            delivery: { kind: 'phase', after: ['review'] },
            build: { duration: '3d', phase: 'delivery' },
            review: { duration: '1d', after: ['delivery'] },
            other: { duration: '2d' },
        }));
        expect(schedule.unscheduled).toEqual(['delivery', 'build', 'review']);
        expect(datesOf(schedule)).toMatchObject({ other: '2027-01-04..2027-01-05' });
    });

    test('a phase after one of its own tasks holds the others after it, and scheduling ends', () => {
        const schedule = schedulePlan(plan({
            delivery: { kind: 'phase', after: ['build'] },
            build: { duration: '3d', phase: 'delivery' },
            fit: { duration: '2d', phase: 'delivery' },
        }));
        expect(datesOf(schedule)).toMatchObject({ build: '2027-01-04..2027-01-06', fit: '2027-01-07..2027-01-08' });
    });

    test('levelling keeps the phase\'s links', () => {
        const input = plan({
            approval: { duration: '5d' },
            delivery: { kind: 'phase', after: ['approval'] },
            build: { duration: '3d', phase: 'delivery', assign: ['alex'] },
            fit: { duration: '2d', phase: 'delivery', assign: ['alex'] },
        }, { resources: [resource('alex')], level: true });
        const levelled = levelledScheduleOf(input, schedulePlan(input));
        const starts = [itemOf(levelled, 'build').start, itemOf(levelled, 'fit').start].sort();
        expect(starts[0]).toBe('2027-01-11');
        expect(datesOf(levelled).delivery).toMatch(/^2027-01-11\.\./);
    });
});

describe('constraints on a phase apply to the work inside it', () => {
    test('start no earlier than: every item starts on or after it', () => {
        const schedule = schedulePlan(plan({
            delivery: { kind: 'phase', constraints: [['start-no-earlier-than', '2027-01-13']] },
            build: { duration: '3d', phase: 'delivery' },
            fit: { duration: '2d', phase: 'delivery', constraints: [['start-no-earlier-than', '2027-01-18']] },
        }));
        expect(datesOf(schedule)).toEqual({
            delivery: '2027-01-13..2027-01-19',
            build: '2027-01-13..2027-01-15',
            fit: '2027-01-18..2027-01-19',
        });
        expect(itemOf(schedule, 'build').startReason).toBe('constraint');
    });

    test('finish no later than: every item\'s late finish is bounded, and a miss is reported on the phase\'s constraint, once, by the most late', () => {
        const schedule = schedulePlan(plan({
            prep: { duration: '5d' },
            delivery: { kind: 'phase', constraints: [['start-no-earlier-than', '2027-01-04'], ['finish-no-later-than', '2027-01-12']] },
            build: { duration: '3d', phase: 'delivery', after: ['prep'] },
            fit: { duration: '4d', phase: 'delivery', after: ['prep'] },
            spare: { duration: '1d', phase: 'delivery' },
        }));
        expect(itemOf(schedule, 'spare')).toMatchObject({ lateFinish: '2027-01-12', totalFloat: 6 });
        expect(schedule.missedDates).toEqual([{
            item: 'delivery', constraintIndex: 1, kind: 'finish-no-later-than', date: '2027-01-12', workingDays: 2,
            drivingChain: ['prep', 'fit'],
        }]);
    });

    test('start on, finish on, start no later than and finish no earlier than are ignored on a phase (MS Project refuses them on a summary task)', () => {
        const schedule = schedulePlan(plan({
            delivery: { kind: 'phase', constraints: [['start-on', '2027-01-11'], ['finish-no-earlier-than', '2027-01-20']] },
            build: { duration: '3d', phase: 'delivery' },
        }));
        expect(datesOf(schedule)).toMatchObject({ build: '2027-01-04..2027-01-06' });
    });
});

describe('a phase\'s links and constraints in a plan that uses hours', () => {
    function timesOf(schedule: Schedule): Record<string, string> {
        return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start} ${item.startTime}..${item.finish} ${item.finishTime}`]));
    }

    test('a part-day lag on a phase\'s link: its work starts two working hours after approval finishes', () => {
        const schedule = schedulePlan(plan({
            approval: { duration: '4h' },
            delivery: { kind: 'phase', after: ['approval +2h'] },
            build: { duration: '1d', phase: 'delivery' },
            fit: { duration: '4h', phase: 'delivery' },
        }));
        expect(schedule.usesHours).toBe(true);
        expect(timesOf(schedule)).toEqual({
            approval: '2027-01-04 08:00..2027-01-04 12:00',
            delivery: '2027-01-04 15:00..2027-01-05 15:00',
            build: '2027-01-04 15:00..2027-01-05 15:00',
            fit: '2027-01-04 15:00..2027-01-05 10:00',
        });
        expect(itemOf(schedule, 'build')).toMatchObject({ drivingPredecessor: 'approval', drivingPhase: 'delivery' });
    });

    test('an elapsed lag on a phase\'s link runs through the night; an SS lead in hours', () => {
        const schedule = schedulePlan(plan({
            approval: { duration: '4h' },
            delivery: { kind: 'phase', after: ['approval +1ed'] },
            build: { duration: '2h', phase: 'delivery' },
            snagging: { kind: 'phase', after: ['delivery SS +1h'] },
            snag: { duration: '1h', phase: 'snagging' },
        }));
        expect(timesOf(schedule)).toMatchObject({
            // Monday 12:00 plus 24 hours is Tuesday's lunch: work starts at 13:00.
            build: '2027-01-05 13:00..2027-01-05 15:00',
            snag: '2027-01-05 14:00..2027-01-05 15:00',
        });
    });

    test('start no earlier than on a phase: its work starts at the day\'s first working hour', () => {
        const schedule = schedulePlan(plan({
            prep: { duration: '3h' },
            delivery: { kind: 'phase', constraints: [['start-no-earlier-than', '2027-01-06']] },
            build: { duration: '4h', phase: 'delivery', after: ['prep'] },
        }));
        expect(timesOf(schedule)).toMatchObject({ build: '2027-01-06 08:00..2027-01-06 12:00' });
    });

    test('the phase\'s link sets the phase\'s start only where it sets its first work\'s, to the minute', () => {
        const schedule = schedulePlan(plan({
            approval: { duration: '4h' },
            delivery: { kind: 'phase', after: ['approval +2h'] },
            // Started on Monday morning, as the status date records, before the link would allow.
            early: { duration: '1d', phase: 'delivery', actualStart: '2027-01-04', progress: 50 },
            build: { duration: '4h', phase: 'delivery' },
        }, { status: '2027-01-04' }));
        expect(timesOf(schedule)).toMatchObject({ delivery: expect.stringMatching(/^2027-01-04 08:00\.\./), build: expect.stringMatching(/^2027-01-04 15:00\.\./) });
        expect(itemOf(schedule, 'build')).toMatchObject({ drivingPredecessor: 'approval', drivingPhase: 'delivery' });
        expect(itemOf(schedule, 'delivery').drivingPredecessor).toBeUndefined();
    });

    test('levelling keeps a phase\'s part-day lag', () => {
        const input = plan({
            approval: { duration: '4h' },
            delivery: { kind: 'phase', after: ['approval +2h'] },
            build: { duration: '4h', phase: 'delivery', assign: ['alex'] },
            fit: { duration: '4h', phase: 'delivery', assign: ['alex'] },
        }, { resources: [resource('alex')], level: true });
        const levelled = levelledScheduleOf(input, schedulePlan(input));
        const times = timesOf(levelled);
        expect([times.build, times.fit].sort()).toEqual([
            '2027-01-04 15:00..2027-01-05 10:00',
            '2027-01-05 10:00..2027-01-05 15:00',
        ]);
    });
});
