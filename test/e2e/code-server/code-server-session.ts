// One code-server run for the editor tests: a private HOME, TMPDIR, profile and extensions folder,
// the packaged .vsix installed as a user would, settings that keep it off the network and free of
// prompts, and its own process group so that stopping it stops everything it started.
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { promisify } from 'node:util';
import { closeSync, copyFileSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { installCodeServer } from './code-server-install.js';

const ROOT = resolve(__dirname, '../../..');
const MANIFEST = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { name: string; publisher: string; version: string };
/** What `npm run package` writes. */
export const VSIX = join(ROOT, `${MANIFEST.name}-${MANIFEST.version}.vsix`);

function freePort(): Promise<number> {
    return new Promise((resolvePort, reject) => {
        const server = createServer();
        server.once('error', reject);
        server.listen(0, '127.0.0.1', () => {
            const address = server.address();
            server.close(() => typeof address === 'object' && address ? resolvePort(address.port) : reject(new Error('No free port')));
        });
    });
}

async function waitForHttp(url: string, child: ChildProcess, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (Date.now() < deadline) {
        if (child.exitCode !== null) {
            throw new Error(`code-server exited with code ${child.exitCode} before it served ${url}`);
        }
        try {
            if ((await fetch(url, { redirect: 'manual' })).status < 500) {
                return;
            }
        } catch {
            // Not listening yet.
        }
        await new Promise(resolveWait => setTimeout(resolveWait, 200));
    }
    throw new Error(`code-server did not serve ${url} within ${timeoutMs / 1000} s`);
}

export interface CodeServerOptions {
    /** Extra environment for code-server and the extension host it starts. */
    readonly env?: Readonly<Record<string, string>>;
    /** Where code-server writes its log; a file in the run's own folder by default. */
    readonly logFile?: string;
    /** The port to listen on; a free one by default. */
    readonly port?: number;
}

export class CodeServerSession {
    private constructor(
        private readonly child: ChildProcess,
        /** The run's own folder: HOME, TMPDIR, profile, extensions. */
        readonly directory: string,
        readonly port: number,
        readonly logFile: string,
    ) {}

    /** The folder the installed .vsix was unpacked into: what a user's VS Code runs. */
    get installedExtension(): string {
        return join(this.directory, 'extensions', `${MANIFEST.publisher}.${MANIFEST.name}-${MANIFEST.version}`);
    }

    static async start(options: CodeServerOptions = {}): Promise<CodeServerSession> {
        const codeServer = await installCodeServer();
        const directory = mkdtempSync(join(tmpdir(), 'proj-code-server-'));
        const dirs = { home: join(directory, 'home'), tmp: join(directory, 'tmp'), data: join(directory, 'data'), extensions: join(directory, 'extensions') };
        for (const dir of [dirs.home, dirs.tmp, join(dirs.data, 'User'), dirs.extensions]) {
            mkdirSync(dir, { recursive: true });
        }
        copyFileSync(join(__dirname, 'user-settings.json'), join(dirs.data, 'User', 'settings.json'));
        const env = {
            ...process.env,
            HOME: dirs.home,
            TMPDIR: dirs.tmp,
            // No extension gallery: nothing to query on the network.
            EXTENSIONS_GALLERY: '{"serviceUrl":""}',
            ...options.env,
        };
        const profile = ['--user-data-dir', dirs.data, '--extensions-dir', dirs.extensions];
        await promisify(execFile)(codeServer, [...profile, '--install-extension', VSIX], { env });

        const port = options.port ?? await freePort();
        const logFile = options.logFile ?? join(directory, 'code-server.log');
        const log = openSync(logFile, 'a');
        // detached: its own session and process group (setsid), so that stop() can end all of it.
        const child = spawn(codeServer, [
            ...profile, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none',
            '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--disable-getting-started-override',
        ], { env, detached: true, stdio: ['ignore', log, log] });
        closeSync(log);
        const session = new CodeServerSession(child, directory, port, logFile);
        try {
            await waitForHttp(`http://127.0.0.1:${port}/healthz`, child, 30_000);
        } catch (error) {
            await session.stop();
            throw error;
        }
        return session;
    }

    /** The workbench on `folder`, with an optional payload (e.g. the extension tests to run). */
    url(folder: string, payload?: ReadonlyArray<readonly [string, string]>): string {
        const query = new URLSearchParams({ folder });
        if (payload) {
            query.set('payload', JSON.stringify(payload));
        }
        return `http://127.0.0.1:${this.port}/?${query.toString()}`;
    }

    /** A path on this machine as the workbench names it: a file of the remote (code-server's) side. */
    remoteUri(path: string): string {
        return `vscode-remote://127.0.0.1:${this.port}${path}`;
    }

    async stop(keepDirectory = false): Promise<void> {
        if (this.child.exitCode === null && this.child.pid !== undefined) {
            const exited = new Promise(resolveExit => this.child.once('exit', resolveExit));
            try {
                process.kill(-this.child.pid, 'SIGTERM');
            } catch {
                // Already gone.
            }
            const timer = setTimeout(() => {
                try {
                    process.kill(-this.child.pid!, 'SIGKILL');
                } catch {
                    // Already gone.
                }
            }, 5_000);
            await exited;
            clearTimeout(timer);
        }
        if (!keepDirectory) {
            rmSync(this.directory, { recursive: true, force: true });
        }
    }
}
