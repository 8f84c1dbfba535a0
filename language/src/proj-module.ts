import { EmptyFileSystem, inject, type DeepPartial, type Module } from 'langium';
import {
    createDefaultModule, createDefaultSharedModule, type DefaultSharedModuleContext,
    type LangiumServices, type LangiumSharedServices, type PartialLangiumServices, type PartialLangiumSharedServices
} from 'langium/lsp';
import { ProjGeneratedModule, ProjGeneratedSharedModule, ProjLanguageMetaData } from './generated/module.js';
import { createProjParser } from './parser/brace-aware-recovery.js';
import { NestingLimitedLexer } from './parser/nesting-limited-lexer.js';
import { ProjTokenBuilder } from './parser/proj-token-builder.js';
import { ProjValidationRegistry } from './validation/reads-other-plans.js';
import { ProjLinker } from './references/proj-linker.js';
import { ProjReferenceDescriptionProvider } from './references/proj-reference-descriptions.js';
import { ProjLexerErrorMessages, ProjParserErrorMessages } from './parser/syntax-error-messages.js';
import { ProjCodeActionProvider } from './lsp/quick-fixes/proj-code-action-provider.js';
import { ProjCompletionProvider } from './lsp/completion/proj-completion-provider.js';
import { ProjDocumentSymbolProvider } from './lsp/structure/proj-document-symbol-provider.js';
import { ProjFoldingRangeProvider } from './lsp/structure/proj-folding-range-provider.js';
import { ProjDocumentHighlightProvider } from './lsp/navigation/proj-document-highlight-provider.js';
import { ProjFormatter } from './lsp/formatting/proj-formatter.js';
import { ProjHoverProvider } from './lsp/hover/proj-hover-provider.js';
import { ProjInlayHintProvider } from './lsp/proj-inlay-hint-provider.js';
import { ProjLanguageServer } from './lsp/proj-language-server.js';
import { ProjNodeKindProvider } from './lsp/structure/proj-node-kind-provider.js';
import { ProjRenameProvider } from './lsp/navigation/proj-rename-provider.js';
import { ProjSemanticTokenProvider } from './lsp/structure/proj-semantic-token-provider.js';
import { ProjWorkspaceSymbolProvider } from './lsp/structure/proj-workspace-symbol-provider.js';
import { BaselinePlans } from './history/baseline-plans.js';
import { PlanReader } from './history/plan-reader.js';
import { Programmes } from './planning/programmes.js';
import { ProjectSchedules } from './planning/project-schedules.js';
import { ScheduleRisks } from './planning/schedule-risk-of.js';
import { ProjScopeComputation } from './references/proj-scope-computation.js';
import { ProjScopeProvider } from './references/proj-scope-provider.js';
import { ProjDocumentValidator } from './validation/proj-document-validator.js';
import { registerValidationChecks } from './validation/proj-validator.js';
import { ProjDocumentBuilder } from './workspace/proj-document-builder.js';
import { ProjWorkspaceManager } from './workspace/proj-workspace-manager.js';

/** Services Proj adds to Langium's. */
export type ProjAddedServices = {
    planning: {
        /** Projects linked by links between plans, scheduled together. */
        Programmes: Programmes;
        ProjectSchedules: ProjectSchedules;
        /** The plan as it was at the git revisions it names as baselines. */
        Baselines: BaselinePlans;
        /** Each project's schedule risk analysis (Monte Carlo), once per parse. */
        ScheduleRisks: ScheduleRisks;
    };
};

export type ProjServices = LangiumServices & ProjAddedServices;

export const ProjModule: Module<ProjServices, PartialLangiumServices & ProjAddedServices> = {
    // The shipped CLI and server (built with PROJ_BUNDLED) skip Chevrotain's self-checks of the
    // grammar at every start, a tenth of a `proj check`; the tests, run from source, still make
    // them, so a grammar mistake cannot ship.
    LanguageMetaData: () => ({ ...ProjLanguageMetaData, mode: process.env.PROJ_BUNDLED === 'true' ? 'production' : 'development' }),
    lsp: {
        CodeActionProvider: () => new ProjCodeActionProvider(),
        CompletionProvider: (services) => new ProjCompletionProvider(services),
        DocumentSymbolProvider: (services) => new ProjDocumentSymbolProvider(services),
        FoldingRangeProvider: (services) => new ProjFoldingRangeProvider(services),
        DocumentHighlightProvider: (services) => new ProjDocumentHighlightProvider(services),
        Formatter: () => new ProjFormatter(),
        HoverProvider: (services) => new ProjHoverProvider(services),
        InlayHintProvider: (services) => new ProjInlayHintProvider(services),
        RenameProvider: (services) => new ProjRenameProvider(services),
        SemanticTokenProvider: (services) => new ProjSemanticTokenProvider(services),
    },
    planning: {
        Programmes: (services) => new Programmes(services.shared.workspace.LangiumDocuments),
        ProjectSchedules: (services) => new ProjectSchedules(services.planning.Programmes, services.planning.Baselines),
        Baselines: () => new BaselinePlans(new PlanReader(revisionReaderServices)),
        ScheduleRisks: (services) => new ScheduleRisks(services.planning.ProjectSchedules),
    },
    parser: {
        Lexer: (services) => new NestingLimitedLexer(services),
        TokenBuilder: () => new ProjTokenBuilder(),
        LangiumParser: (services) => createProjParser(services),
        ParserErrorMessageProvider: (services) => new ProjParserErrorMessages(services.Grammar),
        LexerErrorMessageProvider: () => new ProjLexerErrorMessages(),
    },
    references: {
        Linker: (services) => new ProjLinker(services),
        ScopeComputation: (services) => new ProjScopeComputation(services),
        ScopeProvider: (services) => new ProjScopeProvider(services),
    },
    workspace: {
        ReferenceDescriptionProvider: (services) => new ProjReferenceDescriptionProvider(services),
    },
    validation: {
        DocumentValidator: (services) => new ProjDocumentValidator(services),
        ValidationRegistry: (services) => new ProjValidationRegistry(services),
    },
};

export const ProjSharedModule: Module<LangiumSharedServices, PartialLangiumSharedServices> = {
    lsp: {
        LanguageServer: (services) => new ProjLanguageServer(services),
        NodeKindProvider: () => new ProjNodeKindProvider(),
        WorkspaceSymbolProvider: (services) => new ProjWorkspaceSymbolProvider(services),
    },
    workspace: {
        WorkspaceManager: (services) => new ProjWorkspaceManager(services),
        DocumentBuilder: (services) => new ProjDocumentBuilder(services),
    },
};

/** A separate instance of the language for reading old revisions of plans, made when first needed. */
export async function revisionReaderServices(): Promise<ProjServices> {
    const { shared, Proj } = createProjServices(EmptyFileSystem);
    await shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return Proj;
}

/**
 * Creates the services of the Proj language: the shared workspace services and the language's own,
 * with what `host` (the language server) changes for itself. Outside a language server (CLI,
 * tests) pass `{ ...NodeFileSystem }` or `EmptyFileSystem`.
 */
export function createProjServices(context: DefaultSharedModuleContext, host: Module<ProjServices, DeepPartial<ProjServices>> = {}): { shared: LangiumSharedServices; Proj: ProjServices } {
    const shared = inject(createDefaultSharedModule(context), ProjGeneratedSharedModule, ProjSharedModule);
    const Proj = inject(createDefaultModule({ shared }), ProjGeneratedModule, ProjModule, host);
    shared.ServiceRegistry.register(Proj);
    registerValidationChecks(Proj);
    if (!context.connection) {
        // Without a language client nobody sends configuration: start with the defaults.
        shared.workspace.ConfigurationProvider.initialized({});
    }
    return { shared, Proj };
}
