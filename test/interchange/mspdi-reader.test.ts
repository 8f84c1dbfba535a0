// `readMspdi` on MS Project XML written by hand from Microsoft's schema, one file per group of
// features: what each becomes in the plan, that the .proj written from it is valid, and what the
// notes say could not be carried.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { MspdiError, readMspdi, spanOf } from '../../language/src/interchange/mspdi-reader.js';
import { projTextOf } from '../../language/src/interchange/proj-writer.js';
import { createTestServices } from '../support/proj-test-services.js';
import { scheduledText, type Services } from './support/interchange-plans.js';

const fixture = (name: string) => readFileSync(join(__dirname, 'fixtures', `${name}.xml`), 'utf8');
const imported = (name: string) => readMspdi(fixture(name));
const itemsOf = (name: string) => new Map(imported(name).interchange.plan.items.map(item => [item.id, item]));

let services: Services;
beforeAll(async () => {
    services = await createTestServices();
});

describe('readMspdi', () => {
    test.each(['calendars', 'work', 'progress-and-baselines', 'resources'])('%s.xml becomes a .proj that parses and validates without errors, and schedules', async name => {
        const text = projTextOf(imported(name).interchange);
        const scheduled = await scheduledText(services, text);
        expect(scheduled.errors, text).toEqual([]);
        expect(scheduled.schedule.items.length).toBeGreaterThan(0);
    });

    test('calendars: working hours, holidays and worked days of both forms, in date order, with their names; a task\'s own calendar', () => {
        const { interchange, notes } = imported('calendars');
        expect(interchange.plan).toMatchObject({ id: 'depot_refit', title: 'Depot refit', start: '2027-03-01' });
        expect(interchange.plan.calendar).toEqual({
            workdays: [],
            hours: [{ from: 540, to: 750 }, { from: 810, to: 1020 }],
            holidays: [{ from: '2027-03-29', to: '2027-03-30', title: 'Easter closure' }, { from: '2027-04-16' }],
            workedDays: [{ from: '2027-03-13', title: 'Stocktake Saturday' }],
        });
        expect(interchange.calendars).toEqual([{ name: 'night_shift', workdays: ['mon', 'tue', 'wed', 'thu'], holidays: [], hours: [{ from: 1320, to: 1440 }] }]);
        const text = projTextOf(interchange);
        expect(text).toContain('    calendar {\n        hours 09:00-12:30 13:30-17:00\n        holiday 2027-03-29 to 2027-03-30 "Easter closure"\n        holiday 2027-04-16\n        workday 2027-03-13 "Stocktake Saturday"\n    }');
        expect(text).toContain('    task night_resurfacing "Night resurfacing" {\n        duration 4h\n        after strip_out\n        calendar night_shift\n    }');
        // A day is the calendar's 7 hours: 35 hours are 5 days.
        expect(itemsOf('calendars').get('strip_out')?.duration).toEqual({ amount: 5, unit: 'd' });
        expect(notes).toEqual([
            'Calendar Standard has a recurring exception "Christmas Day" (type 2): not carried; write its days as holidays.',
            'Calendar Night shift works different hours on different days (22:00-24:00; 20:00-24:00): a Proj calendar has one day\'s hours, so every working day works 22:00-24:00.',
            'Calendar Night shift has work weeks for some periods (WorkWeeks): not carried; the plan uses its default week all year.',
        ]);
    });

    test('work: summary tasks nest as phases; milestones; the four link types with lags in their units; every constraint; deadlines and priorities', () => {
        const { interchange, notes } = imported('work');
        const items = itemsOf('work');
        expect(interchange.plan.deadline).toBe('2027-06-30');
        expect([...items.values()].map(item => [item.id, item.kind, item.phase])).toEqual([
            ['planning', 'phase', undefined], ['survey', 'task', 'planning'], ['design', 'task', 'planning'], ['plans_approved', 'milestone', 'planning'],
            ['move', 'phase', undefined], ['pack', 'phase', 'move'], ['pack_stock', 'task', 'pack'], ['pack_offices', 'task', 'pack'],
            ['trucks', 'task', 'move'], ['unpack', 'task', 'move'], ['keys_returned', 'milestone', undefined], ['handover', 'task', undefined],
        ]);
        expect(items.get('survey')).toMatchObject({ duration: { amount: 3, unit: 'd' }, priority: 700 });
        expect(items.get('design')).toMatchObject({
            duration: { amount: 2, unit: 'w' },
            dependencies: [{ predecessor: 'survey', type: 'FS', lag: { amount: 1, unit: 'd' } }],
            constraints: [{ kind: 'start-no-earlier-than', date: '2027-01-11' }],
        });
        expect(items.get('move')).toMatchObject({ dependencies: [{ predecessor: 'plans_approved', type: 'FS' }], constraints: [{ kind: 'start-no-earlier-than', date: '2027-02-01' }] });
        expect(items.get('pack_stock')).toMatchObject({ duration: { amount: 20, unit: 'h' }, schedule: 'alap' });
        // 39 is an estimated duration in days (`2d?`).
        expect(items.get('pack_offices')).toMatchObject({
            duration: { amount: 2, unit: 'd' },
            dependencies: [{ predecessor: 'pack_stock', type: 'SS', lag: { amount: 1, unit: 'h' } }],
            constraints: [{ kind: 'start-no-later-than', date: '2027-02-10' }],
        });
        expect(items.get('trucks')).toMatchObject({
            duration: { amount: 2, unit: 'ed' },
            dependencies: [{ predecessor: 'pack_offices', type: 'FF', lag: { amount: -0.5, unit: 'd' } }, { predecessor: 'pack_stock', type: 'SF', lag: { amount: 1, unit: 'ed' } }],
            constraints: [{ kind: 'finish-no-earlier-than', date: '2027-02-12' }],
            deadline: '2027-02-26',
        });
        expect(items.get('unpack')).toMatchObject({
            dependencies: [{ predecessor: 'trucks', type: 'FS', lag: { amount: 1, unit: 'w' } }, { predecessor: 'pack_offices', type: 'FS' }],
            constraints: [{ kind: 'finish-no-later-than', date: '2027-03-31' }],
            priority: 1,
        });
        expect(items.get('keys_returned')?.constraints).toEqual([{ kind: 'start-on', date: '2027-04-01' }]);
        expect(items.get('handover')).toMatchObject({ dependencies: [], constraints: [{ kind: 'finish-on', date: '2027-04-09' }] });
        expect(notes).toEqual([
            'Unpack has priority 0: Proj\'s priorities run from 1, so it has 1.',
            'Move (a summary task) has a FF link from survey: not carried; a phase takes FS and SS links.',
            'Unpack\'s link from pack_offices has a lag in percent of the predecessor\'s duration: not carried; give it in working time.',
            'Handover follows task UID 99, which the file does not hold: not carried.',
            '1 blank task row left out.',
        ]);
    });

    test('progress: percent complete, actual dates and costs, the status date and currency; baselines and MS Project\'s own task features are noted', () => {
        const { interchange, notes } = imported('progress-and-baselines');
        const items = itemsOf('progress-and-baselines');
        expect(interchange.plan.status).toBe('2027-01-13');
        expect(interchange.currency).toBe('EUR');
        expect(items.get('build_servers')).toMatchObject({ progress: 100, actualStart: '2027-01-04', actualFinish: '2027-01-08', cost: 1200, spent: 1350 });
        expect(items.get('migrate_data')).toMatchObject({ progress: 40, actualStart: '2027-01-11', cost: 800 });
        expect(notes).toEqual([
            'Migrate data has a levelling delay: not carried; `level` in the plan levels it.',
            'Migrate data has notes: not carried.',
            'Migrate data accrues its fixed cost at its end: Proj spreads it over the work.',
            'Go live is scheduled manually: the plan schedules it from its links and constraints.',
            'Baseline 0 of 2 tasks: not carried; Proj keeps baselines in git: commit the imported plan and name that revision in `baseline "…"` to measure against it.',
            'Baseline 1 of 1 task: not carried; Proj keeps baselines in git: commit the imported plan and name that revision in `baseline "…"` to measure against it.',
        ]);
    });

    test('resources: units, rates per hour, day and week, a named calendar, leave from the resource calendar; assignments with their units', () => {
        const { interchange, notes } = imported('resources');
        expect(interchange.plan.resources).toEqual([
            { id: 'fitters', name: 'Fitters', units: 4, calendar: { name: 'six_days', workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat'], holidays: [] }, leave: [{ from: '2027-01-18', to: '2027-01-19', title: 'Training' }] },
            { id: 'sam_jones', name: 'Sam Jones', units: 1, calendar: undefined, leave: [{ from: '2027-01-07', to: undefined, title: undefined }] },
            { id: 'inspector', name: 'Inspector', units: 1, calendar: undefined, leave: [] },
        ]);
        expect(Object.fromEntries(interchange.rates!)).toEqual({ fitters: { amount: 200, per: 'd' }, sam_jones: { amount: 45.5, per: 'h' }, inspector: { amount: 1200, per: 'w' } });
        expect(itemsOf('resources').get('fit_kitchens')?.assignments).toEqual([{ resource: 'fitters', units: 3 }, { resource: 'sam_jones', units: 0.5 }]);
        expect(projTextOf(interchange)).toContain('        assign fitters 3, sam_jones 50%\n');
        expect(notes).toEqual([
            'Resource Sam Jones has a cost per use (50): not carried; Proj costs work at one rate.',
            'Resource Tiles is a material resource: Proj\'s resources work in time, so it and its assignments are not carried.',
            'sam_jones works on fit_kitchens with a bell work contour: not carried; Proj spreads work evenly.',
        ]);
    });

    test('a file that is not MS Project XML, or has no start date, is an MspdiError', () => {
        expect(() => readMspdi('<html><body/></html>')).toThrow(MspdiError);
        expect(() => readMspdi('<Project xmlns="http://schemas.microsoft.com/project"><Name>x</Name></Project>')).toThrow('the project has no StartDate');
        expect(() => readMspdi('<Project><Tasks>')).toThrow(MspdiError);
    });

    test('spans: the unit MS Project shows, minutes and months as hours and days, and hours where a unit gives no short number', () => {
        expect(spanOf(480, 7, 480, 2400)).toEqual({ amount: 1, unit: 'd' });
        expect(spanOf(90, 3, 480, 2400)).toEqual({ amount: 1.5, unit: 'h' });
        expect(spanOf(9600, 11, 480, 2400)).toEqual({ amount: 20, unit: 'd' });
        expect(spanOf(2880, 8 + 32, 480, 2400)).toEqual({ amount: 2, unit: 'ed' });
        expect(spanOf(100, 7, 480, 2400)).toEqual({ amount: 1.66666667, unit: 'h' });
    });
});
