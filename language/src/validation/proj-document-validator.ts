import type { Cancellation, LangiumCoreServices, LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic } from 'vscode-languageserver-types';
import { withoutScheduleEchoes } from './schedule-echoes.js';
import { signedNumberAt, wordEnd } from '../parser/syntax-error-messages.js';
import { closestNames } from '../references/closest-names.js';
import { IssueCodes } from './issue-codes.js';

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

    constructor(services: LangiumCoreServices) {
        super(services);
        this.coreServices = services;
    }

    override async validateDocument(document: LangiumDocument, options?: ValidationOptions, cancelToken?: Cancellation.CancellationToken): Promise<Diagnostic[]> {
        return withoutScheduleEchoes(await super.validateDocument(document, options, cancelToken));
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
        this.withCode(diagnostics, IssueCodes.SyntaxError, () => super.processParsingErrors({ ...parseResult, parserErrors }, diagnostics, options));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const reflection = this.coreServices.shared.AstReflection;
        for (const reference of document.references) {
            const error = reference.error;
            const range = reference.$refNode?.range;
            if (!error || !range) {
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

function textOf(parseResult: ParseResult): string {
    return parseResult.value.$cstNode?.root.fullText ?? '';
}
