import type { LangiumDocuments } from 'langium';
import { Cancellation, interruptAndCheck } from 'langium';
import { DefaultWorkspaceSymbolProvider, type LangiumSharedServices } from 'langium/lsp';
import type { WorkspaceSymbol, WorkspaceSymbolParams } from 'vscode-languageserver';
import type { Model } from '../../generated/ast.js';
import { namedElementsOf, nameNodeOf } from './proj-named-elements.js';

/**
 * "Go to Symbol in Workspace" across every `.proj` file: projects, phases, tasks, milestones and every
 * register entry, and the built-in standard's KSB codes and duties (`K21` jumps to its statement).
 *
 * Langium's provider lists the index, and Proj exports only what other files may reference
 * (projects, resources, KSBs; see ProjScopeComputation), so this one walks the documents' trees. A
 * symbol's container is its project (or standard), as in a qualified reference `office_move.survey`;
 * a query with a dot matches that qualified name too.
 */
export class ProjWorkspaceSymbolProvider extends DefaultWorkspaceSymbolProvider {
    private readonly documents: LangiumDocuments;

    constructor(services: LangiumSharedServices) {
        super(services);
        this.documents = services.workspace.LangiumDocuments;
    }

    override async getSymbols(params: WorkspaceSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<WorkspaceSymbol[]> {
        const query = params.query.toLowerCase();
        const symbols: WorkspaceSymbol[] = [];
        for (const document of this.documents.all) {
            await interruptAndCheck(cancelToken);
            const uri = document.uri.toString();
            for (const { node, name, container } of namedElementsOf(document.parseResult?.value as Model | undefined)) {
                const matches = this.fuzzyMatcher.match(query, name)
                    || (container !== undefined && query.includes('.') && this.fuzzyMatcher.match(query, `${container}.${name}`));
                const nameNode = matches ? nameNodeOf(node) : undefined;
                if (nameNode) {
                    symbols.push({
                        name,
                        kind: this.nodeKindProvider.getSymbolKind(node),
                        location: { uri, range: nameNode.range },
                        ...(container !== undefined ? { containerName: container } : {}),
                    });
                }
            }
        }
        return symbols;
    }
}
