import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import { plan } from './plan-builder.js';

// 2027-01-04 is a Monday; the status date 2027-01-06 a Wednesday. Days are 08:00-12:00 13:00-17:00.

function datesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

function timesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start} ${item.startTime}..${item.finish} ${item.finishTime}`]));
}

describe('remaining work is duration x (1 - progress), in working minutes', () => {
    test('a 3d task started Monday and 90% done by Wednesday evening has 0.3d left: it finishes Thursday, not on the status date, and its successor starts Thursday', () => {
        const schedule = schedulePlan(plan({
            survey: { duration: '3d', progress: 90 },
            report: { duration: '1d', after: ['survey'] },
        }, { status: '2027-01-06' }));
        expect(datesOf(schedule)).toEqual({
            survey: '2027-01-04..2027-01-07',
            // From Thursday 10:24 to Friday 10:24.
            report: '2027-01-07..2027-01-08',
        });
        // Only the work left is a part day: the plan shows days, as it is written in days (its
        // items have their exact times, for levelling and loading).
        expect(schedule.usesHours).toBeUndefined();
        expect(schedule.items[1]).toMatchObject({ startTime: '10:24', finishTime: '10:24' });
    });

    test('in a plan that uses hours the times show: 0.3d is 2h24m, from Thursday 08:00 to 10:24', () => {
        const schedule = schedulePlan(plan({
            survey: { duration: '3d', progress: 90 },
            report: { duration: '1d', after: ['survey'] },
            call: { duration: '2h', after: ['report'] },
        }, { status: '2027-01-06' }));
        expect(timesOf(schedule)).toEqual({
            survey: '2027-01-04 08:00..2027-01-07 10:24',
            report: '2027-01-07 10:24..2027-01-08 10:24',
            call: '2027-01-08 10:24..2027-01-08 13:24',
        });
    });

    test('a 3d task at 50% on Wednesday evening leaves 1.5 days, not 1: Thursday and Friday morning, so half a day less float', () => {
        const schedule = schedulePlan(plan({
            survey: { duration: '3d', progress: 50 },
            other: { duration: '5d' },
        }, { status: '2027-01-06' }));
        expect(datesOf(schedule)).toEqual({ survey: '2027-01-04..2027-01-08', other: '2027-01-04..2027-01-08' });
        expect(schedule.items[0]).toMatchObject({ durationDays: 3, totalFloat: 0.5 });
    });

    test('work left that is whole days keeps a whole-day plan: 4d at 50% leaves 2 days', () => {
        const schedule = schedulePlan(plan({ survey: { duration: '4d', progress: 50 }, other: { duration: '5d' } }, { status: '2027-01-06' }));
        expect(datesOf(schedule)).toEqual({ survey: '2027-01-04..2027-01-08', other: '2027-01-04..2027-01-08' });
        expect(schedule.items[0]).toMatchObject({ durationDays: 4, totalFloat: 0 });
    });

    test('a sliver of work left still finishes after the status date: 1d at 99% leaves 4.8 minutes, rounded up to 5', () => {
        const schedule = schedulePlan(plan({ check: { duration: '1d', progress: 99 }, call: { duration: '1h' } }, { status: '2027-01-06' }));
        expect(timesOf(schedule).check).toBe('2027-01-04 08:00..2027-01-07 08:05');
    });

    test('a task ahead of its plan keeps its planned finish', () => {
        expect(datesOf(schedulePlan(plan({ a: { duration: '5d', progress: 90 } }, { status: '2027-01-05' })))).toEqual({ a: '2027-01-04..2027-01-08' });
    });
});
