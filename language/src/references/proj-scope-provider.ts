import type { AstNode, AstNodeDescription, AstNodeDescriptionProvider, AstNodeLocator, LangiumCoreServices, LangiumDocuments, LocalSymbols, ReferenceInfo, Scope, Stream } from 'langium';
import { AstUtils, DefaultScopeProvider, EMPTY_SCOPE, stream } from 'langium';
import { isProject } from '../generated/ast.js';
import { planItemsOf } from '../planning/plan-items.js';

/**
 * Every id of a project is visible throughout it (see ProjScopeComputation), so a plan of
 * 10,000 tasks has 10,000 local symbols. Langium's default scope filters them on every reference,
 * which is quadratic over a file; here each kind of reference gets a name map per project, built
 * once per computation of the local symbols and shared by all references of that kind in the project.
 */
export class ProjScopeProvider extends DefaultScopeProvider {
    /** By computation of the local symbols, then by project (or other top-level element), then by reference type. */
    private readonly localMaps = new WeakMap<LocalSymbols, WeakMap<AstNode, Map<string, Map<string, AstNodeDescription>>>>();
    private readonly astNodeLocator: AstNodeLocator;
    private readonly langiumDocuments: LangiumDocuments;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.astNodeLocator = services.workspace.AstNodeLocator;
        this.langiumDocuments = services.shared.workspace.LangiumDocuments;
    }

    override getScope(context: ReferenceInfo): Scope {
        const referenceType = this.reflection.getReferenceType(context);
        const owner = topLevelElementOf(context.container);
        const localSymbols = AstUtils.getDocument(context.container).localSymbols;
        const global = this.getGlobalScope(referenceType, context);
        const outer = referenceType === 'PlanItem' ? new OtherProjectsScope(this.getGlobalScope('Project', context), global, this.descriptions, this.astNodeLocator, this.langiumDocuments) : global;
        // Work and resources of a project use its own calendars; only a shared resource, outside
        // any project, names a calendar of a project in the workspace.
        const beyond = referenceType === 'Calendar' && isProject(owner) ? EMPTY_SCOPE : outer;
        if (!localSymbols || !localSymbols.has(owner)) {
            return beyond;
        }
        return new NameMapScope(this.localMap(localSymbols, owner, referenceType), beyond);
    }

    private localMap(localSymbols: LocalSymbols, owner: AstNode, referenceType: string): Map<string, AstNodeDescription> {
        let byOwner = this.localMaps.get(localSymbols);
        if (!byOwner) {
            this.localMaps.set(localSymbols, byOwner = new WeakMap());
        }
        // Each project of a file has its own map: ids are unique within a project, not across the file.
        let byType = byOwner.get(owner);
        if (!byType) {
            byOwner.set(owner, byType = new Map());
        }
        let byName = byType.get(referenceType);
        if (!byName) {
            byName = new Map();
            for (const description of localSymbols.getStream(owner)) {
                // The first definition wins; a duplicate id is reported by validation.
                if (this.reflection.isSubtype(description.type, referenceType) && !byName.has(description.name)) {
                    byName.set(description.name, description);
                }
            }
            byType.set(referenceType, byName);
        }
        return byName;
    }
}

function topLevelElementOf(node: AstNode): AstNode {
    let element = node;
    while (element.$container?.$container) {
        element = element.$container;
    }
    return element;
}

class NameMapScope implements Scope {
    constructor(private readonly byName: Map<string, AstNodeDescription>, private readonly outer: Scope) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.byName.get(name) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const local = this.byName.get(name);
        return local ? stream([local]).concat(this.outer.getElements(name)) : this.outer.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return stream(this.byName.values()).concat(this.outer.getAllElements());
    }
}

/**
 * `project.item`: a task, milestone or phase of another project, found through that project's
 * entry in the index and then in the project's own tree, when a reference asks for it.
 */
class OtherProjectsScope implements Scope {
    constructor(
        private readonly projects: Scope,
        private readonly outer: Scope,
        private readonly descriptions: AstNodeDescriptionProvider,
        private readonly locator: AstNodeLocator,
        private readonly documents: LangiumDocuments,
    ) {}

    getElement(name: string): AstNodeDescription | undefined {
        return this.qualified(name) ?? this.outer.getElement(name);
    }

    getElements(name: string): Stream<AstNodeDescription> {
        const found = this.qualified(name);
        return found ? stream([found]) : this.outer.getElements(name);
    }

    getAllElements(): Stream<AstNodeDescription> {
        return this.outer.getAllElements();
    }

    private qualified(name: string): AstNodeDescription | undefined {
        const dot = name.indexOf('.');
        if (dot < 0) {
            return undefined;
        }
        const description = this.projects.getElement(name.slice(0, dot));
        const project = description?.node ?? (description && this.documents.hasDocument(description.documentUri)
            ? this.locator.getAstNode(this.documents.getDocument(description.documentUri)!.parseResult.value, description.path)
            : undefined);
        if (!isProject(project)) {
            return undefined;
        }
        const item = planItemsOf(project).find(candidate => candidate.name === name.slice(dot + 1));
        return item && this.descriptions.createDescription(item, name);
    }
}
