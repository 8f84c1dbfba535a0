import { describe, expect, test } from 'vitest';
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import { levelResources } from '../../language/src/engine/levelling/level-resources.js';
import { WorkingCalendar } from '../../language/src/engine/working-calendar.js';
import { everyDay, level, levellingProblem, START, weekends } from './levelling-builder.js';

// January 2027: Monday the 4th to Friday the 8th, the weekend of the 9th and 10th, Monday the 11th.
// Work takes the first working days of its calendar from its start; `end` is the day after its last.

describe('levelling waits for units', () => {
    test('two tasks of 3 days need 3 of a crew of 4: the second waits 3 days, busy with the first', () => {
        const { activities, finish } = level({ crew: 4 }, {
            A: { duration: 3, needs: { crew: 3 } },
            B: { duration: 3, needs: { crew: 3 } },
        });
        expect(activities.A).toEqual({ start: '2027-01-04', end: '2027-01-07', lateStart: '2027-01-04' });
        expect(activities.B).toEqual({
            start: '2027-01-07', end: '2027-01-12', lateStart: '2027-01-07',
            delay: { days: 3, resource: 'crew', busyWith: ['A'] },
        });
        expect(finish).toBe('2027-01-12');
    });

    test('two tasks that need 2 of a crew of 4 both start on Monday', () => {
        const { activities } = level({ crew: 4 }, {
            A: { duration: 3, needs: { crew: 2 } },
            B: { duration: 3, needs: { crew: 2 } },
        });
        expect(activities.A.start).toBe('2027-01-04');
        expect(activities.B.start).toBe('2027-01-04');
        expect(activities.B.delay).toBeUndefined();
    });

    test('the resource waited for is the one in the way on the last day refused: the crew on Tuesday, not the person on Monday', () => {
        const { activities } = level({ person: 1, crew: 1 }, {
            A: { duration: 1, needs: { person: 1 } },
            B: { duration: 1, needs: { crew: 1 }, after: ['A'] },
            T: { duration: 1, needs: { person: 1, crew: 1 }, priority: 400 },
        });
        expect(activities.B.start).toBe('2027-01-05');
        expect(activities.T).toMatchObject({ start: '2027-01-06', delay: { days: 2, resource: 'crew', busyWith: ['B'] } });
    });

    test('fractions of a resource add up exactly: 0.1 and 0.2 fit in 0.3', () => {
        const { activities } = level({ person: 0.3 }, {
            A: { duration: 2, needs: { person: 0.1 } },
            B: { duration: 2, needs: { person: 0.2 } },
            C: { duration: 2, needs: { person: 0.1 } },
        });
        expect([activities.A.start, activities.B.start]).toEqual(['2027-01-04', '2027-01-04']);
        expect(activities.C).toMatchObject({ start: '2027-01-06', delay: { resource: 'person', busyWith: ['A', 'B'] } });
    });
});

describe('levelling on calendars', () => {
    test('a weekend task takes a person only on its own days: weekday work of the same person does not hold it up', () => {
        const { activities } = level({ person: { units: 1, calendar: everyDay } }, {
            X: { duration: 6, needs: { person: 1 } },
            W: { duration: 2, needs: { person: 1 }, calendar: weekends },
        });
        expect(activities.X).toMatchObject({ start: '2027-01-04', end: '2027-01-12' });
        expect(activities.W).toMatchObject({ start: '2027-01-09', end: '2027-01-11' });
        expect(activities.W.delay).toBeUndefined();
    });

    test('a second weekend task waits for the next weekend: 2 working days of its own calendar', () => {
        const { activities } = level({ person: { units: 1, calendar: everyDay } }, {
            W: { duration: 2, needs: { person: 1 }, calendar: weekends },
            V: { duration: 2, needs: { person: 1 }, calendar: weekends },
        });
        expect(activities.V).toMatchObject({
            start: '2027-01-16', end: '2027-01-18',
            delay: { days: 2, resource: 'person', busyWith: ['W'] },
        });
    });

    test('a person on leave has no units: work that needs them waits until they are back', () => {
        const leave = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-01-05', to: '2027-01-08' }] }, START);
        const { activities } = level({ person: { units: 1, calendar: leave } }, {
            A: { duration: 2, needs: { person: 1 } },
        });
        expect(activities.A).toMatchObject({ start: '2027-01-11', end: '2027-01-13', delay: { days: 5, resource: 'person', busyWith: [] } });
    });
});

describe('levelling keeps links', () => {
    test('a lag of 2 days after a finish; the wait for the person counts working days (Friday and Monday)', () => {
        const { activities } = level({ person: 1 }, {
            A: { duration: 2 },
            C: { duration: 6, needs: { person: 1 } },
            B: { duration: 2, needs: { person: 1 }, after: ['A FS +2'] },
        });
        expect(activities.C).toMatchObject({ start: '2027-01-04', end: '2027-01-12' });
        // A ends on Wednesday the 6th; two days later is Friday the 8th; the person is free on Tuesday the 12th.
        expect(activities.B).toMatchObject({
            start: '2027-01-12', end: '2027-01-14',
            delay: { days: 2, resource: 'person', busyWith: ['C'] },
        });
    });

    test('links of all four types, with a lag and a lead, around a shared person', () => {
        const { activities, finish } = level({ person: 1 }, {
            A: { duration: 3, needs: { person: 1 } },
            B: { duration: 3, needs: { person: 1 }, after: ['A SS +1'] },
            C: { duration: 2, after: ['B FF'] },
            D: { duration: 1, after: ['B SF +1'] },
            E: { duration: 2, after: ['C FS -1'] },
            F: { duration: 0, after: ['E'] },
        });
        expect(activities.A).toMatchObject({ start: '2027-01-04', end: '2027-01-07' });
        // SS +1 allows Tuesday; the person is free on Thursday.
        expect(activities.B).toMatchObject({ start: '2027-01-07', end: '2027-01-12', delay: { days: 2, resource: 'person', busyWith: ['A'] } });
        // FF: C ends with B, on Tuesday the 12th.
        expect(activities.C).toMatchObject({ start: '2027-01-08', end: '2027-01-12' });
        // SF +1: D ends no earlier than the end of B's first day, Thursday.
        expect(activities.D).toMatchObject({ start: '2027-01-07', end: '2027-01-08' });
        // FS -1: E starts a day before C's end, on Monday the 11th.
        expect(activities.E).toMatchObject({ start: '2027-01-11', end: '2027-01-13' });
        // A milestone after E stands on E's end.
        expect(activities.F).toMatchObject({ start: '2027-01-13', end: '2027-01-13' });
        expect(finish).toBe('2027-01-13');
    });

    test('a cycle of links is broken rather than followed for ever', () => {
        const problem = levellingProblem({ person: 1 }, {
            A: { duration: 2, needs: { person: 1 }, after: ['B'] },
            B: { duration: 2, needs: { person: 1 }, after: ['A'] },
        });
        const result = levelResources(problem);
        const days = result.activities.map(activity => [activity.start, activity.end]);
        // One follows the other on the person, whichever way the cycle was cut.
        expect(days.sort((x, y) => x[0] - y[0])).toEqual([
            [dayNumberOf('2027-01-04'), dayNumberOf('2027-01-06')],
            [dayNumberOf('2027-01-06'), dayNumberOf('2027-01-08')],
        ]);
    });
});

describe('work that levelling does not move', () => {
    test('pinned started work keeps its days whatever its links say, and new work fits around it', () => {
        const { activities } = level({ person: 1 }, {
            P: { duration: 3, needs: { person: 1 }, pinned: ['2027-01-04', '2027-01-07'], after: ['Q'] },
            Q: { duration: 2, needs: { person: 1 } },
        });
        expect(activities.P).toEqual({ start: '2027-01-04', end: '2027-01-07', lateStart: '2027-01-04' });
        expect(activities.Q).toMatchObject({ start: '2027-01-07', end: '2027-01-09', delay: { days: 3, resource: 'person', busyWith: ['P'] } });
    });

    test('pinned work may overload a person; the rest waits until all of it is done', () => {
        const { activities } = level({ person: 1 }, {
            P1: { duration: 2, needs: { person: 1 }, pinned: ['2027-01-04', '2027-01-06'] },
            P2: { duration: 2, needs: { person: 1 }, pinned: ['2027-01-05', '2027-01-07'] },
            R: { duration: 1, needs: { person: 1 } },
        });
        expect(activities.P1).toMatchObject({ start: '2027-01-04', end: '2027-01-06' });
        expect(activities.P2).toMatchObject({ start: '2027-01-05', end: '2027-01-07' });
        expect(activities.R).toMatchObject({ start: '2027-01-07', delay: { days: 3, resource: 'person', busyWith: ['P2'] } });
    });

    test('priority 1000 never moves, even over its links and the person it overloads', () => {
        const { activities } = level({ person: 1 }, {
            M: { duration: 2, needs: { person: 1 } },
            N: { duration: 3, needs: { person: 1 }, priority: 1000, unlevelledStart: '2027-01-05', after: ['M'] },
            N2: { duration: 1, needs: { person: 1 }, priority: 1000, unlevelledStart: '2027-01-05' },
        });
        expect(activities.N).toEqual({ start: '2027-01-05', end: '2027-01-08', lateStart: '2027-01-05' });
        expect(activities.N2).toMatchObject({ start: '2027-01-05', end: '2027-01-06' });
        // Monday alone is too short for M's two days: the person is free again on Friday.
        expect(activities.M).toMatchObject({ start: '2027-01-08', end: '2027-01-12', delay: { days: 4, resource: 'person', busyWith: ['N'] } });
    });
});

describe('priority', () => {
    test('priority 900 goes first: the priority 500 task listed first waits', () => {
        const { activities } = level({ person: 1 }, {
            L: { duration: 2, needs: { person: 1 } },
            H: { duration: 2, needs: { person: 1 }, priority: 900 },
        });
        expect(activities.H).toMatchObject({ start: '2027-01-04', end: '2027-01-06' });
        expect(activities.L).toMatchObject({ start: '2027-01-06', delay: { days: 2, resource: 'person', busyWith: ['H'] } });
    });

    test('at equal priority the plan order breaks the tie', () => {
        const { activities } = level({ person: 1 }, {
            L: { duration: 2, needs: { person: 1 } },
            H: { duration: 2, needs: { person: 1 } },
        });
        expect(activities.L.start).toBe('2027-01-04');
        expect(activities.H).toMatchObject({ start: '2027-01-06', delay: { busyWith: ['L'] } });
    });

    test('a higher priority goes first even when the other order would finish sooner', () => {
        // Shortest: the long task first on the person, the short one beside the chain. With B at
        // priority 900 it takes the person first, and the plan is a day longer.
        const sketch = {
            A: { duration: 3, needs: { person: 1 } },
            B: { duration: 1, needs: { person: 1 } },
            C: { duration: 3, after: ['A'] },
        };
        expect(level({ person: 1 }, sketch).finish).toBe('2027-01-12');
        const withPriority = level({ person: 1 }, { ...sketch, B: { ...sketch.B, priority: 900 } });
        expect(withPriority.activities.B.start).toBe('2027-01-04');
        expect(withPriority.finish).toBe('2027-01-13');
    });
});

describe('demands no wait can meet', () => {
    test('5 of a crew of 4 is reported and placed where its links allow, left to the over-allocation check', () => {
        const { activities, unmet } = level({ crew: 4 }, {
            U: { duration: 2, needs: { crew: 5 } },
            V: { duration: 2, needs: { crew: 1 } },
        });
        expect(unmet).toEqual(['U crew']);
        expect(activities.U).toEqual({ start: '2027-01-04', end: '2027-01-06', lateStart: '2027-01-04' });
        // U takes nothing from levelling's count of the crew, so V need not wait for it.
        expect(activities.V).toEqual({ start: '2027-01-04', end: '2027-01-06', lateStart: '2027-01-04' });
    });

    test('a weekday clerk for weekend work is reported, not waited for', () => {
        const { activities, unmet } = level({ clerk: 1 }, {
            W: { duration: 2, needs: { clerk: 1 }, calendar: weekends },
        });
        expect(unmet).toEqual(['W clerk']);
        expect(activities.W).toMatchObject({ start: '2027-01-09', end: '2027-01-11' });
    });

    test('a contractor who leaves for fourteen years at the end of January is reported for work from March', () => {
        const away = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-02-01', to: '2040-12-31' }] }, START);
        const { activities, unmet } = level({ contractor: { units: 1, calendar: away } }, {
            A: { duration: 2, needs: { contractor: 1 }, release: '2027-03-01' },
        });
        expect(unmet).toEqual(['A contractor']);
        expect(activities.A.start).toBe('2027-03-01');
    });

    test('a contractor back within ten years is waited for', () => {
        const away = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-02-01', to: '2036-06-30' }] }, START);
        const { activities, unmet } = level({ contractor: { units: 1, calendar: away } }, {
            A: { duration: 2, needs: { contractor: 1 }, release: '2027-03-01' },
        });
        expect(unmet).toEqual([]);
        expect(activities.A.start).toBe('2036-07-01');
    });

    test('work that could only wait more than ten years past everything else is reported, not waited for', () => {
        // The contractor works in January 2027 only: room for one 15-day job, not two.
        const january = new WorkingCalendar({ workdays: [], holidays: [{ from: '2027-02-01', to: '2040-12-31' }] }, START);
        const { activities, unmet } = level({ contractor: { units: 1, calendar: january } }, {
            A: { duration: 15, needs: { contractor: 1 } },
            B: { duration: 15, needs: { contractor: 1 } },
        });
        expect(activities.A).toMatchObject({ start: '2027-01-04', end: '2027-01-23' });
        expect(unmet).toEqual(['B contractor']);
        expect(activities.B.start).toBe('2027-01-04');
    });
});

describe('resource-aware late starts', () => {
    test('an activity with float can start no later than leaves room for what follows it on the same person', () => {
        const { activities, finish } = level({ x: 1, y: 1 }, {
            A: { duration: 2, needs: { x: 1 } },
            C: { duration: 2, needs: { x: 1 } },
            B: { duration: 6, needs: { y: 1 } },
        });
        expect(finish).toBe('2027-01-12');
        expect(activities.B).toMatchObject({ start: '2027-01-04', lateStart: '2027-01-04' });
        expect(activities.C).toMatchObject({ start: '2027-01-06', lateStart: '2027-01-08' });
        // Without resources A could start as late as Friday; C holds x on Friday and Monday.
        expect(activities.A).toMatchObject({ start: '2027-01-04', lateStart: '2027-01-06' });
    });
});

describe('the search', () => {
    test('the same problem and budget always give the same plan, within the budget', () => {
        const sketch = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`T${i}`, {
            duration: 1 + (i * 7) % 5,
            needs: { crew: 1 + (i % 3) },
            after: i >= 3 ? [`T${i - 3}`] : [],
        }]));
        const first = level({ crew: 3 }, sketch, { schedules: 40 });
        const second = level({ crew: 3 }, sketch, { schedules: 40 });
        expect(second.result).toEqual(first.result);
        expect(first.result.schedulesTried).toBeLessThanOrEqual(40);
        expect(first.result.schedulesTried).toBeGreaterThan(0);
    });

    test('a budget of one schedule is one pass of the serial scheme', () => {
        const result = level({ crew: 3 }, {
            A: { duration: 2, needs: { crew: 2 } },
            B: { duration: 2, needs: { crew: 2 } },
        }, { schedules: 1 }).result;
        expect(result.schedulesTried).toBe(1);
    });

    test('an empty plan levels to nothing', () => {
        const result = levelResources(levellingProblem({}, {}));
        expect(result).toMatchObject({ activities: [], unmet: [] });
    });
});
