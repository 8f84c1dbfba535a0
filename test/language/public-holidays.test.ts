/**
 * Calendars that take a country's public holidays from the date-holidays library (`holidays
 * GB-ENG`) for every year the plan spans, and that work days by exception (`workday 2027-03-06`).
 */
import { describe, expect, test } from 'vitest';
import { isProject } from '../../language/src/generated/ast.js';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import { planInputOf } from '../../language/src/planning/plan-from-ast.js';
import { publicHolidaysOf } from '../../language/src/planning/public-holidays.js';
import { hoverTextAt } from '../support/hover-text.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

const services = await createTestServices();

async function scheduleOf(text: string): Promise<{ schedule: Schedule; codes: string[] }> {
    const { document, diagnostics } = await validatePlan(services, text);
    const project = document.parseResult.value.elements.find(isProject)!;
    return { schedule: services.Proj.planning.ProjectSchedules.scheduleOf(project)!, codes: diagnostics.map(diagnostic => String(diagnostic.code)) };
}

function datesOf(schedule: Schedule): Record<string, string> {
    return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]));
}

describe('public holidays from the library', () => {
    test('England in 2027: Easter on 26 and 29 March, the May and August bank holidays, and Christmas and Boxing Day moved off the weekend', () => {
        expect(publicHolidaysOf('GB-ENG', 2027, 2027)).toEqual([
            { date: '2027-01-01', name: 'New Year\'s Day' },
            { date: '2027-03-26', name: 'Good Friday' },
            { date: '2027-03-29', name: 'Easter Monday' },
            { date: '2027-05-03', name: 'Early May bank holiday' },
            { date: '2027-05-31', name: 'Spring bank holiday' },
            { date: '2027-08-30', name: 'Summer bank holiday' },
            { date: '2027-12-25', name: 'Christmas Day' },
            { date: '2027-12-26', name: 'Boxing Day' },
            { date: '2027-12-27', name: 'Christmas Day (substitute day)' },
            { date: '2027-12-28', name: 'Boxing Day (substitute day)' },
        ]);
    });

    test('only days off: not Mother\'s Day, nor Christmas Eve where banks close', () => {
        const germany = publicHolidaysOf('DE-BY', 2027, 2027)!.map(holiday => holiday.date);
        expect(germany).toContain('2027-01-06');
        expect(germany).not.toContain('2027-12-24');
        expect(publicHolidaysOf('GB-ENG', 2027, 2027)!.map(holiday => holiday.date)).not.toContain('2027-03-07');
        expect(publicHolidaysOf('XX', 2027, 2027)).toBeUndefined();
    });

    test('work across Easter skips Good Friday and Easter Monday', async () => {
        const { schedule, codes } = await scheduleOf(`project p {
            start 2027-03-22
            calendar { holidays GB-ENG }
            task build { duration 7d }
        }`);
        expect(codes).toEqual([]);
        // Mon 22 to Thu 25 (4 days), then Tue 30 to Thu 1 April (3 days).
        expect(datesOf(schedule)).toEqual({ build: '2027-03-22..2027-04-01' });
    });

    test('a bare country code', async () => {
        const { schedule, codes } = await scheduleOf(`project p {
            start 2027-07-01
            calendar { holidays US }
            task build { duration 3d }
        }`);
        expect(codes).toEqual([]);
        // Independence Day falls on a Sunday: Monday 5 July is its substitute.
        expect(datesOf(schedule)).toEqual({ build: '2027-07-01..2027-07-06' });
    });

    test('every year the plan spans, however far the work runs', async () => {
        const { schedule } = await scheduleOf(`project p {
            start 2027-01-04
            calendar { holidays GB-ENG }
            task long { duration 1200d }
            task after_it { duration 1d after long }
        }`);
        // 1200 working days run into 2031; Christmas Day 2031 is a Thursday and Boxing Day a Friday.
        const long = schedule.items.find(item => item.id === 'long')!;
        expect(long.finish.slice(0, 4)).toBe('2031');
        const { document } = await validatePlan(services, `project q { start 2027-01-04 calendar { holidays GB-ENG } task t { duration 1200d } }`);
        const plan = services.Proj.planning.ProjectSchedules.planOf(document.parseResult.value.elements.find(isProject)!)!;
        const days = plan.calendar.holidays.map(holiday => holiday.from);
        expect(days).toContain('2031-12-25');
        expect(days).toContain('2031-12-26');
        expect(days).toContain('2027-03-26');
    });

    test('typed holidays and the library\'s add up; a resource naming the calendar gets both', async () => {
        const { document } = await validatePlan(services, `project p {
            start 2027-03-22
            calendar office { holidays GB-ENG holiday 2027-03-25 "Office move" }
            resource alex { calendar office }
            task build { duration 4d assign alex }
        }`);
        const project = document.parseResult.value.elements.find(isProject)!;
        const plan = planInputOf(project)!;
        const office = plan.resources![0].calendar!;
        expect(office.holidays.map(holiday => holiday.from)).toEqual(expect.arrayContaining(['2027-03-25', '2027-03-26', '2027-03-29']));
        expect(datesOf(services.Proj.planning.ProjectSchedules.scheduleOf(project)!)).toEqual({ build: '2027-03-22..2027-03-30' });
    });
});

describe('worked days', () => {
    test('a worked Saturday and a worked bank holiday are working days', async () => {
        const { schedule, codes } = await scheduleOf(`project p {
            start 2027-03-22
            calendar { holidays GB-ENG workday 2027-03-27 "Catch-up Saturday" workday 2027-03-29 }
            task build { duration 7d }
        }`);
        expect(codes).toEqual([]);
        // Mon 22 to Thu 25, Sat 27, Mon 29, Tue 30.
        expect(datesOf(schedule)).toEqual({ build: '2027-03-22..2027-03-30' });
        const saturday = await scheduleOf(`project p {
            start 2027-03-06
            calendar { workday 2027-03-06 to 2027-03-07 }
            task build { duration 3d }
        }`);
        expect(datesOf(saturday.schedule)).toEqual({ build: '2027-03-06..2027-03-08' });
    });
});

describe('public holidays and worked days in a plan that uses hours', () => {
    function timesOf(schedule: Schedule): Record<string, string> {
        return Object.fromEntries(schedule.items.map(item => [item.id, `${item.start} ${item.startTime}..${item.finish} ${item.finishTime}`]));
    }

    test('4h from Thursday 15:00 on 09:00-17:00 hours runs 2h before Good Friday and 2h after Easter Monday', async () => {
        const { schedule, codes } = await scheduleOf(`project p {
            start 2027-03-25
            calendar { holidays GB-ENG hours 09:00-17:00 }
            task prepare { duration 6h }
            task cut { duration 4h after prepare }
        }`);
        expect(codes).toEqual([]);
        expect(schedule.usesHours).toBe(true);
        expect(timesOf(schedule)).toEqual({
            prepare: '2027-03-25 09:00..2027-03-25 15:00',
            cut: '2027-03-25 15:00..2027-03-30 11:00',
        });
    });

    test('a worked Good Friday has the calendar\'s hours', async () => {
        const { schedule, codes } = await scheduleOf(`project p {
            start 2027-03-25
            calendar { holidays GB-ENG workday 2027-03-26 hours 09:00-12:30 13:30-17:30 }
            task prepare { duration 6h }
            task cut { duration 4h after prepare }
        }`);
        expect(codes).toEqual([]);
        // Thursday 09:00-12:30 and 13:30-16:00; cut 16:00-17:30, then Friday 09:00-11:30.
        expect(timesOf(schedule)).toEqual({
            prepare: '2027-03-25 09:00..2027-03-25 16:00',
            cut: '2027-03-25 16:00..2027-03-26 11:30',
        });
    });
});

describe('hover on a holiday code', () => {
    test('lists the public holidays between the plan\'s start and finish, with their names', async () => {
        const text = `project p {
    start 2027-11-01
    calendar { holidays GB-ENG }
    task build { duration 50d }
}`;
        expect(await hoverTextAt(services.Proj, text, 'GB-ENG')).toBe([
            '**GB-ENG** · public holidays of England, United Kingdom',
            '',
            'Public holidays from the start, Mon 1 Nov 2027, to the finish, Wed 12 Jan 2028:',
            '',
            '- Sat 25 Dec 2027 · Christmas Day',
            '- Sun 26 Dec 2027 · Boxing Day',
            '- Mon 27 Dec 2027 · Christmas Day (substitute day)',
            '- Tue 28 Dec 2027 · Boxing Day (substitute day)',
            '- Sat 1 Jan 2028 · New Year\'s Day',
            '- Mon 3 Jan 2028 · New Year\'s Day (substitute day)',
        ].join('\n'));
    });

    test('an unknown code says so', async () => {
        const text = `project p {
    start 2027-11-01
    calendar { holidays GB-ENX }
}`;
        expect(await hoverTextAt(services.Proj, text, 'GB-ENX')).toBe('**GB-ENX** · not a country or region whose public holidays are known');
    });
});
