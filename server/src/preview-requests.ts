import { DocumentState, URI, type LangiumDocument } from 'langium';
import type { Connection } from 'vscode-languageserver/node.js';
import { isProject, type Model } from '../../language/src/generated/ast.js';
import { planMarkdown } from '../../language/src/engine/mermaid/plan-markdown.js';
import { builtinStandard } from '../../language/src/planning/ksb-evidence.js';
import { previewModelOf, sourceRangeOf } from '../../language/src/preview/preview-model.js';
import {
    LOCATE_REQUEST, MARKDOWN_REQUEST, PREVIEW_REQUEST, type LocateParams, type PreviewAnswer, type PreviewModel, type PreviewParams, type SourceRange,
} from '../../language/src/preview/preview-protocol.js';
import type { ProjServices } from '../../language/src/proj-module.js';

/**
 * The preview's requests. Each waits for the document's validated build, so the charts always
 * come from the same parse, schedule and diagnostics the editor shows.
 */
export function registerPreviewRequests(connection: Connection, services: ProjServices): void {
    const { DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    const validated = async (uri: string): Promise<LangiumDocument<Model> | undefined> => {
        const parsed = URI.parse(uri);
        if (!LangiumDocuments.hasDocument(parsed)) {
            return undefined;
        }
        await DocumentBuilder.waitUntil(DocumentState.Validated, parsed);
        return LangiumDocuments.getDocument(parsed) as LangiumDocument<Model> | undefined;
    };

    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams): Promise<PreviewAnswer> => {
        const document = await validated(params.uri);
        const model: PreviewModel = document
            ? previewModelOf(document, services.planning.ProjectSchedules, params, builtinStandard(LangiumDocuments), services.planning.ScheduleRisks)
            : { uri: params.uri, errors: 0, message: 'Open the plan in an editor to preview it.', locations: {} };
        return { uri: model.uri, errors: model.errors, model: JSON.stringify(model) };
    });

    connection.onRequest(LOCATE_REQUEST, async (params: LocateParams): Promise<SourceRange | null> => {
        const document = await validated(params.uri);
        return (document && sourceRangeOf(document, params)) ?? null;
    });

    connection.onRequest(MARKDOWN_REQUEST, async (params: { uri: string }): Promise<string | undefined> => {
        const document = await validated(params.uri);
        const project = document?.parseResult.value.elements.find(isProject);
        const plan = project && services.planning.ProjectSchedules.planOf(project);
        const schedule = project && services.planning.ProjectSchedules.scheduleOf(project);
        return plan && schedule ? planMarkdown(plan, schedule, project.title) : undefined;
    });
}
