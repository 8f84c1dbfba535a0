import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import type { PlanInput, Schedule } from '../../language/src/engine/plan-model.js';
import { workingHoursOfLength } from '../../language/src/engine/working-hours.js';
import { levelledScheduleOf } from '../../language/src/engine/levelling/plan-levelling.js';
import { overAllocations, resourceLoading } from '../../language/src/engine/resource-loading.js';
import { calendar, plan, resource, type ItemSketch } from './plan-builder.js';

// 2027-01-04 is a Monday. Days are 08:00-12:00 13:00-17:00 unless a test says otherwise.

function timesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start} ${item.startTime}..${item.finish} ${item.finishTime}`]));
}

function times(items: Record<string, ItemSketch>, options?: Parameters<typeof plan>[1]) {
    return timesOf(schedulePlan(plan(items, options)));
}

function daysOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

/** The same plan on a project calendar with its own working hours. */
function withHours(input: PlanInput, hours: Array<{ from: number; to: number }>): PlanInput {
    return { ...input, calendar: { ...input.calendar, hours } };
}

describe('hours and part days', () => {
    test('4h is half of an 8-hour day: two 4h tasks fill Monday, around lunch; a day follows on Tuesday', () => {
        expect(times({ a: { duration: '4h' }, b: { duration: '4h', after: ['a'] }, c: { duration: '1d', after: ['b'] } })).toEqual({
            a: '2027-01-04 08:00..2027-01-04 12:00',
            b: '2027-01-04 13:00..2027-01-04 17:00',
            c: '2027-01-05 08:00..2027-01-05 17:00',
        });
    });

    test('1.5d runs to Tuesday noon, and 2.5w (12.5 days) from Tuesday 13:00 to Thursday of the third week', () => {
        const schedule = schedulePlan(plan({ a: { duration: '1.5d' }, b: { duration: '2.5w', after: ['a'] } }));
        expect(timesOf(schedule)).toEqual({
            a: '2027-01-04 08:00..2027-01-05 12:00',
            b: '2027-01-05 13:00..2027-01-21 17:00',
        });
        expect(schedule.usesHours).toBe(true);
        expect(schedule.items.map(item => [item.durationDays, item.durationMinutes])).toEqual([[1.5, 720], [12.5, 6000]]);
    });

    test('a part day the minute does not divide is rounded up to the minute: 0.01h is 36 seconds, so one minute', () => {
        expect(times({ a: { duration: '0.01h' } })).toEqual({ a: '2027-01-04 08:00..2027-01-04 08:01' });
    });

    test('a plan in whole days keeps whole days and shows no times', () => {
        const schedule = schedulePlan(plan({ a: { duration: '2d' }, b: { duration: '16h', after: ['a'] } }));
        expect(schedule.usesHours).toBeUndefined();
        expect(daysOf(schedule)).toEqual({ a: '2027-01-04..2027-01-05', b: '2027-01-06..2027-01-07' });
        expect(schedule.items[0]).not.toHaveProperty('startTime');
    });

    test('lags and leads in hours: SS +2h starts two working hours in; FS -2h starts before the end; FF +1h', () => {
        expect(times({
            a: { duration: '1d' },
            ss: { duration: '2h', after: ['a SS +2h'] },
            lead: { duration: '4h', after: ['a -2h'] },
            ff: { duration: '2h', after: ['a FF +1h'] },
        })).toEqual({
            a: '2027-01-04 08:00..2027-01-04 17:00',
            ss: '2027-01-04 10:00..2027-01-04 12:00',
            lead: '2027-01-04 15:00..2027-01-05 10:00',
            ff: '2027-01-04 16:00..2027-01-05 09:00',
        });
    });

    test('float in part days: a 4h task beside a 1d task has half a day (240 minutes) of float', () => {
        const schedule = schedulePlan(plan({ a: { duration: '1d' }, b: { duration: '4h' }, end: { after: ['a', 'b'] } }));
        expect(schedule.items.find(item => item.id === 'b')).toMatchObject({ totalFloat: 0.5, freeFloat: 0.5, totalFloatMinutes: 240, critical: false });
        expect(schedule.items.find(item => item.id === 'end')).toMatchObject({ start: '2027-01-04', startTime: '17:00', finishTime: '17:00' });
    });

    test('an estimate in hours schedules on its PERT mean to the minute; one in days rounds up to a whole day', () => {
        const schedule = schedulePlan(plan({ a: { estimate: ['2h', '4h', '12h'] }, b: { estimate: ['1d', '2d', '4d'], after: ['a'] } }));
        // (2 + 16 + 12) / 6 = 5 hours; (1 + 8 + 4) / 6 = 2.17 days, so 3.
        expect(timesOf(schedule)).toEqual({
            a: '2027-01-04 08:00..2027-01-04 14:00',
            b: '2027-01-04 14:00..2027-01-07 14:00',
        });
        expect(schedule.items[1]).toMatchObject({ durationDays: 3, standardDeviationDays: 0.5 });
    });

    test('date constraints hold to the day: start no earlier than Wednesday starts at 08:00; finish no later than Monday is missed by a day', () => {
        const schedule = schedulePlan(plan({
            a: { duration: '4h', constraints: [['start-no-earlier-than', '2027-01-06']] },
            b: { duration: '12h', constraints: [['finish-no-later-than', '2027-01-04']] },
        }));
        expect(timesOf(schedule)).toEqual({
            a: '2027-01-06 08:00..2027-01-06 12:00',
            b: '2027-01-04 08:00..2027-01-05 12:00',
        });
        expect(schedule.missedDates).toMatchObject([{ item: 'b', workingDays: 1 }]);
    });
});

describe('working hours', () => {
    test('`hours 09:00-12:30 13:30-17:30` is a 7.5-hour day: 1d takes all of it, and 4h runs to 14:00', () => {
        const hours = [{ from: 540, to: 750 }, { from: 810, to: 1050 }];
        expect(timesOf(schedulePlan(withHours(plan({ a: { duration: '4h' }, b: { duration: '1d', after: ['a'] } }), hours)))).toEqual({
            a: '2027-01-04 09:00..2027-01-04 14:00',
            b: '2027-01-04 14:00..2027-01-05 14:00',
        });
    });

    test('`hours 6` is 08:00-12:00 13:00-15:00: 1.5d is 9 hours, Monday and Tuesday until 11:00', () => {
        expect(workingHoursOfLength(6)).toEqual([{ from: 480, to: 720 }, { from: 780, to: 900 }]);
        expect(timesOf(schedulePlan(withHours(plan({ a: { duration: '1.5d' } }), workingHoursOfLength(6))))).toEqual({
            a: '2027-01-04 08:00..2027-01-05 11:00',
        });
    });

    test('a day is a working day of the calendar the work is on: 1d on a 6-hour calendar after 1d on the 8-hour one', () => {
        const short = { ...calendar([]), name: 'short', hours: workingHoursOfLength(6) };
        expect(times({ a: { duration: '1d' }, b: { duration: '1d', calendar: short, after: ['a'] }, c: { duration: '4h', after: ['b'] } })).toEqual({
            a: '2027-01-04 08:00..2027-01-04 17:00',
            b: '2027-01-05 08:00..2027-01-05 15:00',
            c: '2027-01-05 15:00..2027-01-06 10:00',
        });
    });
});

describe('elapsed time', () => {
    test('an elapsed lag runs through the weekend and a holiday; a working-day lag skips them', () => {
        expect(daysOf(schedulePlan(plan({
            a: { duration: '2d' },
            elapsed: { duration: '1d', after: ['a +2ed'] },
            working: { duration: '1d', after: ['a +2d'] },
            weekend: { duration: '1d', after: ['a +5ed'] },
        }, { holidays: ['2027-01-06'] })))).toEqual({
            // a ends Tuesday; Wednesday is a holiday.
            a: '2027-01-04..2027-01-05',
            elapsed: '2027-01-08..2027-01-08',
            working: '2027-01-11..2027-01-11',
            weekend: '2027-01-11..2027-01-11',
        });
    });

    test('elapsed lags in whole days keep a plan in days; in hours they count the lunch hour', () => {
        expect(schedulePlan(plan({ a: { duration: '2d' }, b: { duration: '1d', after: ['a +1ew'] } })).usesHours).toBeUndefined();
        expect(times({ a: { duration: '4h' }, elapsed: { duration: '1h', after: ['a +2eh'] }, working: { duration: '1h', after: ['a +2h'] } })).toEqual({
            a: '2027-01-04 08:00..2027-01-04 12:00',
            elapsed: '2027-01-04 14:00..2027-01-04 15:00',
            working: '2027-01-04 15:00..2027-01-04 16:00',
        });
    });

    test('elapsed work runs around the clock from when it can start: 3ed after Thursday\'s work ends Sunday 17:00', () => {
        const schedule = schedulePlan(plan({ a: { duration: '4d' }, cure: { duration: '3ed', after: ['a'] }, b: { duration: '1d', after: ['cure'] } }));
        expect(timesOf(schedule)).toEqual({
            a: '2027-01-04 08:00..2027-01-07 17:00',
            cure: '2027-01-07 17:00..2027-01-10 17:00',
            b: '2027-01-11 08:00..2027-01-11 17:00',
        });
        expect(schedule.items[1]).toMatchObject({ durationDays: 3, durationMinutes: 4320 });
    });

    test('1ew is seven 24-hour days; 12eh half of one', () => {
        expect(times({ a: { duration: '1ew' }, b: { duration: '12eh', after: ['a'] } })).toEqual({
            a: '2027-01-04 08:00..2027-01-11 08:00',
            b: '2027-01-11 08:00..2027-01-11 20:00',
        });
    });
});

describe('levelling in hours', () => {
    test('one person\'s 18 hours of work, in hours and part days, run one after another to Wednesday 10:00, and an elapsed lag holds', () => {
        const input = plan({
            a: { duration: '4h', assign: ['alex'] },
            b: { duration: '4h', assign: ['alex'] },
            c: { duration: '1d', assign: ['alex'] },
            d: { duration: '2h', after: ['a +1ed'], assign: ['alex'] },
        }, { resources: [resource('alex')], level: true });
        const schedule = levelledScheduleOf(input, schedulePlan(input));
        const times = timesOf(schedule);
        // Levelling picks the order; 18 working hours from Monday 08:00 end on Wednesday at 10:00.
        expect(Object.values(times).map(span => span.split('..')[1]).sort().at(-1)).toBe('2027-01-06 10:00');
        const spans = Object.values(times).map(span => span.split('..')).sort(([x], [y]) => x.localeCompare(y));
        spans.slice(1).forEach(([start], k) => expect(start >= spans[k][1], `${start} after ${spans[k][1]}`).toBe(true));
        // d waits for a day after a's end at noon.
        expect(times.d.split('..')[0] >= '2027-01-05 12:00').toBe(true);
        const delayed = schedule.items.filter(item => item.levellingDelay !== undefined);
        expect(delayed.length).toBeGreaterThan(0);
        expect(delayed.every(item => item.delayedBy?.resource === 'alex')).toBe(true);
    });
});

describe('resource loading in hours', () => {
    test('a morning\'s task and an afternoon\'s need one person, not two; at the same time, two', () => {
        const input = plan({
            a: { duration: '4h', assign: ['alex'] },
            b: { duration: '4h', after: ['a'], assign: ['alex'] },
            c: { duration: '2h', assign: ['sam'] },
            d: { duration: '2h', assign: ['sam'] },
        }, { resources: [resource('alex'), resource('sam')] });
        const loads = resourceLoading(input, schedulePlan(input));
        expect(loads.map(load => [load.resource, load.days[0].required])).toEqual([['alex', 1], ['sam', 2]]);
        expect(overAllocations(loads).map(over => over.resource)).toEqual(['sam']);
    });

    test('work left that ends at 10:24 and its successor from 10:24 do not over-allocate their person', () => {
        const input = plan({
            survey: { duration: '3d', progress: 90, assign: ['alex'] },
            report: { duration: '1d', after: ['survey'], assign: ['alex'] },
        }, { status: '2027-01-06', resources: [resource('alex')] });
        expect(overAllocations(resourceLoading(input, schedulePlan(input)))).toEqual([]);
    });
});

describe('whole-day plans mean the same in hours', () => {
    test('adding a 4h task that links to nothing moves no other item\'s days', () => {
        const items: Record<string, ItemSketch> = {
            a: { duration: '3d' }, b: { duration: '2d', after: ['a +1d'] }, c: { duration: '4d', after: ['a SS +2d'] },
            d: { duration: '1w', after: ['b FF', 'c'] }, m: { after: ['d'] }, e: { duration: '2d', after: ['m SF +3d'] },
            f: { duration: '1d', after: ['e -1d'], constraints: [['start-no-earlier-than', '2027-01-20']] },
        };
        const options = { holidays: ['2027-01-13', '2027-01-18'] };
        const inDays = daysOf(schedulePlan(plan(items, options)));
        const inHours = daysOf(schedulePlan(plan({ ...items, x: { duration: '4h' } }, options)));
        delete inHours.x;
        expect(inHours).toEqual(inDays);
    });
});
