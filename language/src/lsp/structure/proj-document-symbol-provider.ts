import type { AstNode, DocumentBuilder, LangiumDocument, LangiumDocuments } from 'langium';
import { Cancellation, DocumentState, isOperationCancelled, OperationCancelled } from 'langium';
import type { DocumentSymbolProvider, NodeKindProvider } from 'langium/lsp';
import type { DocumentSymbol, DocumentSymbolParams } from 'vscode-languageserver';
import { isKsb, isModel, isMilestone, isPhase, isProject, isRisk, isStandard, type Milestone, type Phase, type Project, type Standard, type Task } from '../../generated/ast.js';
import type { ProjectSchedules } from '../../planning/project-schedules.js';
import { shortDate } from '../../planning/schedule-text.js';
import type { ProjServices } from '../../proj-module.js';
import { GROUP_SYMBOL_KIND } from './proj-element-kinds.js';
import { comparePositions, firstTokenOf, nameNodeOf, nameOf, nodes, projectRegisters, rangeContains, standardGroups } from './proj-named-elements.js';

/** Long KSB statements and duties are cut to this many characters in the outline. */
const DETAIL_LENGTH = 80;

/** How long the outline waits for a plan being built to be linked, for its dates, before it does without. */
const LINK_WAIT_MS = 5_000;

/**
 * The outline (and so the breadcrumbs): each project with its plan as written, phases holding their
 * tasks and milestones, the calendars and tolerance beside them, and then one group per register
 * ("Resources", "Stakeholders", "Risks", ...). A symbol's detail is its title; a task's, milestone's
 * or phase's also its computed dates (once the plan is linked). The built-in standard groups its
 * KSBs by knowledge, skills and behaviours, and its duties. Symbol kinds: proj-element-kinds.ts.
 *
 * Groups come after the plan in each list, so that where a register is split around some work the
 * work still wins the breadcrumbs.
 */
export class ProjDocumentSymbolProvider implements DocumentSymbolProvider {
    private readonly nodeKinds: NodeKindProvider;
    private readonly schedules: ProjectSchedules;
    private readonly documents: LangiumDocuments;
    private readonly builder: DocumentBuilder;

    constructor(services: ProjServices) {
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
        this.schedules = services.planning.ProjectSchedules;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.builder = services.shared.workspace.DocumentBuilder;
    }

    async getSymbols(document: LangiumDocument, _params?: DocumentSymbolParams, cancelToken = Cancellation.CancellationToken.None): Promise<DocumentSymbol[]> {
        const withDates = await this.linked(document, cancelToken);
        const model = document.parseResult?.value;
        if (!isModel(model)) {
            return [];
        }
        return nodes(model.elements).flatMap(element => {
            const symbol = isProject(element) ? this.projectSymbol(element, withDates)
                : isStandard(element) ? this.standardSymbol(element)
                : this.symbolOf(element, titleOf(element));
            return symbol ? [symbol] : [];
        });
    }

    /**
     * Whether the document is linked, so that its schedule can be read. Langium asks for the outline
     * once a document is parsed; resolving its references before the linker does would fix them
     * unresolved, so the outline waits (a little) for a build under way to link the document.
     */
    private async linked(document: LangiumDocument, cancelToken: Cancellation.CancellationToken): Promise<boolean> {
        if (document.state >= DocumentState.Linked) {
            return true;
        }
        if (!this.documents.hasDocument(document.uri)) {
            return false;
        }
        let timer: NodeJS.Timeout | undefined;
        const outcome = await Promise.race([
            this.builder.waitUntil(DocumentState.Linked, document.uri, cancelToken)
                .then(() => 'linked', (error: unknown) => isOperationCancelled(error) ? 'cancelled' : 'failed'),
            new Promise<'timeout'>(resolve => {
                timer = setTimeout(() => resolve('timeout'), LINK_WAIT_MS);
            }),
        ]);
        clearTimeout(timer);
        if (outcome === 'cancelled') {
            throw OperationCancelled;
        }
        return document.state >= DocumentState.Linked;
    }

    private projectSymbol(project: Project, withDates: boolean): DocumentSymbol | undefined {
        const settings = [...(project.tolerance ? [project.tolerance] : []), ...nodes(project.calendars)]
            .map(node => this.symbolOf(node));
        const work = nodes(project.items).map(item => this.workSymbol(item, project, withDates));
        const groups = projectRegisters(project).map(([name, members]) => groupSymbol(name, members.map(member => this.symbolOf(member, titleOf(member)))));
        return this.symbolOf(project, project.title, [...inSourceOrder([...settings, ...work]), ...present(groups)]);
    }

    private workSymbol(item: Phase | Task | Milestone, project: Project, withDates: boolean): DocumentSymbol | undefined {
        const children = isPhase(item) ? nodes(item.items).map(child => this.workSymbol(child, project, withDates)) : [];
        return this.symbolOf(item, this.workDetail(item, project, withDates), children);
    }

    private workDetail(item: Phase | Task | Milestone, project: Project, withDates: boolean): string | undefined {
        const scheduled = withDates && nameOf(item) ? this.schedules.scheduledItemOf(project, item.name) : undefined;
        const when = !scheduled ? undefined
            : isMilestone(item) || scheduled.kind === 'milestone' ? `◆ ${dayAndMonth(scheduled.start)}`
            : `${dayAndMonth(scheduled.start)} → ${dayAndMonth(scheduled.finish)}`;
        return [item.title, when].filter(Boolean).join(' · ') || undefined;
    }

    private standardSymbol(standard: Standard): DocumentSymbol | undefined {
        const groups = standardGroups(standard).map(([name, members]) => groupSymbol(name, members.map(member => this.symbolOf(member, shorten((member as { text?: string }).text)))));
        return this.symbolOf(standard, standard.title, present(groups));
    }

    /** The node's symbol, named by its id (or, without one yet, by its keyword); none without text. */
    private symbolOf(node: AstNode, detail?: string, children: Array<DocumentSymbol | undefined> = []): DocumentSymbol | undefined {
        const cst = node.$cstNode;
        if (!cst) {
            return undefined;
        }
        const range = cst.range;
        const header = nameNodeOf(node) ?? firstTokenOf(cst);
        const selectionRange = header && rangeContains(range, header.range) ? header.range : range;
        const inside = present(children).filter(child => rangeContains(range, child.range));
        return {
            name: nameOf(node) ?? keywordOf(node),
            detail: detail || undefined,
            kind: this.nodeKinds.getSymbolKind(node),
            range,
            selectionRange,
            ...(inside.length > 0 ? { children: inside } : {}),
        };
    }
}

/** A register's entries under one symbol that spans them all; none for an empty register. */
function groupSymbol(name: string, members: Array<DocumentSymbol | undefined>): DocumentSymbol | undefined {
    const children = inSourceOrder(members);
    if (children.length === 0) {
        return undefined;
    }
    const end = children.map(child => child.range.end).reduce((last, next) => comparePositions(next, last) > 0 ? next : last);
    return {
        name,
        detail: String(children.length),
        kind: GROUP_SYMBOL_KIND,
        range: { start: children[0].range.start, end },
        selectionRange: children[0].selectionRange,
        children,
    };
}

function inSourceOrder(symbols: Array<DocumentSymbol | undefined>): DocumentSymbol[] {
    return present(symbols).sort((a, b) => comparePositions(a.range.start, b.range.start));
}

function present(symbols: Array<DocumentSymbol | undefined>): DocumentSymbol[] {
    return symbols.filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
}

function titleOf(node: AstNode): string | undefined {
    const title = (node as { title?: unknown }).title;
    return typeof title === 'string' ? title : undefined;
}

/** What an element without an id yet is called: its keyword (`calendar`, `opportunity`, `skill`). */
function keywordOf(node: AstNode): string {
    if ((isRisk(node) || isKsb(node)) && node.kind) {
        return node.kind;
    }
    return node.$type.toLowerCase();
}

/** `4 Jan`, as the inlay hints show dates; remembered, as a plan has far fewer dates than items. */
const shortDates = new Map<string, string>();
function dayAndMonth(date: string): string {
    let text = shortDates.get(date);
    if (text === undefined) {
        if (shortDates.size > 10_000) {
            shortDates.clear();
        }
        shortDates.set(date, text = shortDate(date));
    }
    return text;
}

function shorten(text: string | undefined): string | undefined {
    if (!text || text.length <= DETAIL_LENGTH) {
        return text;
    }
    const cut = text.slice(0, DETAIL_LENGTH - 1);
    const space = cut.lastIndexOf(' ');
    return `${(space > DETAIL_LENGTH / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}
