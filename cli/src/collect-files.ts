import { readdir, stat } from 'node:fs/promises';
import * as path from 'node:path';
import { UsageError } from './cli-error.js';

/** A plan file the user asked about: its diagnostics (or results) are reported. */
export interface ReportedFile {
    /** The absolute path of the file. */
    readonly absolutePath: string;
    /** The path to print: as the user gave it, or the folder they gave joined with the path found inside it. */
    readonly displayPath: string;
}

export interface CollectedFiles {
    /** The files to report on, in the order of the arguments (a folder's files sorted by path). */
    readonly reported: ReportedFile[];
    /**
     * Other `.proj` files loaded only so that references into them resolve: the siblings of each
     * file named directly. Never reported.
     */
    readonly context: string[];
}

export const PLAN_EXTENSION = '.proj';

/**
 * Turns the path arguments of a command into the files to load. A file must be a `.proj` file; a
 * folder is searched recursively for `*.proj` files, skipping `node_modules` and dot-folders. A
 * path that does not exist, or a folder without any plan, is a {@link UsageError}.
 */
export async function collectFiles(paths: readonly string[], cwd = process.cwd()): Promise<CollectedFiles> {
    const reported: ReportedFile[] = [];
    const seen = new Set<string>();
    const namedFiles: string[] = [];
    const add = (absolutePath: string, displayPath: string) => {
        if (!seen.has(absolutePath)) {
            seen.add(absolutePath);
            reported.push({ absolutePath, displayPath });
        }
    };

    for (const given of paths) {
        const absolute = path.resolve(cwd, given);
        const stats = await statOrUndefined(absolute);
        if (!stats) {
            throw new UsageError(`${given}: no such file or folder.`);
        }
        if (stats.isDirectory()) {
            const found = await findPlans(absolute);
            if (found.length === 0) {
                throw new UsageError(`${given}: no ${PLAN_EXTENSION} files in this folder.`);
            }
            for (const file of found) {
                add(file, path.join(given, path.relative(absolute, file)));
            }
        } else if (stats.isFile()) {
            if (!absolute.endsWith(PLAN_EXTENSION)) {
                throw new UsageError(`${given}: not a plan; plans are ${PLAN_EXTENSION} files.`);
            }
            add(absolute, given);
            namedFiles.push(absolute);
        } else {
            throw new UsageError(`${given}: not a file or a folder.`);
        }
    }

    const context = new Set<string>();
    for (const directory of new Set(namedFiles.map(file => path.dirname(file)))) {
        for (const sibling of await plansIn(directory)) {
            if (!seen.has(sibling)) {
                context.add(sibling);
            }
        }
    }
    return { reported, context: [...context] };
}

async function statOrUndefined(file: string) {
    try {
        return await stat(file);
    } catch {
        return undefined;
    }
}

/** The `.proj` files under `folder`, recursively, sorted. Symbolic links to folders are not followed. */
async function findPlans(folder: string): Promise<string[]> {
    const result: string[] = [];
    const visit = async (directory: string): Promise<void> => {
        const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
        entries.sort((a, b) => compareStrings(a.name, b.name));
        for (const entry of entries) {
            const full = path.join(directory, entry.name);
            if (entry.isDirectory()) {
                if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) {
                    await visit(full);
                }
            } else if (entry.name.endsWith(PLAN_EXTENSION) && await isFile(entry, full)) {
                result.push(full);
            }
        }
    };
    await visit(folder);
    return result;
}

/** The `.proj` files directly inside `directory` (not in its sub-folders). */
async function plansIn(directory: string): Promise<string[]> {
    const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
    const result: string[] = [];
    for (const entry of entries) {
        const full = path.join(directory, entry.name);
        if (entry.name.endsWith(PLAN_EXTENSION) && await isFile(entry, full)) {
            result.push(full);
        }
    }
    return result.sort(compareStrings);
}

async function isFile(entry: { isFile(): boolean; isSymbolicLink(): boolean }, full: string): Promise<boolean> {
    if (entry.isFile()) {
        return true;
    }
    return entry.isSymbolicLink() && (await statOrUndefined(full))?.isFile() === true;
}

export function compareStrings(a: string, b: string): number {
    return a < b ? -1 : a > b ? 1 : 0;
}
