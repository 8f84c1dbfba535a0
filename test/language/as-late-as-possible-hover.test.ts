import { beforeAll, describe, expect, test } from 'vitest';
import { hoverTextAt } from '../support/hover-text.js';
import { createTestServices } from '../support/proj-test-services.js';

let services: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
    services = await createTestServices();
});

const hoverAt = (text: string, marker: string) => hoverTextAt(services.Proj, text, marker);

const plan = `
project p {
    start 2027-01-04
    task long { duration 5d }
    task late "Late one" { duration 2d schedule alap }
    task close { duration 3d deadline 2027-01-05 }
    task kept { duration 2d deadline 2027-01-08 }
    milestone done { after long, late, close, kept }
}`;

describe('hover on ALAP work and deadlines', () => {
    test('an ALAP task: its late dates, its float, and why it starts there', async () => {
        expect(await hoverAt(plan, 'late "Late')).toBe([
            '**late** · task · Late one',
            '',
            '- **Thu 7 Jan 2027 → Fri 8 Jan 2027**, 2 working days',
            '- Total float 3, free float 0',
            '- Start set by its late start (as late as possible)',
        ].join('\n'));
    });

    test('a deadline, met or missed', async () => {
        expect(await hoverAt(plan, 'kept {')).toContain('- Deadline Fri 8 Jan 2027: met\n');
        expect(await hoverAt(plan, 'close {')).toContain('- Deadline Tue 5 Jan 2027: **missed by 1 working day**\n');
    });
});
