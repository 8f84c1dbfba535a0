// Duty coverage of the built-in standard ST0310: for each of its 14 duties, a plan fragment that
// evidences it and one that does not, and the verdict the coverage gives each.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { ST0310_DUTY_PRACTICE } from '../../language/src/builtin/st0310-duty-practice.js';
import { isProject, isStandard, type Model } from '../../language/src/generated/ast.js';
import { ksbCoverage, type DutyVerdict, type KsbCoverage } from '../../language/src/engine/ksb-coverage.js';
import { builtinStandard, catalogueOf, ksbEvidenceOf } from '../../language/src/planning/ksb-evidence.js';
import { ksbViewOf } from '../../language/src/preview/register-views.js';
import { useParsedDocuments } from '../support/parsed-documents.js';

const { services, parse } = useParsedDocuments();

/** The coverage of ST0310 by the first project of `text`. */
async function coverageOf(text: string): Promise<KsbCoverage> {
    const model: Model = (await parse(text)).parseResult.value;
    const project = model.elements.find(isProject)!;
    return ksbViewOf(project, builtinStandard(services.shared.workspace.LangiumDocuments))!;
}

/** A project starting on 4 January 2027 whose body is `body`. */
const plan = (body: string) => `project p {\n    start 2027-01-04\n${body}\n}\n`;

async function verdictOf(duty: string, body: string): Promise<{ verdict: DutyVerdict; shown: string[]; missing: string[] }> {
    const group = (await coverageOf(plan(body))).groups.find(candidate => candidate.duty?.code === duty)!;
    const practice = group.duty!.practice;
    return {
        verdict: group.duty!.verdict,
        shown: practice.filter(rule => rule.projects.length > 0).map(rule => rule.evidence),
        missing: practice.filter(rule => rule.projects.length === 0).map(rule => rule.evidence),
    };
}

interface DutyCase {
    readonly duty: string;
    readonly evidenced: string;
    readonly not: string;
    readonly notVerdict: DutyVerdict;
}

const CASES: readonly DutyCase[] = [
    {
        duty: 'D1', notVerdict: 'not evidenced',
        evidenced: 'lifecycle iterative\nphase sprint1 { task build { duration 5d } }',
        not: 'task build { duration 5d }',
    },
    {
        duty: 'D2', notVerdict: 'partly',
        evidenced: 'budget 50000\nobjective faster "Faster bookings"\nkpi wait "Days to a GP appointment" { target 2 or less for faster }\n'
            + 'resource pm\noption stay "Keep the phone line" { cost 0 }\noption online "Online booking" { cost 50000 value 90000 chosen }\n'
            + 'benefit calls "Fewer calls" { value 30000/year owner pm measure "Calls a day" }',
        not: 'objective faster "Faster bookings"\nkpi wait "Days to a GP appointment" { target 2 or less }',
    },
    {
        duty: 'D3', notVerdict: 'not evidenced',
        evidenced: 'stakeholder gps "GP partners" { power high interest high engage "Weekly demo" frequency "weekly" }',
        not: 'stakeholder gps "GP partners"',
    },
    {
        duty: 'D4', notVerdict: 'not evidenced',
        evidenced: 'includes "Online booking"\nexcludes "Repeat prescriptions"\ndeliverable site "Booking site" { acceptance "Books an appointment in 3 clicks" }\n'
            + 'phase build { task code { duration 5d produces site } milestone live { after code } }',
        not: 'task code { duration 5d }',
    },
    {
        duty: 'D5', notVerdict: 'partly',
        evidenced: 'task a { duration 2d }\ntask b { duration 3d after a }\nmilestone done { after b }',
        not: 'task a { duration 2d }\ntask b { duration 3d }',
    },
    {
        duty: 'D6', notVerdict: 'not evidenced',
        evidenced: 'resource dev "Developer" { role "Developer" rate 400/d }\ntask a { duration 2d assign dev }',
        not: 'resource dev\ntask a { duration 2d }',
    },
    {
        duty: 'D7', notVerdict: 'not evidenced',
        evidenced: 'task a { duration 2d }\nquality uat "User acceptance" { for a criterion "Signed off by the practice manager" status passed }',
        not: 'task a { duration 2d }\nquality uat "User acceptance"',
    },
    {
        duty: 'D8', notVerdict: 'partly',
        evidenced: 'resource pm\nrisk outage "Booking system outage" { likelihood 3 impact 4 owner pm response reduce }\nopportunity nhs_app "NHS App integration" { likelihood 2 impact 3 }',
        not: 'risk outage "Booking system outage" { likelihood 3 impact 4 }',
    },
    {
        duty: 'D9', notVerdict: 'not evidenced',
        evidenced: 'tolerance { cpi 0.9 spi 0.9 }\nissue licences "Licences late" { escalate "Programme board" }',
        not: 'issue licences "Licences late" { severity low }',
    },
    {
        duty: 'D10', notVerdict: 'partly',
        evidenced: 'status 2027-01-06\nbudget 1000\ntask a { duration 5d cost 800 spent 300 progress 40% }',
        not: 'budget 1000\ntask a { duration 5d }',
    },
    {
        duty: 'D11', notVerdict: 'not evidenced',
        evidenced: 'status 2027-01-06\ntask a { duration 5d progress 40% }\nkpi calls "Calls answered in 2 minutes" { target 90 actual 84 unit "%" }',
        not: 'task a { duration 5d progress 40% }',
    },
    {
        duty: 'D12', notVerdict: 'not evidenced',
        evidenced: 'change sms "Add SMS reminders" { impact 2d 1500 status approved }',
        not: 'change sms "Add SMS reminders" { status raised }',
    },
    {
        duty: 'D13', notVerdict: 'partly',
        evidenced: 'lesson early_training "Train reception staff before go-live" { category training }',
        not: 'lesson early_training "Train reception staff before go-live"',
    },
    {
        duty: 'D14', notVerdict: 'partly',
        evidenced: 'objective paperless "Paperless appointments"\nkpi paper "Paper letters sent a month" { target 100 or less actual 140 for paperless }',
        not: 'objective paperless "Paperless appointments"',
    },
];

describe('duty coverage by practice: each of the 14 duties of ST0310', () => {
    test('every duty is judged, with rules of practice and a reason for each', async () => {
        const coverage = await coverageOf(plan(''));
        const duties = coverage.groups.flatMap(group => group.duty ? [group.duty] : []);
        expect(duties.map(duty => duty.code)).toEqual(CASES.map(duty => duty.duty));
        for (const duty of duties) {
            expect(duty.practice.length).toBeGreaterThan(0);
            for (const rule of duty.practice) {
                expect(rule.reason).toMatch(/\.$/);
            }
        }
        // An empty plan evidences no duty.
        expect(coverage.duties).toEqual({ evidenced: 0, total: 14 });
    });

    test.each(CASES)('$duty: the fragment that evidences it is evidenced, the other is not', async ({ duty, evidenced, not, notVerdict }) => {
        const yes = await verdictOf(duty, evidenced);
        expect(yes.missing).toEqual([]);
        expect(yes.verdict).toBe('evidenced');
        const no = await verdictOf(duty, not);
        expect(no.verdict).toBe(notVerdict);
        expect(no.missing.length).toBeGreaterThan(0);
    });

    test('a rule names the projects that show it', async () => {
        const coverage = await coverageOf(plan('lesson l "L" { category planning }'));
        const d13 = coverage.groups.find(group => group.duty?.code === 'D13')!.duty!;
        expect(d13.practice.map(rule => rule.projects)).toEqual([['p'], ['p']]);
    });
});

describe('duty coverage by KSB', () => {
    test('every KSB of ST0310 is under a duty: the standard\'s table for D2 and D9, Proj\'s reading for the rest, marked as such', async () => {
        const coverage = await coverageOf(plan('task a { duration 1d ksb K21 }'));
        expect(coverage.groups.filter(group => !group.duty)).toEqual([]);
        const d5 = coverage.groups.find(group => group.duty?.code === 'D5')!;
        expect(d5.codes).toContain('K21');
        expect(d5.covered).toBe(1);
        expect(d5.duty!.added.find(added => added.code === 'K21')).toEqual({ code: 'K21', source: 'Proj' });
        // D2's table is the standard's; Proj adds only what it leaves out (S9).
        const d2 = coverage.groups.find(group => group.duty?.code === 'D2')!;
        expect(d2.codes.slice(0, 3)).toEqual(['K1', 'K2', 'K3']);
        expect(d2.duty!.added).toEqual([{ code: 'S9', source: 'Proj' }]);
    });

    test('a user\'s standard mapping KSBs of ST0310 to its duties adds them to those duties', async () => {
        const coverage = await coverageOf([
            'standard my_reading "My reading of the duties" {',
            '    duty D13 "Lessons" { ksb K21 }',
            '}',
            plan('task a { duration 1d ksb K21 }'),
        ].join('\n'));
        const d13 = coverage.groups.find(group => group.duty?.code === 'D13')!;
        expect(d13.codes).toContain('K21');
        expect(d13.duty!.added).toContainEqual({ code: 'K21', source: 'my_reading' });
        expect(d13.covered).toBe(1);
    });

    test('a standard of duties alone covers the KSBs it maps, not 0 of 0', async () => {
        const document = await parse([
            'standard mine "My duties" {',
            '    duty D5 "Schedule" { ksb K21 S12 }',
            '}',
            plan('task a { duration 1d ksb K21 }'),
        ].join('\n'));
        const model = document.parseResult.value;
        const mine = model.elements.find(isStandard)!;
        const project = model.elements.find(isProject)!;
        const ofMine = ksbCoverage(catalogueOf(mine), ksbEvidenceOf(project, undefined, mine));
        expect([ofMine.covered, ofMine.total]).toEqual([1, 2]);
        expect(ofMine.groups.map(group => [group.title, group.codes, group.covered])).toEqual([['D5: Schedule', ['K21', 'S12'], 1]]);
    });
});

describe('the README', () => {
    test('its duty coverage table gives every rule of practice of every duty', () => {
        const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf-8');
        for (const [duty, rules] of Object.entries(ST0310_DUTY_PRACTICE)) {
            const row = readme.split('\n').find(line => line.startsWith(`| **${duty}** `));
            expect(row, duty).toBeDefined();
            for (const rule of rules) {
                expect(row).toContain(rule.evidence);
            }
        }
    });
});
