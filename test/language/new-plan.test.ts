import { beforeAll, describe, expect, test } from 'vitest';
import { isProject } from '../../language/src/generated/ast.js';
import { newPlanText, nextMonday, planIdOf, RESERVED_WORDS } from '../../language/src/templates/new-plan.js';
import { grammarKeywords } from '../support/grammar-files.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

let services: Awaited<ReturnType<typeof createTestServices>>;
beforeAll(async () => {
    services = await createTestServices();
});

describe('"Proj: New Plan"', () => {
    test('writes a plan that validates cleanly and schedules at once, with the tolerances asked for', async () => {
        const text = newPlanText({ title: 'Office relocation', start: '2027-05-03', tolerances: { cpi: 0.95, spi: 0.85, riskAmber: 6, riskRed: 16 } });
        const { document, diagnostics } = await validatePlan(services, text);
        expect(diagnostics).toEqual([]);
        const project = document.parseResult.value.elements.find(isProject)!;
        expect(project).toMatchObject({ name: 'office_relocation', title: 'Office relocation', start: '2027-05-03' });
        expect(project.tolerance).toMatchObject({ cpi: 0.95, spi: 0.85, riskAmber: 6, riskRed: 16 });
        const schedule = services.Proj.planning.ProjectSchedules.scheduleOf(project)!;
        expect([schedule.start, schedule.finish]).toEqual(['2027-05-03', '2027-05-12']);
    });

    test('any title: quotes and backslashes escaped, ids that never clash with a keyword or start with a digit', async () => {
        for (const title of ['Say "hi" \\ bye', 'Risk', 'Status', '2027 refresh', 'Café déjà vu', '***', '']) {
            const { diagnostics } = await validatePlan(services, newPlanText({ title, start: '2027-05-03' }));
            expect(diagnostics, title).toEqual([]);
        }
        expect(['Office relocation (Leeds)', 'Risk', '2027 refresh', 'Café', '!!'].map(planIdOf))
            .toEqual(['office_relocation_leeds', 'risk_plan', 'plan_2027_refresh', 'cafe', 'plan']);
    });

    test('the reserved words are exactly the grammar\'s keywords', () => {
        expect([...RESERVED_WORDS].sort()).toEqual([...grammarKeywords()].sort());
    });

    test('starts on the next Monday', () => {
        expect(nextMonday(new Date(2026, 10, 23))).toBe('2026-11-23');
        expect(nextMonday(new Date(2026, 10, 24))).toBe('2026-11-30');
        expect(nextMonday(new Date(2026, 10, 29))).toBe('2026-11-30');
    });
});
