// `holidays GB-ENG` without loading the date-holidays library, half of proj's code, on every run:
// the codes it knows and the holidays it found are kept in proj's cache folder (which bin/proj.js
// names in PROJ_CACHE_DIR), in one file per version of the library.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { keepPublicHolidaysIn } from '../../language/src/planning/public-holidays.js';

export function keepPublicHolidaysBetweenRuns(folder = process.env.PROJ_CACHE_DIR): void {
    if (!folder) {
        return;
    }
    const version = (require('date-holidays/package.json') as { version: string }).version;
    const file = path.join(folder, `public-holidays-${version}.json`);
    let kept: Record<string, unknown> = {};
    try {
        kept = JSON.parse(readFileSync(file, 'utf-8')) as Record<string, unknown>;
    } catch {
        // None yet, or unreadable: the library answers, and the file is written afresh.
    }
    let changed = false;
    keepPublicHolidaysIn({
        get: key => kept[key],
        set: (key, value) => {
            kept[key] = value;
            if (!changed) {
                changed = true;
                process.once('exit', () => save(file, kept));
            }
        },
    });
}

/** Written in one step, so that a run beside this one never reads half of it. */
function save(file: string, kept: Record<string, unknown>): void {
    try {
        const partial = `${file}.${process.pid}.tmp`;
        writeFileSync(partial, JSON.stringify(kept));
        renameSync(partial, file);
    } catch {
        // Not kept: the next run asks the library again.
    }
}
