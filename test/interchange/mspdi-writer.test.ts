// `mspdiOf`: MS Project XML that MS Project opens. Every element's children in the schema's order
// (MS Project silently drops one out of order), and MS Project's units and codes.
import { XMLParser } from 'fast-xml-parser';
import { beforeAll, describe, expect, test } from 'vitest';
import { MSPDI_SEQUENCES, durationMinutes, durationText, type MspdiSequence } from '../../language/src/interchange/mspdi-schema.js';
import { inSchemaOrder, mspdiOf } from '../../language/src/interchange/mspdi-writer.js';
import { interchangePlanOf } from '../../language/src/planning/interchange-from-ast.js';
import { createTestServices } from '../support/proj-test-services.js';
import { scheduledText, type Services } from './support/interchange-plans.js';

const plan = `project works "Works" {
    start 2027-01-04
    status 2027-01-06
    deadline 2027-03-31
    currency GBP
    calendar { hours 7.5 holiday 2027-01-18 "Staff day" workday 2027-01-23 }
    calendar shifts { workdays mon tue wed thu fri sat }
    resource crew "Crew" { units 3 rate 240/d calendar shifts leave 2027-01-11 to 2027-01-12 "Training" }
    resource alex "Alex" { rate 40/h }
    phase build "Build" {
        task dig "Dig" { duration 3d assign crew 2 actual start 2027-01-04 progress 50% spent 900 }
        task pour "Pour" { duration 1w after dig FS +2d assign crew, alex 50% start no earlier than 2027-01-11 deadline 2027-02-26 cost 1500 }
        task cure "Cure" { duration 7ed after pour SS +4h, dig FF -1d }
        task sign "Sign" { duration 4h after cure SF schedule alap calendar shifts priority 800 }
    }
    milestone done "Done" { after build finish no later than 2027-03-31 }
}
`;

let services: Services;
let xml: string;
let notes: readonly string[];
beforeAll(async () => {
    services = await createTestServices();
    const scheduled = await scheduledText(services, plan);
    expect(scheduled.errors).toEqual([]);
    ({ xml, notes } = mspdiOf(interchangePlanOf(scheduled.project, scheduled.plan, new Map([['dig', { start: '2027-01-04', finish: '2027-01-06' }]])), scheduled.schedule));
});

type Ordered = Array<Record<string, unknown>>;
const ordered = () => new XMLParser({ preserveOrder: true, ignoreAttributes: false, parseTagValue: false }).parse(xml) as Ordered;
const parsed = () => new XMLParser({ ignoreAttributes: false, parseTagValue: false, isArray: name => ['Task', 'Resource', 'Assignment', 'Calendar', 'PredecessorLink', 'Exception', 'WeekDay', 'WorkingTime', 'ExtendedAttribute', 'Baseline'].includes(name) }).parse(xml).Project;
const taskNamed = (name: string) => parsed().Tasks.Task.find((task: { Name: string }) => task.Name === name);

/** The sequence that orders an element's children, by its name and its parent's. */
function sequenceOf(name: string, parent: string): MspdiSequence | undefined {
    if (name === 'ExtendedAttribute') {
        return parent === 'ExtendedAttributes' ? 'ExtendedAttributeDefinition' : 'ExtendedAttribute';
    }
    if (name === 'Baseline') {
        return parent === 'Task' ? 'TaskBaseline' : undefined;
    }
    return name in MSPDI_SEQUENCES ? name as MspdiSequence : undefined;
}

/** Every element with a sequence, checked: its children are all in it, in its order. */
function outOfOrder(nodes: Ordered, parent: string, path: string): string[] {
    const problems: string[] = [];
    for (const node of nodes) {
        const name = Object.keys(node).find(key => key !== ':@' && key !== '#text');
        if (!name) {
            continue;
        }
        const children = node[name] as Ordered;
        const sequence = sequenceOf(name, parent);
        if (sequence) {
            const order: readonly string[] = MSPDI_SEQUENCES[sequence];
            const names = children.map(child => Object.keys(child).find(key => key !== ':@' && key !== '#text')).filter((child): child is string => child !== undefined);
            const positions = names.map(child => order.indexOf(child));
            names.forEach((child, index) => {
                if (positions[index] < 0) {
                    problems.push(`${path}/${name}: ${child} is not in its sequence`);
                } else if (index > 0 && positions[index] < positions[index - 1]) {
                    problems.push(`${path}/${name}: ${child} after ${names[index - 1]}`);
                }
            });
        }
        problems.push(...outOfOrder(children, name, `${path}/${name}`));
    }
    return problems;
}

describe('mspdiOf', () => {
    test('every element\'s children are in the order of the schema\'s sequence', () => {
        expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Project xmlns="http://schemas.microsoft.com/project">')).toBe(true);
        expect(outOfOrder(ordered(), '', '')).toEqual([]);
    });

    test('an element the schema does not have in a sequence is a bug, not a silent drop', () => {
        expect(() => inSchemaOrder('Task', { UID: 1, Colour: 'red' })).toThrow('Colour is not a child of Task in the MSPDI schema.');
        expect(Object.keys(inSchemaOrder('Task', { Finish: 'b', UID: 1, Start: 'a' }))).toEqual(['UID', 'Start', 'Finish']);
    });

    test('durations in working minutes as PT…H…M0S, in the unit written; the day is the calendar\'s 7.5 hours', () => {
        const project = parsed();
        expect(project).toMatchObject({ MinutesPerDay: '450', MinutesPerWeek: '2250', StartDate: '2027-01-04T08:00:00', StatusDate: '2027-01-06T16:30:00', CurrencyCode: 'GBP', Title: 'Works', Name: 'works' });
        expect(taskNamed('Dig')).toMatchObject({ Duration: 'PT24H0M0S', DurationFormat: '7', Start: '2027-01-04T08:00:00', OutlineLevel: '2', OutlineNumber: '1.1' });
        expect(taskNamed('Pour')).toMatchObject({ Duration: 'PT37H30M0S', DurationFormat: '9' });
        expect(taskNamed('Cure')).toMatchObject({ Duration: 'PT168H0M0S', DurationFormat: '8' });
        // Its own calendar works MS Project's standard 8-hour day.
        expect(taskNamed('Sign')).toMatchObject({ Duration: 'PT4H0M0S', DurationFormat: '5', CalendarUID: '2', Priority: '800' });
        expect(taskNamed('Done')).toMatchObject({ Duration: 'PT0H0M0S', Milestone: '1', OutlineLevel: '1' });
        expect(taskNamed('Build')).toMatchObject({ Summary: '1', OutlineLevel: '1', OutlineNumber: '1' });
        expect(durationText(450)).toBe('PT7H30M0S');
        expect(durationMinutes('PT7H30M0S')).toBe(450);
        expect(durationMinutes('P1DT2H')).toBe(1560);
    });

    test('links: type codes 0=FF 1=FS 2=SF 3=SS, lags in tenths of a minute with their format', () => {
        const links = (name: string) => taskNamed(name).PredecessorLink.map((link: Record<string, string>) => [link.PredecessorUID, link.Type, link.LinkLag, link.LagFormat]);
        expect(links('Pour')).toEqual([['2', '1', String(2 * 450 * 10), '7']]);
        expect(links('Cure')).toEqual([['3', '3', '2400', '5'], ['2', '0', '-4500', '7']]);
        expect(links('Sign')).toEqual([['4', '2', '0', '7']]);
        expect(links('Done')).toEqual([['1', '1', '0', '7']]);
    });

    test('constraints, As Late As Possible, deadlines, progress, actual dates and costs; the project deadline on task 0', () => {
        expect(taskNamed('Pour')).toMatchObject({ ConstraintType: '4', ConstraintDate: '2027-01-11T08:00:00', Deadline: '2027-02-26T16:30:00', FixedCost: '1500', FixedCostAccrual: '2' });
        expect(taskNamed('Sign')).toMatchObject({ ConstraintType: '1' });
        expect(taskNamed('Done')).toMatchObject({ ConstraintType: '7', ConstraintDate: '2027-03-31T16:30:00' });
        expect(taskNamed('Dig')).toMatchObject({ PercentComplete: '50', ActualStart: '2027-01-04T08:00:00', ActualCost: '900' });
        expect(parsed().Tasks.Task[0]).toMatchObject({ UID: '0', OutlineLevel: '0', Summary: '1', Deadline: '2027-03-31T16:30:00' });
    });

    test('Proj\'s ids travel in Text1, aliased "Proj id"; a baseline loaded for the plan is Baseline 0', () => {
        expect(parsed().ExtendedAttributes.ExtendedAttribute.map((definition: Record<string, string>) => [definition.FieldID, definition.Alias])).toEqual([['188743731', 'Proj id'], ['205520904', 'Proj id']]);
        expect(taskNamed('Dig').ExtendedAttribute).toEqual([{ FieldID: '188743731', Value: 'dig' }]);
        // Dig works the crew's calendar, of 8-hour days; Pour the hours the crew and Alex share, 7.5.
        expect(taskNamed('Dig').Baseline).toEqual([{ Number: '0', Start: '2027-01-04T08:00:00', Finish: '2027-01-06T17:00:00' }]);
        expect(taskNamed('Pour').Baseline).toBeUndefined();
    });

    test('calendars: the project\'s with its week, hours and exceptions; named ones; a resource calendar per resource holding its leave', () => {
        const [standard, shifts, crew, alex] = parsed().Calendars.Calendar;
        expect(standard).toMatchObject({ UID: '1', Name: 'Standard', IsBaseCalendar: '1' });
        expect(standard.WeekDays.WeekDay.map((day: Record<string, string>) => [day.DayType, day.DayWorking])).toEqual([['1', '0'], ['2', '1'], ['3', '1'], ['4', '1'], ['5', '1'], ['6', '1'], ['7', '0']]);
        expect(standard.WeekDays.WeekDay[1].WorkingTimes.WorkingTime).toEqual([{ FromTime: '08:00:00', ToTime: '12:00:00' }, { FromTime: '13:00:00', ToTime: '16:30:00' }]);
        expect(standard.Exceptions.Exception).toEqual([
            { EnteredByOccurrences: '0', TimePeriod: { FromDate: '2027-01-18T00:00:00', ToDate: '2027-01-18T23:59:00' }, Occurrences: '1', Type: '1', DayWorking: '0' },
            { EnteredByOccurrences: '0', TimePeriod: { FromDate: '2027-01-23T00:00:00', ToDate: '2027-01-23T23:59:00' }, Occurrences: '1', Type: '1', DayWorking: '1', WorkingTimes: standard.WeekDays.WeekDay[1].WorkingTimes },
        ]);
        expect(shifts).toMatchObject({ UID: '2', Name: 'shifts', IsBaseCalendar: '1' });
        expect(crew).toMatchObject({ UID: '3', Name: 'Crew', IsBaseCalendar: '0', BaseCalendarUID: '2' });
        expect(crew.Exceptions.Exception[0]).toMatchObject({ TimePeriod: { FromDate: '2027-01-11T00:00:00', ToDate: '2027-01-12T23:59:00' }, Name: 'Training', DayWorking: '0' });
        expect(alex).toMatchObject({ UID: '4', Name: 'Alex', IsBaseCalendar: '0', BaseCalendarUID: '1' });
    });

    test('resources with their units and rates (stored per hour), and assignments with their units', () => {
        const resources = parsed().Resources.Resource;
        expect(resources.map((resource: Record<string, string>) => [resource.UID, resource.Name, resource.MaxUnits, resource.StandardRate, resource.StandardRateFormat, resource.CalendarUID]))
            .toEqual([['1', 'Crew', '3', '32', '3', '3'], ['2', 'Alex', '1', '40', '2', '4']]);
        expect(parsed().Assignments.Assignment.map((assignment: Record<string, string>) => [assignment.TaskUID, assignment.ResourceUID, assignment.Units, assignment.Work]))
            .toEqual([['2', '1', '2', 'PT48H0M0S'], ['3', '1', '3', 'PT112H30M0S'], ['3', '2', '0.5', 'PT18H45M0S']]);
    });

    test('notes say what MS Project cannot hold as written', () => {
        expect(notes).toEqual([]);
    });
});
