import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import type { PlanInput, Schedule } from '../../language/src/engine/plan-model.js';
import { plan, resource, type ItemSketch } from './plan-builder.js';

// 2027-01-04 is a Monday; the calendar works Monday to Friday.

function datesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

function scheduleOf(items: Record<string, ItemSketch>, options?: Parameters<typeof plan>[1]): Schedule {
    return schedulePlan(plan(items, options));
}

function item(schedule: Schedule, id: string) {
    return schedule.items.find(candidate => candidate.id === id)!;
}

describe('as late as possible', () => {
    test('an ALAP task with 3 days of float is placed at its late dates, keeps its total float and has no free float', () => {
        const schedule = scheduleOf({ a: { duration: '5d' }, b: { duration: '2d', schedule: 'alap' }, c: { duration: '1d', after: ['a', 'b'] } });
        expect(datesOf(schedule)).toEqual({ a: '2027-01-04..2027-01-08', b: '2027-01-07..2027-01-08', c: '2027-01-11..2027-01-11' });
        expect(item(schedule, 'b')).toMatchObject({ lateStart: '2027-01-07', lateFinish: '2027-01-08', totalFloat: 3, freeFloat: 0, critical: false });
        expect(item(schedule, 'b').startReason).toBe('as-late-as-possible');
        expect(schedule.finish).toBe('2027-01-11');
    });

    test('an ASAP successor of an ALAP task follows it, and the project finish does not move', () => {
        const schedule = scheduleOf({
            a: { duration: '5d' }, b: { duration: '1d', schedule: 'alap' }, c: { duration: '1d', after: ['b'] }, done: { after: ['a', 'c'] },
        });
        expect(datesOf(schedule)).toEqual({
            a: '2027-01-04..2027-01-08', b: '2027-01-07..2027-01-07', c: '2027-01-08..2027-01-08', done: '2027-01-08..2027-01-08',
        });
        expect(item(schedule, 'c')).toMatchObject({ drivingPredecessor: 'b', totalFloat: 0, freeFloat: 0 });
        expect(schedule.finish).toBe('2027-01-08');
    });

    test('the project default `schedule alap`, with a task overriding it with `schedule asap`', () => {
        const schedule = scheduleOf({
            early: { duration: '2d', schedule: 'asap' }, late: { duration: '2d' }, long: { duration: '5d' }, end: { duration: '1d', after: ['early', 'late', 'long'] },
        }, { schedule: 'alap' });
        expect(datesOf(schedule)).toEqual({
            early: '2027-01-04..2027-01-05', late: '2027-01-07..2027-01-08', long: '2027-01-04..2027-01-08', end: '2027-01-11..2027-01-11',
        });
    });

    test('an ALAP milestone stands at the end of the day before its successor', () => {
        const schedule = scheduleOf({ m: { schedule: 'alap' }, a: { duration: '5d' }, c: { duration: '1d', after: ['a', 'm'] } });
        expect(datesOf(schedule)).toMatchObject({ m: '2027-01-08..2027-01-08' });
    });

    test('work that has started is not moved', () => {
        const schedule = scheduleOf({ a: { duration: '5d' }, b: { duration: '2d', schedule: 'alap', progress: 50 }, c: { duration: '1d', after: ['a', 'b'] } });
        expect(datesOf(schedule)).toMatchObject({ b: '2027-01-04..2027-01-05' });
    });

    test('in a plan that uses hours, an ALAP task ends at the last minute its successor allows', () => {
        const schedule = scheduleOf({ a: { duration: '1d' }, b: { duration: '4h', schedule: 'alap' }, c: { duration: '2h', after: ['a', 'b'] } });
        expect(item(schedule, 'b')).toMatchObject({ start: '2027-01-04', startTime: '13:00', finish: '2027-01-04', finishTime: '17:00', freeFloat: 0 });
        expect(item(schedule, 'c')).toMatchObject({ start: '2027-01-05', startTime: '08:00' });
    });

    test('a levelled plan with ALAP work is scheduled and keeps every resource within its units', () => {
        const input: PlanInput = plan({
            a: { duration: '3d', assign: ['alex'] }, b: { duration: '2d', assign: ['alex'], schedule: 'alap' }, c: { duration: '6d' },
        }, { resources: [resource('alex')], level: true });
        const schedule = schedulePlan(input);
        const a = item(schedule, 'a'), b = item(schedule, 'b');
        expect(a.finish < b.start || b.finish < a.start).toBe(true);
    });
});

describe('task deadlines', () => {
    test('a deadline that is met reduces the total float and does not move the task', () => {
        const schedule = scheduleOf({ a: { duration: '2d', deadline: '2027-01-06' }, b: { duration: '5d' } });
        expect(item(schedule, 'a')).toMatchObject({ start: '2027-01-04', finish: '2027-01-05', lateFinish: '2027-01-06', totalFloat: 1 });
        expect(schedule.missedDates).toEqual([]);
    });

    test('a missed deadline gives negative float to the task and what drives it, and is reported with the chain', () => {
        const schedule = scheduleOf({ a: { duration: '3d' }, b: { duration: '2d', after: ['a'], deadline: '2027-01-05' } });
        expect(datesOf(schedule)).toEqual({ a: '2027-01-04..2027-01-06', b: '2027-01-07..2027-01-08' });
        expect(item(schedule, 'b')).toMatchObject({ totalFloat: -3, critical: true });
        expect(item(schedule, 'a')).toMatchObject({ totalFloat: -3 });
        expect(schedule.missedDates).toEqual([
            { item: 'b', kind: 'task-deadline', date: '2027-01-05', workingDays: 3, drivingChain: ['a', 'b'] },
        ]);
    });

    test('an ALAP task with a deadline is placed by its deadline', () => {
        const schedule = scheduleOf({ a: { duration: '5d' }, b: { duration: '1d', schedule: 'alap', deadline: '2027-01-06' } });
        expect(datesOf(schedule)).toMatchObject({ b: '2027-01-06..2027-01-06' });
    });
});
