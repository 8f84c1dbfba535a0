// code-server, VS Code's own server build, from the npm registry: installed on demand into
// .e2e/code-server/ (never a dependency of the project, so `npm install` stays light). Nothing is
// downloaded from outside the registry: the ripgrep binary its install would fetch from GitHub
// comes from Debian's `ripgrep`, seeded into the cache that @vscode/ripgrep looks in first.
import { execFileSync, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The newest code-server that runs on Node 20 (VS Code 1.100): keep engines.vscode at or below it. */
export const CODE_SERVER_VERSION = '4.100.3';
/** What code-server 4.100.3's VS Code pins: @vscode/ripgrep 1.15.11, which fetches ripgrep v13.0.0-10. */
const RIPGREP_PACKAGE_VERSION = '1.15.11';
const RIPGREP_RELEASE = 'v13.0.0-10';

const ROOT = resolve(__dirname, '../../..');
export const INSTALL_DIR = join(ROOT, '.e2e', 'code-server');
export const CODE_SERVER = join(INSTALL_DIR, 'node_modules', '.bin', 'code-server');

/** Debian packages that code-server's native modules build against, by a file each provides. */
const BUILD_PREREQUISITES: ReadonlyArray<readonly [string, string]> = [
    ['/usr/bin/g++', 'build-essential'],
    ['/usr/bin/make', 'build-essential'],
    ['/usr/bin/python3', 'python3'],
    ['/usr/bin/pkg-config', 'pkg-config'],
    ['/usr/include/krb5.h', 'libkrb5-dev'],
    ['/usr/include/X11/Xlib.h', 'libx11-dev'],
    ['/usr/include/X11/extensions/XKBfile.h', 'libxkbfile-dev'],
    ['/usr/include/libsecret-1/libsecret/secret.h', 'libsecret-1-dev'],
    ['/usr/bin/rg', 'ripgrep'],
];

function installedVersion(): string | undefined {
    const manifest = join(INSTALL_DIR, 'node_modules', 'code-server', 'package.json');
    return existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version : undefined;
}

/** The Debian packages that must be installed before code-server can be. */
export function missingPrerequisites(): string[] {
    if (installedVersion() === CODE_SERVER_VERSION) {
        return [];
    }
    return [...new Set(BUILD_PREREQUISITES.filter(([file]) => !existsSync(file)).map(([, pkg]) => pkg))];
}

/**
 * Installs code-server unless the pinned version is there already; returns its binary. Runs npm
 * without blocking, so that the test runner stays responsive for the minute or two it takes.
 */
export async function installCodeServer(log: (line: string) => void = console.log): Promise<string> {
    if (installedVersion() === CODE_SERVER_VERSION && existsSync(CODE_SERVER)) {
        return CODE_SERVER;
    }
    const missing = missingPrerequisites();
    if (missing.length > 0) {
        throw new Error(`code-server needs Debian packages to build its native modules: apt-get install -y ${missing.join(' ')}`);
    }
    rmSync(INSTALL_DIR, { recursive: true, force: true });
    const tmp = join(INSTALL_DIR, 'tmp');
    const ripgrepCache = join(tmp, `vscode-ripgrep-cache-${RIPGREP_PACKAGE_VERSION}`);
    const seed = join(tmp, 'ripgrep-seed');
    mkdirSync(ripgrepCache, { recursive: true });
    mkdirSync(seed);
    copyFileSync('/usr/bin/rg', join(seed, 'rg'));
    execFileSync('tar', ['czf', join(ripgrepCache, `ripgrep-${RIPGREP_RELEASE}-x86_64-unknown-linux-musl.tar.gz`), '-C', seed, 'rg']);
    writeFileSync(join(INSTALL_DIR, 'package.json'), JSON.stringify({ name: 'proj-e2e-code-server', private: true }, null, 2));

    log(`Installing code-server ${CODE_SERVER_VERSION} into ${INSTALL_DIR} (a minute or two: it builds native modules)…`);
    const started = Date.now();
    const npm = spawn('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-audit', '--no-fund', '--no-save'], {
        cwd: INSTALL_DIR,
        stdio: ['ignore', 'pipe', 'pipe'],
        env: {
            ...process.env,
            TMPDIR: tmp,
            // As root, npm would otherwise run install scripts as nobody, who cannot write here.
            npm_config_unsafe_perm: 'true',
            npm_config_yes: 'true',
            // Build native modules against this Node's own headers rather than downloading them.
            npm_config_nodedir: process.env.npm_config_nodedir ?? '/usr',
        },
    });
    let output = '';
    npm.stdout.on('data', chunk => output += chunk);
    npm.stderr.on('data', chunk => output += chunk);
    const status = await new Promise<number | null>(resolveExit => npm.on('close', resolveExit));
    if (status !== 0 || installedVersion() !== CODE_SERVER_VERSION) {
        throw new Error(`Installing code-server failed:\n${output.split('\n').slice(-40).join('\n')}`);
    }
    log(`Installed code-server ${CODE_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s.`);
    return CODE_SERVER;
}
