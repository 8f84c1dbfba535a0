import { AstUtils, type AstNode, type LangiumDocuments } from 'langium';
import { isModel, isProject, isResource, type Dependency, type Model, type PlanItem, type Project, type Resource } from '../generated/ast.js';
import { planItemsOf, projectOf, workItemsOf } from './plan-items.js';

/**
 * The programmes of the workspace: projects joined by links from work of one to work of another
 * (`after alpha.done`), in any file the workspace holds (the editor's workspace; the files named
 * to the CLI and their folders). Found again whenever a document of the workspace changes.
 */
export class Programmes {
    private readonly qualifiedLinks = new WeakMap<Project, readonly Dependency[]>();
    private roots: readonly AstNode[] = [];
    private members = new Map<Project, readonly Project[]>();
    /** By document: the shared resources its work is assigned; by resource: the projects whose work is. */
    private sharedResources = new Map<string, Set<Resource>>();
    private resourceUsers = new Map<Resource, Set<Project>>();
    private lookedAtThisTurn = false;

    constructor(private readonly documents: LangiumDocuments) {}

    /**
     * The documents whose work is assigned a shared resource (one declared outside any project) that
     * work of the document `uri` is assigned too, as of the last time the workspace was looked at:
     * an edit there changes how hard that resource is loaded for them (shared-resources.ts).
     */
    sharingResourcesWith(uri: string): ReadonlySet<string> {
        const sharing = new Set<string>();
        for (const resource of this.sharedResources.get(uri) ?? []) {
            this.resourceUsers.get(resource)?.forEach(user => sharing.add(AstUtils.getDocument(user).uri.toString()));
        }
        sharing.delete(uri);
        return sharing;
    }

    /** The projects whose work is assigned a shared resource (one declared outside any project). */
    projectsAssigning(resource: Resource): readonly Project[] {
        this.refresh();
        return [...this.resourceUsers.get(resource) ?? []];
    }

    /** The files of the other projects of the project's programme, once each: what its baselines are read with. */
    linkedFiles(project: Project): string[] {
        const own = AstUtils.getDocument(project).uri.toString();
        return [...new Set(this.membersOf(project).map(member => AstUtils.getDocument(member).uri.toString()))].filter(uri => uri !== own);
    }

    /** The project and every project linked with it, directly or not, in workspace order; the project alone if none is. */
    membersOf(project: Project): readonly Project[] {
        this.refresh();
        return this.members.get(project) ?? [project];
    }

    /** The project's links to work of other projects, resolved as they are now. */
    linksOut(project: Project): Array<{ readonly dependency: Dependency; readonly predecessor: PlanItem; readonly other: Project }> {
        return this.candidates(project).flatMap(dependency => {
            const predecessor = dependency.predecessor?.ref;
            const other = predecessor && projectOf(predecessor);
            return predecessor && other && other !== project ? [{ dependency, predecessor, other }] : [];
        });
    }

    private refresh(): void {
        // Asked for at every look-up of a schedule, by every check that reads one. The workspace does
        // not change while the current turn of work runs: looked at once per turn, before it yields.
        if (this.lookedAtThisTurn) {
            return;
        }
        this.lookedAtThisTurn = true;
        queueMicrotask(() => this.lookedAtThisTurn = false);
        // Compared as it goes, nothing made unless a root changed.
        let at = 0;
        let same = true;
        for (const document of this.documents.all) {
            if (document.parseResult.value !== this.roots[at++]) {
                same = false;
                break;
            }
        }
        if (same && at === this.roots.length) {
            return;
        }
        const roots = this.roots = this.documents.all.map(document => document.parseResult.value).toArray();
        const projects = roots.flatMap(root => (root as Model).elements?.filter(isProject) ?? []);
        // Union-find over the links between projects: each project's group is its programme.
        const leader = new Map<Project, Project>(projects.map(project => [project, project]));
        const find = (project: Project): Project => {
            let at = project;
            while (leader.get(at) !== at) {
                at = leader.get(at)!;
            }
            leader.set(project, at);
            return at;
        };
        for (const project of projects) {
            for (const { other } of this.linksOut(project)) {
                if (leader.has(other)) {
                    leader.set(find(project), find(other));
                }
            }
        }
        const groups = new Map<Project, Project[]>();
        for (const project of projects) {
            const group = groups.get(find(project)) ?? groups.set(find(project), []).get(find(project))!;
            group.push(project);
        }
        this.members = new Map(projects.map(project => [project, groups.get(find(project))!]));
        this.sharedResources = new Map();
        this.resourceUsers = new Map();
        // Only a resource declared outside any project is shared: without one, there is nothing to look for.
        const anyShared = roots.some(root => (root as Model).elements?.some(isResource));
        for (const project of anyShared ? projects : []) {
            const uri = AstUtils.getDocument(project).uri.toString();
            for (const item of workItemsOf(project)) {
                for (const assignment of item.assignments) {
                    const resource = assignment.resource?.ref;
                    if (resource && isModel(resource.$container)) {
                        (this.sharedResources.get(uri) ?? this.sharedResources.set(uri, new Set()).get(uri)!).add(resource);
                        (this.resourceUsers.get(resource) ?? this.resourceUsers.set(resource, new Set()).get(resource)!).add(project);
                    }
                }
            }
        }
    }

    /** Dependencies written as `project.item`: the only way to name work of another project (ProjScopeProvider). */
    private candidates(project: Project): readonly Dependency[] {
        let found = this.qualifiedLinks.get(project);
        if (!found) {
            found = planItemsOf(project).flatMap(item => item.dependencies.filter(dependency => dependency.predecessor?.$refText.includes('.')));
            this.qualifiedLinks.set(project, found);
        }
        return found;
    }
}
