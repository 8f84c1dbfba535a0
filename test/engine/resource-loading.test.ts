import { describe, expect, test } from 'vitest';
import { overAllocations, resourceLoading } from '../../language/src/engine/resource-loading.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { calendar, plan, resource } from './plan-builder.js';

// 2027-01-04 is a Monday. The project works Monday to Friday.

function loadingOf(input: ReturnType<typeof plan>) {
    return resourceLoading(input, schedulePlan(input));
}

describe('resource loading', () => {
    const crewPlan = plan({
        fitout: { duration: '5d', assign: ['crew 3'] },
        briefing: { duration: '4d', assign: ['crew 4'], constraints: [['start-no-earlier-than', '2027-01-06']] },
        report: { duration: '2d', assign: ['alex'] },
    }, { resources: [resource('crew', { units: 4 }), resource('alex')] });

    test('each working day, the units asked of a resource against the units it has; none on its days off', () => {
        const [crew, alex] = loadingOf(crewPlan);
        expect(crew.days.map(day => `${day.day.slice(8)}:${day.required}/${day.available}`)).toEqual([
            '04:3/4', '05:3/4', '06:7/4', '07:7/4', '08:7/4', '09:0/0', '10:0/0', '11:4/4',
        ]);
        expect(crew.days[2].work).toEqual([{ item: 'fitout', units: 3 }, { item: 'briefing', units: 4 }]);
        expect(alex.days.filter(day => day.required > 0).map(day => day.day)).toEqual(['2027-01-04', '2027-01-05']);
    });

    test('over-allocation comes in stretches of days over, joined across days when nothing is asked', () => {
        expect(overAllocations(loadingOf(crewPlan))).toEqual([
            { resource: 'crew', name: undefined, from: '2027-01-06', to: '2027-01-08', required: 7, available: 4, items: ['fitout', 'briefing'] },
        ]);
        const overWeekend = plan({
            a: { duration: '5d', assign: ['alex'], constraints: [['start-no-earlier-than', '2027-01-06']] },
            b: { duration: '5d', assign: ['alex'], constraints: [['start-no-earlier-than', '2027-01-06']] },
        }, { resources: [resource('alex')] });
        expect(overAllocations(loadingOf(overWeekend))).toMatchObject([{ from: '2027-01-06', to: '2027-01-12', required: 2, available: 1, items: ['a', 'b'] }]);
    });

    test('work on a day its resource is on leave asks for units it does not have that day', () => {
        const onLeave = plan({ weekendCover: { duration: '2d', assign: ['alex'], calendar: calendar(['sat', 'sun']) } }, { resources: [resource('alex')] });
        expect(overAllocations(loadingOf(onLeave))).toMatchObject([{ resource: 'alex', from: '2027-01-09', to: '2027-01-10', required: 1, available: 0 }]);
    });

    test('what is over on or before the status date is past, and not reported', () => {
        expect(overAllocations(loadingOf(crewPlan), '2027-01-08')).toEqual([]);
        expect(overAllocations(loadingOf(crewPlan), '2027-01-07')).toMatchObject([{ from: '2027-01-08', to: '2027-01-08' }]);
    });
});
