import { Option, type Command } from 'commander';
import { earnedValueOf } from '../../../language/src/engine/earned-value.js';
import { ExitCode } from '../cli-error.js';
import { formatEarnedValueJson, formatEarnedValueTable } from '../format-earned-value.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import type { CommandIo } from '../command-io.js';

export interface EarnedValueOptions {
    readonly format: 'table' | 'json';
    readonly project?: string;
    /** The git revision planned value comes from, instead of the project's first baseline. */
    readonly baseline?: string;
}

/** `proj evm <file>`: planned value, earned value, actual cost and what follows, at the status date. */
export function registerEarnedValueCommand(program: Command, io: CommandIo): void {
    program
        .command('evm')
        .description('Earned value of a project at its status date: PV, EV, AC, variances, indices and forecasts, per task, phase and project.')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json']).default('table'))
        .option('--project <id>', 'the project to measure, when the file holds several')
        .option('--baseline <revision>', 'the git revision (tag, branch, commit) planned value comes from, instead of the project\'s first `baseline`')
        .action(async (file: string, options: EarnedValueOptions) => {
            io.setExitCode(await earnedValue(file, options, io));
        });
}

export async function earnedValue(file: string, options: EarnedValueOptions, io: CommandIo): Promise<number> {
    const loaded = await loadProjectSchedule(file, options.project, { name: 'evm', verb: 'measure' }, io, { baseline: options.baseline });
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, plan } = loaded;
    const baseline = loaded.baseline && loaded.services.Proj.planning.ProjectSchedules.baselineOf(project, loaded.baseline.source.revision);
    const report = earnedValueOf(plan, undefined, baseline?.snapshot);
    if (!report) {
        io.err(`proj: project '${project.name}' has no status date: add one, such as 'status 2027-03-15', to measure its earned value.`);
        return ExitCode.Failure;
    }
    const measured = { id: project.name, title: project.title, currency: project.currency, baseline: baseline?.source };
    if (options.format === 'json') {
        io.out(formatEarnedValueJson(report, measured));
    } else {
        for (const line of formatEarnedValueTable(report, measured)) {
            io.out(line);
        }
    }
    return ExitCode.Ok;
}
