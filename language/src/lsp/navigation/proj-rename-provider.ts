import type { AstNode, AstNodeLocator, AstReflection, CstNode, Grammar, LangiumDocument, LangiumDocuments, Reference } from 'langium';
import { AstUtils, CstUtils, GrammarAST, isReference } from 'langium';
import { DefaultRenameProvider, type LangiumServices } from 'langium/lsp';
import { LSPErrorCodes, ResponseError, TextEdit, type CancellationToken, type Range, type RenameParams, type TextDocumentPositionParams, type WorkspaceEdit } from 'vscode-languageserver';
import { BUILTIN_SCHEME } from '../../builtin/builtin-documents.js';
import { isModel, isProject, isRisk, isStandard, type Project } from '../../generated/ast.js';

const ID = /^[_a-zA-Z]\w*$/;

interface Named extends AstNode {
    name: string;
}

/** What the cursor names: an element, and the span of text that spells its name there. */
interface RenameTarget {
    readonly node: Named;
    readonly range: Range;
}

/**
 * Rename across every `.proj` file of the workspace. Langium's default replaces the whole text of
 * each reference; a reference to another project's item is written `project.id`, so here the
 * rename of an item replaces only its last part, and the rename of a project only the first part
 * of every qualified reference into it (the cursor on that first part renames the project).
 *
 * Refused, with the reason as the LSP error's message: anything of the built-in standard
 * (read-only), a new name that is not an id or is a keyword of the language, and a new name that
 * would clash: an id already used in the project, a top-level name already taken, or a name that
 * references in the project already use for something else.
 */
export class ProjRenameProvider extends DefaultRenameProvider {
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly reflection: AstReflection;
    private readonly keywords: ReadonlySet<string>;

    constructor(services: LangiumServices) {
        super(services);
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.reflection = services.shared.AstReflection;
        this.keywords = keywordsOf(services.Grammar);
    }

    override prepareRename(document: LangiumDocument, params: TextDocumentPositionParams, _cancelToken?: CancellationToken): Range | undefined {
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        this.refuseReadOnly(target.node);
        return target.range;
    }

    override async rename(document: LangiumDocument, params: RenameParams, _cancelToken?: CancellationToken): Promise<WorkspaceEdit | undefined> {
        const target = this.targetAt(document, params);
        if (!target) {
            return undefined;
        }
        const { node } = target;
        const newName = params.newName;
        this.refuseReadOnly(node);
        if (!ID.test(newName)) {
            throw refusal(`'${newName}' is not a valid id: an id is a letter or '_' followed by letters, digits or '_'.`);
        }
        if (this.keywords.has(newName)) {
            throw refusal(`'${newName}' is a keyword of the language and cannot be an id.`);
        }
        if (newName === node.name) {
            return { changes: {} };
        }
        this.refuseClash(node, newName);
        const edits = isProject(node) ? this.projectEdits(node) : this.itemEdits(node);
        const changes: Record<string, TextEdit[]> = {};
        for (const [uri, ranges] of edits) {
            changes[uri] = [...ranges.values()].map(range => TextEdit.replace(range, newName));
        }
        return { changes };
    }

    /** The element whose name is under the cursor, where it is declared or referenced. */
    private targetAt(document: LangiumDocument, params: TextDocumentPositionParams): RenameTarget | undefined {
        const root = document.parseResult?.value?.$cstNode;
        if (!root) {
            return undefined;
        }
        const leaf = CstUtils.findDeclarationNodeAtOffset(root, document.textDocument.offsetAt(params.position), this.grammarConfig.nameRegexp);
        if (!leaf || leaf.hidden || GrammarAST.isKeyword(leaf.grammarSource) || !ID.test(leaf.text)) {
            return undefined;
        }
        const reference = referenceAround(leaf);
        if (reference) {
            const target = reference.ref;
            const parts = idLeaves(reference.$refNode);
            if (!isNamed(target) || parts.length === 0) {
                return undefined;
            }
            if (parts.length > 1 && leaf === parts[0]) {
                const project = projectOf(target);
                return project && isNamed(project) ? { node: project, range: leaf.range } : undefined;
            }
            return leaf === parts[parts.length - 1] ? { node: target, range: leaf.range } : undefined;
        }
        const declared = this.isNameNode(leaf) ? leaf.astNode : undefined;
        return isNamed(declared) ? { node: declared, range: leaf.range } : undefined;
    }

    private refuseReadOnly(node: Named): void {
        if (AstUtils.getDocument(node).uri.scheme === BUILTIN_SCHEME) {
            const standard = AstUtils.getContainerOfType(node, isStandard);
            throw refusal(`'${node.name}' belongs to the built-in standard${standard?.name ? ` ${standard.name.toUpperCase()}` : ''}, which is read-only: it cannot be renamed.`);
        }
    }

    private refuseClash(node: Named, newName: string): void {
        const project = projectOf(node);
        if (project) {
            const same = AstUtils.streamAllContents(project).find(other => other !== node && isNamed(other) && other.name === newName);
            if (same) {
                throw refusal(`Project '${project.name}' already has ${describe(same)} '${newName}'${lineText(same)}: ids are unique within a project.`);
            }
        } else if (isStandard(node.$container)) {
            const same = AstUtils.streamAllContents(node.$container).find(other => other !== node && isNamed(other) && other.name === newName);
            if (same) {
                throw refusal(`Standard '${node.$container.name}' already has ${describe(same)} '${newName}'${lineText(same)}.`);
            }
        } else if (isModel(node.$container)) {
            const here = node.$container.elements.find(other => other !== node && other.name === newName);
            if (here) {
                throw refusal(`This file already has ${describe(here)} '${newName}'${lineText(here)}: names at the top of a file are unique.`);
            }
            const elsewhere = this.workspaceDocuments().flatMap(document => (document.parseResult.value as AstNode & { elements?: AstNode[] }).elements ?? [])
                .find(other => other !== node && other.$type === node.$type && isNamed(other) && other.name === newName);
            if (elsewhere) {
                throw refusal(`${capitalised(describe(elsewhere))} '${newName}' already exists in ${AstUtils.getDocument(elsewhere).uri.path.split('/').pop()}.`);
            }
        }
        if (node.$type === 'Ksb') {
            const ksb = this.documents.all.flatMap(document => AstUtils.streamAllContents(document.parseResult.value)).find(other => other !== node && other.$type === 'Ksb' && isNamed(other) && other.name === newName);
            if (ksb) {
                throw refusal(`A KSB '${newName}' already exists in standard '${(ksb.$container as Named).name}'.`);
            }
        }
        this.refuseCapture(node, newName);
    }

    /**
     * A reference in the projects that see the element, spelled as the new name, must not mean
     * something else; nor may such a project have an element of its own by the new name, which
     * would take the element's references over.
     */
    private refuseCapture(node: Named, newName: string): void {
        const home = projectOf(node);
        const projects = new Set<Project>(home ? [home] : []);
        for (const reference of this.references.findReferences(node, { includeDeclaration: false })) {
            const document = this.documents.getDocument(reference.sourceUri);
            const source = document && this.locator.getAstNode(document.parseResult.value, reference.sourcePath);
            const project = source && (isProject(source) ? source : AstUtils.getContainerOfType(source, isProject));
            if (project) {
                projects.add(project);
            }
        }
        for (const project of projects) {
            for (const element of AstUtils.streamAst(project)) {
                for (const info of AstUtils.streamReferences(element)) {
                    const reference = info.reference;
                    const other = isReference(reference) ? reference.ref : undefined;
                    if (reference.$refText === newName && other && other !== node && this.reflection.isSubtype(node.$type, this.reflection.getReferenceType(info))) {
                        throw refusal(`'${newName}' already refers to ${describe(other)} in project '${project.name}'${lineText(reference.$refNode)}: renaming would change what it refers to.`);
                    }
                }
                if (project !== home && element !== node && isNamed(element) && element.name === newName) {
                    throw refusal(`Project '${project.name}' uses '${node.name}' and has ${describe(element)} '${newName}' of its own${lineText(element)}: its references would move to that one.`);
                }
            }
        }
    }

    /** The element's name and each reference to it; of a qualified reference `project.id`, the id. */
    private itemEdits(node: Named): Map<string, Map<string, Range>> {
        const edits = new Map<string, Map<string, Range>>();
        for (const reference of this.references.findReferences(node, { includeDeclaration: true })) {
            const document = this.documents.getDocument(reference.sourceUri);
            const root = document?.parseResult.value.$cstNode;
            if (!document || !root || reference.sourceUri.scheme === BUILTIN_SCHEME) {
                continue;
            }
            const last = CstUtils.findLeafNodeAtOffset(root, reference.segment.end - 1);
            const range = last && !last.hidden && ID.test(last.text) && last.offset >= reference.segment.offset ? last.range : reference.segment.range;
            addEdit(edits, document.uri.toString(), range);
        }
        return edits;
    }

    /** The project's name and the first part of every qualified reference into it, in every file. */
    private projectEdits(project: Project): Map<string, Map<string, Range>> {
        const edits = new Map<string, Map<string, Range>>();
        const nameNode = this.nameProvider.getNameNode(project);
        if (nameNode) {
            addEdit(edits, AstUtils.getDocument(project).uri.toString(), nameNode.range);
        }
        for (const document of this.workspaceDocuments()) {
            for (const reference of document.references) {
                if (!isReference(reference) || !reference.$refNode) {
                    continue;
                }
                const parts = idLeaves(reference.$refNode);
                if (parts.length < 2) {
                    continue;
                }
                const target = reference.ref;
                const intoProject = target ? projectOf(target) === project : parts[0].text === project.name;
                if (intoProject) {
                    addEdit(edits, document.uri.toString(), parts[0].range);
                }
            }
        }
        return edits;
    }

    private workspaceDocuments(): LangiumDocument[] {
        return this.documents.all.filter(document => document.uri.scheme !== BUILTIN_SCHEME).toArray();
    }
}

function refusal(message: string): ResponseError<void> {
    return new ResponseError(LSPErrorCodes.RequestFailed, message);
}

function isNamed(node: unknown): node is Named {
    return typeof node === 'object' && node !== null && typeof (node as Partial<Named>).name === 'string' && (node as Named).name.length > 0;
}

/** The project an element belongs to; undefined for a project itself and outside projects. */
function projectOf(node: AstNode): Project | undefined {
    return node.$container ? AstUtils.getContainerOfType(node.$container, isProject) : undefined;
}

/** The reference whose text holds the leaf, if the leaf is part of one. */
function referenceAround(leaf: CstNode): Reference | undefined {
    for (const { reference } of AstUtils.streamReferences(leaf.astNode)) {
        const node = reference.$refNode;
        if (isReference(reference) && node && node.offset <= leaf.offset && leaf.end <= node.end) {
            return reference;
        }
    }
    return undefined;
}

/** The ids of a reference's text: one, or the parts of `project.id`. */
function idLeaves(node: CstNode | undefined): CstNode[] {
    return node ? CstUtils.flattenCst(node).filter(leaf => !leaf.hidden && ID.test(leaf.text)).toArray() : [];
}

function addEdit(edits: Map<string, Map<string, Range>>, uri: string, range: Range): void {
    let ranges = edits.get(uri);
    if (!ranges) {
        edits.set(uri, ranges = new Map());
    }
    ranges.set(`${range.start.line}:${range.start.character}`, range);
}

function keywordsOf(grammar: Grammar): ReadonlySet<string> {
    return new Set(AstUtils.streamAllContents(grammar).filter(GrammarAST.isKeyword).map(keyword => keyword.value).filter(value => ID.test(value)));
}

function describe(node: AstNode): string {
    const kind = node.$type === 'Kpi' ? 'KPI' : node.$type === 'Ksb' ? 'KSB'
        : isRisk(node) ? node.kind ?? 'risk' : node.$type.toLowerCase();
    return /^[aeiou]/.test(kind) ? `an ${kind}` : `a ${kind}`;
}

function capitalised(text: string): string {
    return text.charAt(0).toUpperCase() + text.slice(1);
}

function lineText(node: AstNode | CstNode | undefined): string {
    const cst = node && ('$cstNode' in node ? node.$cstNode : node as CstNode);
    const range = cst && 'range' in cst ? cst.range : undefined;
    return range ? ` (line ${range.start.line + 1})` : '';
}
