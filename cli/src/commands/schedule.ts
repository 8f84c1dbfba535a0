import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { Option, type Command } from 'commander';
import { isProject, type Project } from '../../../language/src/generated/ast.js';
import { ExitCode, UsageError } from '../cli-error.js';
import { collectDiagnostics, formatDiagnosticLine } from '../format-diagnostics.js';
import { formatScheduleCsv, formatScheduleJson, formatScheduleTable } from '../format-schedule.js';
import { loadWorkspace, type LoadedFile } from '../load-workspace.js';
import type { CommandIo } from '../command-io.js';

export type ScheduleFormat = 'table' | 'json' | 'csv';

export interface ScheduleOptions {
    readonly format: ScheduleFormat;
    /** The id of the project to schedule; needed only when the file holds several. */
    readonly project?: string;
}

/** `proj schedule <file>`: the dates, floats and critical path of one project of a plan. */
export function registerScheduleCommand(program: Command, io: CommandIo): void {
    program
        .command('schedule')
        .description('Schedule a project of a plan: its dates, floats and critical path.')
        .argument('<file>', 'the .proj file (the plans next to it are loaded too, for references)')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'json', 'csv']).default('table'))
        .option('--project <id>', 'the project to schedule, when the file holds several')
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
    if ((await stat(path.resolve(file)).catch(() => undefined))?.isDirectory()) {
        throw new UsageError(`${file}: a folder; proj schedule takes one .proj file.`);
    }
    const { services, files } = await loadWorkspace([file], { validation: true });
    const loaded = files[0];

    // Warnings do not stop scheduling, and are not printed: standard output is for the schedule.
    const errors = collectDiagnostics(files).diagnostics.filter(diagnostic => diagnostic.severity === 'error');
    if (errors.length > 0) {
        for (const diagnostic of errors) {
            io.err(formatDiagnosticLine(diagnostic));
        }
        io.err(`proj: ${loaded.displayPath} has errors; fix them to schedule it.`);
        return ExitCode.Failure;
    }

    const project = chooseProject(loaded, options.project);
    const schedules = services.Proj.planning.ProjectSchedules;
    const result = schedules.scheduleOf(project);
    if (!result) {
        io.err(project.start === undefined
            ? `proj: project '${project.name}' has no start date, so it cannot be scheduled.`
            : `proj: project '${project.name}' cannot be scheduled. ${schedules.problemOf(project) ?? ''}`.trimEnd());
        return ExitCode.Failure;
    }

    switch (options.format) {
        case 'json':
            io.out(formatScheduleJson(result));
            break;
        case 'csv':
            io.out(formatScheduleCsv(result));
            break;
        default:
            for (const line of formatScheduleTable(result, { id: project.name, title: project.title })) {
                io.out(line);
            }
    }
    return ExitCode.Ok;
}

/** The project named by `--project`, or the only project of the file. */
function chooseProject(file: LoadedFile, id: string | undefined): Project {
    const projects = file.document.parseResult.value.elements.filter(isProject);
    const ids = projects.map(project => `'${project.name}'`).join(', ');
    if (id !== undefined) {
        const chosen = projects.find(project => project.name === id);
        if (!chosen) {
            throw new UsageError(projects.length === 0
                ? `${file.displayPath}: no project '${id}'; the file holds no project.`
                : `${file.displayPath}: no project '${id}'; the file holds ${ids}.`);
        }
        return chosen;
    }
    if (projects.length === 0) {
        throw new UsageError(`${file.displayPath}: no project to schedule.`);
    }
    if (projects.length > 1) {
        throw new UsageError(`${file.displayPath} holds several projects (${ids}): choose one with --project <id>.`);
    }
    return projects[0];
}
