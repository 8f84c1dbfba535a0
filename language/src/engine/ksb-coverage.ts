// KSB coverage: for every knowledge, skill and behaviour of a standard, the plan elements that
// evidence it, grouped by the standard's duties so that an apprentice sees which duties their
// plans speak to and where the gaps are.

export type KsbKind = 'knowledge' | 'skill' | 'behaviour';

export interface KsbDefinition {
    readonly code: string;
    readonly kind: KsbKind;
    readonly text: string;
}

export interface DutyDefinition {
    readonly code: string;
    readonly text: string;
    /** The KSBs the standard maps to this duty. */
    readonly ksbs: readonly string[];
}

export interface StandardCatalogue {
    readonly id: string;
    readonly title?: string;
    readonly ksbs: readonly KsbDefinition[];
    readonly duties: readonly DutyDefinition[];
}

/** One plan element that links to a KSB with `ksb K21`. */
export interface KsbEvidence {
    readonly ksb: string;
    /** The element's id and what it is: a task, risk, stakeholder, lesson... */
    readonly id: string;
    readonly kind: string;
    readonly title?: string;
    /** The project it belongs to, and its file, when coverage spans several plans. */
    readonly project?: string;
    readonly file?: string;
}

export interface KsbCoverageEntry extends KsbDefinition {
    readonly evidence: readonly KsbEvidence[];
}

export interface KsbCoverageGroup {
    /** The duty; absent for the group of KSBs the standard maps to no duty. */
    readonly duty?: Omit<DutyDefinition, 'ksbs'>;
    readonly title: string;
    readonly codes: readonly string[];
    readonly covered: number;
}

export interface KsbCoverage {
    readonly standard: { readonly id: string; readonly title?: string };
    /** Every KSB of the standard in its order: knowledge, skills, behaviours. */
    readonly entries: readonly KsbCoverageEntry[];
    readonly groups: readonly KsbCoverageGroup[];
    readonly covered: number;
    readonly total: number;
}

const KIND_TITLES: Readonly<Record<KsbKind, string>> = {
    knowledge: 'Knowledge', skill: 'Skills', behaviour: 'Behaviours',
};

/**
 * Coverage of a standard by the evidence. Duties that map KSBs come first, each with its KSBs;
 * then the KSBs no duty maps, by kind, so that every KSB appears in at least one group.
 */
export function ksbCoverage(standard: StandardCatalogue, evidence: readonly KsbEvidence[]): KsbCoverage {
    const byCode = new Map<string, KsbEvidence[]>(standard.ksbs.map(ksb => [ksb.code, []]));
    for (const item of evidence) {
        byCode.get(item.ksb)?.push(item);
    }
    const entries = standard.ksbs.map(ksb => ({ ...ksb, evidence: byCode.get(ksb.code)! }));
    const isCovered = (code: string) => (byCode.get(code)?.length ?? 0) > 0;
    const group = (title: string, codes: readonly string[], duty?: DutyDefinition): KsbCoverageGroup => ({
        title, codes, covered: codes.filter(isCovered).length,
        duty: duty && { code: duty.code, text: duty.text },
    });

    const known = new Set(byCode.keys());
    const groups: KsbCoverageGroup[] = [];
    const mapped = new Set<string>();
    for (const duty of standard.duties) {
        const codes = duty.ksbs.filter(code => known.has(code));
        if (codes.length > 0) {
            groups.push(group(`${duty.code}: ${duty.text}`, codes, duty));
            codes.forEach(code => mapped.add(code));
        }
    }
    for (const kind of ['knowledge', 'skill', 'behaviour'] as const) {
        const codes = standard.ksbs.filter(ksb => ksb.kind === kind && !mapped.has(ksb.code)).map(ksb => ksb.code);
        if (codes.length > 0) {
            groups.push(group(mapped.size > 0 ? `${KIND_TITLES[kind]} not mapped to a duty` : KIND_TITLES[kind], codes));
        }
    }
    return {
        standard: { id: standard.id, title: standard.title },
        entries, groups,
        covered: entries.filter(entry => entry.evidence.length > 0).length,
        total: entries.length,
    };
}
