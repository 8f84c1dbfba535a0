import type { AstNode, LangiumCoreServices, LangiumDocument, ParseResult, ValidationAcceptor, ValidationCheck, ValidationOptions } from 'langium';
import { AstUtils, Cancellation, DefaultDocumentValidator, DocumentValidator, interruptAndCheck } from 'langium';
import { EOF, type IToken } from 'chevrotain';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { withoutScheduleEchoes } from './schedule-echoes.js';
import { idsSkippedByRecovery, withoutSyntaxEchoes } from './syntax-echoes.js';
import { signedNumberAt, wordEnd } from '../parser/syntax-error-messages.js';
import { unclosedBlockAt, unclosedBlockMessage, unclosedBlockTitle } from '../parser/unclosed-blocks.js';
import { closestNames } from '../references/closest-names.js';
import { linkTargetsOf } from '../references/link-targets.js';
import { IssueCodes } from './issue-codes.js';
import { isReadingOtherPlans, type readsOtherPlans } from './reads-other-plans.js';

/** How many syntax tree nodes validation checks between two looks at cancellation (and chances to yield). */
const NODES_BETWEEN_INTERRUPTS = 100;

const WHAT_A_REFERENCE_NAMES: Record<string, string> = {
    PlanItem: 'task, milestone or phase',
    Resource: 'resource',
    Party: 'resource or stakeholder',
    Ksb: 'KSB code',
    Calendar: 'calendar',
};

/**
 * Gives syntax and linking errors Proj's own codes and plain-English messages: an unknown id
 * says what kind of element was expected and suggests the closest one that exists. While a file
 * has an error that makes its schedule wrong, the warnings computed from the schedule are held
 * back (schedule-echoes.ts).
 */
export class ProjDocumentValidator extends DefaultDocumentValidator {
    private readonly coreServices: LangiumCoreServices;
    /** By syntax tree, then by the categories of checks run: see {@link validateAstNodes}. */
    private readonly ownFindings = new WeakMap<AstNode, Map<string, OwnFindings>>();

    constructor(services: LangiumCoreServices) {
        super(services);
        this.coreServices = services;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        const found = withoutSyntaxEchoes(document, await super.validateDocument(document, options, cancelToken));
        // A later pass (check-timing.ts) adds to what the first found: its errors decide the echoes too.
        const earlier = options?.categories && !options.categories.includes('built-in') ? document.diagnostics ?? [] : [];
        if (earlier.length === 0) {
            return withoutScheduleEchoes(found);
        }
        const kept = new Set(withoutScheduleEchoes([...earlier, ...found]));
        return found.filter(diagnostic => kept.has(diagnostic));
    }

    /**
     * Langium's walk over the syntax tree, without its costs per node: each type's checks are looked
     * up once per document instead of streamed for every node, a check is awaited only when it
     * returns a promise, and cancellation is checked every {@link NODES_BETWEEN_INTERRUPTS} nodes
     * rather than at each: a tenth of the walk and the checks of a 200-task plan (0.3 of 3.0 ms).
     *
     * What the checks that read the file alone found is kept with its syntax tree. A file validated
     * again with the same tree (relinked because a plan it waits for changed) reports that again
     * and runs only the checks marked {@link readsOtherPlans}, on the nodes they inspect: most of a
     * waiting plan's checks are not run again for another plan's edit. Either way, what the file's
     * own checks found comes first.
     */
    protected override async validateAstNodes(rootNode: AstNode, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken?: Cancellation.CancellationToken): Promise<void> {
        if (this.profiler?.isActive('validating')) {
            return super.validateAstNodes(rootNode, options, acceptor, cancelToken);
        }
        const categories = options.categories?.join(' ') ?? '';
        const kept = this.ownFindings.get(rootNode)?.get(categories);
        if (kept) {
            kept.reports.forEach(report => acceptor(...report));
            await this.runChecks(kept.readingOtherPlans, options, acceptor, cancelToken, 'reading other plans');
            return;
        }
        const own: OwnFindings = { reports: [], readingOtherPlans: [] };
        const reading: Array<Parameters<ValidationAcceptor>> = [];
        await this.runChecks(AstUtils.streamAst(rootNode), options, (...report) => own.reports.push(report), cancelToken, 'own', own.readingOtherPlans, (...report) => reading.push(report));
        own.reports.forEach(report => acceptor(...report));
        reading.forEach(report => acceptor(...report));
        const byCategories = this.ownFindings.get(rootNode) ?? new Map<string, OwnFindings>();
        this.ownFindings.set(rootNode, byCategories.set(categories, own));
    }

    /**
     * Runs on each node its checks of one kind, or of both: the file's own checks report to
     * `acceptor`, those reading other plans to `readingAcceptor`, and the nodes that have any of
     * the latter are listed in `readingNodes`.
     */
    private async runChecks(nodes: Iterable<AstNode>, options: ValidationOptions, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken | undefined,
        which: 'own' | 'reading other plans', readingNodes?: AstNode[], readingAcceptor: ValidationAcceptor = acceptor): Promise<void> {
        const checksByType = new Map<string, { own: ValidationCheck[]; reading: ValidationCheck[] }>();
        const iterator = nodes[Symbol.iterator]() as Iterator<AstNode> & { prune?: () => void };
        let visited = 0;
        for (let next = iterator.next(); !next.done; next = iterator.next()) {
            const node = next.value;
            if (cancelToken && ++visited % NODES_BETWEEN_INTERRUPTS === 0) {
                await interruptAndCheck(cancelToken);
            }
            const nodeOptions = this.validateSingleNodeOptions(node, options);
            if (nodeOptions.validateNode) {
                let checks = checksByType.get(node.$type);
                if (!checks) {
                    const all = this.validationRegistry.getChecks(node.$type, options.categories).toArray();
                    checksByType.set(node.$type, checks = { own: all.filter(check => !isReadingOtherPlans(check)), reading: all.filter(isReadingOtherPlans) });
                }
                if (which === 'own') {
                    await runEach(checks.own, node, acceptor, cancelToken);
                    if (checks.reading.length > 0) {
                        readingNodes?.push(node);
                    }
                }
                await runEach(checks.reading, node, readingAcceptor, cancelToken);
            }
            if (!nodeOptions.validateChildren) {
                iterator.prune?.();
            }
        }
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const before = diagnostics.length;
        this.withCode(diagnostics, IssueCodes.SyntaxError, () => super.processLexingErrors(parseResult, diagnostics, options));
        const text = textOf(parseResult);
        for (const diagnostic of diagnostics.slice(before)) {
            // A lag without its unit is marked whole: `+2`, not just its sign.
            const error = parseResult.lexerErrors.find(candidate => candidate.line === diagnostic.range.start.line + 1 && candidate.column === diagnostic.range.start.character + 1);
            const signed = error && signedNumberAt(text, error.offset);
            if (signed) {
                diagnostic.range = { start: diagnostic.range.start, end: { line: diagnostic.range.start.line, character: diagnostic.range.start.character + signed.length } };
            }
        }
    }

    /**
     * A character the lexer cannot read spoils its word, which the lexer has reported: the parser
     * stumbling on the rest of the word (the `2` of `+2`) is the same mistake, so it is not
     * reported again.
     */
    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        const text = textOf(parseResult);
        const spoiled = parseResult.lexerErrors.map(error => ({ from: error.offset, to: wordEnd(text, error.offset) }));
        const parserErrors = parseResult.parserErrors.filter(error =>
            !spoiled.some(span => error.token.startOffset >= span.from && error.token.startOffset < span.to));
        // Lexed again only for a missing '}', once for all of them.
        let tokens: IToken[] | undefined;
        const tokensOf = () => tokens ??= this.coreServices.parser.Lexer.tokenize(text).tokens;
        const unclosed = parserErrors.map(error => error.message.startsWith("Expected '}'") ? this.unclosedBlockDiagnostic(parseResult, error.token, tokensOf) : undefined);
        diagnostics.push(...unclosed.filter(diagnostic => diagnostic !== undefined));
        this.withCode(diagnostics, IssueCodes.SyntaxError, () => super.processParsingErrors({ ...parseResult, parserErrors: parserErrors.filter((_, i) => !unclosed[i]) }, diagnostics, options));
    }

    /**
     * "Expected '}', but found 'task'" points at the statement after the mistake. When a block was
     * left open, say which, on its keyword and name, with where it should have closed.
     */
    private unclosedBlockDiagnostic(parseResult: ParseResult, found: IToken, tokensOf: () => IToken[]): Diagnostic | undefined {
        const text = textOf(parseResult);
        const atEnd = found.tokenType === EOF || isNaN(found.startOffset);
        const errorOffset = atEnd ? text.length : found.startOffset;
        const block = unclosedBlockAt(text, tokensOf(), errorOffset);
        const document = parseResult.value.$document;
        const startsALine = !atEnd && /^[ \t]*$/.test(text.slice(text.lastIndexOf('\n', found.startOffset - 1) + 1, found.startOffset));
        // A stray token inside a block ('duration 1d 5') is not a block left open: keep the parser's words for it.
        if (!block || !document || !(atEnd || startsALine || block.byIndentation)) {
            return undefined;
        }
        const { textDocument } = document;
        const before = block.before;
        const beforeRange = before
            ? { start: textDocument.positionAt(before.startOffset), end: textDocument.positionAt(before.startOffset + before.image.length) }
            : { start: textDocument.positionAt(text.length), end: textDocument.positionAt(text.length) };
        return {
            severity: 1,
            range: { start: textDocument.positionAt(block.start), end: textDocument.positionAt(block.end) },
            message: unclosedBlockMessage(block, beforeRange.start.line + 1),
            code: IssueCodes.SyntaxError,
            data: { code: DocumentValidator.ParsingError },
            source: this.getSource(),
            relatedInformation: [{
                location: { uri: document.uri.toString(), range: beforeRange },
                message: `${unclosedBlockTitle(block)} should close before ${before ? 'this line' : 'the end of the file'}.`,
            }],
        };
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        if (!linkTargetsOf(document).unresolved) {
            return;
        }
        const reflection = this.coreServices.shared.AstReflection;
        const skipped = idsSkippedByRecovery(document.parseResult);
        for (const reference of document.references) {
            const error = reference.error;
            if (!error) {
                continue;
            }
            const range = reference.$refNode?.range;
            // A keyword written as the id (`after start`) is the syntax error's to report, once; so is
            // an id whose declaration a syntax error made the parser skip.
            if (!range || skipped.has(reference.$refText.split('.').pop()!)
                || diagnostics.some(diagnostic => diagnostic.code === IssueCodes.SyntaxError && sameRange(diagnostic.range, range))) {
                continue;
            }
            const referenceType = reflection.getReferenceType(error.info);
            const what = WHAT_A_REFERENCE_NAMES[referenceType] ?? referenceType;
            const written = reference.$refText;
            const candidates = this.coreServices.references.ScopeProvider.getScope(error.info).getAllElements().map(candidate => candidate.name);
            // The nearest is suggested in the message; all of them are offered as quick fixes.
            const suggestions = closestNames(written, candidates);
            const suggestion = suggestions[0];
            const message = written
                ? `Unknown ${what} '${written}'.${suggestion ? ` Did you mean '${suggestion}'?` : ''}`
                : `Missing ${what}.`;
            diagnostics.push({
                severity: 1,
                range,
                message,
                code: IssueCodes.UnknownReference,
                data: { code: DocumentValidator.LinkingError, referenceType, refText: written, suggestion, suggestions },
                source: this.getSource()
            });
        }
    }

    private withCode(diagnostics: Diagnostic[], code: string, report: () => void): void {
        const before = diagnostics.length;
        report();
        for (let i = before; i < diagnostics.length; i++) {
            diagnostics[i].code = code;
        }
    }
}

/** What a file's own checks reported, and the nodes that checks reading other plans inspect. */
interface OwnFindings {
    readonly reports: Array<Parameters<ValidationAcceptor>>;
    readonly readingOtherPlans: AstNode[];
}

async function runEach(checks: readonly ValidationCheck[], node: AstNode, acceptor: ValidationAcceptor, cancelToken: Cancellation.CancellationToken | undefined): Promise<void> {
    for (const check of checks) {
        const running = check(node, acceptor, cancelToken ?? Cancellation.CancellationToken.None);
        if (running) {
            await running;
        }
    }
}

function textOf(parseResult: ParseResult): string {
    return parseResult.value.$cstNode?.root.fullText ?? '';
}

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
