import { AstUtils, DocumentState, isCompositeCstNode, isReference, type AstNode, type AstNodeDescription, type AstNodeLocator, type IndexManager, type LangiumDocuments, type Reference, type ReferenceInfo, type ScopeProvider } from 'langium';
import type { CompletionValueItem, FuzzyMatcher, NodeKindProvider } from 'langium/lsp';
import type { Range } from 'vscode-languageserver';
import {
    isCalendar, isKsb, isMilestone, isPhase, isProject, isResource, isStakeholder, isTask,
    type Calendar, type Ksb, type Milestone, type Phase, type PlanItem, type Project, type Resource, type Stakeholder, type Task,
} from '../../generated/ast.js';
import { daysFigure, workingDaysText } from '../../engine/figure-text.js';
import { planItemsOf } from '../../planning/plan-items.js';
import type { ProjectSchedules } from '../../planning/project-schedules.js';
import { longDate } from '../../planning/schedule-text.js';
import type { ProjServices } from '../../proj-module.js';
import { bracesOf } from './statement-prefix.js';

/**
 * At most this many ids in one answer. The list is marked incomplete, so the editor asks again as
 * the user types and the nearest matches come back: a 10,000-task plan does not send 10,000 items.
 */
export const MAX_REFERENCE_ITEMS = 100;

/** Below this many plan items a project is scheduled for completion's dates even before validation has done it. */
const SCHEDULE_FOR_DATES_BELOW = 1000;

/** A reference being completed. */
export interface ReferencePlace {
    /** What the scope provider is asked about: the reference's property on its (possibly new) node. */
    readonly info: ReferenceInfo;
    readonly type: string;
    /** The AST node of the token before the cursor (real, unlike `info.container` for a new dependency). */
    readonly node: AstNode;
    /** What has been typed of the name, `project.id` included. */
    readonly typed: string;
    /** What an item replaces: the typed name. */
    readonly range: Range;
    readonly start: number;
    readonly offset: number;
}

interface Candidate {
    readonly label: string;
    readonly node: AstNode;
}

/**
 * The ids a reference can take, as the scope provider sees them, each with its kind as detail and
 * its title and what matters about it as documentation: tasks, milestones and phases with their
 * computed dates, never the item itself nor one already listed, nearest first, and `project.id`
 * for the work of other projects; resources and stakeholders; objectives; KSB codes in the
 * standard's order with their text, found by code or by words of the text.
 */
export class ReferenceItems {
    private readonly scopeProvider: ScopeProvider;
    private readonly indexManager: IndexManager;
    private readonly documents: LangiumDocuments;
    private readonly locator: AstNodeLocator;
    private readonly schedules: ProjectSchedules;
    private readonly nodeKinds: NodeKindProvider;
    private readonly fuzzy: FuzzyMatcher;
    private readonly itemCounts = new WeakMap<Project, number>();

    constructor(services: ProjServices) {
        this.scopeProvider = services.references.ScopeProvider;
        this.indexManager = services.shared.workspace.IndexManager;
        this.documents = services.shared.workspace.LangiumDocuments;
        this.locator = services.workspace.AstNodeLocator;
        this.schedules = services.planning.ProjectSchedules;
        this.nodeKinds = services.shared.lsp.NodeKindProvider;
        this.fuzzy = services.shared.lsp.FuzzyMatcher;
    }

    items(place: ReferencePlace): CompletionValueItem[] {
        switch (place.type) {
            case 'PlanItem': return this.planItems(place);
            case 'Ksb': return this.ksbItems(place);
            default: return this.namedItems(place);
        }
    }

    // ---- Tasks, milestones and phases -------------------------------------------------------------

    private planItems(place: ReferencePlace): CompletionValueItem[] {
        const project = AstUtils.getContainerOfType(place.node, isProject);
        const excluded = place.info.property === 'predecessor' ? this.itemAndItsPhases(place) : new Set<AstNode>();
        const listed = namedAlready(place);
        const candidates: Candidate[] = [];
        const typed = place.typed;
        const dot = typed.indexOf('.');
        if (dot < 0) {
            // The project's own work, in source order (the order of its symbols), so the cursor's
            // place among them is found by a binary search. Nearest first, those above the cursor
            // before those below, and what starts with the typed text before what only matches it:
            // on a large plan the walk stops at MAX_REFERENCE_ITEMS, a few steps from the cursor.
            const descriptions = this.scopeProvider.getScope(place.info).getAllElements().toArray();
            const cursor = indexAtOffset(descriptions, place.offset);
            const lower = typed.toLowerCase();
            for (const startsWithTyped of typed ? [true, false] : [true]) {
                for (let step = 0; step < descriptions.length && candidates.length < MAX_REFERENCE_ITEMS; step++) {
                    const description = descriptions[step < cursor ? cursor - 1 - step : step];
                    const name = description.name;
                    const node = description.node;
                    if (!node || excluded.has(node) || listed.has(name)
                        || (typed && (name.toLowerCase().startsWith(lower) !== startsWithTyped || !this.fuzzy.match(typed, name)))) {
                        continue;
                    }
                    candidates.push({ label: name, node });
                }
            }
        }
        // Then `project.id` for the work of other projects, in their order.
        const qualifier = dot < 0 ? undefined : typed.slice(0, dot);
        for (const other of this.projects()) {
            if ((qualifier === undefined && other === project) || (qualifier !== undefined && other.name !== qualifier)) {
                continue;
            }
            for (const item of planItemsOf(other)) {
                if (candidates.length >= MAX_REFERENCE_ITEMS) {
                    break;
                }
                const label = `${other.name}.${item.name}`;
                if (item.name && !excluded.has(item) && !listed.has(label) && this.fuzzy.match(typed, label)) {
                    candidates.push({ label, node: item });
                }
            }
        }
        return candidates.map((candidate, index) => this.planItem(candidate, index, place, AstUtils.getContainerOfType(candidate.node, isProject) !== project));
    }

    private planItem(candidate: Candidate, index: number, place: ReferencePlace, otherProject: boolean): CompletionValueItem {
        const item = candidate.node as PlanItem;
        const kind = isTask(item) ? 'task' : isMilestone(item) ? 'milestone' : 'phase';
        const project = AstUtils.getContainerOfType(item, isProject);
        const documentation = [item.title && `**${item.title}**`, project && this.datesOf(project, item)].filter(Boolean).join('\n\n');
        return {
            label: candidate.label,
            kind: this.nodeKinds.getCompletionItemKind(item),
            detail: otherProject && project ? `${kind} of project ${project.name}` : kind,
            labelDetails: item.title ? { description: item.title } : undefined,
            documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
            sortText: sortText(index),
            textEdit: { range: place.range, newText: candidate.label },
        };
    }

    /** The item's computed dates and float, when its project's schedule is at hand or cheap to compute. */
    private datesOf(project: Project, item: Task | Milestone | Phase): string | undefined {
        if (AstUtils.getDocument(project).state < DocumentState.Validated && this.itemCount(project) >= SCHEDULE_FOR_DATES_BELOW) {
            return undefined;
        }
        try {
            const scheduled = this.schedules.scheduledItemOf(project, item.name);
            if (!scheduled) {
                return undefined;
            }
            const float = scheduled.critical ? 'critical' : `float ${daysFigure(scheduled.totalFloat)}`;
            return scheduled.kind === 'milestone'
                ? `${longDate(scheduled.start)} · ${float}`
                : `${longDate(scheduled.start)} → ${longDate(scheduled.finish)} · ${workingDaysText(this.schedules.shownDurationOf(project, scheduled))} · ${float}`;
        } catch {
            // A plan the engine cannot take yet (it is being typed) has no dates to show.
            return undefined;
        }
    }

    private itemCount(project: Project): number {
        let count = this.itemCounts.get(project);
        if (count === undefined) {
            this.itemCounts.set(project, count = planItemsOf(project).length);
        }
        return count;
    }

    /** The task, milestone or phase the cursor is in, and the phases around it: none of them can be its predecessor. */
    private itemAndItsPhases(place: ReferencePlace): Set<AstNode> {
        const excluded = new Set<AstNode>();
        for (let node: AstNode | undefined = place.node; node; node = node.$container) {
            if ((isTask(node) || isMilestone(node) || isPhase(node)) && (excluded.size > 0 || contains(node, place.start))) {
                excluded.add(node);
            }
        }
        return excluded;
    }

    /** Every project in the workspace, this file's included. */
    private *projects(): Generator<Project> {
        for (const description of this.indexManager.allElements('Project')) {
            const node = description.node ?? this.resolve(description);
            if (isProject(node)) {
                yield node;
            }
        }
    }

    private resolve(description: AstNodeDescription): AstNode | undefined {
        const document = this.documents.hasDocument(description.documentUri) ? this.documents.getDocument(description.documentUri) : undefined;
        return document && this.locator.getAstNode(document.parseResult.value, description.path);
    }

    // ---- Resources, stakeholders, objectives ------------------------------------------------------

    private namedItems(place: ReferencePlace): CompletionValueItem[] {
        const listed = namedAlready(place);
        const seen = new Set<string>();
        const candidates: Candidate[] = [];
        for (const description of this.scopeProvider.getScope(place.info).getAllElements()) {
            const node = description.node;
            if (!node || seen.has(description.name) || listed.has(description.name)) {
                continue;
            }
            seen.add(description.name);
            if (this.fuzzy.match(place.typed, description.name)) {
                candidates.push({ label: description.name, node });
            }
        }
        return candidates.slice(0, MAX_REFERENCE_ITEMS).map(({ label, node }, index) => {
            const documentation = [titleOf(node) && `**${titleOf(node)}**`, factsOf(node)].filter(Boolean).join('\n\n');
            return {
                label,
                kind: this.nodeKinds.getCompletionItemKind(node),
                detail: node.$type.toLowerCase(),
                labelDetails: titleOf(node) ? { description: titleOf(node) } : undefined,
                documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
                sortText: sortText(index),
                textEdit: { range: place.range, newText: label },
            };
        });
    }

    // ---- KSB codes --------------------------------------------------------------------------------

    private ksbItems(place: ReferencePlace): CompletionValueItem[] {
        const listed = namedAlready(place);
        const seen = new Set<string>();
        const found: Ksb[] = [];
        for (const description of this.scopeProvider.getScope(place.info).getAllElements()) {
            const ksb = description.node;
            if (isKsb(ksb) && !seen.has(ksb.name) && !listed.has(ksb.name) && this.ksbMatches(place.typed, ksb)) {
                seen.add(ksb.name);
                found.push(ksb);
            }
        }
        return found.map(ksb => ({
            label: ksb.name,
            kind: this.nodeKinds.getCompletionItemKind(ksb),
            detail: ksb.kind,
            labelDetails: { description: ksb.text },
            documentation: { kind: 'markdown' as const, value: `${ksb.text}\n\n*${ksb.kind} · ${ksb.$container.name}${ksb.$container.title ? ` ${ksb.$container.title}` : ''}*` },
            // K2 before K10: the standard's order, knowledge, skills, behaviours.
            sortText: `0${naturalKey(ksb)}`,
            // Found by its words as well as its code.
            filterText: `${ksb.name} ${ksb.text}`,
            textEdit: { range: place.range, newText: ksb.name },
        }));
    }

    /** A code matches as an id does; the text when one of its words starts with what is typed. */
    private ksbMatches(typed: string, ksb: Ksb): boolean {
        if (this.fuzzy.match(typed, ksb.name)) {
            return true;
        }
        // Words from three letters: `B` means B1 to B5, not every statement with a word in b.
        const words = typed.toLowerCase();
        return /^[a-z]{3,}$/.test(words) && (ksb.text ?? '').toLowerCase().split(/[^a-z]+/).some(word => word.startsWith(words));
    }
}

const KSB_KINDS = ['knowledge', 'skill', 'behaviour'];

function naturalKey(ksb: Ksb): string {
    const rank = KSB_KINDS.indexOf(ksb.kind);
    return `${rank < 0 ? 9 : rank}${ksb.name.replace(/\d+/g, digits => digits.padStart(4, '0'))}`;
}

function sortText(index: number): string {
    return `0${String(index).padStart(4, '0')}`;
}

/** How many of the descriptions (in source order) start before `offset`. */
function indexAtOffset(descriptions: readonly AstNodeDescription[], offset: number): number {
    let low = 0;
    let high = descriptions.length;
    while (low < high) {
        const middle = (low + high) >> 1;
        const start = descriptions[middle].node?.$cstNode?.offset;
        if (start !== undefined && start < offset) {
            low = middle + 1;
        } else {
            high = middle;
        }
    }
    return low;
}

/** Whether the cursor is inside the element: after its start, and before its closing brace if it has one. */
function contains(node: AstNode, offset: number): boolean {
    const cst = node.$cstNode;
    if (!cst || cst.offset >= offset) {
        return false;
    }
    const close = isCompositeCstNode(cst) ? bracesOf(cst)?.close : undefined;
    return close ? offset <= close.offset : true;
}

/**
 * The names the same list already holds, other than the one being typed: `after a, |` does not
 * offer `a` again, nor `ksb K1 |` K1.
 */
function namedAlready(place: ReferencePlace): Set<string> {
    const references: Reference[] = [];
    const property = place.info.property;
    const container = place.info.container;
    if (container.$type === 'Dependency' || container.$type === 'Assignment') {
        const work = AstUtils.getContainerOfType(place.node, (node): node is Task | Milestone => isTask(node) || isMilestone(node));
        for (const entry of (container.$type === 'Dependency' ? work?.dependencies : work?.assignments) ?? []) {
            const reference = (entry as unknown as Record<string, unknown>)[property];
            if (isReference(reference)) {
                references.push(reference);
            }
        }
    } else {
        for (let node: AstNode | undefined = container; node; node = node.$container) {
            const list = (node as unknown as Record<string, unknown>)[property];
            if (Array.isArray(list)) {
                references.push(...list.filter(isReference));
                break;
            }
        }
    }
    const names = new Set<string>();
    for (const reference of references) {
        const cst = reference.$refNode;
        if (cst && (cst.end < place.start || cst.offset > place.offset)) {
            names.add(reference.$refText);
        }
    }
    return names;
}

function titleOf(node: AstNode): string | undefined {
    const title = (node as { title?: unknown }).title;
    return typeof title === 'string' && title.length > 0 ? title : undefined;
}

/** A resource's role and rate, a stakeholder's place on the grid, a calendar's week and holidays. */
function factsOf(node: AstNode): string | undefined {
    if (isResource(node)) {
        return resourceFacts(node);
    }
    if (isCalendar(node)) {
        return calendarFacts(node);
    }
    if (isStakeholder(node)) {
        return stakeholderFacts(node);
    }
    return undefined;
}

function resourceFacts(resource: Resource): string | undefined {
    const facts = [
        resource.role,
        resource.rate !== undefined ? `rate ${resource.rate}/${resource.per ?? 'd'}` : undefined,
        resource.units !== undefined ? `${resource.units} units` : undefined,
    ].filter(Boolean);
    return facts.length > 0 ? facts.join(' · ') : undefined;
}

function calendarFacts(calendar: Calendar): string {
    const holidays = calendar.holidays.length;
    return [
        `workdays ${(calendar.workdays.length > 0 ? calendar.workdays : ['mon', 'tue', 'wed', 'thu', 'fri']).join(' ')}`,
        holidays > 0 ? `${holidays} ${holidays === 1 ? 'holiday' : 'holidays'}` : undefined,
    ].filter(Boolean).join(' · ');
}

function stakeholderFacts(stakeholder: Stakeholder): string | undefined {
    const facts = [
        stakeholder.power && `power ${stakeholder.power}`,
        stakeholder.interest && `interest ${stakeholder.interest}`,
        stakeholder.engage,
    ].filter(Boolean);
    return facts.length > 0 ? facts.join(' · ') : undefined;
}
