// What `proj schedule`, `export`, `evm`, `report` and `resources` share: load one plan, stop on its errors, choose one of
// its projects and schedule it.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { isProject, type Project } from '../../language/src/generated/ast.js';
import type { PlanInput, Schedule } from '../../language/src/engine/plan-model.js';
import { ExitCode, UsageError } from './cli-error.js';
import { collectDiagnostics, formatDiagnosticLine } from './format-diagnostics.js';
import { loadWorkspace, type CliServices, type LoadedFile } from './load-workspace.js';
import type { CommandIo } from './command-io.js';
import { isBaselineProblem } from '../../language/src/history/baseline-plans.js';
import type { BaselineAgainst } from './format-schedule.js';

/** One project of a plan, with its schedule. */
export interface ProjectWithSchedule {
    readonly project: Project;
    /** The plain-data plan the schedule was computed from. */
    readonly plan: PlanInput;
    readonly schedule: Schedule;
    readonly file: LoadedFile;
    /** The services the plan was loaded with (for the built-in standard, say). */
    readonly services: CliServices;
    /** The plan against its baseline: the one `--baseline` names, else the first the project names; none without one. */
    readonly baseline?: BaselineAgainst;
}

export interface LoadOptions {
    /** A git revision to measure against instead of the project's first `baseline`. */
    readonly baseline?: string;
}

/**
 * How messages name the command: `proj evm` (its name) measures a project (the verb, as in "no
 * project to measure" and "fix them to measure it", or with `what` instead of "it"). A plain
 * string is both name and verb, as for `schedule`.
 */
export type CommandWords = string | { readonly name: string; readonly verb: string; readonly what?: string };

/**
 * Loads `file` (with the plans next to it), and schedules its project `id` (or its only project).
 * Errors in the file, or a project that cannot be scheduled, are printed to standard error and
 * give {@link ExitCode.Failure}; mistakes in the arguments (a folder, several projects and no id,
 * an unknown id) are {@link UsageError}s. `words` names the command in messages.
 */
export async function loadProjectSchedule(file: string, id: string | undefined, words: CommandWords, io: CommandIo, options: LoadOptions = {}): Promise<ProjectWithSchedule | typeof ExitCode.Failure> {
    const { name, verb, what = 'it' } = typeof words === 'string' ? { name: words, verb: words } : words;
    await checkNotFolder(file, name);
    const { services, files } = await loadWorkspace([file], { validation: true });
    const loaded = files[0];

    // Warnings do not stop the command, and are not printed: standard output is for its result.
    const errors = collectDiagnostics(files).diagnostics.filter(diagnostic => diagnostic.severity === 'error');
    if (errors.length > 0) {
        for (const diagnostic of errors) {
            io.err(formatDiagnosticLine(diagnostic));
        }
        io.err(`proj: ${loaded.displayPath} has errors; fix them to ${verb} ${what}.`);
        return ExitCode.Failure;
    }

    const project = chooseProject(loaded, id, verb);
    const schedules = services.Proj.planning.ProjectSchedules;
    const schedule = schedules.scheduleOf(project);
    const plan = schedules.planOf(project);
    if (!schedule || !plan) {
        io.err(project.start === undefined
            ? `proj: project '${project.name}' has no start date, so it cannot be scheduled.`
            : `proj: project '${project.name}' cannot be scheduled. ${schedules.problemOf(project) ?? ''}`.trimEnd());
        return ExitCode.Failure;
    }
    const baseline = await baselineOf(project, loaded, services, options.baseline, io);
    if (baseline === ExitCode.Failure) {
        return baseline;
    }
    return { project, plan, schedule, file: loaded, services, baseline };
}

/**
 * The baseline to measure against: `--baseline`'s revision (which must be readable), else the
 * project's first `baseline` (where it cannot be read, a note on standard error says why).
 */
async function baselineOf(project: Project, file: LoadedFile, services: CliServices, revision: string | undefined, io: CommandIo): Promise<BaselineAgainst | undefined | typeof ExitCode.Failure> {
    const schedules = services.Proj.planning.ProjectSchedules;
    const named = revision ?? project.baselines[0]?.revision;
    if (named === undefined) {
        return undefined;
    }
    const outcome = await services.Proj.planning.Baselines.load(file.document.uri.toString(), project.name, named, services.Proj.planning.Programmes.linkedFiles(project));
    if (isBaselineProblem(outcome)) {
        io.err(`proj: baseline '${named}' cannot be read: ${outcome.problem}`);
        return revision === undefined ? undefined : ExitCode.Failure;
    }
    return schedules.baselineComparisonOf(project, named);
}

/** A folder is a usage error: `proj <command>` takes one plan. */
export async function checkNotFolder(file: string, command: string): Promise<void> {
    if ((await stat(path.resolve(file)).catch(() => undefined))?.isDirectory()) {
        throw new UsageError(`${file}: a folder; proj ${command} takes one .proj file.`);
    }
}

/** The project named by `--project`, or the only project of the file; `verb` says what the command does to it. */
export function chooseProject(file: LoadedFile, id: string | undefined, verb: string): Project {
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
        throw new UsageError(`${file.displayPath}: no project to ${verb}.`);
    }
    if (projects.length > 1) {
        throw new UsageError(`${file.displayPath} holds several projects (${ids}): choose one with --project <id>.`);
    }
    return projects[0];
}
