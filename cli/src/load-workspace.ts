import { readFile } from 'node:fs/promises';
import { URI, type LangiumDocument } from 'langium';
import { NodeFileSystem } from 'langium/node';
import { createProjServices } from '../../language/src/proj-module.js';
import type { Model } from '../../language/src/generated/ast.js';
import { UsageError } from './cli-error.js';
import { collectFiles, type ReportedFile } from './collect-files.js';
import { keepPublicHolidaysBetweenRuns } from './public-holiday-cache.js';

export type CliServices = ReturnType<typeof createProjServices>;

/** A file the user asked about, parsed, linked and validated. */
export interface LoadedFile extends ReportedFile {
    readonly document: LangiumDocument<Model>;
}

export interface LoadedWorkspace {
    readonly services: CliServices;
    /** The files to report on, in the order the user gave them. */
    readonly files: LoadedFile[];
}

export interface LoadOptions {
    /** Run the validation checks (for `check`; other commands may only need linking). Default true. */
    readonly validation?: boolean;
    /** The folder relative paths are taken from. Default `process.cwd()`. */
    readonly cwd?: string;
}

/**
 * Creates Proj's services on the real file system, with the built-in KSB catalogue loaded, then
 * loads the files and folders the user named (plus the sibling plans of each named file, as
 * context for cross-file references), links them all and validates the files named.
 */
export async function loadWorkspace(paths: readonly string[], options: LoadOptions = {}): Promise<LoadedWorkspace> {
    const collected = await collectFiles(paths, options.cwd);
    const services = await createCliServices();
    const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder } = services.shared.workspace;

    const documents: LangiumDocument[] = [];
    const files: LoadedFile[] = [];
    for (const file of collected.reported) {
        const text = await readFile(file.absolutePath, 'utf-8').catch((error: NodeJS.ErrnoException) => {
            throw new UsageError(`${file.displayPath}: cannot read the file (${error.code ?? error.message}).`);
        });
        const document = LangiumDocumentFactory.fromString<Model>(text, URI.file(file.absolutePath));
        LangiumDocuments.addDocument(document);
        documents.push(document);
        files.push({ ...file, document });
    }
    for (const contextFile of collected.context) {
        // Context only: a sibling that cannot be read simply contributes nothing.
        const text = await readFile(contextFile, 'utf-8').catch(() => undefined);
        if (text !== undefined) {
            const document = LangiumDocumentFactory.fromString(text, URI.file(contextFile));
            LangiumDocuments.addDocument(document);
            documents.push(document);
        }
    }

    // Every plan linked together, then only the files asked about validated: the siblings are
    // context for references, and their problems are not reported.
    await DocumentBuilder.build(documents, { validation: false });
    if (options.validation ?? true) {
        await DocumentBuilder.build(files.map(file => file.document), { validation: true });
    }
    return { services, files };
}

/** Proj's services for the command line: Node's file system, the built-in documents loaded. */
export async function createCliServices(): Promise<CliServices> {
    keepPublicHolidaysBetweenRuns();
    const services = createProjServices({ ...NodeFileSystem });
    await services.shared.workspace.WorkspaceManager.initializeWorkspace([]);
    return services;
}
