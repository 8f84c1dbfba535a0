import { startLanguageServer } from 'langium/lsp';
import { NodeFileSystem } from 'langium/node';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import type { DeepPartial, Module } from 'langium';
import { createProjServices, type ProjServices } from '../../language/src/proj-module.js';
import { ScheduleRisks } from '../../language/src/planning/schedule-risk-of.js';
import { AFTER_PAUSE } from '../../language/src/validation/check-timing.js';
import { createAnalysisForThePreview } from '../../language/src/validation/schedule-risk-checks.js';
import type { ProjDocumentBuilder } from '../../language/src/workspace/proj-document-builder.js';
import { publishingCompleteDiagnostics } from './complete-diagnostics.js';
import { registerHistoryRequests } from './history-requests.js';
import { registerPreviewRequests } from './preview-requests.js';
import { registerSelectionRangeRequests } from './selection-range-requests.js';

// The transport (--stdio, --node-ipc, --socket) is chosen from the command line by the client.
const connection = createConnection(ProposedFeatures.all);
let builder: ProjDocumentBuilder | undefined;
// The hover and the preview show the whole schedule risk analysis: the confidence check reads its
// chances from that one run instead of running the iterations again for the dates alone.
const WholeAnalysisForTheChecks: Module<ProjServices, DeepPartial<ProjServices>> = {
    planning: { ScheduleRisks: services => new ScheduleRisks(services.planning.ProjectSchedules, { confidenceFromTheWholeAnalysis: true }) },
};
const { shared, Proj } = createProjServices({ connection: publishingCompleteDiagnostics(connection, uri => builder?.awaitsLaterChecks(uri) ?? false), ...NodeFileSystem }, WholeAnalysisForTheChecks);
builder = shared.workspace.DocumentBuilder as ProjDocumentBuilder;

// Langium starts document builds without awaiting them; a failure in one must be reported, not
// end the process (Node exits on an unhandled rejection) and with it every open plan's diagnostics.
process.on('unhandledRejection', reason => {
    connection.console.error(`Proj: a document build failed: ${reason instanceof Error ? reason.stack ?? reason.message : String(reason)}`);
});

// Inlay hints follow the `proj.inlayHints` settings: ask the editor to fetch them again when those change.
shared.workspace.ConfigurationProvider.onConfigurationSectionUpdate(update => {
    if (update.section === 'proj') {
        connection.languages.inlayHint.refresh().catch(() => undefined);
    }
});

// The preview's schedule risk analysis, run when typing pauses (language/src/validation/check-timing.ts).
Proj.validation.ValidationRegistry.register({ Project: createAnalysisForThePreview(Proj.planning.ScheduleRisks) }, undefined, AFTER_PAUSE);
registerPreviewRequests(connection, Proj);
registerHistoryRequests(connection, Proj);
registerSelectionRangeRequests(connection, shared);
startLanguageServer(shared);
