import { AstUtils, type AstNode } from 'langium';
import { isBenefit, isChange, isIssue, isModel, isProject, isResource, isRisk, type Benefit, type Change, type Issue, type Risk } from '../../generated/ast.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { isKeywordNode, leafAt, ownNodes } from './syntax-nodes.js';

/** Offered owners at most: resources first, then stakeholders. */
const MOST_OWNERS = 5;

/**
 * A risk, issue, change or benefit with no owner: "Add owner alex" for the project's resources (and the
 * file's shared ones), then its stakeholders, a few of them. `owner alex` goes at the end of
 * the entry's block, on a line of its own in a block of several lines; an entry with no block
 * gets `{ owner alex }`.
 */
export const addOwner: QuickFix = context => {
    const { document, diagnostic } = context;
    const entry = AstUtils.getContainerOfType(leafAt(document, diagnostic.range)?.astNode, isOwnedEntry);
    const source = new SourceText(document);
    if (!entry || entry.owner !== undefined || !entry.name || entry.name !== source.textOf(diagnostic.range)) {
        return [];
    }
    const insertion = ownerInsertion(source, entry);
    if (!insertion) {
        return [];
    }
    return candidateOwners(entry).map(owner => quickFix(context, `Add owner ${owner}`, [source.insert(insertion.at, insertion.text(`owner ${owner}`))]));
};

function isOwnedEntry(node: AstNode): node is Risk | Issue | Change | Benefit {
    return isRisk(node) || isIssue(node) || isChange(node) || isBenefit(node);
}

function candidateOwners(entry: Risk | Issue | Change | Benefit): string[] {
    const project = AstUtils.getContainerOfType(entry, isProject);
    const model = AstUtils.getContainerOfType(entry, isModel);
    const names = [
        ...project?.resources ?? [],
        ...model?.elements.filter(isResource) ?? [],
        ...project?.stakeholders ?? [],
    ].map(party => party.name).filter(name => !!name);
    return [...new Set(names)].slice(0, MOST_OWNERS);
}

/** Where `owner x` goes, and how it is written there. */
function ownerInsertion(source: SourceText, entry: AstNode): { at: number; text: (statement: string) => string } | undefined {
    const nodes = ownNodes(entry);
    const open = nodes.find(node => isKeywordNode(node, '{'));
    const close = nodes[nodes.length - 1];
    if (!open) {
        // `risk r "Title"`: a block after the header.
        return close && { at: close.end, text: statement => ` { ${statement} }` };
    }
    if (!isKeywordNode(close, '}') || close === open) {
        return undefined; // a block still being written
    }
    const { text } = source;
    if (source.startsItsLine(close.offset) && text.lastIndexOf('\n', close.offset) > open.offset) {
        // A block of several lines: a line of its own before the closing brace.
        const lineStart = source.lineStart(close.offset);
        const indentation = innerIndentation(source, open.end, lineStart) ?? source.indentationAt(close.offset) + indentUnit(source.indentationAt(close.offset));
        return { at: lineStart, text: statement => `${indentation}${statement}${source.eol}` };
    }
    // `{ likelihood 3 }` or `{}`: beside the last property, one space apart.
    return { at: close.offset, text: statement => /\s/.test(text[close.offset - 1]) ? `${statement} ` : ` ${statement} ` };
}

/** The indentation of the last line with something on it inside a block (`from`–`to`), if any. */
function innerIndentation(source: SourceText, from: number, to: number): string | undefined {
    const lines = source.text.slice(from, to).split(/\r?\n/).slice(1).filter(line => line.trim().length > 0);
    return lines.length > 0 ? /^[ \t]*/.exec(lines[lines.length - 1])![0] : undefined;
}

function indentUnit(indentation: string): string {
    return indentation.includes('\t') ? '\t' : '    ';
}
