// Hover on the project and on milestones: how sure their dates are, from the analysis the editor
// caches (a few hundred iterations), only for plans with something uncertain.
import { beforeAll, describe, expect, test } from 'vitest';
import { hoverTextAt } from '../support/hover-text.js';
import { createTestServices } from '../support/proj-test-services.js';

let services: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
    services = await createTestServices();
});

const hoverAt = (text: string, marker: string) => hoverTextAt(services.Proj, text, marker);

/** Ten days, Mon 4 to Fri 15 Jan 2027, and a risk of 30% that adds five (to Fri 22 Jan). */
const plan = (more = '') => `
project p "Plan" {
    start 2027-01-04
    deadline 2027-01-20
    task a { duration 10d }
    milestone done "Done" { after a ${more} }
    milestone early { after a }
    risk late { probability 30% delay 5d affects a }
}`;

describe('hover shows how sure the dates are', () => {
    test('on the project: its P80, and the chance of meeting the deadline', async () => {
        const hover = await hoverAt(plan(), 'p "Plan"');
        expect(hover).toMatch(/\n- P80 22 Jan 2027; (\d+)% chance of meeting 20 Jan \(schedule risk analysis, 500 iterations\)$/m);
        const chance = Number(/; (\d+)% chance/.exec(hover!)![1]);
        expect(chance).toBeGreaterThan(62);
        expect(chance).toBeLessThan(78);
    });

    test('on a milestone: its P80, and the chance of meeting its own date where it has one', async () => {
        expect(await hoverAt(plan('finish no later than 2027-01-29'), 'done "Done"')).toMatch(/\n- P80 22 Jan 2027; 100% chance of meeting 29 Jan \(schedule risk analysis, 500 iterations\)$/m);
        expect(await hoverAt(plan(), 'early {')).toMatch(/\n- P50 15 Jan 2027, P80 22 Jan 2027 \(schedule risk analysis, 500 iterations\)$/m);
    });

    test('nothing for a plan without uncertainty, nor on a task', async () => {
        const fixed = plan().replace(/ {4}risk late .*\n/, '');
        expect(await hoverAt(fixed, 'p "Plan"')).not.toContain('schedule risk analysis');
        expect(await hoverAt(fixed, 'done "Done"')).not.toContain('schedule risk analysis');
        expect(await hoverAt(plan(), 'a {')).not.toContain('schedule risk analysis');
    });
});
