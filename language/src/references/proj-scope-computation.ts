import type { AstNode, AstNodeDescription, LangiumDocument, LocalSymbols } from 'langium';
import { AstUtils, DefaultScopeComputation, MultiMap } from 'langium';
import { isKsb, isProject, isStandard, type Model } from '../generated/ast.js';

/**
 * Ids are unique within a project, whatever their nesting: every named element of a project is
 * visible everywhere in that project, so a task in one phase can follow a milestone in another.
 * Across files, projects, resources and named calendars are visible by name, and the built-in
 * standard's KSB codes by their code.
 */
export class ProjScopeComputation extends DefaultScopeComputation {

    override async collectExportedSymbols(document: LangiumDocument): Promise<AstNodeDescription[]> {
        const model = document.parseResult.value as Model;
        const exports: AstNodeDescription[] = [];
        const exportAs = (node: AstNode, name: string | undefined) => {
            if (name) {
                exports.push(this.descriptions.createDescription(node, name, document));
            }
        };
        for (const element of model.elements) {
            exportAs(element, element.name);
            if (isProject(element)) {
                // Plan items of other projects (`project.item`) are found through their project, on
                // demand (ProjScopeProvider): exporting 10,000 of them on every edit would not pay.
                element.resources.forEach(resource => exportAs(resource, resource.name));
                // For shared resources at the top of a file, which have no project of their own.
                element.calendars.forEach(calendar => exportAs(calendar, calendar.name));
            } else if (isStandard(element)) {
                element.entries.filter(isKsb).forEach(ksb => exportAs(ksb, ksb.name));
            }
        }
        return exports;
    }

    override async collectLocalSymbols(document: LangiumDocument): Promise<LocalSymbols> {
        const model = document.parseResult.value as Model;
        const symbols = new MultiMap<AstNode, AstNodeDescription>();
        for (const element of model.elements) {
            for (const node of AstUtils.streamAllContents(element)) {
                const name = this.nameProvider.getName(node);
                if (name) {
                    symbols.add(element, this.descriptions.createDescription(node, name, document));
                }
            }
        }
        return symbols;
    }
}
