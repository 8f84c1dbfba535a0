import { beforeAll, describe, expect, test } from 'vitest';
import { hoverTextAt } from '../support/hover-text.js';
import { createTestServices } from '../support/proj-test-services.js';

const plan = `
project move {
    start 2027-01-04
    tolerance { risk amber 6 red 15 }
    resource alex "Alex Smith"
    stakeholder finance "Finance directorate" { power high interest high engage "Monthly review" frequency "monthly" }
    stakeholder council { power medium interest low }
    stakeholder press
    task survey { duration 5d }
    task fitout { duration 10d after survey }
    task signage { duration 2d }
    risk lease_delay "Landlord delays lease exit" {
        likelihood 3 impact 4 owner alex response reduce "Negotiate an early exit"
        residual likelihood 2 impact 2 proximity 2027-02-26 affects fitout, signage
    }
    risk late_signs { likelihood 5 impact 3 affects signage }
    opportunity early_keys { affects fitout }
}`;

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});
const hoverAt = (marker: string) => hoverTextAt(services.Proj, plan, marker);

describe('hover on the registers', () => {
    test('a risk: its score in the plan\'s bands, residual, owner and response, proximity, and the critical work it affects', async () => {
        expect(await hoverAt('lease_delay "')).toBe([
            '**lease_delay** · risk · Landlord delays lease exit',
            '',
            '- Score 12 (likelihood 3 × impact 4): **amber** (amber from 6, red from 15)',
            '- After the response: 4 (2 × 2), green',
            '- Owner: Alex Smith (`alex`) · response: reduce, "Negotiate an early exit"',
            '- Proximity: Fri 26 Feb 2027',
            '- Affects `fitout`, `signage` · **critical path**: `fitout` has no float, so a slip there delays the finish',
        ].join('\n'));
    });

    test('a risk on work with float is not flagged; one with no owner says so; red from the plan\'s band', async () => {
        expect(await hoverAt('late_signs')).toBe([
            '**late_signs** · risk', '', '- Score 15 (likelihood 5 × impact 3): **red** (amber from 6, red from 15)',
            '- Owner: **none**', '- Affects `signage`',
        ].join('\n'));
    });

    test('an opportunity not yet scored says what it needs, and is never a threat to the critical path', async () => {
        expect(await hoverAt('early_keys')).toBe([
            '**early_keys** · opportunity', '', '- Not scored: give it a likelihood and an impact, 1 to 5 each',
            '- Owner: **none**', '- Affects `fitout`',
        ].join('\n'));
    });

    test('a stakeholder: its quadrant of the power/interest grid and how it is engaged', async () => {
        expect(await hoverAt('finance "')).toBe('**finance** · stakeholder · Finance directorate\n\n- Power high, interest high: **manage closely**\n- Engagement: Monthly review, monthly');
        expect(await hoverAt('council {')).toBe('**council** · stakeholder\n\n- Power medium, interest low: **monitor**');
        expect(await hoverAt('press')).toBe('**press** · stakeholder\n\n- Not yet assessed: give its power and interest (low, medium or high) to place it on the grid');
    });
});

describe('hover on the business case, the scope and the fuller registers', () => {
    const fuller = `
project move {
    start 2027-01-04
    currency GBP
    budget 60000
    resource alex "Alex Smith"
    stakeholder finance { power high interest high engage "Monthly review" engage via "Meeting" engage on 2027-03-08 }
    deliverable office "Fitted office" { acceptance "Certificate issued" acceptance "Desks for 120" owner alex }
    benefit rent "Lower rent" { value 25000 / year owner finance measure "Rent paid" realised 2027-07-01 }
    task fitout { duration 10d cost 60000 produces office }
    risk lease "Lease delayed" { likelihood 3 impact 4 owner alex cost 4000 }
}`;
    const hoverIn = (marker: string) => hoverTextAt(services.Proj, fuller, marker);

    test('a risk with a cost: its probability and expected monetary value', async () => {
        expect(await hoverIn('lease "')).toContain('- If it happens: £4,000 · probability 50% (likelihood 3) · EMV £2,000');
    });

    test('a stakeholder with a next engagement: the communications schedule', async () => {
        expect(await hoverIn('finance {')).toContain('- Next engagement: Mon 8 Mar 2027, by Meeting');
    });

    test('a benefit: its value, owner, measure and realisation; a deliverable: its criteria and the work that produces it', async () => {
        expect(await hoverIn('rent "')).toBe('**rent** · benefit · Lower rent\n\n- £25,000 a year from Thu 1 Jul 2027\n- Owner: `finance` · measure: Rent paid');
        expect(await hoverIn('office "')).toBe('**office** · deliverable · Fitted office\n\n- Acceptance: Certificate issued; Desks for 120\n- Owner: `alex`\n- Produced by `fitout`');
    });
});
