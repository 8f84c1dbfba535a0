import { expect } from 'vitest';
import type { Diagnostic, Range } from 'vscode-languageserver-types';
import { createTestServices, validatePlan } from './proj-test-services.js';
import { marked } from './marked-text.js';

export type Severity = 'error' | 'warning';

const SEVERITIES: Record<number, Severity> = { 1: 'error', 2: 'warning' };

export interface ExpectedDiagnostic {
    severity: Severity;
    code: string;
    message: string;
    range: Range;
}

function describe(diagnostic: Diagnostic): ExpectedDiagnostic {
    return { severity: SEVERITIES[diagnostic.severity ?? 1], code: String(diagnostic.code), message: diagnostic.message, range: diagnostic.range };
}

let services: Awaited<ReturnType<typeof createTestServices>> | undefined;

/** Validates a snippet whose `<|marked|>` ranges are where the diagnostics must be. */
export async function diagnosticsOf(source: string, others: string[] = []) {
    services ??= await createTestServices();
    const { text, ranges } = marked(source);
    const { diagnostics } = await validatePlan(services, text, others);
    return { diagnostics: diagnostics.map(describe), ranges };
}

/** The diagnostics of a snippet as the editor gets them, related information and all. */
export async function rawDiagnosticsOf(text: string): Promise<Diagnostic[]> {
    services ??= await createTestServices();
    return (await validatePlan(services, text)).diagnostics;
}

/** Expects exactly these diagnostics with the given code, one per marked range, in order of position. */
export async function expectDiagnostics(source: string, code: string, severity: Severity, messages: string[], others: string[] = []) {
    const { diagnostics, ranges } = await diagnosticsOf(source, others);
    const withCode = diagnostics.filter(diagnostic => diagnostic.code === code).sort(byPosition);
    expect(withCode).toEqual(ranges.map((range, i) => ({ severity, code, message: messages[i] ?? messages[0], range })));
    return diagnostics;
}

/** Expects the snippet to have no diagnostic at all. */
export async function expectClean(source: string, others: string[] = []) {
    const { diagnostics } = await diagnosticsOf(source, others);
    expect(diagnostics).toEqual([]);
}

function byPosition(a: ExpectedDiagnostic, b: ExpectedDiagnostic): number {
    return a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character;
}
