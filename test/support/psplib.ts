// PSPLIB's single-mode instances (the .sm files of Kolisch and Sprecher's library) as levelling
// problems: one period is one day of a calendar that works every day, one resource per R with its
// capacity as units, one activity per job but the dummy source and sink, finish-to-start links.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { dayNumberOf } from '../../language/src/engine/calendar-dates.js';
import type { LevellingActivity, LevellingLink, LevellingProblem } from '../../language/src/engine/levelling/levelling-problem.js';
import { WorkingCalendar } from '../../language/src/engine/working-calendar.js';

/** The library sits beside the repository (`../shared/psplib`), or where PSPLIB says. */
export const PSPLIB = process.env.PSPLIB ?? fileURLToPath(new URL('../../../shared/psplib', import.meta.url));
export const PSPLIB_START = '2027-01-04';
export const PSPLIB_START_DAY = dayNumberOf(PSPLIB_START);

/** Every day is a working day, so that a period is a day. */
export const everyDay = new WorkingCalendar({ workdays: ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'], holidays: [] }, PSPLIB_START);

export interface PsplibInstance {
    readonly name: string;
    readonly problem: LevellingProblem;
    /** Jobs in the file, the dummy source and sink included. */
    readonly jobs: number;
}

/** The lines of a section, from its title to the next row of stars. */
function section(lines: readonly string[], title: string): string[] {
    const at = lines.findIndex(line => line.startsWith(title));
    if (at < 0) {
        throw new Error(`No ${title} section`);
    }
    const end = lines.findIndex((line, index) => index > at && line.startsWith('***'));
    return lines.slice(at + 1, end < 0 ? undefined : end);
}

const numbers = (line: string) => line.trim().split(/\s+/).filter(Boolean).map(Number);

export function parsePsplib(name: string, text: string): PsplibInstance {
    const lines = text.split(/\r?\n/);
    const precedence = section(lines, 'PRECEDENCE RELATIONS:').slice(1).map(numbers).filter(row => row.length >= 3);
    const requests = section(lines, 'REQUESTS/DURATIONS:').filter(line => /^\s*\d/.test(line)).map(numbers);
    const availability = numbers(section(lines, 'RESOURCEAVAILABILITIES:').filter(line => /^\s*\d/.test(line))[0]);
    const jobs = precedence.length;
    const sink = jobs;
    // Job j (2..jobs-1) is activity j - 2.
    const predecessors: LevellingLink[][] = Array.from({ length: jobs - 2 }, () => []);
    for (const [job, , count, ...successors] of precedence) {
        for (const successor of successors.slice(0, count)) {
            if (job !== 1 && successor !== sink) {
                predecessors[successor - 2].push({ activity: job - 2, type: 'FS', lag: 0 });
            }
        }
    }
    const activities: LevellingActivity[] = requests
        .filter(([job]) => job !== 1 && job !== sink)
        .map(([job, , duration, ...units]) => ({
            id: `job${job}`,
            duration,
            calendar: everyDay,
            release: PSPLIB_START_DAY,
            unlevelledStart: PSPLIB_START_DAY,
            priority: 500,
            demands: units.map((amount, resource) => ({ resource, units: amount })).filter(demand => demand.units > 0),
            predecessors: predecessors[job - 2],
        }));
    const resources = availability.map((units, r) => ({ id: `R${r + 1}`, units, calendar: everyDay }));
    return { name, jobs, problem: { activities, resources, lagCalendar: everyDay } };
}

/** The instances of a set (`j30`), in the order of the optimum file, each with its proven optimal makespan. */
export function psplibSet(set: string): Array<PsplibInstance & { readonly optimum: number }> {
    const optimum = new Map(readFileSync(join(PSPLIB, `${set}-optimum.csv`), 'utf8').trim().split(/\r?\n/).slice(1)
        .map(line => line.split(',')).map(([file, value]) => [file.trim(), Number(value)]));
    return readdirSync(join(PSPLIB, set)).filter(file => file.endsWith('.sm')).sort(byInstanceNumber).map(file => {
        const value = optimum.get(file);
        if (value === undefined) {
            throw new Error(`No optimum for ${file}`);
        }
        return { ...parsePsplib(file, readFileSync(join(PSPLIB, set, file), 'utf8')), optimum: value };
    });
}

/** j301_1, j301_2, ..., j302_1: by parameter set, then instance. */
function byInstanceNumber(a: string, b: string): number {
    const key = (file: string) => (/(\d+)_(\d+)\.sm$/.exec(file) ?? []).slice(1).map(Number);
    const [x, y] = [key(a), key(b)];
    return x[0] - y[0] || x[1] - y[1];
}

/** A makespan in periods, as PSPLIB counts it: from the start day to the plan's finish. */
export function makespanOf(finish: number): number {
    return finish - PSPLIB_START_DAY;
}

/**
 * An instance as a plan, as someone would write it in Proj: one period a day on a calendar that
 * works every day, one resource per PSPLIB resource with its capacity as units, one task per job
 * (the dummy source and sink left out) with `assign r1 4, r3 2` for its requests, and `level`.
 */
export function psplibPlanText(instance: PsplibInstance): string {
    const { activities, resources } = instance.problem;
    return [
        `project ${instance.name.replace(/\W/g, '_')} {`,
        `    start ${PSPLIB_START}`,
        '    level',
        '    calendar { workdays mon tue wed thu fri sat sun }',
        ...resources.map(resource => `    resource ${resource.id.toLowerCase()} { units ${resource.units} }`),
        ...activities.map(activity => {
            const after = activity.predecessors.map(link => activities[link.activity].id);
            const assign = activity.demands.map(demand => `${resources[demand.resource].id.toLowerCase()} ${demand.units}`);
            return `    ${activity.duration > 0 ? 'task' : 'milestone'} ${activity.id} {${activity.duration > 0 ? ` duration ${activity.duration}d` : ''}`
                + `${assign.length > 0 ? ` assign ${assign.join(', ')}` : ''}${after.length > 0 ? ` after ${after.join(', ')}` : ''} }`;
        }),
        '}',
        '',
    ].join('\n');
}
