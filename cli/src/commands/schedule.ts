import { Option, type Command } from 'commander';
import { compareWithBaseline } from '../../../language/src/engine/baseline-variance.js';
import { levelledScheduleOf } from '../../../language/src/engine/levelling/plan-levelling.js';
import { ExitCode } from '../cli-error.js';
import { formatScheduleCsv, formatScheduleJson, formatScheduleTable } from '../format-schedule.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import type { CommandIo } from '../command-io.js';
import { withShownDurations } from '../../../language/src/engine/shown-durations.js';

export type ScheduleFormat = 'table' | 'json' | 'csv';

export interface ScheduleOptions {
    readonly format: ScheduleFormat;
    /** The id of the project to schedule; needed only when the file holds several. */
    readonly project?: string;
    /** Level the plan, as its `level` statement would. */
    readonly level?: boolean;
    /** The git revision to measure variance against, instead of the project's first baseline. */
    readonly baseline?: string;
}

/** `proj schedule <file>`: the dates, floats and critical path of one project of a plan. */
export function registerScheduleCommand(program: Command, io: CommandIo): void {
    program
        .command('schedule')
        .description('Schedule a project of a plan: its dates, floats and critical path.')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
        .option('--project <id>', 'the project to schedule, when the file holds several')
        .option('--level', 'level the plan (delay work until its resources are free), as the project\'s `level` statement does')
        .option('--baseline <revision>', 'the git revision (tag, branch, commit) to measure variance against, instead of the project\'s first `baseline`')
        .action(async (file: string, options: ScheduleOptions) => {
            io.setExitCode(await schedule(file, options, io));
        });
}

/**
 * Schedules one project of `file` and writes the schedule to standard output. Returns the exit
 * code: 1 if the file has errors or the project cannot be scheduled, else 0. Mistakes in the
 * arguments (a folder, several projects and no `--project`, an unknown id) are {@link UsageError}s.
 */
export async function schedule(file: string, options: ScheduleOptions, io: CommandIo): Promise<number> {
    const loaded = await loadProjectSchedule(file, options.project, 'schedule', io, { baseline: options.baseline });
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, plan } = loaded;
    const levelled = options.level && !loaded.schedule.levelled;
    const result = levelled ? levelledScheduleOf(plan, loaded.schedule) : loaded.schedule;
    // Variance is of the plan as scheduled: levelled here on request, it is measured again.
    const baselinePlan = levelled && loaded.baseline && loaded.services.Proj.planning.ProjectSchedules.baselineOf(project, loaded.baseline.source.revision);
    const baseline = baselinePlan ? { ...compareWithBaseline({ plan, schedule: result }, baselinePlan.snapshot), source: baselinePlan.source } : loaded.baseline;

    // Finished work shows the days it took, in every format.
    const shown = withShownDurations(plan, result);
    switch (options.format) {
        case 'json':
            io.out(formatScheduleJson(shown, plan, baseline));
            break;
        case 'csv':
            io.out(formatScheduleCsv(shown));
            break;
        default:
            for (const line of formatScheduleTable(shown, { id: project.name, title: project.title }, baseline)) {
                io.out(line);
            }
    }
    return ExitCode.Ok;
}
