#!/usr/bin/env node
// Keeps package-lock.json installable with `npm ci` on every platform, and unchanged by `npm install`.
//
//   node scripts/lockfile.mjs           regenerate the lock from package.json (`npm run lock`)
//   node scripts/lockfile.mjs --check   fail if the lock misses a package or npm would rewrite it
//
// Why a script: npm records an optional package (rollup's and esbuild's build for each platform,
// fsevents) only when it resolves the tree afresh. Regenerated beside an installed node_modules
// (`rm package-lock.json && npm install`), the lock keeps only the packages this machine installed;
// `npm install` then leaves the gap alone, and `npm ci` on another platform rejects the lock
// ("Missing @rollup/rollup-darwin-arm64 ... from lock file"). So the lock is written in a scratch
// folder holding package.json alone, and checked for every optional package it should record.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const lockName = 'package-lock.json';

/**
 * Each dependency a locked package declares (optional ones included, whatever their platform)
 * that the lock does not record where Node would find it, as `node_modules/x needs y`.
 */
export function unlockedOptionalPackages(lock) {
    const packages = lock.packages ?? {};
    const missing = [];
    for (const [location, entry] of Object.entries(packages)) {
        const needed = { ...entry.dependencies, ...entry.optionalDependencies };
        for (const name of Object.keys(needed)) {
            if (!isLocked(packages, location, name)) {
                missing.push(`${location || '(root)'} needs ${name}`);
            }
        }
    }
    return missing;
}

/** Whether `name`, required from `location`, is in the lock there or in a folder above it, as Node looks it up. */
function isLocked(packages, location, name) {
    for (let folder = location; ; folder = folder.slice(0, Math.max(0, folder.lastIndexOf('/node_modules/')))) {
        if (packages[`${folder ? folder + '/' : ''}node_modules/${name}`] || (!folder && isWorkspaceOrLink(packages, name))) {
            return true;
        }
        if (!folder) {
            return false;
        }
    }
}

function isWorkspaceOrLink(packages, name) {
    return Object.values(packages).some(entry => entry.name === name && entry.link);
}

/** The lock npm writes for package.json (and `lock`, if given) in a folder without node_modules. */
function lockWrittenByNpm(withLock) {
    const scratch = mkdtempSync(join(tmpdir(), 'proj-lock-'));
    try {
        copyFileSync(join(root, 'package.json'), join(scratch, 'package.json'));
        if (withLock) {
            copyFileSync(join(root, lockName), join(scratch, lockName));
        }
        const npm = spawnSync('npm', ['install', '--package-lock-only', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'],
            { cwd: scratch, encoding: 'utf-8', shell: process.platform === 'win32' });
        if (npm.status !== 0) {
            throw new Error(`npm install --package-lock-only failed:\n${npm.stderr || npm.stdout}`);
        }
        return readFileSync(join(scratch, lockName), 'utf-8');
    } finally {
        rmSync(scratch, { recursive: true, force: true });
    }
}

/** The locations whose entries differ between two lock texts, for a short report. */
function changedLocations(before, after) {
    const [a, b] = [JSON.parse(before).packages ?? {}, JSON.parse(after).packages ?? {}];
    return [...new Set([...Object.keys(a), ...Object.keys(b)])]
        .filter(location => JSON.stringify(a[location]) !== JSON.stringify(b[location]))
        .map(location => `${location in a ? (location in b ? 'changed' : 'removed') : 'added'} ${location || '(root)'}`);
}

function check() {
    const committed = readFileSync(join(root, lockName), 'utf-8');
    const problems = unlockedOptionalPackages(JSON.parse(committed)).map(line => `not locked: ${line}`);
    const rewritten = lockWrittenByNpm(true);
    if (rewritten !== committed) {
        const changes = changedLocations(committed, rewritten);
        problems.push(...(changes.length > 0 ? changes.map(line => `npm install would have ${line}`) : ['npm install would reformat the lock']));
    }
    if (problems.length > 0) {
        console.error(`${lockName} needs regenerating (run \`npm run lock\`):\n  ${problems.slice(0, 40).join('\n  ')}`
            + (problems.length > 40 ? `\n  … and ${problems.length - 40} more` : ''));
        process.exit(1);
    }
    console.log(`${lockName} is complete and up to date: ${Object.keys(JSON.parse(committed).packages).length - 1} packages, every platform's optional ones included.`);
}

function regenerate() {
    const written = lockWrittenByNpm(false);
    const missing = unlockedOptionalPackages(JSON.parse(written));
    if (missing.length > 0) {
        throw new Error(`npm wrote a lock that misses packages:\n  ${missing.join('\n  ')}`);
    }
    // Written as npm wrote it, byte for byte, so that the check finds nothing to change.
    writeFileSync(join(root, lockName), written);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
    if (process.argv.includes('--check')) {
        check();
    } else {
        regenerate();
        console.log(`${lockName} regenerated from package.json; run \`npm ci\` to install it.`);
    }
}
