import { AstUtils, URI, type LangiumDocuments } from 'langium';
import { isModel, isStandard, type Ksb, type Project, type Standard } from '../generated/ast.js';
import { BUILTIN_SCHEME } from '../builtin/builtin-documents.js';
import { ST0310_DUTY_PRACTICE, ST0310_PROJ_MAPPING } from '../builtin/st0310-duty-practice.js';
import type { DutyMapping, KsbEvidence, StandardCatalogue } from '../engine/ksb-coverage.js';
import { planItemsOf } from './plan-items.js';

interface LinksKsbs {
    readonly $type: string;
    readonly name: string;
    readonly title?: string;
    readonly ksbs: ReadonlyArray<{ readonly ref?: Ksb }>;
}

/** What each element is called in coverage tables: the keyword that declares it. */
const ELEMENT_KINDS: Readonly<Record<string, string>> = {
    Project: 'project', Objective: 'objective', Kpi: 'kpi', Stakeholder: 'stakeholder', Phase: 'phase', Task: 'task',
    Milestone: 'milestone', Risk: 'risk', Change: 'change', Issue: 'issue', Lesson: 'lesson', Quality: 'quality',
    Resource: 'resource', Calendar: 'calendar', Tolerance: 'tolerance',
};

/**
 * The elements of a project that can link to KSBs, by kind in source order: the project itself
 * first. The tolerance and the project's default calendar have no name of their own; they are
 * listed by their keyword, `tolerance` and `calendar`, which no id can be.
 */
function linkingElementsOf(project: Project): LinksKsbs[] {
    return [
        { $type: 'Project', name: project.name, title: project.title, ksbs: project.ksbs },
        ...project.tolerance ? [{ $type: 'Tolerance', name: 'tolerance', ksbs: project.tolerance.ksbs }] : [],
        ...project.calendars.map(calendar => ({ $type: 'Calendar', name: calendar.name ?? 'calendar', ksbs: calendar.ksbs })),
        ...project.objectives, ...project.kpis, ...project.resources, ...project.stakeholders, ...planItemsOf(project),
        ...project.risks, ...project.changes, ...project.issues, ...project.lessons, ...project.qualities,
    ];
}

/**
 * Every element of a project that links to a KSB, once per KSB it links to; only the links into
 * `standard` when it is given (two standards may both have a K1): its own KSBs, and those its
 * duties map from another standard.
 */
export function ksbEvidenceOf(project: Project, file?: string, standard?: Standard): KsbEvidence[] {
    const evidence: KsbEvidence[] = [];
    const inStandard = standard && ksbsOf(standard);
    for (const element of linkingElementsOf(project)) {
        const kind = element.$type === 'Risk' && (element as { kind?: string }).kind === 'opportunity' ? 'opportunity' : ELEMENT_KINDS[element.$type] ?? element.$type.toLowerCase();
        const seen = new Set<string>();
        for (const link of element.ksbs) {
            const ksb = link.ref;
            if (ksb && !seen.has(ksb.name) && (inStandard === undefined || inStandard.has(ksb))) {
                seen.add(ksb.name);
                evidence.push({ ksb: ksb.name, id: element.name, kind, title: element.title, project: project.name, file });
            }
        }
    }
    return evidence;
}

/** The standards a project's KSB links resolve into. */
export function standardsLinkedFrom(project: Project): Standard[] {
    const standards = new Set<Standard>();
    for (const element of linkingElementsOf(project)) {
        for (const link of element.ksbs) {
            if (link.ref) {
                standards.add(link.ref.$container);
            }
        }
    }
    return [...standards];
}

/** The built-in ST0310 standard, which plans evidence unless they link to another. */
export function builtinStandard(documents: LangiumDocuments): Standard | undefined {
    const uri = URI.from({ scheme: BUILTIN_SCHEME, path: '/st0310.proj' });
    const model = documents.hasDocument(uri) ? documents.getDocument(uri)?.parseResult.value : undefined;
    return isModel(model) ? model.elements.find(isStandard) : undefined;
}

const catalogues = new WeakMap<Standard, StandardCatalogue>();

/** A standard as plain data for the coverage engine; built once per parse of the standard (the built-in one never changes). */
export function catalogueOf(standard: Standard): StandardCatalogue {
    let catalogue = catalogues.get(standard);
    if (!catalogue) {
        catalogues.set(standard, catalogue = catalogueFrom(standard));
    }
    return catalogue;
}

/**
 * The KSBs of a standard: its own, then those its duties map from another standard. A standard of
 * duties alone (`standard mine { duty D5 "…" { ksb K21 } }`) is a mapping of another's KSBs, and
 * its coverage is of those.
 */
function ksbsOf(standard: Standard): Set<Ksb> {
    const ksbs = new Set<Ksb>(standard.entries);
    for (const duty of standard.duties) {
        duty.ksbs.forEach(link => link.ref && ksbs.add(link.ref));
    }
    return ksbs;
}

function isBuiltin(standard: Standard): boolean {
    return AstUtils.getDocument(standard).uri.scheme === BUILTIN_SCHEME;
}

function catalogueFrom(standard: Standard): StandardCatalogue {
    const builtin = isBuiltin(standard);
    return {
        id: standard.name,
        title: standard.title,
        ksbs: [...ksbsOf(standard)].map(ksb => ({ code: ksb.name, kind: ksb.kind, text: ksb.text })),
        duties: standard.duties.map(duty => ({
            code: duty.name, text: duty.text,
            ksbs: duty.ksbs.flatMap(link => link.ref ? [link.ref.name] : []),
            practice: builtin ? ST0310_DUTY_PRACTICE[duty.name] : undefined,
        })),
        mappings: builtin ? ST0310_PROJ_MAPPING : undefined,
    };
}

/**
 * What other standards map onto `standard`'s duties: for each duty of theirs with the code of one
 * of its duties, the KSBs of `standard` they link to it. A user's `standard my_reading { duty D5
 * "…" { ksb K21 S12 } }` so adds K21 and S12 to ST0310's duty D5.
 */
export function dutyMappingsOnto(standard: Standard, others: readonly Standard[]): DutyMapping[] {
    const codes = new Set(standard.duties.map(duty => duty.name));
    const own = new Set(standard.entries);
    return others.filter(other => other !== standard).flatMap(other => other.duties
        .filter(duty => codes.has(duty.name))
        .map(duty => ({
            source: other.name, duty: duty.name,
            ksbs: duty.ksbs.flatMap(link => link.ref && own.has(link.ref) ? [link.ref.name] : []),
        }))
        .filter(mapping => mapping.ksbs.length > 0));
}

/** Every standard in the workspace: the built-in one and those plans define. */
export function workspaceStandards(documents: LangiumDocuments): Standard[] {
    return documents.all
        .flatMap(document => {
            const model = document.parseResult.value;
            return isModel(model) ? model.elements.filter(isStandard) : [];
        })
        .toArray();
}
