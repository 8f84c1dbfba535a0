// `ksb` on every element that can evidence practice: linked, validated, hovered, completed and
// counted as evidence wherever it is written.
import { describe, expect, test } from 'vitest';
import { isProject } from '../../language/src/generated/ast.js';
import { ksbEvidenceOf } from '../../language/src/planning/ksb-evidence.js';
import { expectClean, expectDiagnostics } from '../support/diagnostic-expectations.js';
import { hoverTextAt } from '../support/hover-text.js';
import { useParsedDocuments } from '../support/parsed-documents.js';

const { services, parse } = useParsedDocuments();

const plan = `
project gp_booking "GP booking roll-out" {
    start 2027-01-04
    ksb K1
    tolerance { cpi 0.9 ksb K5 }
    calendar { workdays mon tue wed thu fri ksb K21 }
    calendar surgery { workdays mon tue wed thu ksb S12 }
    objective faster "Faster bookings" { ksb K2 }
    kpi wait "Days to an appointment" { target 2 or less for faster ksb K28 }
    resource pm "Practice manager" { role "Project manager" rate 300/d ksb K7 }
    stakeholder gps "GP partners" { power high interest high engage "Weekly demo" ksb S2 }
    phase rollout "Roll-out" {
        task train "Train reception" { duration 2d assign pm calendar surgery }
        ksb K22
    }
    risk outage "Outage" { likelihood 2 impact 4 owner pm ksb K23 }
    opportunity nhs_app "NHS App" { likelihood 2 impact 2 owner gps ksb S13 }
    change sms "SMS reminders" { impact 1000 owner pm ksb S10 }
    issue licences "Licences late" { owner pm ksb S14 }
    lesson early "Train early" { category training ksb K26 }
    quality uat "User acceptance" { for train criterion "Signed off" owner pm ksb K25 }
}`;

describe('ksb on every element', () => {
    test('project, tolerance, calendars, objective, KPI, resource, stakeholder, phase and the registers all take `ksb`', async () => {
        await expectClean(plan);
    });

    test('each link is evidence, with the kind of element it is on', async () => {
        const project = (await parse(plan)).parseResult.value.elements.find(isProject)!;
        expect(ksbEvidenceOf(project).map(evidence => [evidence.ksb, evidence.kind, evidence.id])).toEqual([
            ['K1', 'project', 'gp_booking'],
            ['K5', 'tolerance', 'tolerance'],
            ['K21', 'calendar', 'calendar'],
            ['S12', 'calendar', 'surgery'],
            ['K2', 'objective', 'faster'],
            ['K28', 'kpi', 'wait'],
            ['K7', 'resource', 'pm'],
            ['S2', 'stakeholder', 'gps'],
            ['K22', 'phase', 'rollout'],
            ['K23', 'risk', 'outage'],
            ['S13', 'opportunity', 'nhs_app'],
            ['S10', 'change', 'sms'],
            ['S14', 'issue', 'licences'],
            ['K26', 'lesson', 'early'],
            ['K25', 'quality', 'uat'],
        ]);
    });

    test('an unknown code is reported wherever it is written', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    ksb <|K32|>
    resource r { rate 100/d ksb <|S27|> }
    tolerance { spi 0.9 ksb <|B6|> }
    calendar { workdays mon ksb <|K0|> }
}`, 'proj/unknown-reference', 'error', [
            "Unknown KSB code 'K32'. Did you mean 'K2'?",
            "Unknown KSB code 'S27'. Did you mean 'K27'?",
            "Unknown KSB code 'B6'. Did you mean 'K6'?",
            "Unknown KSB code 'K0'. Did you mean 'K1'?",
        ]);
    });

    test('a code on a resource or the project hovers with the standard\'s text', async () => {
        expect(await hoverTextAt(services.Proj, plan, 'K7 }')).toContain('Different roles and responsibilities within a project environment.');
        expect(await hoverTextAt(services.Proj, plan, 'K1\n')).toContain('The differences between projects and business as usual.');
    });

    test('codes are completed after `ksb` on a project, a resource, a calendar and a tolerance', async () => {
        for (const source of [
            'project p {\n    ksb <|>\n}',
            'project p {\n    resource r { ksb <|> }\n}',
            'project p {\n    calendar { ksb <|> }\n}',
            'project p {\n    tolerance { ksb <|> }\n}',
        ]) {
            const offset = source.indexOf('<|>');
            const document = await parse(source.replace('<|>', ''));
            const list = await services.Proj.lsp.CompletionProvider!.getCompletion(document, {
                textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset),
            });
            expect(list?.items.map(item => item.label), source).toContain('K21');
            expect(list?.items).toHaveLength(62);
        }
    });
});
