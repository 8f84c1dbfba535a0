import type { LangiumDocument, LangiumDocumentFactory, LangiumSharedCoreServices, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager, URI } from 'langium';
import { BUILTIN_SCHEME, builtinDocumentTexts } from '../builtin/builtin-documents.js';

/** Loads the built-in documents (the KSB catalogue) next to the user's plans. */
export class ProjWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        for (const [path, text] of Object.entries(builtinDocumentTexts)) {
            collector(this.documentFactory.fromString(text, URI.from({ scheme: BUILTIN_SCHEME, path })));
        }
    }
}
