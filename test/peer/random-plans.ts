// Seeded random plans for cross-checking the scheduler against TaskJuggler: tasks and milestones
// with finish-to-start links (optionally with positive working-day lags) to earlier items only,
// so every plan is acyclic, on a Monday-to-Friday calendar with holidays. Plans in hours add
// durations in hours and part days, and lags in hours and in elapsed time, on a 09:00-17:00 day.
import { mulberry32 } from '../support/seeded-random.js';
import { dayNumber, isoDate, isWeekend, weekday, WorkWeek, type HolidaySpan } from './working-days.js';

export interface PeerLink {
    readonly predecessor: string;
    /** Working days between the predecessor's finish and this item's start; 0 for none. */
    readonly lagDays: number;
    /** In a plan in hours, a lag in other units instead: working hours or days, elapsed hours or days. */
    readonly lag?: { readonly amount: number; readonly unit: 'h' | 'd' | 'eh' | 'ed' };
}

export interface PeerItem {
    readonly id: string;
    readonly kind: 'task' | 'milestone';
    /** Working days of work, whole or (in a plan in hours) part; 0 for a milestone. */
    readonly days: number;
    /** In a plan in hours, work written in hours (`6h`) rather than days. */
    readonly inHours?: boolean;
    readonly after: readonly PeerLink[];
}

export interface PeerPlan {
    readonly seed: number;
    readonly start: string;
    /** A day comfortably after the last finish: TaskJuggler needs the project's interval. */
    readonly horizon: string;
    readonly holidays: readonly HolidaySpan[];
    readonly items: readonly PeerItem[];
    /** Durations and lags in hours, part days and elapsed time, on a 09:00-17:00 day. */
    readonly inHours?: boolean;
}

export type StartDay = 'monday' | 'weekday' | 'weekend' | 'holiday';

export interface RandomPlanOptions {
    readonly items: number;
    /** What kind of day the project starts on; random when absent. */
    readonly startOn?: StartDay;
    /** Give some links a positive lag (`+2d` / `gaplength 2d`). */
    readonly lags?: boolean;
    /** Durations in hours and part days, lags in hours and elapsed time. */
    readonly hours?: boolean;
}

/** TaskJuggler reads years 1970 to 2035 only. */
const LAST_DAY_TJ_READS = dayNumber('2035-12-31');

export function randomPlan(seed: number, options: RandomPlanOptions): PeerPlan {
    const random = mulberry32(seed);
    const int = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
    const chance = (p: number) => random() < p;

    // The start: a Monday, another day of the week, a weekend day, or (below) a holiday.
    const roll = random();
    const startOn = options.startOn ?? (roll < 0.4 ? 'monday' : roll < 0.7 ? 'weekday' : roll < 0.85 ? 'weekend' : 'holiday');
    let start = dayNumber(`${int(2021, 2031)}-${String(int(1, 12)).padStart(2, '0')}-01`) + int(0, 27);
    const fits = (day: number) => startOn === 'monday' ? weekday(day) === 1 : startOn === 'weekend' ? isWeekend(day) : !isWeekend(day);
    while (!fits(start)) {
        start++;
    }

    const items: PeerItem[] = [];
    for (let i = 0; i < options.items; i++) {
        const id = `t${i}`;
        const kind = i > 0 && chance(0.1) ? 'milestone' : 'task';
        const wanted = i === 0 ? 0 : [0, 1, 1, 1, 2, 2, 2, 3, 3][int(0, 8)];
        const chosen = new Map<string, number>();
        for (let attempt = 0; attempt < 10 && chosen.size < wanted; attempt++) {
            // Mostly a recent item, which makes long chains; sometimes any earlier one.
            const j = chance(0.7) ? Math.max(0, i - 1 - Math.floor(random() * Math.min(i, 25))) : int(0, i - 1);
            const predecessor = `t${j}`;
            if (!chosen.has(predecessor)) {
                chosen.set(predecessor, options.lags && chance(0.2) ? int(1, 3) : 0);
            }
        }
        const after: PeerLink[] = [...chosen].map(([predecessor, lagDays]) => ({ predecessor, lagDays }));
        if (!options.hours) {
            items.push({ id, kind, days: kind === 'task' ? int(1, 10) : 0, after });
            continue;
        }
        // Elapsed lags into tasks only: a milestone that an elapsed lag puts on a weekend stands
        // at Friday's end in Proj and at Monday's start in TaskJuggler.
        const units = kind === 'task' ? ['h', 'd', 'eh', 'ed'] as const : ['h', 'd'] as const;
        const withLags = after.map((link): PeerLink => {
            if (!(options.lags && chance(0.3))) {
                return { predecessor: link.predecessor, lagDays: 0 };
            }
            const unit = units[int(0, units.length - 1)];
            const amount = unit === 'h' ? int(1, 7) : unit === 'eh' ? int(1, 40) : int(1, 3);
            return { predecessor: link.predecessor, lagDays: 0, lag: { amount, unit } };
        });
        const roll = random();
        const [days, inHours] = kind === 'milestone' ? [0, false] : roll < 0.5 ? [int(1, 10), false] : roll < 0.75 ? [int(1, 12) / 8, true] : [int(0, 9) + 0.5, false];
        items.push({ id, kind, days, inHours, after: withLags });
    }

    // The longest chain in working days bounds how far the plan reaches (an elapsed day passes a working day at most).
    const lagBound = (link: PeerLink) => !link.lag ? link.lagDays : link.lag.unit === 'd' || link.lag.unit === 'ed' ? link.lag.amount : Math.ceil(link.lag.amount / 8);
    const end = new Map<string, number>();
    let longest = 0;
    for (const item of items) {
        const begin = Math.max(0, ...item.after.map(link => end.get(link.predecessor)! + lagBound(link)));
        end.set(item.id, begin + Math.ceil(item.days));
        longest = Math.max(longest, begin + Math.ceil(item.days));
    }

    // Holidays on working days across that reach: single days, and now and then a range.
    const reach = Math.ceil(longest * 7 / 5) + 60;
    const holidays: HolidaySpan[] = [];
    const taken = new Set<number>();
    const addHoliday = (from: number, length: number) => {
        for (let day = from - 1; day <= from + length; day++) {
            if (taken.has(day)) {
                return;
            }
        }
        for (let day = from; day < from + length; day++) {
            taken.add(day);
        }
        holidays.push(length === 1 ? { from: isoDate(from) } : { from: isoDate(from), to: isoDate(from + length - 1) });
    };
    if (startOn === 'holiday') {
        addHoliday(start, chance(0.5) ? 1 : int(2, 4));
    }
    const count = 4 + Math.floor(reach / 45);
    for (let k = 0; k < count; k++) {
        let day = start + int(0, reach);
        while (isWeekend(day)) {
            day++;
        }
        addHoliday(day, chance(0.2) ? int(2, 9) : 1);
    }
    holidays.sort((a, b) => a.from.localeCompare(b.from));

    // The horizon: the longest chain's working days on this calendar, and a margin.
    const week = new WorkWeek(holidays);
    let horizon = start;
    for (let worked = 0; worked <= longest; horizon++) {
        if (week.isWorkingDay(horizon)) {
            worked++;
        }
    }
    horizon += 30;
    if (horizon > LAST_DAY_TJ_READS) {
        throw new Error(`Seed ${seed}: the plan reaches ${isoDate(horizon)}, past what TaskJuggler reads`);
    }
    return { seed, start: isoDate(start), horizon: isoDate(horizon), holidays, items, ...(options.hours ? { inHours: true } : {}) };
}

/** A link's lag as a .proj file writes it: `+2d`, `+3h`, `+30eh`; empty for none. */
export function projLagText(link: PeerLink): string {
    return link.lag ? ` +${link.lag.amount}${link.lag.unit}` : link.lagDays > 0 ? ` +${link.lagDays}d` : '';
}

/** A task's work as a .proj file writes it: `3d`, `1.5d`, `6h`. */
export function projWorkText(item: PeerItem): string {
    return item.inHours ? `${item.days * 8}h` : `${item.days}d`;
}

/** The plan as a `.proj` file. */
export function projTextOf(plan: PeerPlan): string {
    const lines = [
        `// Random plan, seed ${plan.seed}: cross-checked against TaskJuggler.`,
        `project peer "Random plan ${plan.seed}" {`,
        `    start ${plan.start}`,
        '    calendar {',
        '        workdays mon tue wed thu fri',
        ...(plan.inHours ? ['        hours 09:00-17:00'] : []),
        ...plan.holidays.map((holiday, k) => `        holiday ${holiday.from}${holiday.to ? ` to ${holiday.to}` : ''} "Holiday ${k + 1}"`),
        '    }',
    ];
    for (const item of plan.items) {
        const properties: string[] = [];
        if (item.kind === 'task') {
            properties.push(`duration ${projWorkText(item)}`);
        }
        if (item.after.length > 0) {
            properties.push(`after ${item.after.map(link => `${link.predecessor}${projLagText(link)}`).join(', ')}`);
        }
        lines.push(`    ${item.kind} ${item.id}${properties.length > 0 ? ` { ${properties.join(' ')} }` : ''}`);
    }
    lines.push('}', '');
    return lines.join('\n');
}
