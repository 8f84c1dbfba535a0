import { describe, expect, test } from 'vitest';
import { resourceLoading } from '../../language/src/engine/resource-loading.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { mondayOf, weeklyLoading } from '../../language/src/engine/weekly-loading.js';
import { calendar, plan, resource } from './plan-builder.js';

describe('weekly loading', () => {
    test('the Monday of a date’s ISO week', () => {
        expect(mondayOf('2027-01-04')).toBe('2027-01-04');
        expect(mondayOf('2027-01-10')).toBe('2027-01-04');
        expect(mondayOf('2027-01-11')).toBe('2027-01-11');
        // Across a year end: Friday 1 January 2027 is in the week of Monday 28 December 2026.
        expect(mondayOf('2027-01-01')).toBe('2026-12-28');
        expect(mondayOf('1969-12-31')).toBe('1969-12-29');
    });

    test('days summed into weeks from Monday; over sums each day’s excess, not the week’s', () => {
        // From Wednesday 6 Jan: a crew of 4 works Monday to Saturday; 3 + 2 of it on the 6th to
        // the 8th (1 over each day), then 3 alone on Saturday 9th and Monday 11th.
        const input = plan({
            strip: { duration: '5d', assign: ['crew 3'] },
            wire: { duration: '3d', assign: ['crew 2'] },
            // Alex is away on Thursday 7th and Friday 8th: the report waits for him.
            report: { duration: '3d', assign: ['alex'] },
        }, {
            start: '2027-01-06',
            resources: [resource('crew', { units: 4, calendar: calendar(['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], [], 'shifts') }), resource('alex', { leave: [['2027-01-07', '2027-01-08']] })],
        });
        const [crew, alex] = resourceLoading(input, schedulePlan(input));
        expect(weeklyLoading(crew)).toEqual([
            // Wednesday to Sunday: 4 working days of 4 units; 3 × 4 + 2 × 3 asked for, 3 over 3 days.
            { week: '2027-01-04', required: 18, available: 16, over: 3, daysOver: 3 },
            // Monday 11 (strip's last day) and Tuesday 12 (alex's report's last day).
            { week: '2027-01-11', required: 3, available: 8, over: 0, daysOver: 0 },
        ]);
        expect(weeklyLoading(alex)).toEqual([
            { week: '2027-01-04', required: 1, available: 1, over: 0, daysOver: 0 },
            { week: '2027-01-11', required: 2, available: 2, over: 0, daysOver: 0 },
        ]);
    });
});
