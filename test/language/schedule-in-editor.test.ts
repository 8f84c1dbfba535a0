import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { parseHelper } from 'langium/test';
import type { Model } from '../../language/src/generated/ast.js';
import { hoverTextAt } from '../support/hover-text.js';
import { createTestServices } from '../support/proj-test-services.js';

const plan = `
project office_move "Office move" {
    start 2027-01-04
    deadline 2027-01-29
    task survey "Site survey" { duration 5d }
    task fitout "Fit-out" { estimate 5d 8d 14d after <|>survey +2d ksb K21 }
    milestone moved "Staff moved" { after fitout }
    task signage { duration 2d }
}`;

let services: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
    services = await createTestServices();
});

const hoverAt = (text: string, marker: string) => hoverTextAt(services.Proj, text, marker);

describe('hover shows the schedule', () => {
    const text = plan.replace('<|>', '');

    test('on a task: dates, duration with its estimate, float, critical, and what drives its start', async () => {
        expect(await hoverAt(text, 'fitout "Fit-out"')).toBe([
            '**fitout** · task · Fit-out',
            '',
            '- **Wed 13 Jan 2027 → Mon 25 Jan 2027**, 9 working days (PERT mean of 5d 8d 14d, rounded up; σ 1.5 days)',
            '- Total float 0, free float 0: **on the critical path**',
            '- Start set by `survey` (FS +2d)',
        ].join('\n'));
    });

    test('on a reference to a task, the referenced task', async () => {
        expect(await hoverAt(text, 'survey +2d')).toMatch(/^\*\*survey\*\* · task · Site survey\n\n- \*\*Mon 4 Jan 2027 → Fri 8 Jan 2027\*\*, 5 working days\n/);
    });

    test('on finished work, the working days it actually took, not those planned', async () => {
        const finished = text.replace('task survey "Site survey" { duration 5d }',
            'status 2027-01-15\n    task survey "Site survey" { duration 5d actual start 2027-01-04 actual finish 2027-01-11 progress 100% }');
        expect(await hoverAt(finished, 'survey "Site')).toContain('- **Mon 4 Jan 2027 → Mon 11 Jan 2027**, 6 working days\n');
    });

    test('on a milestone and on work with float', async () => {
        expect(await hoverAt(text, 'moved "Staff')).toContain('- **Mon 25 Jan 2027**\n- Total float 0, free float 0: **on the critical path**\n- Start set by `fitout` (FS)');
        expect(await hoverAt(text, 'signage {')).toContain('- Total float 14, free float 14\n- Start set by the project start');
    });

    test('on a KSB code, the standard\'s text', async () => {
        expect(await hoverAt(text, 'K21')).toBe('**K21** · knowledge · ST0310 Associate project manager (Level 4)\n\nProject scheduling and maintenance, including critical path analysis.');
    });

    test('on the project, its dates, critical path and deadline, and how sure the deadline is (fitout has an estimate)', async () => {
        expect(await hoverAt(text, 'office_move')).toBe([
            '**office_move** · project · Office move',
            '',
            '- **Mon 4 Jan 2027 → Mon 25 Jan 2027**',
            '- Critical path: `survey` → `fitout` → `moved`',
            '- Deadline Fri 29 Jan 2027: met',
            '- P80 26 Jan 2027; 100% chance of meeting 29 Jan (schedule risk analysis, 500 iterations)',
        ].join('\n'));
    });
});

describe('hover in a plan that uses hours', () => {
    const hours = `
project p {
    start 2027-01-04
    task call { duration 4h }
    task write { duration 1.5d after call }
    milestone sent { after write }
}`;

    test('dates carry their times, durations part days, and a milestone its moment', async () => {
        expect(await hoverAt(hours, 'write {')).toContain('- **Mon 4 Jan 2027 13:00 → Tue 5 Jan 2027 17:00**, 1.5 working days\n- Total float 0, free float 0: **on the critical path**');
        expect(await hoverAt(hours, 'sent {')).toContain('- **Tue 5 Jan 2027 17:00**\n');
    });
});

describe('hover in a levelled plan', () => {
    const levelled = `
project move {
    start 2027-02-15
    level
    resource crew "Facilities crew" { units 4 }
    task fitout "Fit-out" { duration 5d assign crew 3 priority 900 }
    task briefing "Staff briefings" { duration 3d assign crew 2 }
}`;

    test('says how long levelling delays the work, for which resource and whom, and that floats allow for resources', async () => {
        expect(await hoverAt(levelled, 'briefing "Staff')).toBe([
            '**briefing** · task · Staff briefings',
            '',
            '- **Mon 22 Feb 2027 → Wed 24 Feb 2027**, 3 working days',
            '- Total float 0, free float 0 (levelled: allowing for resources): **on the critical path**',
            '- Start set by levelling (it waits for a resource)',
            '- Levelling delays it 5 working days: it waits for `crew`, busy with `fitout`',
        ].join('\n'));
    });
});

describe('hover shows earned value at the status date', () => {
    // a: 5 days at 400 a day, done, 2,500 spent; b: 10 days, 3,000 fixed plus 100 a day, a
    // quarter done, 1,500 spent. Status Fri 15 Jan: a is all due, b half (see test/engine).
    const costed = `
project p "Costed" {
    start 2027-01-04
    status 2027-01-15
    resource pm { rate 400/d }
    resource dev { rate 100/d }
    phase build {
        task a { duration 5d assign pm progress 100% spent 2500 }
        task b { duration 10d after a cost 3000 assign dev progress 25% spent 1500 }
    }
    milestone done { after b }
}`;

    test('on a task, its PV, EV, AC, indices and forecast', async () => {
        expect(await hoverAt(costed, 'b { duration')).toContain('\n- Earned value at Fri 15 Jan 2027: PV 2,000 · EV 1,000 · AC 1,500 · SPI 0.50 · CPI 0.67 · EAC 6,000 (BAC 4,000)');
    });

    test('on a phase and on the project, their totals', async () => {
        expect(await hoverAt(costed, 'build {')).toContain('- Earned value at Fri 15 Jan 2027: PV 4,000 · EV 3,000 · AC 4,000 · SPI 0.75 · CPI 0.75 · EAC 8,000 (BAC 6,000)');
        expect(await hoverAt(costed, 'p "Costed"')).toContain('- Earned value at Fri 15 Jan 2027: PV 4,000 · EV 3,000 · AC 4,000 · SPI 0.75 · CPI 0.75 · EAC 8,000 (BAC 6,000)');
    });

    test('not on a milestone, which costs nothing, nor without a status date', async () => {
        expect(await hoverAt(costed, 'done {')).not.toContain('Earned value');
        expect(await hoverAt(costed.replace('status 2027-01-15', ''), 'b { duration')).not.toContain('Earned value');
    });
});

describe('inlay hints after each header', () => {
    let parse: ReturnType<typeof parseHelper<Model>>;
    beforeAll(() => {
        parse = parseHelper<Model>(services.Proj);
    });

    async function hints() {
        const document = await parse(plan.replace('<|>', ''));
        const range = { start: { line: 0, character: 0 }, end: { line: 100, character: 0 } };
        const result = await services.Proj.lsp.InlayHintProvider!.getInlayHints(document, { textDocument: { uri: document.uri.toString() }, range });
        return (result ?? []).map(hint => `${hint.position.line}:${hint.position.character} ${hint.label}`);
    }

    afterAll(() => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { proj: {} } });
    });

    test('show dates and float, or that the item is critical', async () => {
        expect(await hints()).toEqual([
            '4:29 4 Jan → 8 Jan · critical',
            '5:25 13 Jan → 25 Jan · critical',
            '6:33 ◆ 25 Jan · critical',
            '7:16 4 Jan → 5 Jan · float 14',
        ]);
    });

    test('are off when the setting proj.inlayHints.schedule is false', async () => {
        services.shared.workspace.ConfigurationProvider.updateConfiguration({ settings: { proj: { inlayHints: { schedule: false } } } });
        expect(await hints()).toEqual([]);
    });
});
