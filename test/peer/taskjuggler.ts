// TaskJuggler 3 as a peer scheduler: writes a plan as a .tjp file, runs `tj3` on it, reads the
// CSV task report back, and turns TaskJuggler's timestamps into the working days that Proj shows.
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { PeerPlan } from './random-plans.js';
import { dayNumber, isoDate, WorkWeek, type HolidaySpan } from './working-days.js';

/** True when the `tj3` command runs here. */
export const hasTj3: boolean = (() => {
    const result = spawnSync('tj3', ['--version'], { encoding: 'utf8' });
    return result.status === 0 && /TaskJuggler/i.test(result.stdout + result.stderr);
})();

// Every working day has the same eight hours, so that `length 1d` (8 working hours) is exactly one
// working day and `gaplength 2d` exactly two.
const WORK_STARTS = 9 * 60;
const WORK_ENDS = 17 * 60;

export const REPORT = 'dates';

/** The plan as a TaskJuggler project; `length Nd` is N working days, `gaplength` a working-day lag. */
export function tjpTextOf(plan: PeerPlan): string {
    const lines = [
        `# Random plan, seed ${plan.seed}: the same plan as the .proj file beside it.`,
        `project peer "Random plan ${plan.seed}" ${plan.start} - ${plan.horizon} {`,
        '  timezone "UTC"',
        '  timingresolution 60min',
        '  dailyworkinghours 8',
        '  workinghours mon - fri 9:00 - 17:00',
        '  workinghours sat, sun off',
        `  now ${plan.start}`,
        '}',
        ...plan.holidays.map((holiday, k) => `leaves holiday "Holiday ${k + 1}" ${holidayInterval(holiday)}`),
    ];
    for (const item of plan.items) {
        const depends = item.after.map(link => {
            // `gaplength` counts working time, `gapduration` calendar (elapsed) time.
            const gap = link.lag ? `${link.lag.unit.startsWith('e') ? 'gapduration' : 'gaplength'} ${link.lag.amount}${link.lag.unit.slice(-1)}`
                : link.lagDays > 0 ? `gaplength ${link.lagDays}d` : undefined;
            return gap ? `${link.predecessor} { ${gap} }` : link.predecessor;
        });
        const properties = [
            ...(depends.length > 0 ? [`depends ${depends.join(', ')}`] : []),
            item.kind === 'milestone' ? 'milestone' : Number.isInteger(item.days) ? `length ${item.days}d` : `length ${item.days * 8}h`,
        ];
        lines.push(`task ${item.id} "${item.id}" { ${properties.join(' ')} }`);
    }
    lines.push(`taskreport "${REPORT}" { formats csv columns id, start, end timeformat "%Y-%m-%d %H:%M" }`, '');
    return lines.join('\n');
}

/** TaskJuggler's intervals end before their end date: a holiday to D (inclusive) ends at D + 1. */
function holidayInterval(holiday: HolidaySpan): string {
    return holiday.to === undefined ? holiday.from : `${holiday.from} - ${isoDate(dayNumber(holiday.to) + 1)}`;
}

export interface TjTimes {
    /** `YYYY-MM-DD HH:MM`, in UTC, as the report prints them. */
    readonly start: string;
    readonly end: string;
}

export interface TjRun {
    readonly times: Map<string, TjTimes>;
    readonly csv: string;
    readonly milliseconds: number;
}

/** Runs `tj3` on a .tjp text in a fresh temporary directory and reads its CSV report. */
export async function runTaskJuggler(tjp: string): Promise<TjRun> {
    const dir = mkdtempSync(join(tmpdir(), 'proj-tj3-'));
    try {
        writeFileSync(join(dir, 'plan.tjp'), tjp);
        const began = Date.now();
        const { code, output } = await new Promise<{ code: number | null; output: string }>((resolve, reject) => {
            const child = spawn('tj3', ['--silent', '--no-color', '-o', dir, 'plan.tjp'], { cwd: dir, env: { ...process.env, TZ: 'UTC' } });
            let output = '';
            child.stdout.on('data', chunk => output += chunk);
            child.stderr.on('data', chunk => output += chunk);
            child.on('error', reject);
            child.on('close', exit => resolve({ code: exit, output }));
        });
        const milliseconds = Date.now() - began;
        if (code !== 0) {
            throw new Error(`tj3 exited with ${code}:\n${output}`);
        }
        const csv = readFileSync(join(dir, `${REPORT}.csv`), 'utf8');
        return { times: parseTaskReport(csv), csv, milliseconds };
    } finally {
        rmSync(dir, { recursive: true, force: true });
    }
}

/** The `"Id";"Start";"End"` CSV that `formats csv` writes: semicolons, every field quoted. */
export function parseTaskReport(csv: string): Map<string, TjTimes> {
    const rows = csv.split(/\r?\n/).filter(line => line.trim() !== '').map(line => line.split(';').map(field => field.replace(/^"(.*)"$/, '$1')));
    const [header, ...body] = rows;
    if (header?.join(';') !== 'Id;Start;End') {
        throw new Error(`Unexpected task report header: ${header?.join(';')}`);
    }
    return new Map(body.map(([id, start, end]) => [id, { start, end }]));
}

function clock(minutes: number): string {
    return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A report timestamp as a day number and minutes into that day. */
function instant(timestamp: string): { day: number; minute: number } {
    const match = /^(\d{4}-\d{2}-\d{2}) (\d{2}):(\d{2})$/.exec(timestamp);
    if (!match) {
        throw new Error(`Unexpected TaskJuggler timestamp: ${timestamp}`);
    }
    return { day: dayNumber(match[1]), minute: Number(match[2]) * 60 + Number(match[3]) };
}

/**
 * Reads TaskJuggler's instants as Proj's inclusive working days. TaskJuggler starts a task at
 * the project start (00:00, possibly a weekend or holiday) or at its predecessor's end time (the
 * evening before its first working hour), and ends it when its last working hour ends.
 */
export class WorkingDayReader {
    private readonly week: WorkWeek;

    constructor(holidays: readonly HolidaySpan[]) {
        this.week = new WorkWeek(holidays);
    }

    /** The working day of the first working hour at or after the instant. */
    startDay(timestamp: string): string {
        const { day, minute } = instant(timestamp);
        return isoDate(minute < WORK_ENDS && this.week.isWorkingDay(day) ? day : this.week.onOrAfter(day + 1));
    }

    /** The working day of the last working hour before the instant. */
    finishDay(timestamp: string): string {
        const { day, minute } = instant(timestamp);
        return isoDate(minute > WORK_STARTS && this.week.isWorkingDay(day) ? day : this.week.onOrBefore(day - 1));
    }

    /**
     * The day of a milestone: one that follows a finish sits at that day's end of work and falls
     * on that day; any other (at the project start, or after a gap ending in non-working time)
     * falls on the first working day at or after it.
     */
    milestoneDay(timestamp: string): string {
        const { day, minute } = instant(timestamp);
        return minute > WORK_STARTS && minute <= WORK_ENDS && this.week.isWorkingDay(day) ? isoDate(day) : this.startDay(timestamp);
    }

    /** The first working instant at or after a timestamp, `YYYY-MM-DD HH:MM`: where Proj starts work. */
    startInstant(timestamp: string): string {
        const { day, minute } = instant(timestamp);
        if (minute < WORK_ENDS && this.week.isWorkingDay(day)) {
            return `${isoDate(day)} ${clock(Math.max(minute, WORK_STARTS))}`;
        }
        return `${isoDate(this.week.onOrAfter(day + 1))} ${clock(WORK_STARTS)}`;
    }

    /**
     * The instants of a plan in hours, as Proj shows them: work from its first working minute to
     * its end; a milestone inside or at the end of working time where it is, else at the next start of work.
     */
    instants(times: TjTimes, kind: 'task' | 'milestone'): { start: string; finish: string } {
        if (kind === 'milestone') {
            const { day, minute } = instant(times.start);
            const at = minute > WORK_STARTS && minute <= WORK_ENDS && this.week.isWorkingDay(day) ? times.start : this.startInstant(times.start);
            return { start: at, finish: at };
        }
        return { start: this.startInstant(times.start), finish: times.end };
    }

    /** The inclusive start and finish days of a task or milestone. */
    days(times: TjTimes, kind: 'task' | 'milestone'): { start: string; finish: string } {
        if (kind === 'milestone') {
            const day = this.milestoneDay(times.start);
            return { start: day, finish: day };
        }
        return { start: this.startDay(times.start), finish: this.finishDay(times.end) };
    }
}
