import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import { calendar, plan, resource } from './plan-builder.js';

// 2027-01-04 is a Monday. The project works Monday to Friday.

function datesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

const weekends = calendar(['sat', 'sun'], [], 'weekends');
const nights = calendar(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], [], 'nights');

describe('work on its resources\' calendars', () => {
    test('work assigned to a weekend crew runs on weekends, and weekday work after it waits for Monday', () => {
        const schedule = schedulePlan(plan({
            prep: { duration: '5d' },
            install: { duration: '3d', after: ['prep'], assign: ['crew 2'] },
            handover: { duration: '1d', after: ['install'] },
        }, { resources: [resource('crew', { units: 4, calendar: weekends })] }));
        expect(datesOf(schedule)).toEqual({
            prep: '2027-01-04..2027-01-08',
            install: '2027-01-09..2027-01-16',
            handover: '2027-01-18..2027-01-18',
        });
        expect(schedule.items.find(item => item.id === 'install')?.durationDays).toBe(3);
    });

    test('a resource\'s leave is a day off for its work; the project\'s holidays apply to it unless it has its own calendar', () => {
        expect(datesOf(schedulePlan(plan({ survey: { duration: '3d', assign: ['alex'] } }, {
            holidays: ['2027-01-05'],
            resources: [resource('alex', { leave: [['2027-01-06', '2027-01-07']] })],
        })))).toEqual({ survey: '2027-01-04..2027-01-11' });
        expect(datesOf(schedulePlan(plan({ survey: { duration: '3d', assign: ['sam'] } }, {
            holidays: ['2027-01-05'],
            resources: [resource('sam', { calendar: calendar(['mon', 'tue', 'wed', 'thu', 'fri']) })],
        })))).toEqual({ survey: '2027-01-04..2027-01-06' });
    });

    test('work on two resources runs only on the days both work', () => {
        expect(datesOf(schedulePlan(plan({ audit: { duration: '2d', assign: ['night', 'alex'] } }, {
            resources: [resource('night', { calendar: nights }), resource('alex', { leave: [['2027-01-04']] })],
        })))).toEqual({ audit: '2027-01-05..2027-01-06' });
    });

    test('a task\'s own calendar overrides its resources\'', () => {
        expect(datesOf(schedulePlan(plan({ clean: { duration: '2d', assign: ['crew'], calendar: calendar(['sat']) } }, {
            resources: [resource('crew', { calendar: weekends })],
        })))).toEqual({ clean: '2027-01-09..2027-01-16' });
    });

    test('resources that share no workday make the plan unschedulable, with the reason', () => {
        expect(() => schedulePlan(plan({ clash: { duration: '1d', assign: ['weekender', 'alex'] } }, {
            resources: [resource('weekender', { calendar: weekends }), resource('alex')],
        }))).toThrow("'clash' has no day on which all of 'weekender', 'alex' work: their calendars share no workday.");
    });
});

describe('floats and the critical path across calendars', () => {
    test('weekday work that ends on Friday before weekend work has no float, and both are critical', () => {
        const schedule = schedulePlan(plan({
            prep: { duration: '2d', constraints: [['start-no-earlier-than', '2027-01-07']] },
            install: { duration: '2d', after: ['prep'], assign: ['crew'] },
        }, { resources: [resource('crew', { calendar: weekends })] }));
        expect(datesOf(schedule)).toEqual({ prep: '2027-01-07..2027-01-08', install: '2027-01-09..2027-01-10' });
        expect(schedule.items.map(item => [item.id, item.totalFloat, item.critical])).toEqual([['prep', 0, true], ['install', 0, true]]);
        expect(schedule.criticalPaths).toEqual([['prep', 'install']]);
    });

    test('float is counted in the working days of the work\'s own calendar', () => {
        const schedule = schedulePlan(plan({
            long: { duration: '10d' },
            weekend: { duration: '1d', assign: ['crew'] },
            end: { after: ['long', 'weekend'] },
        }, { resources: [resource('crew', { calendar: weekends })] }));
        // The project ends with Friday the 15th: the weekend job can move from Saturday the 9th to
        // Sunday the 10th, not to the weekend after the end.
        expect(schedule.items.find(item => item.id === 'weekend')).toMatchObject({ start: '2027-01-09', lateStart: '2027-01-10', totalFloat: 1, critical: false });
        expect(schedule.items.find(item => item.id === 'long')).toMatchObject({ finish: '2027-01-15', totalFloat: 0, critical: true });
    });

    test('a missed finish constraint is counted in the work\'s own working days', () => {
        const schedule = schedulePlan(plan({
            prep: { duration: '5d' },
            install: { duration: '2d', after: ['prep'], assign: ['crew'], constraints: [['finish-no-later-than', '2027-01-09']] },
        }, { resources: [resource('crew', { calendar: weekends })] }));
        expect(schedule.missedDates).toMatchObject([{ item: 'install', kind: 'finish-no-later-than', workingDays: 1 }]);
    });
});

describe('worked days on resources\' calendars', () => {
    const saturdayWorked = { name: 'catchup', workdays: [], holidays: [], workedDays: [{ from: '2027-01-09' }] } as const;

    test('a resource whose calendar works a Saturday works it, unless on leave', () => {
        expect(datesOf(schedulePlan(plan({ survey: { duration: '6d', assign: ['alex'] } }, {
            resources: [resource('alex', { calendar: saturdayWorked })],
        })))).toEqual({ survey: '2027-01-04..2027-01-09' });
        expect(datesOf(schedulePlan(plan({ survey: { duration: '6d', assign: ['alex'] } }, {
            resources: [resource('alex', { calendar: saturdayWorked, leave: [['2027-01-09']] })],
        })))).toEqual({ survey: '2027-01-04..2027-01-11' });
    });

    test('work with two resources works a Saturday only if both do', () => {
        const both = plan({ survey: { duration: '6d', assign: ['alex', 'sam'] } }, {
            resources: [resource('alex', { calendar: saturdayWorked }), resource('sam')],
        });
        expect(datesOf(schedulePlan(both))).toEqual({ survey: '2027-01-04..2027-01-11' });
        const alike = plan({ survey: { duration: '6d', assign: ['alex', 'sam'] } }, {
            resources: [resource('alex', { calendar: saturdayWorked }), resource('sam', { calendar: saturdayWorked })],
        });
        expect(datesOf(schedulePlan(alike))).toEqual({ survey: '2027-01-04..2027-01-09' });
    });
});
