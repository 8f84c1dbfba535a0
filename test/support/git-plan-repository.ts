// A real git repository in a temporary folder, for tests of baselines, `proj diff` and `proj trend`:
// plans written and committed on given dates, tags, renames, branches and merges, all through the
// `git` binary with a configuration of its own (no user's or machine's settings leak in).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';

export class GitPlanRepository {
    readonly root: string;
    private commits = 0;

    private constructor(root: string) {
        this.root = root;
    }

    /** A new repository with one branch, `main`. */
    static create(): GitPlanRepository {
        const repository = new GitPlanRepository(mkdtempSync(path.join(tmpdir(), 'proj-git-')));
        repository.git('init', '-q', '-b', 'main');
        return repository;
    }

    /** The absolute path of `relative` in the working tree. */
    path(relative: string): string {
        return path.join(this.root, relative);
    }

    write(relative: string, text: string): this {
        mkdirSync(path.dirname(this.path(relative)), { recursive: true });
        writeFileSync(this.path(relative), text);
        return this;
    }

    /** Commits everything, on `date` (ISO, UTC noon unless a time is given); returns the commit. */
    commit(message: string, date = `2027-01-${String(1 + this.commits % 28).padStart(2, '0')}`): string {
        this.commits++;
        const when = date.includes('T') ? date : `${date}T12:00:00Z`;
        this.git('add', '-A');
        this.git('commit', '-q', '--allow-empty', '-m', message, { GIT_AUTHOR_DATE: when, GIT_COMMITTER_DATE: when });
        return this.git('rev-parse', 'HEAD').trim();
    }

    tag(name: string, revision = 'HEAD'): this {
        this.git('tag', name, revision);
        return this;
    }

    move(from: string, to: string): this {
        this.git('mv', from, to);
        return this;
    }

    /** Runs git in the repository with a fixed identity and no global or system configuration. */
    git(...args: Array<string | Record<string, string>>): string {
        const extraEnv = typeof args[args.length - 1] === 'object' ? args.pop() as Record<string, string> : {};
        return execFileSync('git', args as string[], {
            cwd: this.root,
            encoding: 'utf8',
            env: {
                ...process.env,
                GIT_CONFIG_NOSYSTEM: '1',
                GIT_CONFIG_GLOBAL: '/dev/null',
                GIT_AUTHOR_NAME: 'Proj Test', GIT_AUTHOR_EMAIL: 'test@example.org',
                GIT_COMMITTER_NAME: 'Proj Test', GIT_COMMITTER_EMAIL: 'test@example.org',
                ...extraEnv,
            },
        });
    }

    remove(): void {
        rmSync(this.root, { recursive: true, force: true });
    }
}
