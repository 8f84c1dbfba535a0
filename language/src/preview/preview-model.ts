import { AstUtils, type LangiumDocument } from 'langium';
import { isCalendar, isProject, type Model, type Project, type Standard } from '../generated/ast.js';
import { ganttChart } from '../engine/mermaid/gantt-chart.js';
import { networkChart } from '../engine/mermaid/network-chart.js';
import { headerNodeOf, planItemsOf } from '../planning/plan-items.js';
import type { ProgrammeOutcome, ProjectSchedules } from '../planning/project-schedules.js';
import type { ScheduleRisks } from '../planning/schedule-risk-of.js';
import { dependencyKey, PREVIEW_PARTS, type LocatedRange, type LocateTarget, type PreviewModel, type ProgrammePreview, type PreviewParams, type PreviewPart, type SourcePosition } from './preview-protocol.js';
import { elsewhereWorkOf } from '../planning/elsewhere-work.js';
import { programmeGanttChart } from '../engine/mermaid/programme-chart.js';
import { programmeViewOfProjects } from '../planning/programme-of.js';
import type { Programmes } from '../planning/programmes.js';
import { baselineViewOf } from './baseline-view.js';
import { budgetViewOf, ksbViewOf, risksViewOf, stakeholdersViewOf } from './register-views.js';
import { resourcesViewOf } from './resources-view.js';
import { NOT_ANALYSED_YET, scheduleRiskViewOf, type AnalysisOptions } from './schedule-risk-view.js';

export interface PreviewSources {
    /** The KSB coverage is of the standard the plan links to, else of this one. */
    readonly defaultStandard?: Standard;
    /** The schedule risk analysis is there when this is given (the server's cache). */
    readonly scheduleRisks?: ScheduleRisks;
    readonly analysis?: AnalysisOptions;
    /** With the programmes, the Gantt shows the work of other plans linked with this one. */
    readonly programmes?: Programmes;
}

/**
 * The preview of the first project of a validated document, the parts asked for (all unless
 * `params.parts` says): its charts as Mermaid text and its registers. A part left out (not asked
 * for, or an analysis not run yet) is left out of `parts`, so the preview keeps the last it had.
 */
export function previewModelOf(document: LangiumDocument<Model>, schedules: ProjectSchedules, params: Omit<PreviewParams, 'uri'>, sources: PreviewSources = {}): PreviewModel {
    const uri = document.uri.toString();
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
    const project = document.parseResult.value.elements.find(isProject);
    if (!project) {
        return { uri, errors, message: 'This file has no project to preview.', locations: {} };
    }
    const plan = schedules.planOf(project);
    const schedule = schedules.scheduleOf(project);
    if (errors > 0 || !plan || !schedule) {
        return {
            uri, errors, locations: {},
            message: errors > 0 ? undefined : schedules.problemOf(project) ?? `Project '${project.name}' has no start date: add one, such as 'start 2027-01-04', to see its schedule.`,
        };
    }
    const wanted = new Set(params.parts ?? PREVIEW_PARTS);
    const made: { -readonly [Part in PreviewPart]?: PreviewModel[Part] } = {};
    const make = <Part extends PreviewPart>(part: Part, build: () => PreviewModel[Part] | typeof NOT_ANALYSED_YET): void => {
        if (wanted.has(part)) {
            const value = build();
            if (value === NOT_ANALYSED_YET) {
                wanted.delete(part);
            } else if (value !== undefined) {
                made[part] = value;
            }
        }
    };
    const baseline = schedules.baselineComparisonOf(project);
    make('gantt', () => {
        const elsewhere = sources.programmes && elsewhereWorkOf(project, schedules, sources.programmes);
        const gantt = ganttChart(plan, schedule, { collapseAbove: params.collapseGanttAbove, expandedPhase: params.expandedPhase, folded: params.folded, baseline, elsewhere });
        return {
            mermaid: gantt.mermaid, collapsed: gantt.collapsed, rows: gantt.rows, links: gantt.links, phases: gantt.phases, expandedPhase: params.expandedPhase,
            ...(baseline ? { baseline: baseline.source.revision } : {}),
        };
    });
    make('network', () => networkChart(plan, schedule, { criticalOnly: params.criticalOnly, maxNodes: params.maxNetworkNodes }));
    make('budget', () => budgetViewOf(project, schedules));
    make('risks', () => risksViewOf(project, schedules));
    make('stakeholders', () => stakeholdersViewOf(project));
    make('ksb', () => ksbViewOf(project, sources.defaultStandard));
    make('resources', () => resourcesViewOf(project, schedules));
    make('baseline', () => baselineViewOf(document, project, baseline, schedule));
    const programme = sources.programmes && schedules.programmeOf(project);
    if (programme) {
        make('programme', () => programmePreviewOf(programme, sources.programmes!.membersOf(project), schedules));
    }
    if (sources.scheduleRisks) {
        const scheduleRisks = sources.scheduleRisks;
        make('scheduleRisk', () => scheduleRiskViewOf(project, schedules, scheduleRisks, sources.analysis));
    }
    return {
        uri, errors, locations: locationsOf(project),
        project: { id: project.name, title: project.title, start: schedule.start, finish: schedule.finish, status: plan.status },
        ...made,
        ...(wanted.size < PREVIEW_PARTS.length ? { parts: PREVIEW_PARTS.filter(part => wanted.has(part)) } : {}),
    };
}

/** Each programme's preview, made once per scheduling of it, whichever of its plans is on show. */
const programmePreviews = new WeakMap<ProgrammeOutcome, ProgrammePreview | undefined>();

function programmePreviewOf(programme: ProgrammeOutcome, members: readonly Project[], schedules: ProjectSchedules): ProgrammePreview | undefined {
    if (!programmePreviews.has(programme)) {
        const { view } = programmeViewOfProjects(members, schedules);
        programmePreviews.set(programme, view && { view, gantt: programmeGanttChart(view) });
    }
    return programmePreviews.get(programme);
}

/**
 * Where a preview's click leads in the first project of a document: the name of the element with
 * id `id`, or a dependency (an arrow of the Gantt) by its `dependencyKey`; with the programmes,
 * work of another plan of the project's programme (`alpha.done`) in that plan's file. Asked for
 * on the click rather than sent with every preview.
 */
export function sourceRangeOf(document: LangiumDocument<Model>, target: LocateTarget, programmes?: Programmes): LocatedRange | undefined {
    const project = document.parseResult.value.elements.find(isProject);
    if (!project) {
        return undefined;
    }
    const dot = target.id?.indexOf('.') ?? -1;
    const otherProject = target.id !== undefined && programmes?.membersOf(project).find(member => member !== project && member.name === (dot > 0 ? target.id!.slice(0, dot) : target.id));
    if (target.id !== undefined && otherProject) {
        // Work of another plan (`alpha.done`), or another plan of the programme (`alpha`).
        const id = dot > 0 ? target.id.slice(dot + 1) : otherProject.name;
        const start = locationsOf(otherProject)[id];
        return start && { uri: AstUtils.getDocument(otherProject).uri.toString(), start, end: { line: start.line, character: start.character + id.length } };
    }
    if (target.dependency !== undefined) {
        // A phase's links too: they hold the work inside it.
        const item = planItemsOf(project).find(candidate => target.dependency!.startsWith(`${candidate.name}#`));
        const index = item ? Number(target.dependency.slice(item.name.length + 1)) : NaN;
        const range = item && dependencyKey({ item: item.name, index }) === target.dependency ? item.dependencies[index]?.$cstNode?.range : undefined;
        return range && { start: range.start, end: range.end };
    }
    const start = target.id === undefined ? undefined : locationsOf(project)[target.id];
    return start && { start, end: { line: start.line, character: start.character + target.id!.length } };
}

/** Where each id is declared: its first declaration, if a duplicate id (an error) repeats it. */
function locationsOf(project: Project): Record<string, SourcePosition> {
    const locations: Record<string, SourcePosition> = {};
    const named = [
        project, ...planItemsOf(project), ...project.risks, ...project.issues, ...project.changes, ...project.stakeholders,
        ...project.resources, ...project.qualities, ...project.lessons, ...project.objectives, ...project.kpis,
    ];
    for (const element of named) {
        const name = headerNodeOf(element, 'name');
        if (name && !(element.name in locations)) {
            locations[element.name] = name.range.start;
        }
    }
    // What KSB evidence names besides ids: named calendars, and by their keyword the tolerance and the default calendar.
    for (const element of [...project.calendars, ...project.tolerance ? [project.tolerance] : []]) {
        const id = isCalendar(element) && element.name ? element.name : isCalendar(element) ? 'calendar' : 'tolerance';
        const start = element.$cstNode?.range.start;
        if (start && !(id in locations)) {
            locations[id] = start;
        }
    }
    return locations;
}
