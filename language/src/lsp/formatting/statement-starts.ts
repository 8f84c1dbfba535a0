import { AstUtils, GrammarAST, GrammarUtils, type AstNode } from 'langium';

/**
 * The grammar elements that begin a statement: the first keyword of each property that may appear
 * inside a `{ ... }` block (`duration`, `after`, `actual`, `ksb`, ...), and the rule calls of the
 * elements a block or the file holds (`items+=PlanItem`, `constraints+=Constraint`, ...).
 *
 * They are read from the grammar rather than listed by hand, so a property added to the grammar is
 * laid out one per line without touching the formatter. Each keyword is a distinct grammar object,
 * so the `start` of `actual start` or the `impact` of `residual likelihood 2 impact 3` does not
 * count, while the `start` of `start 2027-01-04` does.
 */
export function statementStartsOf(grammar: GrammarAST.Grammar): ReadonlySet<AstNode> {
    let starts = cache.get(grammar);
    if (!starts) {
        starts = computeStatementStarts(grammar);
        cache.set(grammar, starts);
    }
    return starts;
}

/** The grammar a CST node was parsed with. */
export function grammarOf(grammarSource: AstNode | undefined): GrammarAST.Grammar | undefined {
    return AstUtils.getContainerOfType(grammarSource, GrammarAST.isGrammar);
}

const cache = new WeakMap<GrammarAST.Grammar, ReadonlySet<AstNode>>();

function computeStatementStarts(grammar: GrammarAST.Grammar): ReadonlySet<AstNode> {
    const starts = new Set<AstNode>();
    for (const rule of grammar.rules) {
        if (!GrammarAST.isParserRule(rule) || !rule.definition) {
            continue;
        }
        if (rule.entry) {
            // The file itself is a block without braces: each top-level element is a statement.
            addFirsts(rule.definition, starts, new Set());
        }
        for (const group of AstUtils.streamAst(rule.definition).filter(GrammarAST.isGroup)) {
            const open = group.elements.findIndex(element => isKeyword(element, '{'));
            let close = group.elements.length - 1;
            while (close > open && !isKeyword(group.elements[close], '}')) {
                close--;
            }
            if (open < 0 || close <= open) {
                continue;
            }
            for (const element of group.elements.slice(open + 1, close)) {
                addFirsts(element, starts, new Set());
            }
        }
    }
    return starts;
}

/** Adds the elements that can produce the first token of `element` (fragments are looked into). */
function addFirsts(element: GrammarAST.AbstractElement, starts: Set<AstNode>, fragments: Set<GrammarAST.ParserRule>): void {
    if (GrammarAST.isAlternatives(element)) {
        element.elements.forEach(alternative => addFirsts(alternative, starts, fragments));
    } else if (GrammarAST.isGroup(element) || GrammarAST.isUnorderedGroup(element)) {
        for (const part of element.elements) {
            addFirsts(part, starts, fragments);
            if (!GrammarAST.isAction(part) && !GrammarUtils.isOptionalCardinality(part.cardinality, part)) {
                break;
            }
        }
    } else if (GrammarAST.isAssignment(element)) {
        addFirsts(element.terminal, starts, fragments);
    } else if (GrammarAST.isRuleCall(element)) {
        const rule = element.rule.ref;
        if (GrammarAST.isParserRule(rule) && rule.fragment) {
            if (!fragments.has(rule)) {
                fragments.add(rule);
                addFirsts(rule.definition, starts, fragments);
            }
        } else {
            // A parser rule call is a composite CST node; a terminal rule call is a leaf.
            starts.add(element);
        }
    } else if (GrammarAST.isKeyword(element) || GrammarAST.isCrossReference(element)) {
        starts.add(element);
    }
}

function isKeyword(element: GrammarAST.AbstractElement, value: string): boolean {
    return GrammarAST.isKeyword(element) && element.value === value;
}
