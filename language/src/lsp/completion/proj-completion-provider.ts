import { AstUtils, GrammarAST, isOperationCancelled, TextDocument, type AstNode, type LangiumDocument, type MaybePromise, type ReferenceInfo } from 'langium';
import {
    DefaultCompletionProvider, type CompletionAcceptor, type CompletionBacktrackingInformation, type CompletionContext,
    type CompletionProviderOptions, type LangiumServices, type NextFeature,
} from 'langium/lsp';
import { CompletionItemKind, CompletionList, type CancellationToken, type CompletionParams } from 'vscode-languageserver';
import { holidayCodes } from '../../planning/public-holidays.js';
import { isProject } from '../../generated/ast.js';
import type { ProjServices } from '../../proj-module.js';
import { keywordFits, keywordItem } from './keyword-items.js';
import { ReferenceItems } from './reference-items.js';
import { nextMonday } from '../../templates/new-plan.js';
import { snippetItem } from './snippets.js';
import { currentCst, insideCommentOrString, statementPrefix, tokenWindowStart } from './statement-prefix.js';
import { durationUnitItems, rateUnitItems } from './unit-items.js';

/**
 * Completion for `.proj`: keywords by context (only those that fit: a risk's responses, no second
 * `duration`), each with what it means; ids by kind (see ReferenceItems); KSB codes with their text;
 * the unit of a duration or a rate; snippets for a task, milestone, phase, risk and a whole plan.
 *
 * On a large plan it reads only the statement at the cursor (see statement-prefix.ts) and sends at
 * most MAX_REFERENCE_ITEMS ids, nearest first, so that it answers in a few milliseconds.
 */
export class ProjCompletionProvider extends DefaultCompletionProvider {
    override readonly completionOptions: CompletionProviderOptions = { triggerCharacters: ['.'] };

    /** Off in tests only, to check that the short cuts change nothing. */
    protected readFromStatement = true;

    private readonly references: ReferenceItems;
    /** The document whose contexts are being built: set around each step of Langium's generator. */
    private building: LangiumDocument | undefined;

    constructor(services: ProjServices) {
        super(services as LangiumServices);
        this.references = new ReferenceItems(services);
    }

    override async getCompletion(document: LangiumDocument, params: CompletionParams, cancelToken?: CancellationToken): Promise<CompletionList | undefined> {
        try {
            const text = document.textDocument.getText();
            const offset = document.textDocument.offsetAt(params.position);
            if (insideCommentOrString(currentCst(document), text, offset)) {
                return CompletionList.create([], false);
            }
            // `.` completes `project.id`; after a number (`0.`) it is a decimal point.
            if (params.context?.triggerCharacter === '.' && !/(^|[^\w.])[_a-zA-Z]\w*\.$/.test(text.slice(Math.max(0, offset - 200), offset))) {
                return CompletionList.create([], false);
            }
            return await super.getCompletion(document, params, cancelToken);
        } catch (error) {
            if (isOperationCancelled(error)) {
                throw error;
            }
            // Whatever is being typed, completion answers: an empty list rather than an error.
            console.error('Proj completion failed:', error);
            return CompletionList.create([], true);
        }
    }

    protected override *buildContexts(document: LangiumDocument, position: Parameters<DefaultCompletionProvider['buildContexts']>[1]): IterableIterator<CompletionContext> {
        const contexts = super.buildContexts(document, position);
        for (;;) {
            this.building = document;
            let next: IteratorResult<CompletionContext>;
            try {
                next = contexts.next();
            } finally {
                this.building = undefined;
            }
            if (next.done) {
                return;
            }
            yield next.value;
        }
    }

    /** The grammar's next features at `offset`, from the statement there rather than from the start of the file. */
    protected override findFeaturesAt(textDocument: TextDocument, offset: number): NextFeature[] {
        const root = this.readFromStatement && this.building?.textDocument === textDocument ? currentCst(this.building) : undefined;
        if (!root) {
            return super.findFeaturesAt(textDocument, offset);
        }
        const prefix = statementPrefix(root, offset);
        return super.findFeaturesAt(TextDocument.create(textDocument.uri, textDocument.languageId, textDocument.version, prefix), prefix.length);
    }

    /** The tokens around the cursor, from lexing its line and the token before rather than the whole file. */
    protected override backtrackToAnyToken(text: string, offset: number): CompletionBacktrackingInformation {
        const root = this.readFromStatement && this.building ? currentCst(this.building) : undefined;
        if (!root || root.fullText !== text) {
            return super.backtrackToAnyToken(text, offset);
        }
        const start = tokenWindowStart(root, offset);
        const lineEnd = text.indexOf('\n', offset);
        const found = super.backtrackToAnyToken(text.slice(start, lineEnd < 0 ? text.length : lineEnd), offset - start);
        const shift = (at: number | undefined) => at === undefined ? undefined : at + start;
        return {
            nextTokenStart: found.nextTokenStart + start,
            nextTokenEnd: found.nextTokenEnd + start,
            previousTokenStart: shift(found.previousTokenStart),
            previousTokenEnd: shift(found.previousTokenEnd),
        };
    }

    protected override completionFor(context: CompletionContext, next: NextFeature, acceptor: CompletionAcceptor): MaybePromise<void> {
        const feature = next.feature;
        const assignment = AstUtils.getContainerOfType(feature, GrammarAST.isAssignment);
        if (GrammarAST.isCrossReference(feature) && context.node && assignment) {
            return this.completionForReference(context, this.referenceContainer(context.node, next), assignment.feature, acceptor);
        }
        if (GrammarAST.isRuleCall(feature) && feature.rule.ref?.name === 'DURATION') {
            return this.completionForDuration(context, acceptor);
        }
        if (GrammarAST.isRuleCall(feature) && AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name === 'QualifiedName') {
            // `after other.|`: the id after a project's name. Any reference to a plan item will do for its scope.
            const dependency = context.node && { $type: 'Dependency', $container: context.node, $containerProperty: 'dependencies' } as AstNode;
            return dependency && this.completionForReference(context, dependency, 'predecessor', acceptor);
        }
        if (AstUtils.getContainerOfType(feature, GrammarAST.isParserRule)?.name === 'HolidayCode' || (assignment?.feature === 'code' && GrammarAST.isRuleCall(feature))) {
            return this.completionForHolidayCode(context, acceptor);
        }
        if (assignment?.feature === 'per' && GrammarAST.isRuleCall(feature)) {
            rateUnitItems(false, this.rangeOf(context, context.tokenOffset)).forEach(item => acceptor(context, item));
            return;
        }
        if (GrammarAST.isKeyword(feature) && feature.value === '/' && context.tokenOffset === context.offset) {
            // `rate 300|`: the unit with its slash.
            rateUnitItems(true, this.rangeOf(context, context.offset)).forEach(item => acceptor(context, item));
            return;
        }
        return super.completionFor(context, next, acceptor);
    }

    protected override completionForKeyword(context: CompletionContext, keyword: GrammarAST.Keyword, acceptor: CompletionAcceptor): MaybePromise<void> {
        if (!this.filterKeyword(context, keyword) || !keywordFits(keyword, context)) {
            return;
        }
        acceptor(context, keywordItem(keyword, context.node));
        const rule = AstUtils.getContainerOfType(keyword, GrammarAST.isParserRule)?.name;
        const snippet = rule && snippetItem(rule, keyword.value, { owners: ownersAround(context.node), startDate: nextMonday(new Date()) });
        if (snippet) {
            acceptor(context, snippet);
        }
    }

    /** The node a reference belongs to: a new one where the cursor starts an element (`after |` starts a Dependency). */
    private referenceContainer(node: AstNode, next: NextFeature): AstNode {
        if (!next.type || !next.property) {
            return node;
        }
        const container = { $type: next.type, $container: node, $containerProperty: next.property } as AstNode;
        AstUtils.assignMandatoryProperties(this.astReflection, container);
        return container;
    }

    private completionForReference(context: CompletionContext, container: AstNode, property: string, acceptor: CompletionAcceptor): void {
        // On broken text the token before the cursor may belong to another element than the
        // reference (a milestone where the grammar expects a risk's `affects`): take the nearest
        // element that has the reference, or offer nothing.
        let owner: AstNode | undefined = container;
        while (owner && !this.astReflection.getTypeMetaData(owner.$type).properties[property]?.referenceType) {
            owner = owner.$container;
        }
        if (!context.node || !owner) {
            return;
        }
        const info: ReferenceInfo = { reference: { $refText: '', ref: undefined }, container: owner, property };
        const text = context.textDocument.getText();
        // What is typed of the name, back to its start: `other.fi` of `after other.fi|`.
        let start = context.offset;
        while (start > 0 && /[\w.]/.test(text[start - 1])) {
            start--;
        }
        const typed = text.slice(start, context.offset);
        if (/^\d/.test(typed)) {
            return;
        }
        const items = this.references.items({
            info, type: this.astReflection.getReferenceType(info), node: context.node,
            typed, range: this.rangeOf(context, start), start, offset: context.offset,
        });
        items.forEach(item => acceptor(context, item));
    }

    /** `holidays GB-E|`: the codes of countries and regions the holiday library knows, each with its name. */
    private completionForHolidayCode(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const text = context.textDocument.getText();
        let start = context.offset;
        while (start > 0 && /[\w-]/.test(text[start - 1])) {
            start--;
        }
        const typed = text.slice(start, context.offset).toUpperCase();
        const range = this.rangeOf(context, start);
        for (const [code, name] of holidayCodes()) {
            if (code.startsWith(typed)) {
                acceptor(context, { label: code, detail: name, kind: CompletionItemKind.Value, textEdit: { newText: code, range }, filterText: code });
            }
        }
    }

    /** `5` → `5d`, `5w` where a duration belongs, keeping a lag's sign. */
    private completionForDuration(context: CompletionContext, acceptor: CompletionAcceptor): void {
        const text = context.textDocument.getText();
        let start = context.tokenOffset;
        const sign = text[start - 1] === '+' || text[start - 1] === '-' ? text[start - 1] : '';
        if (sign) {
            start--;
        }
        durationUnitItems(sign, text.slice(context.tokenOffset, context.offset), this.rangeOf(context, start)).forEach(item => acceptor(context, item));
    }

    private rangeOf(context: CompletionContext, start: number) {
        return { start: context.textDocument.positionAt(start), end: context.position };
    }
}

/** The resources and stakeholders of the project around `node`, for a risk snippet's owner. */
function ownersAround(node: AstNode | undefined): string[] {
    const project = node && AstUtils.getContainerOfType(node, isProject);
    return project ? [...project.resources, ...project.stakeholders].map(party => party.name).filter(Boolean) : [];
}
