import { describe, expect, test } from 'vitest';
import { DEFAULT_TOLERANCES, type RegistersInput } from '../../language/src/engine/register-model.js';
import { registerTableOf } from '../../language/src/engine/register-tables.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { plan } from './plan-builder.js';

const empty: RegistersInput = {
    tolerances: DEFAULT_TOLERANCES, risks: [], issues: [], stakeholders: [], changes: [], qualities: [], lessons: [], objectives: [], kpis: [],
};

describe('the registers in full', () => {
    test('a deliverable: the latest finish of its work, and progress weighted by working days', () => {
        // a: 8 days, 50% done; b: 2 days, not started: (8 × 50 + 2 × 0) / 10 = 40%.
        const input = plan({ a: { duration: '8d', progress: 50 }, b: { duration: '2d', after: ['a'] }, c: { duration: '1d' } });
        const schedule = schedulePlan(input);
        const table = registerTableOf('deliverables', {
            plan: input, schedule,
            registers: {
                ...empty,
                qualities: [{ id: 'check', deliverables: ['b'], status: 'pending' }],
                deliverables: [{ id: 'floor', acceptance: ['Certificate'], producedBy: ['a', 'b'] }, { id: 'orphan', acceptance: [], producedBy: [] }],
                scope: { includes: ['The floor'], excludes: ['Furniture'] },
            },
        });
        expect(table.rows.map(row => [row.id, row.finish, row.progress, row.quality])).toEqual([
            ['floor', schedule.items.find(item => item.id === 'b')!.finish, 40, ['check']],
            ['orphan', null, null, []],
        ]);
        expect(table.notes).toEqual(['In scope: The floor.', 'Out of scope: Furniture.']);
    });

    test('stakeholders: the communications schedule in date order, and the engagements overdue at the status date', () => {
        const input = { ...plan({ a: { duration: '1d' } }), status: '2027-03-01' };
        const table = registerTableOf('stakeholders', {
            plan: input,
            registers: {
                ...empty,
                stakeholders: [
                    { id: 'staff', power: 'low', interest: 'high', method: 'Email', next: '2027-03-12' },
                    { id: 'board', power: 'high', interest: 'high', next: '2027-02-20' },
                    { id: 'press' },
                ],
            },
        });
        expect(table.rows.map(row => [row.id, row.quadrant])).toEqual([['staff', 'Keep informed'], ['board', 'Manage closely'], ['press', null]]);
        expect(table.notes.slice(1)).toEqual([
            'Communications schedule: 2027-02-20 board; 2027-03-12 staff (Email).',
            'Overdue at the status date 2027-03-01: board.',
        ]);
    });

    test('lessons without a status are open; a KPI\'s readings stay data', () => {
        const input = plan({ a: { duration: '1d' } });
        const lessons = registerTableOf('lessons', { plan: input, registers: { ...empty, lessons: [{ id: 'l', action: 'Book early' }, { id: 'm', status: 'closed' }] } });
        expect(lessons.rows.map(row => [row.id, row.status])).toEqual([['l', 'open'], ['m', 'closed']]);
        expect(lessons.notes).toEqual(['1 lesson has an action still to take.']);
        const kpis = registerTableOf('kpis', {
            plan: input,
            registers: { ...empty, kpis: [{ id: 'k', direction: 'less', target: 5, actual: 4, baseline: 9, history: [{ date: '2027-01-31', value: 6 }] }] },
        });
        expect(kpis.rows[0]).toMatchObject({ baseline: 9, direction: 'or less', result: 'met', history: [{ date: '2027-01-31', value: 6 }] });
    });
});
