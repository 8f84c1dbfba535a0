import { Option, type Command } from 'commander';
import { ExitCode } from '../cli-error.js';
import { emitDocument } from '../command-output.js';
import { formatResourcesCsv, formatResourcesJson, formatResourcesMarkdown, formatResourcesTable, RESOURCES_CSV_COLUMNS, resourceReportOf } from '../format-resources.js';
import { loadProjectSchedule } from '../scheduled-project.js';
import type { CommandIo } from '../command-io.js';

export type ResourcesFormat = 'table' | 'json' | 'csv' | 'markdown';

export interface ResourcesOptions {
    readonly format: ResourcesFormat;
    /** The id of the project to show; needed only when the file holds several. */
    readonly project?: string;
    /** The file to write, instead of standard output. */
    readonly output?: string;
}

const HELP_AFTER = `
Each resource's load week by week (ISO weeks, from Monday), over the schedule from its start
to its finish (so the first and last weeks may be partial), in unit-days: a crew of 4 working
5 days has 20 available. 'over' sums, day by day, the units asked for beyond those the resource
has that day (none on its days off and leave), so a quiet day never makes up for a day over.
Then the work assigned to it: task, name, units a day, start and finish.

  --format table     for people: '!' marks a week with a day over; the stretches of days over
                     (after the status date, if the plan has one) are listed last
  --format json      { project, start, finish, status, resources: [{ id, name, units, calendar,
                     leave: [{ from, to, title }], weeks: [{ week, required, available, over,
                     daysOver }], assignments: [{ task, name, units, start, finish }] }],
                     overAllocations: [{ resource, from, to, required, available, items }] }
  --format csv       a row per resource and week. Columns: ${RESOURCES_CSV_COLUMNS.join(',')}
  --format markdown  a section per resource with GitHub tables, for a report

Exit code 0: the loading is printed (over-allocation is part of it, not an error); 1: the plan
has errors or cannot be scheduled; 2: bad usage.

Examples:
  proj resources plans/office-move.proj
  proj resources plans/office-move.proj --format markdown -o reports/resources.md
  proj resources plans/office-move.proj --format csv > loading.csv`;

/** `proj resources <file>`: each resource's load week by week, and the work assigned to it. */
export function registerResourcesCommand(program: Command, io: CommandIo): void {
    program
        .command('resources')
        .description('Resource loading of a project: each resource\'s units required and available week by week, where it is over-allocated, and the work assigned to it.')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv', 'markdown']).default('table'))
        .option('--project <id>', 'the project to show, when the file holds several')
        .option('-o, --output <path>', 'write to this file (folders are made as needed) instead of standard output')
        .addHelpText('after', HELP_AFTER)
        .action(async (file: string, options: ResourcesOptions) => {
            io.setExitCode(await resources(file, options, io));
        });
}

/**
 * Shows the resource loading of one project of `file`. Returns the exit code: 1 if the file has
 * errors or the project cannot be scheduled, else 0, over-allocated or not. Mistakes in the
 * arguments (a folder, several projects and no `--project`, an unknown id) are {@link UsageError}s.
 */
export async function resources(file: string, options: ResourcesOptions, io: CommandIo): Promise<number> {
    const loaded = await loadProjectSchedule(file, options.project, { name: 'resources', verb: 'show', what: 'its resource loading' }, io);
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    const { project, plan, schedule, services } = loaded;
    const report = resourceReportOf(plan, schedule, services.Proj.planning.ProjectSchedules.loadingOf(project));

    switch (options.format) {
        case 'json':
            await emitDocument(formatResourcesJson(report), options.output, io);
            break;
        case 'csv':
            await emitDocument(formatResourcesCsv(report), options.output, io);
            break;
        case 'markdown':
            await emitDocument(formatResourcesMarkdown(report), options.output, io);
            break;
        default:
            await emitDocument(formatResourcesTable(report).join('\n'), options.output, io);
    }
    return ExitCode.Ok;
}
