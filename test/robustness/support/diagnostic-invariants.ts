import type { Diagnostic } from 'vscode-languageserver-types';

/** Line lengths (in UTF-16 code units) as an LSP client splits a text: at CRLF, CR and LF. */
export function lineLengthsOf(text: string): number[] {
    return text.split(/\r\n|\r|\n/).map(line => line.length);
}

/**
 * What is wrong with a document's diagnostics, if anything: every range must lie inside the
 * document and start before it ends, and every diagnostic must carry a `proj/` code.
 */
export function diagnosticProblems(text: string, diagnostics: readonly Diagnostic[]): string[] {
    const lines = lineLengthsOf(text);
    const problems: string[] = [];
    const inside = (position: { line: number; character: number } | undefined) =>
        position !== undefined
        && Number.isInteger(position.line) && Number.isInteger(position.character)
        && position.line >= 0 && position.line < lines.length
        && position.character >= 0 && position.character <= lines[position.line];
    for (const diagnostic of diagnostics) {
        const { start, end } = diagnostic.range ?? {};
        const where = `${JSON.stringify(diagnostic.range)} (${lines.length} lines) for ${JSON.stringify(diagnostic.message)}`;
        if (!inside(start)) {
            problems.push(`range start outside the document: ${where}`);
        }
        if (!inside(end)) {
            problems.push(`range end outside the document: ${where}`);
        }
        if (start && end && (start.line > end.line || (start.line === end.line && start.character > end.character))) {
            problems.push(`range starts after it ends: ${where}`);
        }
        if (typeof diagnostic.code !== 'string' || !diagnostic.code.startsWith('proj/')) {
            problems.push(`diagnostic without a proj/ code (code ${JSON.stringify(diagnostic.code)}): ${JSON.stringify(diagnostic.message)}`);
        }
    }
    return problems;
}
