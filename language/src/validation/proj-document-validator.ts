import type { LangiumCoreServices, LangiumDocument, ParseResult, ValidationOptions } from 'langium';
import { DefaultDocumentValidator, DocumentValidator } from 'langium';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
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
 * says what kind of element was expected and suggests the closest one that exists.
 */
export class ProjDocumentValidator extends DefaultDocumentValidator {
    private readonly coreServices: LangiumCoreServices;

    constructor(services: LangiumCoreServices) {
        super(services);
        this.coreServices = services;
    }

    protected override processLexingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.withCode(diagnostics, IssueCodes.SyntaxError, () => super.processLexingErrors(parseResult, diagnostics, options));
    }

    protected override processParsingErrors(parseResult: ParseResult, diagnostics: Diagnostic[], options: ValidationOptions): void {
        this.withCode(diagnostics, IssueCodes.SyntaxError, () => super.processParsingErrors(parseResult, diagnostics, options));
    }

    protected override processLinkingErrors(document: LangiumDocument, diagnostics: Diagnostic[], _options: ValidationOptions): void {
        const reflection = this.coreServices.shared.AstReflection;
        for (const reference of document.references) {
            const error = reference.error;
            const range = reference.$refNode?.range;
            // A keyword written as the id (`after start`) is the syntax error's to report, once.
            if (!error || !range || diagnostics.some(diagnostic => diagnostic.code === IssueCodes.SyntaxError && sameRange(diagnostic.range, range))) {
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

function sameRange(a: Range, b: Range): boolean {
    return a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
}
