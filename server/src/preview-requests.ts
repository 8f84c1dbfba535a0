import { Cancellation, DocumentState, isOperationCancelled, URI, type LangiumDocument } from 'langium';
import { LSPErrorCodes, ResponseError } from 'vscode-languageserver';
import type { Connection } from 'vscode-languageserver/node.js';
import { isProject, type Model } from '../../language/src/generated/ast.js';
import { planMarkdown } from '../../language/src/engine/mermaid/plan-markdown.js';
import { builtinStandard } from '../../language/src/planning/ksb-evidence.js';
import { previewModelOf, sourceRangeOf } from '../../language/src/preview/preview-model.js';
import {
    LOCATE_REQUEST, MARKDOWN_REQUEST, PREVIEW_REQUEST, type LocatedRange, type LocateParams, type PreviewAnswer, type PreviewModel, type PreviewParams,
} from '../../language/src/preview/preview-protocol.js';
import type { ProjServices } from '../../language/src/proj-module.js';

/**
 * The preview's requests. Each waits for the document's build to be validated by the checks that
 * find errors (language/src/validation/check-timing.ts), so the charts always come from the same
 * parse, schedule and errors the editor shows, and never wait for the checks that follow.
 */
export function registerPreviewRequests(connection: Connection, services: ProjServices): void {
    const { DocumentBuilder, LangiumDocuments } = services.shared.workspace;
    const validated = async (uri: string, cancelToken?: Cancellation.CancellationToken): Promise<LangiumDocument<Model> | undefined> => {
        const parsed = URI.parse(uri);
        if (!LangiumDocuments.hasDocument(parsed)) {
            return undefined;
        }
        try {
            await DocumentBuilder.waitUntil(DocumentState.Validated, parsed, cancelToken);
        } catch (error) {
            throw isOperationCancelled(error) ? new ResponseError(LSPErrorCodes.RequestCancelled, 'The preview was asked for again.') : error;
        }
        return LangiumDocuments.getDocument(parsed) as LangiumDocument<Model> | undefined;
    };

    connection.onRequest(PREVIEW_REQUEST, async (params: PreviewParams, cancelToken): Promise<PreviewAnswer> => {
        // An edit after this one cancels it (the extension asks again): it does not wait for a build no one will see.
        const document = await validated(params.uri, cancelToken);
        const model: PreviewModel = document
            ? previewModelOf(document, services.planning.ProjectSchedules, params, {
                defaultStandard: builtinStandard(LangiumDocuments), scheduleRisks: services.planning.ScheduleRisks, analysis: { onlyIfRun: true },
                programmes: services.planning.Programmes,
            })
            : { uri: params.uri, errors: 0, message: 'Open the plan in an editor to preview it.', locations: {} };
        return { uri: model.uri, errors: model.errors, model: JSON.stringify(model) };
    });

    connection.onRequest(LOCATE_REQUEST, async (params: LocateParams): Promise<LocatedRange | null> => {
        const document = await validated(params.uri);
        return (document && sourceRangeOf(document, params, services.planning.Programmes)) ?? null;
    });

    connection.onRequest(MARKDOWN_REQUEST, async (params: { uri: string }): Promise<string | undefined> => {
        const document = await validated(params.uri);
        const project = document?.parseResult.value.elements.find(isProject);
        const plan = project && services.planning.ProjectSchedules.planOf(project);
        const schedule = project && services.planning.ProjectSchedules.scheduleOf(project);
        return plan && schedule ? planMarkdown(plan, schedule, project.title) : undefined;
    });
}
