import { beforeAll, describe, expect, test } from 'vitest';
import { previewModelOf } from '../../language/src/preview/preview-model.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

let services: Awaited<ReturnType<typeof createTestServices>>;

beforeAll(async () => {
    services = await createTestServices();
});

async function preview(text: string) {
    const { document } = await validatePlan(services, text);
    return previewModelOf(document, services.Proj.planning.ProjectSchedules, {});
}

describe('the preview model', () => {
    test('a valid plan: both charts, the project\'s dates, and where each item is declared', async () => {
        const model = await preview(`project move "Move" {
    start 2027-01-04
    task pack "Pack" { duration 2d }
    milestone moved { after pack }
}`);
        expect(model.errors).toBe(0);
        expect(model.project).toEqual({ id: 'move', title: 'Move', start: '2027-01-04', finish: '2027-01-05', status: undefined });
        expect(model.gantt?.bars).toEqual([{ mermaidId: 't_pack', id: 'pack' }, { mermaidId: 't_moved', id: 'moved' }]);
        expect(model.network?.nodes.map(node => node.id)).toEqual(['pack', 'moved']);
        expect(model.locations).toEqual({ pack: { line: 2, character: 9 }, moved: { line: 3, character: 14 } });
    });

    test('a plan with errors sends no charts, only the count, so the last good chart stays', async () => {
        const model = await preview(`project move {
    start 2027-01-04
    task pack { duration 2d after nowhere }
}`);
        expect(model).toEqual({ uri: expect.any(String), errors: 1, locations: {}, message: undefined });
    });

    test('a plan without a start date says what to add', async () => {
        const model = await preview('project move { task pack { duration 2d } }');
        expect(model.message).toBe("Project 'move' has no start date: add one, such as 'start 2027-01-04', to see its schedule.");
        expect(model.gantt).toBeUndefined();
    });

    test('a file without a project says so', async () => {
        const model = await preview('resource alex "Alex"');
        expect(model.message).toBe('This file has no project to preview.');
    });
});
