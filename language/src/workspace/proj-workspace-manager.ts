import type { LangiumDocument, LangiumDocumentFactory, LangiumSharedCoreServices, WorkspaceFolder } from 'langium';
import { DefaultWorkspaceManager } from 'langium';

import { builtinDocuments } from './builtin-documents.js';

/** Loads the built-in documents (the KSB catalogue) next to the user's plans. */
export class ProjWorkspaceManager extends DefaultWorkspaceManager {
    private readonly documentFactory: LangiumDocumentFactory;

    constructor(services: LangiumSharedCoreServices) {
        super(services);
        this.documentFactory = services.workspace.LangiumDocumentFactory;
    }

    protected override async loadAdditionalDocuments(folders: WorkspaceFolder[], collector: (document: LangiumDocument) => void): Promise<void> {
        await super.loadAdditionalDocuments(folders, collector);
        for (const builtin of builtinDocuments) {
            collector(this.documentFactory.fromString(builtin.text, builtin.uri));
        }
    }
}
