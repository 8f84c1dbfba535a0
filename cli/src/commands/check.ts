import { Option, type Command } from 'commander';
import { ExitCode } from '../cli-error.js';
import { collectDiagnostics, formatDiagnosticLine, formatJson, formatSummary } from '../format-diagnostics.js';
import { loadWorkspace } from '../load-workspace.js';
import type { CommandIo } from '../command-io.js';

export type OutputFormat = 'text' | 'json';

export interface CheckOptions {
    readonly format: OutputFormat;
}

/** `proj check <paths...>`: parses, links and validates plans, and reports their diagnostics. */
export function registerCheckCommand(program: Command, io: CommandIo): void {
    program
        .command('check')
        .description('Check plans for errors and warnings. Folders are searched for .proj files.')
        .argument('<paths...>', '.proj files or folders to check')
        .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
        .action(async (paths: string[], options: CheckOptions) => {
            io.setExitCode(await check(paths, options, io));
        });
}

/** Runs the check and writes its report; returns the exit code: 1 if any error, else 0. */
export async function check(paths: readonly string[], options: CheckOptions, io: CommandIo): Promise<number> {
    const { files } = await loadWorkspace(paths, { validation: true });
    const report = collectDiagnostics(files);
    if (options.format === 'json') {
        io.out(formatJson(report));
    } else {
        for (const diagnostic of report.diagnostics) {
            io.out(formatDiagnosticLine(diagnostic));
        }
        io.err(formatSummary(report));
    }
    return report.errors > 0 ? ExitCode.Failure : ExitCode.Ok;
}
