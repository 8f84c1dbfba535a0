// A plan's history read from git, for `proj trend`: every commit that changed the plan file
// (following renames, merges included), and the plan as it was at each, as plain data. Hundreds of
// versions are read in a few processes, not one each: one `git log` lists the versions with the
// object holding each text, one `git cat-file --batch` reads the texts, and a text seen before
// (a revert, a rename, a merge that took one side) is parsed once, by the reader given (in this
// thread, or shared among worker threads).
import { createHash } from 'node:crypto';
import * as path from 'node:path';
import type { TrendInput } from '../engine/plan-trend.js';
import { GitRepository, type FileVersion } from './git-repository.js';
import type { VersionOutcome, VersionReader, VersionText } from './version-reading.js';

/** Why there is no history to read: not in git, no such revision, never committed. The message is for the user, after the file's name. */
export class PlanHistoryError extends Error {}

export interface PlanHistoryOptions {
    /** Reads the versions' texts (version-reading.ts). */
    readonly reader: VersionReader;
    /** The project to follow; the file's only project when undefined. */
    readonly project?: string;
    /** From the plan as it was at this revision on; the whole history when undefined. */
    readonly since?: string;
    /** The baseline the plan names first, to find among the versions. */
    readonly baseline?: string;
    /**
     * The files of the plans it is linked with (programmes.ts), read as they were at each version's
     * commit: its links to them resolve and are scheduled as they were then.
     */
    readonly linked?: readonly string[];
}

export interface PlanHistory extends TrendInput {
    /** The repository's root. */
    readonly root: string;
    /** The plan file relative to the root, as git names it today. */
    readonly path: string;
    /** The repository is a shallow clone: the history stops at its oldest fetched commit. */
    readonly shallow: boolean;
}

/**
 * The versions of the plan in `file` in the history of HEAD, oldest first, each read and
 * scheduled, or with the reason it could not be. Rejects with a {@link PlanHistoryError} when
 * there is no history to read, or a GitError when git fails.
 */
export async function readPlanHistory(file: string, options: PlanHistoryOptions): Promise<PlanHistory> {
    const repository = await GitRepository.containing(file);
    if (!repository) {
        throw new PlanHistoryError('not in a git repository, so it has no history.');
    }
    const relative = repository.relativePath(file);
    const shallow = await repository.isShallow();
    const shallowHint = shallow ? ' (this is a shallow clone: fetch more of its history)' : '';
    const all = await repository.fileVersions(relative);
    if (all.length === 0) {
        throw new PlanHistoryError('no commit has it yet: commit it to start its history.');
    }
    let selected = all;
    if (options.since !== undefined) {
        const since = await repository.resolve(options.since);
        if (!since) {
            throw new PlanHistoryError(`git knows no revision '${options.since}'${shallowHint}.`);
        }
        const before = await repository.ancestors(since);
        // The plan as it was at `since` (the newest version in its history), then every version after it.
        const atSince = all.find(version => before.has(version.commit));
        selected = all.filter(version => version === atSince || !before.has(version.commit));
    }
    const oldestFirst = [...selected].reverse();
    const located = options.baseline === undefined ? undefined : await locateBaseline(repository, options.baseline, all, shallowHint);
    // The baseline's version is read too when it is before those of the trend: planned value comes from it.
    const outcomes = await readVersions(repository, located?.held ? [...oldestFirst, located.held] : oldestFirst, options);
    const versions = oldestFirst.map(version => ({ commit: version.commit, date: version.date, subject: version.subject, path: version.path, ...outcomes(version) }));
    const index = located?.held ? oldestFirst.indexOf(located.held) : -1;
    const baseline = located && {
        revision: located.revision,
        ...(index >= 0 ? { version: index } : { problem: located.problem ?? `'${located.revision}' is before the versions read (see --since)` }),
        snapshot: located.held && outcomes(located.held).snapshot,
    };
    return { root: repository.root, path: relative, shallow, versions, baseline };
}

/** The version the baseline holds (the newest in its history), or why there is none. */
async function locateBaseline(repository: GitRepository, revision: string, all: readonly FileVersion[], shallowHint: string): Promise<{ revision: string; held?: FileVersion; problem?: string }> {
    const commit = await repository.resolve(revision);
    if (!commit) {
        return { revision, problem: `git knows no revision '${revision}'${shallowHint}` };
    }
    if (!(await repository.isAncestor(commit, 'HEAD'))) {
        return { revision, problem: `'${revision}' is not in the history of HEAD` };
    }
    const history = await repository.ancestors(commit);
    const held = all.find(version => history.has(version.commit));
    return held ? { revision, held } : { revision, problem: `the plan did not exist at '${revision}'` };
}

/**
 * Reads each distinct text of the versions once (with the linked plans' texts of its commit, where
 * the plan is linked with others); returns what each version holds.
 */
async function readVersions(repository: GitRepository, versions: readonly FileVersion[], options: PlanHistoryOptions): Promise<(version: FileVersion) => VersionOutcome> {
    const objects = [...new Set(versions.flatMap(version => version.object ?? []))];
    const linked = (options.linked ?? []).map(file => repository.relativePath(file));
    const texts = await repository.readObjects([...objects, ...versions.flatMap(version => version.object ? linked.map(other => `${version.commit}:${other}`) : [])]);
    // A linked file missing at a commit is left out: the links into it are unknown references there, an error the version reports.
    const besideOf = (version: FileVersion) => linked.flatMap(other => {
        const text = texts.get(`${version.commit}:${other}`);
        return text === undefined ? [] : [{ text, name: path.posix.basename(other) }];
    });
    const keyOf = (version: FileVersion, beside: ReturnType<typeof besideOf>) => beside.length === 0
        ? version.object!
        : `${version.object} ${createHash('sha1').update(beside.map(other => `${other.name}\0${other.text}`).join('\0')).digest('hex')}`;
    const jobs = new Map<string, VersionText>();
    const keys = new Map<FileVersion, string>();
    for (const version of versions) {
        const text = version.object === undefined ? undefined : texts.get(version.object);
        if (text === undefined) {
            continue;
        }
        const beside = besideOf(version);
        const key = keyOf(version, beside);
        keys.set(version, key);
        jobs.set(key, { key, text, name: path.posix.basename(version.path), ...(beside.length > 0 ? { beside } : {}) });
    }
    const outcomes = await options.reader([...jobs.values()], options.project);
    return version => version.object === undefined ? { problem: 'the commit deleted the plan' } : outcomes.get(keys.get(version) ?? '') ?? { problem: 'git cannot read it' };
}
