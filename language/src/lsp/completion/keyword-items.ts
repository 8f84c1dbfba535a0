import { AstUtils, GrammarAST, isCompositeCstNode, isLeafCstNode, type AstNode, type CstNode } from 'langium';
import type { CompletionValueItem } from 'langium/lsp';
import { CompletionItemKind } from 'vscode-languageserver';
import { isConstraint, isMilestone, isRisk, isTask } from '../../generated/ast.js';
import { OPPORTUNITY_RESPONSES, THREAT_RESPONSES } from '../../validation/risk-checks.js';
import { keywordDocumentation } from '../hover/keyword-docs.js';
import { keywordHoverText } from '../hover/keyword-hover.js';
import { bracesOf } from './statement-prefix.js';

/** Where a keyword is being completed. */
export interface KeywordPlace {
    /** The AST node of the token before the cursor. */
    readonly node?: AstNode;
    /** Where the token being completed starts. */
    readonly tokenOffset: number;
}

/**
 * Whether a keyword the grammar allows at the cursor makes sense there: a response that fits the
 * risk (a threat is avoided, reduced, transferred or accepted; an opportunity exploited, enhanced,
 * shared or accepted), and no second `duration`, `owner` or `start` where one is already given
 * (validation would warn that the first is ignored).
 */
export function keywordFits(keyword: GrammarAST.Keyword, place: KeywordPlace): boolean {
    const rule = ruleOf(keyword);
    if (rule?.name === 'Response') {
        const risk = place.node && AstUtils.getContainerOfType(place.node, isRisk);
        return !risk || (risk.kind === 'opportunity' ? OPPORTUNITY_RESPONSES : THREAT_RESPONSES).includes(keyword.value);
    }
    const features = featuresOpenedBy(keyword);
    if (!features || !rule) {
        return true;
    }
    const owner = ownerOf(rule.name, place);
    return !owner || !features.every(feature => givenElsewhere(owner, feature, place.tokenOffset));
}

/** The completion item of a keyword: what it means from the hover's texts, values in the grammar's order first. */
export function keywordItem(keyword: GrammarAST.Keyword, node: AstNode | undefined): CompletionValueItem {
    const phrase = constraintPhrase(keyword, node);
    const documentation = (phrase && keywordDocumentation('Constraint', [phrase])) ?? keywordHoverText(keyword, node);
    const value = responseIndex(keyword, node) ?? valueIndex(keyword);
    return {
        label: keyword.value,
        kind: value === undefined ? CompletionItemKind.Keyword : CompletionItemKind.EnumMember,
        detail: phrase ?? detailOf(documentation) ?? valueDetail(keyword) ?? 'keyword',
        documentation: documentation ? { kind: 'markdown', value: documentation } : undefined,
        // A choice of values (FS SS FF SF, low medium high) comes first, in the grammar's order.
        sortText: value === undefined ? `1${keyword.value}` : `0${String(value).padStart(2, '0')}`,
    };
}

/** `start no earlier than` for `earlier` after `start no`: what a constraint's word will make it say. */
function constraintPhrase(keyword: GrammarAST.Keyword, node: AstNode | undefined): string | undefined {
    const constraint = ruleOf(keyword)?.name === 'Constraint' && node ? AstUtils.getContainerOfType(node, isConstraint) : undefined;
    if (!constraint?.edge) {
        return undefined;
    }
    return keyword.value === 'earlier' || keyword.value === 'later' ? `${constraint.edge} no ${keyword.value} than`
        : keyword.value === 'on' ? `${constraint.edge} on`
        : undefined;
}

/** A response's place among those that fit the risk: `accept` comes last for an opportunity too. */
function responseIndex(keyword: GrammarAST.Keyword, node: AstNode | undefined): number | undefined {
    const risk = ruleOf(keyword)?.name === 'Response' && node ? AstUtils.getContainerOfType(node, isRisk) : undefined;
    const index = risk ? (risk.kind === 'opportunity' ? OPPORTUNITY_RESPONSES : THREAT_RESPONSES).indexOf(keyword.value) : -1;
    return index < 0 ? undefined : index;
}

function ruleOf(keyword: GrammarAST.Keyword): GrammarAST.ParserRule | undefined {
    return AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule);
}

/** For a value keyword (of a rule such as `Level returns string: 'low' | 'medium' | 'high'`, or `bound=('earlier' | 'later')`), its place among the values. */
function valueIndex(keyword: GrammarAST.Keyword): number | undefined {
    const alternatives: AstNode = keyword.$container;
    if (!GrammarAST.isAlternatives(alternatives)) {
        return undefined;
    }
    const rule = ruleOf(keyword);
    const assignment = AstUtils.getContainerOfType(keyword, GrammarAST.isAssignment);
    const isValue = (rule?.dataType !== undefined && rule.definition === alternatives)
        || (assignment !== undefined && (assignment.feature === 'bound' || assignment.feature === 'direction'));
    return isValue ? alternatives.elements.indexOf(keyword) : undefined;
}

/** `dependency type` for a value of DependencyType. */
function valueDetail(keyword: GrammarAST.Keyword): string | undefined {
    const rule = ruleOf(keyword);
    return valueIndex(keyword) !== undefined && rule?.dataType !== undefined
        ? rule.name.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase()
        : undefined;
}

/** The short description in the heading of a keyword's documentation: `**FS** · finish-to-start (the default link)`. */
function detailOf(documentation: string | undefined): string | undefined {
    const heading = documentation?.split('\n\n', 1)[0] ?? '';
    const separator = heading.lastIndexOf(' · ');
    if (separator < 0) {
        return undefined;
    }
    const detail = heading.slice(separator + 3).replace(/[*`]/g, '').trim();
    if (detail.length <= MAX_DETAIL) {
        return detail || undefined;
    }
    // `something that has happened and needs action (a risk may happen; an issue has)`: its first clause.
    const clause = /^(.{10,}?)(?: \(|[;:] )/.exec(detail)?.[1];
    return clause && clause.length <= MAX_DETAIL ? clause : `${detail.slice(0, detail.lastIndexOf(' ', MAX_DETAIL - 1))}…`;
}

const MAX_DETAIL = 60;

const openedFeatures = new WeakMap<GrammarAST.Keyword, readonly string[] | null>();

/**
 * The single-valued properties a keyword opens, such as `duration` for `'duration' duration=DURATION`
 * or `level` for the flag `level?='level'`, counting every group of its rule that the same word
 * opens (`actual start`, `actual finish`);
 * undefined if any of them is a list (`after`, `assign`) or not a plain property.
 */
function featuresOpenedBy(keyword: GrammarAST.Keyword): readonly string[] | undefined {
    let features = openedFeatures.get(keyword);
    if (features === undefined) {
        const rule = ruleOf(keyword);
        const same = rule ? AstUtils.streamAllContents(rule).filter(GrammarAST.isKeyword).filter(other => other.value === keyword.value).toArray() : [];
        const opened = same.map(featureOpenedBy);
        features = opened.length > 0 && opened.every(feature => feature !== undefined) ? opened as string[] : null;
        openedFeatures.set(keyword, features);
    }
    return features ?? undefined;
}

function featureOpenedBy(keyword: GrammarAST.Keyword): string | undefined {
    const group: AstNode = keyword.$container;
    // A flag, `level?='level'`: the keyword is the property.
    if (GrammarAST.isAssignment(group) && group.operator === '?=') {
        return group.feature;
    }
    // The keyword that opens a rule (`phase` of `'phase' name=ID ...`) starts an element, not a property.
    if (!GrammarAST.isGroup(group) || group.elements[0] !== keyword || GrammarAST.isParserRule(group.$container)) {
        return undefined;
    }
    for (const element of group.elements.slice(1)) {
        if (GrammarAST.isAssignment(element)) {
            return element.operator === '=' ? element.feature : undefined;
        }
        if (!GrammarAST.isKeyword(element)) {
            return undefined;
        }
    }
    return undefined;
}

/** The element whose body the cursor is in and whose rule the keyword belongs to. */
function ownerOf(rule: string, place: KeywordPlace): AstNode | undefined {
    const fits = (node: AstNode) => rule === 'WorkProperties' ? isTask(node) || isMilestone(node) : node.$type === rule;
    for (let node = place.node; node; node = node.$container) {
        const cst = node.$cstNode;
        if (!fits(node) || !cst || cst.offset >= place.tokenOffset) {
            continue;
        }
        const close = isCompositeCstNode(cst) ? bracesOf(cst)?.close : undefined;
        if (!close || place.tokenOffset < close.end) {
            return node;
        }
    }
    return undefined;
}

/**
 * Whether `owner` already has `feature` (a single value) somewhere other than the statement being
 * completed: a statement whose keywords the cursor is in (`dur|ation 5d`) does not count.
 */
function givenElsewhere(owner: AstNode, feature: string, tokenOffset: number): boolean {
    return (assignmentsOf(owner).get(feature) ?? []).some(({ keywordsFrom, value }) =>
        !(keywordsFrom !== undefined && keywordsFrom <= tokenOffset && tokenOffset <= value));
}

interface Assigned {
    /** Where the keywords before the value start (`actual` of `actual start 2027-01-04`). */
    readonly keywordsFrom?: number;
    readonly value: number;
}

/** Every edit makes new AST nodes, so a cache keyed by the node holds for one version of the text. */
const assignments = new WeakMap<AstNode, Map<string, Assigned[]>>();

/** The single-valued properties the element itself assigns (not the elements inside it), with where each is. */
function assignmentsOf(owner: AstNode): Map<string, Assigned[]> {
    let byFeature = assignments.get(owner);
    if (byFeature) {
        return byFeature;
    }
    assignments.set(owner, byFeature = new Map());
    let keywordsFrom: number | undefined;
    const visit = (cst: CstNode): void => {
        if (!isCompositeCstNode(cst)) {
            return;
        }
        for (const child of cst.content) {
            if (child.hidden) {
                continue;
            }
            const assignment = AstUtils.getContainerOfType(child.grammarSource, GrammarAST.isAssignment);
            if (assignment) {
                if ((assignment.operator === '=' || assignment.operator === '?=') && child.astNode === owner) {
                    const list = byFeature!.get(assignment.feature);
                    // A flag's keyword is both its keyword and its value.
                    const assigned = { keywordsFrom: assignment.operator === '?=' ? child.offset : keywordsFrom, value: child.offset };
                    list ? list.push(assigned) : byFeature!.set(assignment.feature, [assigned]);
                }
                keywordsFrom = undefined;
            } else if (isLeafCstNode(child) && GrammarAST.isKeyword(child.grammarSource)) {
                keywordsFrom ??= child.offset;
            } else {
                keywordsFrom = undefined;
                if (isCompositeCstNode(child) && child.astNode === owner) {
                    visit(child);
                }
            }
        }
    };
    if (owner.$cstNode) {
        visit(owner.$cstNode);
    }
    return byFeature;
}
