import { describe, expect, test } from 'vitest';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { shownDurations } from '../../language/src/engine/shown-durations.js';
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
});
