// The git repository a plan lives in, read through the `git` binary (spawned, never a library of
// its own): revisions resolved to commits, a file's text as it was at a commit (following renames),
// and the commits that changed a file. Every call has a timeout, and every failure is a GitError
// whose message can be shown to the user as it is.
import { execFile } from 'node:child_process';
import { stat } from 'node:fs/promises';
import * as path from 'node:path';

/** Long enough for a large repository on a slow disk; short enough that an editor never hangs on git. */
const GIT_TIMEOUT_MS = 10_000;
/**
 * Reading a file's whole history (`proj trend`, on the command line, never in the editor): `git log
 * --follow` walks every commit, which in a large repository takes longer than the editor may wait.
 */
const HISTORY_TIMEOUT_MS = 120_000;
/** `git show` of a large plan, or `git log` over thousands of commits. */
const MAX_OUTPUT = 256 * 1024 * 1024;

export class GitError extends Error {}

/** One commit that changed a file, newest first in a log. */
export interface FileCommit {
    readonly commit: string;
    /** The committer date, ISO 8601 with its offset. */
    readonly date: string;
    readonly subject: string;
    /** The file's path at that commit, relative to the repository's root. */
    readonly path: string;
}

/** Runs git in `cwd`; resolves with its standard output, or rejects with a GitError that says why. */
export function runGit(cwd: string, args: readonly string[], timeoutMs = GIT_TIMEOUT_MS): Promise<string> {
    return new Promise((resolve, reject) => {
        execFile('git', [...args], { cwd, timeout: timeoutMs, maxBuffer: MAX_OUTPUT, encoding: 'utf8', windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                reject(gitFailure(error, stderr, args, timeoutMs));
            } else {
                resolve(stdout);
            }
        });
    });
}

function firstLine(text: string): string {
    return text.split('\n').map(line => line.trim()).find(line => line.length > 0)?.replace(/^fatal: /, '') ?? '';
}

export class GitRepository {
    private constructor(
        /** The working tree's root, an absolute path. */
        readonly root: string,
    ) {}

    /** The repository `file` is in; undefined when it is in none. Rejects only when git itself fails (not installed, timed out). */
    static async containing(file: string): Promise<GitRepository | undefined> {
        const directory = path.dirname(path.resolve(file));
        if (!(await stat(directory).catch(() => undefined))?.isDirectory()) {
            return undefined;
        }
        try {
            const root = (await runGit(directory, ['rev-parse', '--show-toplevel'])).trim();
            return root ? new GitRepository(path.resolve(root)) : undefined;
        } catch (error) {
            if (error instanceof GitError && /not a git repository|No such file or directory|cannot change to/i.test(error.message)) {
                return undefined;
            }
            throw error;
        }
    }

    /** `file` relative to the root, with forward slashes, as git names it. */
    relativePath(file: string): string {
        return path.relative(this.root, path.resolve(file)).split(path.sep).join('/');
    }

    /** The commit a revision (tag, branch, commit, `HEAD~2`…) names; undefined when it names none. */
    async resolve(revision: string): Promise<string | undefined> {
        if (revision.startsWith('-')) {
            return undefined;
        }
        try {
            return (await runGit(this.root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`])).trim() || undefined;
        } catch (error) {
            if (error instanceof GitError && !/longer than|not installed/.test(error.message)) {
                return undefined;
            }
            throw error;
        }
    }

    /** Whether this is a shallow clone, whose history stops short. */
    async isShallow(): Promise<boolean> {
        return (await runGit(this.root, ['rev-parse', '--is-shallow-repository'])).trim() === 'true';
    }

    /** The text of `relativePath` at `commit`, or undefined when the commit has no such file. */
    async show(commit: string, relativePath: string): Promise<string | undefined> {
        try {
            return await runGit(this.root, ['show', `${commit}:${relativePath}`]);
        } catch (error) {
            if (error instanceof GitError && /does not exist|exists on disk, but not in|invalid object name|bad revision|not a valid object/i.test(error.message)) {
                return undefined;
            }
            throw error;
        }
    }

    /**
     * The file as it was at `commit`: at its path today, or, when it has been renamed since, at the
     * path it had then (git's rename detection between that commit and the working tree's HEAD).
     */
    async fileAt(commit: string, relativePath: string): Promise<{ readonly path: string; readonly text: string } | undefined> {
        const text = await this.show(commit, relativePath);
        if (text !== undefined) {
            return { path: relativePath, text };
        }
        const earlier = await this.pathBeforeRenames(commit, relativePath);
        const renamedText = earlier && await this.show(commit, earlier);
        return earlier && renamedText !== undefined ? { path: earlier, text: renamedText } : undefined;
    }

    /** The commits that changed `relativePath`, newest first, following it through renames. */
    async commitsOf(relativePath: string, options: { readonly since?: string; readonly until?: string } = {}): Promise<FileCommit[]> {
        const range = options.since ? [`${options.since}..${options.until ?? 'HEAD'}`] : [options.until ?? 'HEAD'];
        // A record separator that cannot appear in a path or a subject line.
        const output = await runGit(this.root, ['log', '--follow', '--name-only', '--format=%x1e%H%x00%cI%x00%s', ...range, '--', relativePath]);
        const commits: FileCommit[] = [];
        for (const record of output.split('\x1e')) {
            const [header, ...rest] = record.split('\n');
            const [commit, date, subject] = header.split('\x00');
            const filePath = rest.map(line => line.trim()).find(line => line.length > 0);
            if (commit && date && filePath) {
                commits.push({ commit, date, subject: subject ?? '', path: filePath });
            }
        }
        return commits;
    }

    /** Where `relativePath` (as it is named at HEAD) was at `commit`, by following its renames back. */
    private async pathBeforeRenames(commit: string, relativePath: string): Promise<string | undefined> {
        const history = await this.commitsOf(relativePath).catch(() => []);
        const ancestors = new Set((await runGit(this.root, ['rev-list', commit]).catch(() => '')).split('\n').filter(Boolean));
        // The newest commit that changed the file and is in the baseline's history names it as it was then.
        return history.find(entry => ancestors.has(entry.commit))?.path;
    }

    /**
     * Every version of `relativePath` in the history of `revision`, newest first, following it
     * through renames: the commit, its date and subject, the file's path then and the object
     * holding its text (undefined where the commit deleted it). One `git log`, which also lists
     * merges that changed the file (a combined diff), as `commitsOf` does not.
     */
    async fileVersions(relativePath: string, revision = 'HEAD'): Promise<FileVersion[]> {
        // -z: paths as they are, never quoted; fields apart by a unit separator, records by a record separator.
        const output = await runGit(this.root, ['log', '--follow', '--cc', '--raw', '-z', '--no-abbrev', '--format=%x1e%H%x1f%cI%x1f%s',
            '--end-of-options', revision, '--', relativePath], HISTORY_TIMEOUT_MS);
        return output.split('\x1e').flatMap(record => fileVersionOf(record));
    }

    /** The commits in the history of `revision`, itself included. */
    async ancestors(revision: string): Promise<Set<string>> {
        return new Set((await runGit(this.root, ['rev-list', '--end-of-options', revision], HISTORY_TIMEOUT_MS)).split('\n').filter(Boolean));
    }

    /** Whether `ancestor` is `descendant` or in its history. */
    async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
        try {
            await runGit(this.root, ['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant]);
            return true;
        } catch (error) {
            if (error instanceof GitError && !/longer than|not installed/.test(error.message)) {
                return false;
            }
            throw error;
        }
    }

    /**
     * The texts of many objects (object ids, or `commit:path`), read by one `git cat-file --batch`
     * rather than a process each; a name git cannot find is left out of the map.
     */
    async readObjects(names: readonly string[]): Promise<Map<string, string>> {
        const texts = new Map<string, string>();
        if (names.length === 0) {
            return texts;
        }
        const output = await runGitWithInput(this.root, ['cat-file', '--batch'], names.map(name => `${name}\n`).join(''), HISTORY_TIMEOUT_MS);
        // Each answer: `<oid> <type> <size>\n<content>\n`, or `<name> missing\n`, in the order asked.
        let offset = 0;
        for (const name of names) {
            const end = output.indexOf(0x0a, offset);
            if (end < 0) {
                break;
            }
            const header = output.toString('utf8', offset, end).split(' ');
            offset = end + 1;
            if (header.length === 3 && /^\d+$/.test(header[2])) {
                const size = Number(header[2]);
                texts.set(name, output.toString('utf8', offset, offset + size));
                offset += size + 1;
            }
        }
        return texts;
    }
}

/** A version of a file in its history (see {@link GitRepository.fileVersions}). */
export interface FileVersion extends FileCommit {
    /** The object holding the file's text at that commit; undefined where the commit deleted it. */
    readonly object?: string;
}

/** One record of `fileVersions`' log: the header, then the raw diff's entries, each field ended by NUL. */
function fileVersionOf(record: string): FileVersion[] {
    const [header, ...fields] = record.split('\0').map(field => field.replace(/^\n/, ''));
    const [commit, date, subject] = header.split('\x1f');
    // `:100644 100644 <old> <new> M`, then the path; a rename or copy (`R100`) gives the old path and the
    // new; a merge's combined entry (`::`) has a mode and an object per parent, then the result's.
    const entry = fields.findIndex(field => field.startsWith(':'));
    if (!commit || !date || entry < 0) {
        return [];
    }
    const words = fields[entry].split(' ');
    const status = words[words.length - 1];
    const path = /^[RC]/.test(status) ? fields[entry + 2] : fields[entry + 1];
    const objects = words.filter(word => /^[0-9a-f]{40,64}$/.test(word));
    const object = objects[objects.length - 1];
    return path ? [{ commit, date, subject: subject ?? '', path, object: /^0+$/.test(object ?? '0') ? undefined : object }] : [];
}

/** The GitError for a git that failed: not installed, too slow, or what it said went wrong. */
function gitFailure(error: Error, stderr: string | Buffer, args: readonly string[], timeoutMs: number): GitError {
    const failure = error as NodeJS.ErrnoException & { killed?: boolean; signal?: string };
    if (failure.code === 'ENOENT') {
        return new GitError('git is not installed (or not on the PATH).');
    }
    if (failure.killed || failure.signal === 'SIGTERM') {
        return new GitError(`git took longer than ${timeoutMs / 1000} s (git ${args[0]}).`);
    }
    return new GitError(firstLine(stderr.toString()) || failure.message);
}

/** Runs git with `input` on its standard input; resolves with its standard output as bytes. */
function runGitWithInput(cwd: string, args: readonly string[], input: string, timeoutMs = GIT_TIMEOUT_MS): Promise<Buffer> {
    return new Promise((resolve, reject) => {
        const child = execFile('git', [...args], { cwd, timeout: timeoutMs, maxBuffer: MAX_OUTPUT, encoding: 'buffer', windowsHide: true }, (error, stdout, stderr) => {
            if (error) {
                reject(gitFailure(error, stderr, args, timeoutMs));
            } else {
                resolve(stdout);
            }
        });
        // A git that fails at once closes its input early: that failure is reported above, not as EPIPE.
        child.stdin?.on('error', () => undefined);
        child.stdin?.end(input);
    });
}
