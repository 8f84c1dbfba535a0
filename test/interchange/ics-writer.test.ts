// `icsOf`: milestones (and tasks) as iCalendar events, read back with ical.js, an independent
// parser; the same plan gives the same bytes, so that the file diffs cleanly in git.
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { icsOf } from '../../language/src/interchange/ics-writer.js';
import { createTestServices } from '../support/proj-test-services.js';
import { scheduledText, type ScheduledText, type Services } from './support/interchange-plans.js';

let services: Services;
let office: ScheduledText;
beforeAll(async () => {
    services = await createTestServices();
    office = await scheduledText(services, readFileSync(join(__dirname, '..', '..', 'examples', 'office-move.proj'), 'utf8'));
});

function eventsOf(text: string) {
    const calendar = new ICAL.Component(ICAL.parse(text));
    return {
        name: calendar.getFirstPropertyValue('x-wr-calname'),
        events: calendar.getAllSubcomponents('vevent').map(component => {
            const event = new ICAL.Event(component);
            return { uid: event.uid, summary: event.summary, start: event.startDate.toString(), end: event.endDate.toString(), allDay: event.startDate.isDate, stamp: component.getFirstPropertyValue('dtstamp')?.toString() };
        }),
    };
}

describe('icsOf', () => {
    test('the milestones of the reference plan: all-day events with stable UIDs, DTSTAMP from the status date', () => {
        const { name, events } = eventsOf(icsOf(office.plan, office.schedule));
        expect(name).toBe('Office relocation to Leeds');
        expect(events).toEqual([
            { uid: 'approval.office_move@proj', summary: 'Business case approved', start: '2027-01-08', end: '2027-01-09', allDay: true, stamp: '2027-03-01T00:00:00Z' },
            { uid: 'moved.office_move@proj', summary: 'Staff moved', start: '2027-03-09', end: '2027-03-10', allDay: true, stamp: '2027-03-01T00:00:00Z' },
        ]);
    });

    test('with tasks: each task from its first day to the day after its last', () => {
        const { events } = eventsOf(icsOf(office.plan, office.schedule, { tasks: true }));
        expect(events.map(event => event.uid)).toEqual(['business_case', 'approval', 'survey', 'fitout', 'briefing', 'it', 'moved'].map(id => `${id}.office_move@proj`));
        expect(events.find(event => event.summary === 'Fit-out')).toMatchObject({ start: '2027-02-15', end: '2027-03-10', allDay: true });
    });

    test('two runs give the same bytes', async () => {
        const again = await scheduledText(services, readFileSync(join(__dirname, '..', '..', 'examples', 'office-move.proj'), 'utf8'));
        expect(icsOf(again.plan, again.schedule, { tasks: true })).toBe(icsOf(office.plan, office.schedule, { tasks: true }));
    });

    test('a plan scheduled to the minute gives timed events, in the plan\'s local time', async () => {
        const timed = await scheduledText(services, 'project call "Call" {\n    start 2027-01-04\n    task prep "Prep" { duration 3h }\n    milestone call "Call held" { after prep }\n}\n');
        const { events } = eventsOf(icsOf(timed.plan, timed.schedule, { tasks: true }));
        expect(events).toEqual([
            { uid: 'prep.call@proj', summary: 'Prep', start: '2027-01-04T08:00:00', end: '2027-01-04T11:00:00', allDay: false, stamp: '2027-01-04T00:00:00Z' },
            { uid: 'call.call@proj', summary: 'Call held', start: '2027-01-04T11:00:00', end: '2027-01-04T11:00:00', allDay: false, stamp: '2027-01-04T00:00:00Z' },
        ]);
    });

    test('a plan without milestones is an empty calendar that parses', async () => {
        const plain = await scheduledText(services, 'project p {\n    start 2027-01-04\n    task a { duration 1d }\n}\n');
        expect(eventsOf(icsOf(plain.plan, plain.schedule))).toEqual({ name: 'p', events: [] });
    });
});
