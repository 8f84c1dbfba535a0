// KSB coverage: for every knowledge, skill and behaviour of a standard, the plan elements that
// evidence it, grouped by the standard's duties so that an apprentice sees which duties their
// plans speak to and where the gaps are. A duty is evidenced by practice too: the constructs it is
// about (a schedule with milestones, scored risks with owners...), judged by the standard's rules.
import { judgePractice, type PracticeRule, type PracticeVerdict, type ProjectFacts } from './duty-practice.js';

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
    /** What in a plan evidences the duty, when the standard says (the built-in one does). */
    readonly practice?: readonly PracticeRule[];
}

/**
 * KSBs mapped to a duty by someone other than the standard's own table: Proj's reading of the
 * built-in standard, or a user's `standard` whose `duty D5 { ksb K21 }` maps another standard's KSBs.
 */
export interface DutyMapping {
    /** Who maps them: `Proj`, or the id of the user's standard. */
    readonly source: string;
    readonly duty: string;
    readonly ksbs: readonly string[];
}

export interface StandardCatalogue {
    readonly id: string;
    readonly title?: string;
    readonly ksbs: readonly KsbDefinition[];
    readonly duties: readonly DutyDefinition[];
    /** Mappings that come with the standard besides its own table (Proj's reading of ST0310). */
    readonly mappings?: readonly DutyMapping[];
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

/**
 * How well the plans evidence a duty. By practice when the standard has rules for it: every rule
 * shown is `evidenced`, some `partly`, none `not evidenced`; else by its KSBs the same way.
 */
export type DutyVerdict = 'evidenced' | 'partly' | 'not evidenced';

export interface DutyCoverage {
    readonly code: string;
    readonly text: string;
    readonly verdict: DutyVerdict;
    /** Each rule of practice with the projects that show it; empty when the standard has none. */
    readonly practice: readonly PracticeVerdict[];
    /** The duty's KSBs that come from a {@link DutyMapping}, not the standard's table, and from whom. */
    readonly added: ReadonlyArray<{ readonly code: string; readonly source: string }>;
}

export interface KsbCoverageGroup {
    /** The duty; absent for the group of KSBs the standard maps to no duty. */
    readonly duty?: DutyCoverage;
    readonly title: string;
    readonly codes: readonly string[];
    readonly covered: number;
}

export interface KsbCoverage {
    readonly standard: { readonly id: string; readonly title?: string };
    /** Every KSB of the standard in its order: knowledge, skills, behaviours. */
    readonly entries: readonly KsbCoverageEntry[];
    /** Every duty in the standard's order, then the KSBs no duty maps, by kind. */
    readonly groups: readonly KsbCoverageGroup[];
    readonly covered: number;
    readonly total: number;
    /** How many duties are evidenced, of how many. */
    readonly duties: { readonly evidenced: number; readonly total: number };
}

export interface KsbCoverageOptions {
    /** The facts of each plan, for the duties' rules of practice; without them no rule holds. */
    readonly facts?: readonly ProjectFacts[];
    /** Further duty mappings, such as a user's `standard` mapping this one's KSBs to its duties. */
    readonly mappings?: readonly DutyMapping[];
}

const KIND_TITLES: Readonly<Record<KsbKind, string>> = {
    knowledge: 'Knowledge', skill: 'Skills', behaviour: 'Behaviours',
};

/**
 * Coverage of a standard by the evidence. Every duty comes first, in the standard's order, with
 * its KSBs (its table's, then those mappings add) and its practice judged against the plans'
 * facts; then the KSBs no duty maps, by kind, so that every KSB appears in at least one group.
 */
export function ksbCoverage(standard: StandardCatalogue, evidence: readonly KsbEvidence[], options: KsbCoverageOptions = {}): KsbCoverage {
    const byCode = new Map<string, KsbEvidence[]>(standard.ksbs.map(ksb => [ksb.code, []]));
    for (const item of evidence) {
        byCode.get(item.ksb)?.push(item);
    }
    const entries = standard.ksbs.map(ksb => ({ ...ksb, evidence: byCode.get(ksb.code)! }));
    const isCovered = (code: string) => (byCode.get(code)?.length ?? 0) > 0;
    const known = new Set(byCode.keys());
    const mappings = [...standard.mappings ?? [], ...options.mappings ?? []];

    const groups: KsbCoverageGroup[] = [];
    const mapped = new Set<string>();
    const duties: DutyCoverage[] = [];
    for (const duty of standard.duties) {
        const codes = [...new Set(duty.ksbs)].filter(code => known.has(code));
        const added: Array<{ code: string; source: string }> = [];
        for (const mapping of mappings.filter(candidate => candidate.duty === duty.code)) {
            for (const code of mapping.ksbs.filter(code => known.has(code) && !codes.includes(code))) {
                codes.push(code);
                added.push({ code, source: mapping.source });
            }
        }
        codes.forEach(code => mapped.add(code));
        const covered = codes.filter(isCovered).length;
        const practice = judgePractice(duty.practice ?? [], options.facts ?? []);
        const coverage: DutyCoverage = { code: duty.code, text: duty.text, verdict: dutyVerdict(practice, covered, codes.length), practice, added };
        duties.push(coverage);
        groups.push({ title: `${duty.code}: ${duty.text}`, codes, covered, duty: coverage });
    }
    for (const kind of ['knowledge', 'skill', 'behaviour'] as const) {
        const codes = standard.ksbs.filter(ksb => ksb.kind === kind && !mapped.has(ksb.code)).map(ksb => ksb.code);
        if (codes.length > 0) {
            groups.push({ title: mapped.size > 0 ? `${KIND_TITLES[kind]} not mapped to a duty` : KIND_TITLES[kind], codes, covered: codes.filter(isCovered).length });
        }
    }
    return {
        standard: { id: standard.id, title: standard.title },
        entries, groups,
        covered: entries.filter(entry => entry.evidence.length > 0).length,
        total: entries.length,
        duties: { evidenced: duties.filter(duty => duty.verdict === 'evidenced').length, total: duties.length },
    };
}

function dutyVerdict(practice: readonly PracticeVerdict[], covered: number, total: number): DutyVerdict {
    const [shown, of] = practice.length > 0 ? [practice.filter(rule => rule.projects.length > 0).length, practice.length] : [covered, total];
    return of > 0 && shown === of ? 'evidenced' : shown > 0 ? 'partly' : 'not evidenced';
}
