// The baselines a plan names (`baseline "v1-approved"`): each a git revision, read as the plan file
// was then, scheduled, and kept as plain data. A commit never changes, so what was read from one is
// kept for good; which commit a tag or branch names is asked of git again after a few seconds.
import * as path from 'node:path';
import { URI } from 'langium';
import { GitError, GitRepository } from './git-repository.js';
import type { PlanReader } from './plan-reader.js';
import { snapshotOf, type PlanSnapshot } from './plan-snapshot.js';

/** Where a baseline was read from. */
export interface BaselineSource {
    /** The revision as the plan names it. */
    readonly revision: string;
    readonly commit: string;
    /** The plan file's path at that commit, relative to the repository. */
    readonly path: string;
}

export type BaselineOutcome =
    | {
        readonly source: BaselineSource; readonly snapshot: PlanSnapshot;
        /** Files of the plans it is linked with that did not exist at the revision: it was read without them. */
        readonly without?: readonly string[];
    }
    | { readonly problem: string };

export function isBaselineProblem(outcome: BaselineOutcome): outcome is { readonly problem: string } {
    return 'problem' in outcome;
}

/** How long a revision's commit and a folder's repository are trusted before git is asked again. */
const RESOLUTION_TTL_MS = 3_000;
/** Snapshots kept, the least recently used dropped first. */
const MAX_SNAPSHOTS = 64;

interface Timed<T> {
    readonly value: Promise<T>;
    readonly at: number;
}

export class BaselinePlans {
    private readonly repositories = new Map<string, Timed<GitRepository | undefined>>();
    private readonly commits = new Map<string, Timed<string | undefined>>();
    private readonly snapshots = new Map<string, Promise<BaselineOutcome>>();
    /** The last outcome per plan file, project and revision, for those who cannot wait (hover, preview). */
    private readonly latest = new Map<string, BaselineOutcome>();

    constructor(private readonly reader: PlanReader, private readonly now: () => number = Date.now) {}

    /**
     * The baseline `revision` of project `projectName` (or of the file's only project) in the plan
     * file `fileUri`: read from git, or the reason it cannot be (not saved in a folder, not in a
     * repository, no such revision, no such file then, errors in the plan then). The files of the
     * plans it is linked with (`linkedUris`) are read as they were at that revision too, so that
     * its links to them are scheduled as they were. Never rejects.
     */
    async load(fileUri: string, projectName: string | undefined, revision: string, linkedUris: readonly string[] = []): Promise<BaselineOutcome> {
        const outcome = await this.loadNow(fileUri, projectName, revision, linkedUris).catch((error: unknown): BaselineOutcome => ({
            problem: error instanceof GitError ? error.message : `reading it failed: ${error instanceof Error ? error.message : String(error)}`,
        }));
        this.latest.set(latestKey(fileUri, projectName ?? '', revision), outcome);
        return outcome;
    }

    /** The outcome of the last `load` of this baseline, if there was one. */
    loaded(fileUri: string, projectName: string, revision: string): BaselineOutcome | undefined {
        return this.latest.get(latestKey(fileUri, projectName, revision));
    }

    private async loadNow(fileUri: string, projectName: string | undefined, revision: string, linkedUris: readonly string[]): Promise<BaselineOutcome> {
        const uri = URI.parse(fileUri);
        if (uri.scheme !== 'file') {
            return { problem: 'the plan is not saved in a folder, so it has no git history.' };
        }
        const file = uri.fsPath;
        const repository = await this.remember(this.repositories, path.dirname(file), () => GitRepository.containing(file));
        if (!repository) {
            return { problem: `${path.basename(file)} is not in a git repository, so it has no revision '${revision}'.` };
        }
        const commit = await this.remember(this.commits, `${repository.root}\0${revision}`, () => repository.resolve(revision));
        if (!commit) {
            const shallow = await repository.isShallow().catch(() => false);
            return { problem: `git knows no revision '${revision}'${shallow ? ' (this is a shallow clone: fetch its history, or the tag)' : ''}.` };
        }
        const relative = repository.relativePath(file);
        const linked = linkedUris.map(linkedUri => URI.parse(linkedUri)).filter(linkedUri => linkedUri.scheme === 'file')
            .map(linkedUri => repository.relativePath(linkedUri.fsPath)).sort();
        const key = `${commit}\0${relative}\0${projectName ?? ''}\0${linked.join('\0')}`;
        let snapshot = this.snapshots.get(key);
        if (snapshot) {
            // Most recently used last.
            this.snapshots.delete(key);
        } else {
            snapshot = this.read(repository, commit, relative, projectName, revision, linked);
        }
        this.snapshots.set(key, snapshot);
        while (this.snapshots.size > MAX_SNAPSHOTS) {
            this.snapshots.delete(this.snapshots.keys().next().value!);
        }
        return snapshot;
    }

    private async read(repository: GitRepository, commit: string, relative: string, projectName: string | undefined, revision: string, linked: readonly string[]): Promise<BaselineOutcome> {
        const found = await repository.fileAt(commit, relative);
        if (!found) {
            return { problem: `${relative} did not exist at '${revision}' (${commit.slice(0, 7)}).` };
        }
        const besides = await Promise.all(linked.map(async other => ({ other, found: await repository.fileAt(commit, other) })));
        const beside = besides.flatMap(({ found: then }) => then ? [{ text: then.text, name: then.path }] : []);
        const without = besides.filter(({ found: then }) => !then).map(({ other }) => other);
        return this.reader.read(found.text, path.posix.basename(found.path), projectName, read => {
            if ('problem' in read) {
                return { problem: `${found.path} at '${revision}': ${read.problem}.` };
            }
            if (read.errors.length > 0) {
                return { problem: `${found.path} at '${revision}' has errors (${read.errors[0]}${read.errors.length > 1 ? `, and ${read.errors.length - 1} more` : ''}).` };
            }
            const snapshot = snapshotOf(read.project, read.services.planning.ProjectSchedules);
            if (!snapshot?.schedule) {
                return { problem: `the plan at '${revision}' cannot be scheduled: ${snapshot?.problem ?? 'it has no start date'}.` };
            }
            return { source: { revision, commit, path: found.path }, snapshot, ...(without.length > 0 ? { without } : {}) };
        }, { beside });
    }

    private remember<T>(cache: Map<string, Timed<T>>, key: string, make: () => Promise<T>): Promise<T> {
        const cached = cache.get(key);
        if (cached && this.now() - cached.at < RESOLUTION_TTL_MS) {
            return cached.value;
        }
        const value = make();
        cache.set(key, { value, at: this.now() });
        // A failure is not remembered: the next edit asks again.
        value.catch(() => cache.delete(key));
        return value;
    }
}

function latestKey(fileUri: string, projectName: string, revision: string): string {
    return `${fileUri}\0${projectName}\0${revision}`;
}
