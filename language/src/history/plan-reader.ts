// Reads a plan's text that is not open in the workspace (a revision from git history) with a
// language instance of its own, so that an old version of a plan never enters the workspace's
// index: its ids would clash with today's, and references would link to yesterday's tasks.
import { URI, type LangiumDocument } from 'langium';
import { isProject, type Model, type Project } from '../generated/ast.js';
import type { ProjServices } from '../proj-module.js';

/** The plan read from a text: its project (the one asked for, or the only one), or why there is none. */
export type ReadProject =
    | { readonly project: Project; readonly services: ProjServices; readonly errors: readonly string[] }
    | { readonly problem: string };

export interface ReadOptions {
    /**
     * Check only the syntax and the references (Langium's built-in checks, with Proj's messages),
     * not Proj's own rules: for reading hundreds of versions of a plan, where each rule's
     * milliseconds add up. A plan that cannot be scheduled still says so when it is scheduled.
     */
    readonly syntaxAndReferencesOnly?: boolean;
    /** Other plans' files as they were (those its plan is linked with), read beside it: its links to them resolve and are scheduled. */
    readonly beside?: ReadonlyArray<{ readonly text: string; readonly name: string }>;
}

export class PlanReader {
    private services: Promise<ProjServices> | undefined;
    /** One read at a time: each builds a document in the reader's own workspace. */
    private queue: Promise<unknown> = Promise.resolve();
    private reads = 0;

    /** `createServices` makes a fresh, separate language instance (with the built-in standard loaded). */
    constructor(private readonly createServices: () => Promise<ProjServices>) {}

    /**
     * Parses, links and validates `text`, finds its project `projectName` (or its only project),
     * and hands it to `use` while the syntax tree is alive; `use` returns plain data, which is
     * what outlives the read. `name` is the file's name, for messages.
     */
    read<T>(text: string, name: string, projectName: string | undefined, use: (read: ReadProject) => T, options: ReadOptions = {}): Promise<T> {
        const next = this.queue.then(() => this.readNow(text, name, projectName, use, options));
        this.queue = next.catch(() => undefined);
        return next;
    }

    private async readNow<T>(text: string, name: string, projectName: string | undefined, use: (read: ReadProject) => T, options: ReadOptions): Promise<T> {
        const services = await (this.services ??= this.createServices());
        const { LangiumDocumentFactory, LangiumDocuments, DocumentBuilder, IndexManager } = services.shared.workspace;
        const folder = `proj-revision:///${++this.reads}`;
        const uri = URI.parse(`${folder}/${encodeURIComponent(name)}`);
        const document = LangiumDocumentFactory.fromString<Model>(text, uri);
        const beside = (options.beside ?? []).map(other => LangiumDocumentFactory.fromString<Model>(other.text, URI.parse(`${folder}/beside/${encodeURIComponent(other.name)}`)));
        [document, ...beside].forEach(added => LangiumDocuments.addDocument(added));
        try {
            // Linked together, so that links both ways resolve; only its own problems are read (projectIn).
            await DocumentBuilder.build([document, ...beside], { validation: options.syntaxAndReferencesOnly ? { categories: ['built-in'] } : true });
            return use(projectIn(document, projectName, services));
        } finally {
            for (const added of [document, ...beside]) {
                LangiumDocuments.deleteDocument(added.uri);
                IndexManager.remove(added.uri);
            }
        }
    }
}

function projectIn(document: LangiumDocument<Model>, projectName: string | undefined, services: ProjServices): ReadProject {
    const projects = document.parseResult.value.elements.filter(isProject);
    // A project renamed since is still the file's project when it is the only one.
    const project = projects.find(candidate => candidate.name === projectName) ?? (projects.length === 1 ? projects[0] : undefined);
    if (!project) {
        const ids = projects.map(candidate => `'${candidate.name}'`).join(', ');
        return {
            problem: projects.length === 0 ? 'it holds no project'
                : projectName === undefined ? `it holds several projects (${ids}) and none was named`
                    : `it holds no project '${projectName}'`,
        };
    }
    const errors = (document.diagnostics ?? [])
        .filter(diagnostic => diagnostic.severity === 1)
        .map(diagnostic => `line ${diagnostic.range.start.line + 1}: ${diagnostic.message}`);
    return { project, services, errors };
}
