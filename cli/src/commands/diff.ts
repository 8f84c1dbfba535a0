import { Option, type Command } from 'commander';
import { scheduleDiff } from '../../../language/src/engine/schedule-diff.js';
import { GitError } from '../../../language/src/history/git-repository.js';
import { ExitCode, UsageError } from '../cli-error.js';
import { formatScheduleDiffJson, formatScheduleDiffTable } from '../format-schedule-diff.js';
import type { CliServices } from '../load-workspace.js';
import { checkRevision, linkedToday, repositoryOf, revisionVersion, workingTreeVersion, type PlanVersion } from '../plan-versions.js';
import { scheduleDiffMarkdown } from '../schedule-diff-markdown.js';
import { checkNotFolder } from '../scheduled-project.js';
import type { CommandIo } from '../command-io.js';

export type DiffFormat = 'table' | 'markdown' | 'json';

export interface DiffOptions {
    readonly format: DiffFormat;
    /** The id of the project to compare; needed only when the file holds several. */
    readonly project?: string;
}

/** `proj diff [rev1] [rev2] <file>`: what changed in the schedule between two versions of a plan in git. */
export function registerDiffCommand(program: Command, io: CommandIo): void {
    program
        .command('diff')
        .description('What changed in the schedule between two versions of a plan in git: work added, removed and moved (in working days), durations, links, the critical path, the finish, the budget and risk scores.')
        .usage('[options] [rev1] [rev2] <file>')
        .argument('<revisions-and-file...>', 'up to two git revisions, then the .proj file: none, HEAD against the working tree; one, that revision against the working tree; two, the first against the second')
        .addOption(new Option('--format <format>', 'output format').choices(['table', 'markdown', 'json']).default('table'))
        .option('--project <id>', 'the project to compare, when the file holds several')
        .action(async (args: string[], options: DiffOptions) => {
            io.setExitCode(await diff(args, options, io));
        });
}

/**
 * Compares two versions of the plan `args.at(-1)` and writes what changed. Returns the exit code:
 * 0 when compared (whatever changed), 1 when a version has errors, cannot be scheduled or did not
 * exist at its revision. Arguments git cannot follow (a file outside a repository, a revision it
 * does not know) are {@link UsageError}s.
 */
export async function diff(args: readonly string[], options: DiffOptions, io: CommandIo): Promise<number> {
    const file = args.at(-1)!;
    const revisions = args.slice(0, -1);
    if (revisions.length > 2) {
        throw new UsageError(`proj diff compares two versions: give at most two revisions before the file (${revisions.length} given).`);
    }
    await checkNotFolder(file, 'diff');
    try {
        const versions = await compared(file, revisions, options, io);
        if (versions === ExitCode.Failure) {
            return versions;
        }
        const result = scheduleDiff(versions.before, versions.after);
        switch (options.format) {
            case 'json':
                io.out(formatScheduleDiffJson(result, versions));
                break;
            case 'markdown':
                io.out(scheduleDiffMarkdown(result, versions).trimEnd());
                break;
            default:
                for (const line of formatScheduleDiffTable(result, versions)) {
                    io.out(line);
                }
        }
        return ExitCode.Ok;
    } catch (error) {
        // git itself failed (not installed, too slow): not the user's mistake, nor a bug in proj.
        if (error instanceof GitError) {
            io.err(`proj: git failed: ${error.message}`);
            return ExitCode.Failure;
        }
        throw error;
    }
}

/** The two versions: `rev1` against `rev2`, or against the working tree (HEAD when no revision is given). */
async function compared(file: string, revisions: readonly string[], options: DiffOptions, io: CommandIo): Promise<{ before: PlanVersion; after: PlanVersion } | typeof ExitCode.Failure> {
    const [beforeRevision = 'HEAD', afterRevision] = revisions;
    const words = { name: 'diff', verb: 'compare' };
    const repository = await repositoryOf(file);
    for (const revision of revisions.length === 0 ? ['HEAD'] : revisions) {
        await checkRevision(repository, revision);
    }
    let after: PlanVersion | typeof ExitCode.Failure;
    let services: CliServices;
    // The plans linked with it today, read as they were at each revision too.
    let linked: readonly string[];
    if (afterRevision === undefined) {
        const workingTree = await workingTreeVersion(file, options.project, repository, words, io);
        if (workingTree === ExitCode.Failure) {
            return workingTree;
        }
        ({ version: after, services, linked } = workingTree);
    } else {
        ({ services, linked } = await linkedToday(file));
        after = await revisionVersion(file, afterRevision, options.project, services, io, linked);
        if (after === ExitCode.Failure) {
            return after;
        }
    }
    // The same project then, even if it has been renamed since (the file's only project).
    const before = await revisionVersion(file, beforeRevision, after.project.id, services, io, linked);
    return before === ExitCode.Failure ? before : { before, after };
}
