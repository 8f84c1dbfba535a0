// The `proj` command line: wires the commands together; each lives in commands/.
import { Command, CommanderError } from 'commander';
import { ExitCode, UsageError } from './cli-error.js';
import { processIo, type CommandIo } from './command-io.js';
import { registerCheckCommand } from './commands/check.js';
import { registerDiffCommand } from './commands/diff.js';
import { registerEarnedValueCommand } from './commands/evm.js';
import { registerExportCommand } from './commands/export.js';
import { registerImportCommand } from './commands/import.js';
import { registerKsbCommand } from './commands/ksb.js';
import { registerProgrammeCommand } from './commands/programme.js';
import { registerRegisterCommand } from './commands/register.js';
import { registerReportCommand } from './commands/report.js';
import { registerResourcesCommand } from './commands/resources.js';
import { registerRiskCommand } from './commands/risk.js';
import { registerScheduleCommand } from './commands/schedule.js';
import { registerTrendCommand } from './commands/trend.js';
import { version } from './version.js';

export function createProgram(io: CommandIo): Command {
    const program = new Command('proj')
        .description('Project plans as code: the command line of Proj, for .proj plans.')
        .version(version, '-V, --version', 'print the version of proj')
        // Throw instead of exiting, so that usage errors exit with 2 (set before adding
        // commands: sub-commands inherit it).
        .exitOverride()
        .showHelpAfterError('(run `proj --help` for usage)');
    registerCheckCommand(program, io);
    registerScheduleCommand(program, io);
    registerResourcesCommand(program, io);
    registerExportCommand(program, io);
    registerImportCommand(program, io);
    registerEarnedValueCommand(program, io);
    registerReportCommand(program, io);
    registerKsbCommand(program, io);
    registerRegisterCommand(program, io);
    registerDiffCommand(program, io);
    registerTrendCommand(program, io);
    registerRiskCommand(program, io);
    registerProgrammeCommand(program, io);
    return program;
}

export async function main(argv: readonly string[], io: CommandIo = processIo): Promise<void> {
    try {
        await createProgram(io).parseAsync([...argv], { from: 'user' });
    } catch (error) {
        io.setExitCode(exitCodeFor(error, io));
    }
}

function exitCodeFor(error: unknown, io: CommandIo): number {
    if (error instanceof CommanderError) {
        // Commander has printed its message (or the help, or the version) already.
        return error.exitCode === 0 ? ExitCode.Ok : ExitCode.Usage;
    }
    if (error instanceof UsageError) {
        io.err(`proj: ${error.message}`);
        return ExitCode.Usage;
    }
    // A bug in proj, not a mistake of the user's: the stack helps a bug report.
    io.err(`proj: internal error: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return ExitCode.Usage;
}
