import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { shownDurations, withShownDurations } from '../../language/src/engine/shown-durations.js';
import { calendar, plan } from './plan-builder.js';

describe('the working days shown for each item', () => {
    test("a finished task shows the working days it actually took, from its actual start to its actual finish; others their planned ones", () => {
        const sketch = plan({
            // Planned 3 days; actually Mon 4 to Thu 7 Jan: 4 working days.
            survey: { duration: '3d', actualStart: '2027-01-04', actualFinish: '2027-01-07', progress: 100 },
            // Planned 5 days, done in 2: Fri 8 to Mon 11 Jan, over the weekend.
            report: { duration: '5d', after: ['survey'], actualStart: '2027-01-08', actualFinish: '2027-01-11', progress: 100 },
            fitout: { duration: '10d', after: ['report'], actualStart: '2027-01-12', progress: 40 },
            move: { duration: '2d', after: ['fitout'] },
        }, { status: '2027-01-15' });
        const schedule = schedulePlan(sketch);
        expect(Object.fromEntries(shownDurations(sketch, schedule))).toEqual({ survey: 4, report: 2, fitout: 10, move: 2 });
    });

    test("the actual days are counted on the task's own calendar", () => {
        const sketch = plan({
            // Worked Saturday to Monday on a calendar that works Saturdays: 2 days, not the project calendar's 1.
            weekend: { duration: '1d', calendar: calendar(['mon', 'tue', 'wed', 'thu', 'fri', 'sat']), actualStart: '2027-01-09', actualFinish: '2027-01-11', progress: 100 },
        }, { status: '2027-01-15' });
        expect(shownDurations(sketch, schedulePlan(sketch)).get('weekend')).toBe(2);
    });

    test('in a plan that uses hours, finished work spans whole days from its actual start to its actual finish, and its minutes say the same', () => {
        const sketch = plan({
            // Planned 4h; actually done on Monday, of which the schedule knows the date only.
            fix: { duration: '4h', actualStart: '2027-01-04', actualFinish: '2027-01-04', progress: 100 },
            // Planned 1.5d, done Tuesday and Wednesday.
            patch: { duration: '1.5d', after: ['fix'], actualStart: '2027-01-05', actualFinish: '2027-01-06', progress: 100 },
            test: { duration: '4h', after: ['patch'] },
        }, { status: '2027-01-06' });
        const schedule = schedulePlan(sketch);
        expect(schedule.usesHours).toBe(true);
        expect(Object.fromEntries(shownDurations(sketch, schedule))).toEqual({ fix: 1, patch: 2, test: 0.5 });
        const shown = withShownDurations(sketch, schedule).items.map(item => [item.id, item.durationDays, item.durationMinutes]);
        expect(shown).toEqual([['fix', 1, 480], ['patch', 2, 960], ['test', 0.5, 240]]);
    });

    test('finished elapsed work counts the calendar days it took, as elapsed durations do', () => {
        const sketch = plan({
            cure: { duration: '2ed', actualStart: '2027-01-08', actualFinish: '2027-01-11', progress: 100 },
        }, { status: '2027-01-15' });
        const schedule = schedulePlan(sketch);
        expect(shownDurations(sketch, schedule).get('cure')).toBe(4);
        expect(withShownDurations(sketch, schedule).items[0]).toMatchObject({ durationDays: 4, durationMinutes: 4 * 1440 });
    });
});
