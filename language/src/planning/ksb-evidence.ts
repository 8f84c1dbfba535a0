import { URI, type LangiumDocuments } from 'langium';
import { isModel, isStandard, type Ksb, type Project, type Standard } from '../generated/ast.js';
import { BUILTIN_SCHEME } from '../builtin/builtin-documents.js';
import type { KsbEvidence, StandardCatalogue } from '../engine/ksb-coverage.js';
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
};

/** The elements of a project that can link to KSBs, by kind in source order. */
function linkingElementsOf(project: Project): LinksKsbs[] {
    return [
        ...project.objectives, ...project.kpis, ...project.stakeholders, ...planItemsOf(project),
        ...project.risks, ...project.changes, ...project.issues, ...project.lessons, ...project.qualities,
    ];
}

/**
 * Every element of a project that links to a KSB, once per KSB it links to; only the links into
 * `standard` when it is given (two standards may both have a K1).
 */
export function ksbEvidenceOf(project: Project, file?: string, standard?: Standard): KsbEvidence[] {
    const evidence: KsbEvidence[] = [];
    for (const element of linkingElementsOf(project)) {
        const kind = element.$type === 'Risk' && (element as { kind?: string }).kind === 'opportunity' ? 'opportunity' : ELEMENT_KINDS[element.$type] ?? element.$type.toLowerCase();
        const seen = new Set<string>();
        for (const link of element.ksbs) {
            const ksb = link.ref;
            if (ksb && !seen.has(ksb.name) && (standard === undefined || ksb.$container === standard)) {
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

function catalogueFrom(standard: Standard): StandardCatalogue {
    return {
        id: standard.name,
        title: standard.title,
        ksbs: standard.entries.map(ksb => ({ code: ksb.name, kind: ksb.kind, text: ksb.text })),
        duties: standard.duties.map(duty => ({
            code: duty.name, text: duty.text,
            ksbs: duty.ksbs.flatMap(link => link.ref ? [link.ref.name] : []),
        })),
    };
}
