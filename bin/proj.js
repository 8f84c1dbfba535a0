#!/usr/bin/env node
// The `proj` command: runs the bundled CLI (built by `npm run build`, which `npm install` runs).
//
// Compiling the bundle is a good part of a short command's time (`proj check` in a git hook), so
// V8's compiled code is kept between runs: Node 22.1+ does it itself (module.enableCompileCache);
// on Node 20 the bundle is compiled here with the code cached by the previous run, in a folder
// of this user's under the system's temporary folder. PROJ_COMPILE_CACHE=0 turns caching off.
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const bundle = fileURLToPath(new URL('../out/cli.cjs', import.meta.url));
if (!existsSync(bundle)) {
    console.error('proj: the CLI is not built yet; run `npm run build` in the Proj folder.');
    process.exit(2);
}
const require = createRequire(import.meta.url);
// The CLI keeps what it looked up there too (the public holidays of `holidays GB-ENG`).
const folder = process.env.PROJ_COMPILE_CACHE === '0' ? undefined : cacheFolder();
if (folder) {
    process.env.PROJ_CACHE_DIR = folder;
} else {
    delete process.env.PROJ_CACHE_DIR;
}

if (folder && typeof Module.enableCompileCache === 'function') {
    Module.enableCompileCache();
    require(bundle);
} else if (folder) {
    runWithCodeCache(bundle, folder);
} else {
    require(bundle);
}

/** Runs the CommonJS file as `require` would, compiled with V8's code cache from the last run. */
function runWithCodeCache(file, folder) {
    const { size, mtimeMs } = statSync(file);
    const cacheFile = path.join(folder, `${path.basename(file)}-${process.version}-${process.arch}-${size}-${Math.round(mtimeMs)}.v8`);
    const cachedData = readOrUndefined(cacheFile);
    // A first line `#!…` is valid only at the start of a file: kept as a comment, so that line numbers hold.
    const source = readFileSync(file, 'utf-8').replace(/^#!/, '//');
    // The bundle has no `import()` (esbuild.mjs turns them into `require`): a vm.Script could not run one.
    const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
    if (!cachedData || script.cachedDataRejected) {
        // Taken at exit, the cache holds the code of every function this command ran, not only the top level's.
        process.once('exit', () => writeCache(folder, cacheFile, () => script.createCachedData()));
    }
    const module = new Module(file, null);
    module.filename = file;
    module.paths = Module._nodeModulePaths(path.dirname(file));
    module.loaded = true;
    script.runInThisContext().call(module.exports, module.exports, createRequire(file), module, file, path.dirname(file));
}

/** This user's cache folder, made if need be; undefined if it cannot be made or is not this user's alone. */
function cacheFolder() {
    const uid = process.getuid?.();
    const folder = path.join(tmpdir(), `proj-compile-cache-${uid ?? 'user'}`);
    try {
        mkdirSync(folder, { recursive: true, mode: 0o700 });
        const { uid: owner, mode } = statSync(folder);
        // Code read from a folder others can write to would be theirs to choose.
        return (uid === undefined || owner === uid) && (mode & 0o022) === 0 ? folder : undefined;
    } catch {
        return undefined;
    }
}

function readOrUndefined(file) {
    try {
        return readFileSync(file);
    } catch {
        return undefined;
    }
}

/** Writes the cache in one step (no other run reads half of it) and drops those of older builds. */
function writeCache(folder, cacheFile, data) {
    try {
        const partial = `${cacheFile}.${process.pid}.tmp`;
        writeFileSync(partial, data());
        renameSync(partial, cacheFile);
        const prefix = `${path.basename(bundle)}-`;
        for (const name of readdirSync(folder)) {
            if (name.startsWith(prefix) && path.join(folder, name) !== cacheFile && !name.endsWith('.tmp')) {
                rmSync(path.join(folder, name), { force: true });
            }
        }
    } catch {
        // A cache that cannot be written costs the next run its compile time, nothing more.
    }
}
