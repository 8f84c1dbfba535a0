import { EmptyFileSystem, URI } from 'langium';
import { createProjServices } from '../language/src/proj-module.js';
import { isProject, type Model } from '../language/src/generated/ast.js';
import { generatePlan, planText } from './generate-plan.js';
import { formatMs, medianMs } from './measure.js';

let counter = 0;

/** Parse, link, validate and schedule a plan file in-process, as the language server does on every change. */
export async function benchLanguage(sizes = [1_000, 10_000]): Promise<Array<{ tasks: number; ms: number }>> {
    const services = createProjServices(EmptyFileSystem);
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;
    const figures = [];
    for (const tasks of sizes) {
        const text = planText(generatePlan(tasks));
        let uri = URI.file('/bench/none.proj');
        const ms = await medianMs(async () => {
            uri = URI.file(`/bench/plan-${counter++}.proj`);
            const document = LangiumDocumentFactory.fromString<Model>(text, uri);
            LangiumDocuments.addDocument(document);
            await DocumentBuilder.build([document], { validation: true });
            const errors = (document.diagnostics ?? []).filter(d => d.severity === 1);
            if (errors.length > 0) {
                throw new Error(`The benchmark plan has errors: ${errors[0].message}`);
            }
            const project = document.parseResult.value.elements.find(isProject)!;
            services.Proj.planning.ProjectSchedules.scheduleOf(project);
        }, 5, 1, () => DocumentBuilder.update([], [uri]));
        figures.push({ tasks, ms });
        console.log(`language ${String(tasks).padStart(7)} tasks  ${formatMs(ms).padStart(9)}   parse + link + validate + schedule${tasks === 10_000 ? `, target < 1500 ms ${ms < 1500 ? 'met' : 'MISSED'}` : ''}`);
    }
    return figures;
}
