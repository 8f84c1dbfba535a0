import type { Diagnostic } from 'vscode-languageserver-types';
import { compareStrings } from './collect-files.js';
import type { LoadedFile } from './load-workspace.js';

export type SeverityName = 'error' | 'warning' | 'info';

/** A diagnostic as the CLI reports it: 1-based positions, the file as the user knows it. */
export interface ReportedDiagnostic {
    readonly file: string;
    readonly line: number;
    readonly column: number;
    readonly endLine: number;
    readonly endColumn: number;
    readonly severity: SeverityName;
    readonly code: string | null;
    readonly message: string;
}

export interface DiagnosticReport {
    readonly files: number;
    readonly errors: number;
    readonly warnings: number;
    readonly diagnostics: ReportedDiagnostic[];
}

/** Collects the diagnostics of the reported files, sorted by file, then position. */
export function collectDiagnostics(files: readonly LoadedFile[]): DiagnosticReport {
    const diagnostics = files
        .flatMap(file => (file.document.diagnostics ?? []).map(diagnostic => toReported(file.displayPath, diagnostic)))
        .sort(compareDiagnostics);
    return {
        files: files.length,
        errors: diagnostics.filter(diagnostic => diagnostic.severity === 'error').length,
        warnings: diagnostics.filter(diagnostic => diagnostic.severity === 'warning').length,
        diagnostics,
    };
}

function toReported(file: string, diagnostic: Diagnostic): ReportedDiagnostic {
    const { start, end } = diagnostic.range;
    return {
        file,
        line: start.line + 1,
        column: start.character + 1,
        endLine: end.line + 1,
        endColumn: end.character + 1,
        severity: severityName(diagnostic.severity),
        code: diagnostic.code === undefined ? null : String(diagnostic.code),
        message: diagnostic.message,
    };
}

/** LSP severities: 1 error, 2 warning, 3 information, 4 hint; absent means error. */
export function severityName(severity: number | undefined): SeverityName {
    switch (severity) {
        case 2: return 'warning';
        case 3:
        case 4: return 'info';
        default: return 'error';
    }
}

function compareDiagnostics(a: ReportedDiagnostic, b: ReportedDiagnostic): number {
    return compareStrings(a.file, b.file)
        || a.line - b.line
        || a.column - b.column
        || a.endLine - b.endLine
        || a.endColumn - b.endColumn
        || compareStrings(a.message, b.message);
}

/** `path:line:col: severity: message [code]`, one line per diagnostic. */
export function formatDiagnosticLine(diagnostic: ReportedDiagnostic): string {
    const message = diagnostic.message.replace(/\s*\r?\n\s*/g, ' ');
    const code = diagnostic.code ? ` [${diagnostic.code}]` : '';
    return `${diagnostic.file}:${diagnostic.line}:${diagnostic.column}: ${diagnostic.severity}: ${message}${code}`;
}

/** `2 errors, 1 warning in 3 files`, or `No problems in 3 files.` */
export function formatSummary(report: DiagnosticReport): string {
    const infos = report.diagnostics.length - report.errors - report.warnings;
    const inFiles = `in ${plural(report.files, 'file')}`;
    if (report.diagnostics.length === 0) {
        return `No problems ${inFiles}.`;
    }
    const counts = [plural(report.errors, 'error'), plural(report.warnings, 'warning')];
    if (infos > 0) {
        counts.push(`${infos} info`);
    }
    return `${counts.join(', ')} ${inFiles}`;
}

function plural(count: number, noun: string): string {
    return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The whole report as one JSON document. */
export function formatJson(report: DiagnosticReport): string {
    return JSON.stringify(report, undefined, 2);
}
