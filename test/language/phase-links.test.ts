/**
 * Phases that take links and constraints (`phase delivery { after approval }`): they hold the work
 * inside the phase, as on a summary task in MS Project.
 */
import { describe, expect, test } from 'vitest';
import { clearDocuments, expectFindReferences, parseHelper } from 'langium/test';
import { isProject, type Model } from '../../language/src/generated/ast.js';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import { expectClean, expectDiagnostics } from '../support/diagnostic-expectations.js';
import { hoverTextAt } from '../support/hover-text.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

const services = await createTestServices();

const PLAN = `project p {
    start 2027-01-04
    task approval { duration 5d }
    phase delivery "Delivery" {
        after approval
        finish no later than 2027-01-13
        task build { duration 3d }
        task fit { duration 2d after build }
    }
}`;

async function scheduleOf(text: string): Promise<Schedule> {
    const { document } = await validatePlan(services, text);
    return services.Proj.planning.ProjectSchedules.scheduleOf(document.parseResult.value.elements.find(isProject)!)!;
}

describe('a phase after a task', () => {
    test('its work starts after the task, and hover names the phase\'s link as what sets the start', async () => {
        const schedule = await scheduleOf(PLAN);
        expect(Object.fromEntries(schedule.items.map(item => [item.id, `${item.start}..${item.finish}`]))).toEqual({
            approval: '2027-01-04..2027-01-08',
            delivery: '2027-01-11..2027-01-15',
            build: '2027-01-11..2027-01-13',
            fit: '2027-01-14..2027-01-15',
        });
        expect(await hoverTextAt(services.Proj, PLAN, 'build {')).toContain('- Start set by `approval` (FS), the link of phase `delivery`');
        expect(await hoverTextAt(services.Proj, PLAN, 'delivery "Delivery"')).toMatch(/\n- Start set by `approval` \(FS\)$/);
    });

    test('a missed constraint of the phase is reported on the phase\'s constraint', async () => {
        await expectDiagnostics(`project p {
    start 2027-01-04
    task approval { duration 5d }
    phase delivery "Delivery" {
        after approval
        <|finish no later than 2027-01-13|>
        task build { duration 3d }
        task fit { duration 2d after build }
    }
}`, 'proj/constraint-missed', 'warning', ['Finish no later than 2027-01-13 is missed by 2 working days: approval -> build -> fit drives it.']);
    });

    test('find references and rename reach the predecessor of a phase\'s link', async () => {
        await expectFindReferences(services.Proj)({
            text: PLAN.replace('task approval', 'task <|approval|>').replace('after approval', 'after <|approval|>'),
            includeDeclaration: true,
        });
        const document = await parseHelper<Model>(services.Proj)(PLAN);
        const offset = PLAN.indexOf('after approval') + 'after '.length;
        const edit = await services.Proj.lsp.RenameProvider!.rename(document, {
            textDocument: { uri: document.textDocument.uri }, position: document.textDocument.positionAt(offset), newName: 'sign_off',
        });
        const edits = edit?.changes?.[document.textDocument.uri] ?? [];
        expect(edits.map(change => document.textDocument.offsetAt(change.range.start)).sort((a, b) => a - b))
            .toEqual([PLAN.indexOf('approval {'), offset]);
        expect(edits.every(change => change.newText === 'sign_off')).toBe(true);
        await clearDocuments(services.shared, [document]);
    });
});

describe('what a phase may not take', () => {
    test('FF and SF links are errors on the type: MS Project refuses them on a summary task', async () => {
        await expectDiagnostics(`project p {
    start 2027-01-04
    task approval { duration 5d }
    phase delivery {
        after approval <|FF|>, approval <|SF|> +1d, approval SS
        task build { duration 3d }
    }
}`, 'proj/phase-link-type', 'error', [
            'A phase takes FS and SS links only, which hold each piece of work in it: an FF link to a phase would make every piece finish late. Link its last task instead.',
            'A phase takes FS and SS links only, which hold each piece of work in it: an SF link to a phase would make every piece finish late. Link its last task instead.',
        ]);
    });

    test('start on, finish on, start no later than and finish no earlier than are errors', async () => {
        await expectDiagnostics(`project p {
    start 2027-01-04
    phase delivery {
        <|start on 2027-01-11|>
        <|finish no earlier than 2027-01-20|>
        <|start no later than 2027-01-20|>
        <|finish on 2027-01-20|>
        start no earlier than 2027-01-05
        finish no later than 2027-03-01
        task build { duration 3d }
    }
}`, 'proj/phase-constraint-kind', 'error', [
            'A phase takes `start no earlier than` and `finish no later than` only, which hold each piece of work in it: put `start on` on its first task.',
            'A phase takes `start no earlier than` and `finish no later than` only, which hold each piece of work in it: put `finish no earlier than` on its last task.',
            'A phase takes `start no earlier than` and `finish no later than` only, which hold each piece of work in it: put `start no later than` on its first task.',
            'A phase takes `start no earlier than` and `finish no later than` only, which hold each piece of work in it: put `finish on` on its last task.',
        ]);
    });

    test('a phase with FS and SS links and the two constraints it takes is clean', async () => {
        await expectClean(`project p {
    start 2027-01-04
    task approval { duration 5d }
    phase delivery {
        after approval, approval SS +2d
        start no earlier than 2027-01-05
        task build { duration 3d }
    }
}`);
    });
});

describe('cycles through a phase\'s links', () => {
    test('a phase after one of its own tasks', async () => {
        await expectDiagnostics(`project p {
    start 2027-01-04
    phase delivery {
        after <|build|>
        task build { duration 3d }
        task fit { duration 2d }
    }
}`, 'proj/cycle', 'error', ['Dependency cycle: build -> delivery -> build.']);
    });

    test('a phase after a task that is after the phase', async () => {
        await expectDiagnostics(`project p {
    start 2027-01-04
    phase delivery {
        after <|review|>
        task build { duration 3d }
    }
    task review { duration 1d after delivery }
}`, 'proj/cycle', 'error', ['Dependency cycle: review -> delivery -> build -> review.']);
    });

    test('a phase after itself, or after the phase it is in', async () => {
        await expectDiagnostics(`project p {
    start 2027-01-04
    phase outer {
        phase delivery {
            after <|delivery|>, <|outer|>
            task build { duration 3d }
        }
    }
}`, 'proj/self-dependency', 'error', [
            "'delivery' depends on itself.",
            "'delivery' depends on its own phase 'outer', which cannot finish before it does.",
        ]);
    });
});
