// The versions of a plan that `proj diff` compares: the working tree, loaded as every command loads
// a plan, and revisions in git, read apart from the workspace (as baselines are). The repository and
// the revisions are checked first, so that a mistake in the arguments is a usage error that says
// what to do; a plan that did not exist, or had errors, at a revision is a failure.
import { stat } from 'node:fs/promises';
import * as path from 'node:path';
import { URI } from 'langium';
import type { Schedule } from '../../language/src/engine/plan-model.js';
import type { DiffSide } from '../../language/src/engine/schedule-diff.js';
import { isProject } from '../../language/src/generated/ast.js';
import { isBaselineProblem } from '../../language/src/history/baseline-plans.js';
import { GitRepository } from '../../language/src/history/git-repository.js';
import { snapshotOf, type PlanSnapshot } from '../../language/src/history/plan-snapshot.js';
import { ExitCode, UsageError } from './cli-error.js';
import type { CommandIo } from './command-io.js';
import { createCliServices, loadWorkspace, type CliServices } from './load-workspace.js';
import { loadProjectSchedule, type CommandWords } from './scheduled-project.js';

/** Where a version of the plan came from: a revision and its commit, or the working tree (neither). */
export interface VersionSource {
    readonly revision?: string;
    readonly commit?: string;
    /** The plan file's path then, relative to the repository's root. */
    readonly path: string;
}

/** One version of the plan, scheduled. */
export interface PlanVersion extends DiffSide {
    readonly project: PlanSnapshot['project'];
    readonly source: VersionSource;
}

/** The repository `file` is in; a file in none is a usage error. */
export async function repositoryOf(file: string): Promise<GitRepository> {
    const repository = await GitRepository.containing(file);
    if (!repository && !(await stat(path.dirname(path.resolve(file))).catch(() => undefined))) {
        throw new UsageError(`${file}: no such file or folder.`);
    }
    if (!repository) {
        throw new UsageError(`${file} is not in a git repository, so it has no revisions to compare.`);
    }
    return repository;
}

/** Checks that git knows `revision`; one it does not know is a usage error (a shallow clone may lack it). */
export async function checkRevision(repository: GitRepository, revision: string): Promise<void> {
    if (await repository.resolve(revision) === undefined) {
        const shallow = await repository.isShallow().catch(() => false);
        throw new UsageError(shallow
            ? `git knows no revision '${revision}': this is a shallow clone, whose history stops short; fetch more of it (git fetch --unshallow, or --depth) or the tag, then try again.`
            : `git knows no revision '${revision}'.`);
    }
}

/** The plan in the working tree, its errors printed and stopping the command as in every command. */
export async function workingTreeVersion(file: string, projectId: string | undefined, repository: GitRepository, words: CommandWords, io: CommandIo): Promise<{ version: PlanVersion; services: CliServices; linked: readonly string[] } | typeof ExitCode.Failure> {
    const loaded = await loadProjectSchedule(file, projectId, words, io);
    if (loaded === ExitCode.Failure) {
        return loaded;
    }
    // Scheduled already, so its snapshot has a schedule.
    const snapshot = snapshotOf(loaded.project, loaded.services.Proj.planning.ProjectSchedules)!;
    return {
        version: versionOf(snapshot as PlanSnapshot & { schedule: Schedule }, { path: repository.relativePath(file) }), services: loaded.services,
        linked: loaded.services.Proj.planning.Programmes.linkedFiles(loaded.project),
    };
}

/**
 * Services for reading the plan at revisions, and the files of the plans it is linked with in the
 * working tree (none when it is not there now): read as they were at each revision, with it.
 */
export async function linkedToday(file: string): Promise<{ services: CliServices; linked: readonly string[] }> {
    if (!await stat(file).then(found => found.isFile(), () => false)) {
        return { services: await createCliServices(), linked: [] };
    }
    const { services, files } = await loadWorkspace([file], { validation: false });
    const projects = files[0]?.document.parseResult.value.elements.filter(isProject) ?? [];
    return { services, linked: [...new Set(projects.flatMap(project => services.Proj.planning.Programmes.linkedFiles(project)))] };
}

/**
 * The plan as it was at `revision` (following renames), its project `projectId` or its only one,
 * read with the files of the plans it is linked with (`linked`) as they were then; a failure, its
 * reason printed, when it did not exist then, had errors or could not be scheduled.
 */
export async function revisionVersion(file: string, revision: string, projectId: string | undefined, services: CliServices, io: CommandIo, linked: readonly string[] = []): Promise<PlanVersion | typeof ExitCode.Failure> {
    const outcome = await services.Proj.planning.Baselines.load(URI.file(path.resolve(file)).toString(), projectId, revision, linked);
    if (isBaselineProblem(outcome)) {
        io.err(`proj: ${outcome.problem.replace(/\.?$/, '.')}`);
        return ExitCode.Failure;
    }
    // A baseline is only loaded with its schedule (baseline-plans.ts).
    return versionOf(outcome.snapshot as PlanSnapshot & { schedule: Schedule }, outcome.source);
}

function versionOf(snapshot: PlanSnapshot & { schedule: Schedule }, source: VersionSource): PlanVersion {
    return { project: snapshot.project, plan: snapshot.plan, schedule: snapshot.schedule, registers: snapshot.registers, source };
}
