// The ticks of a time axis: the finest cadence (days, weeks, fortnights, months, quarters, years)
// whose labels all fit at the width drawn without touching, measured, not guessed. Dates are UTC
// day numbers (days since 1970-01-01), as in the engine, so that no time zone moves a tick.
// Pure: the caller passes the measure, so that this runs in tests without a browser.

const DAY_MS = 86_400_000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** 1970-01-05, day 4, was a Monday: weeks start on Mondays, as in the plan's calendar. */
const FIRST_MONDAY = 4;

export interface TimeTick {
    /** UTC day number. */
    readonly day: number;
    readonly label: string;
    /** Offset from the axis's start, in pixels. */
    readonly x: number;
    /** The label's measured width. */
    readonly width: number;
}

export interface TimeTicks {
    readonly cadence: string;
    readonly ticks: readonly TimeTick[];
}

export interface TimeAxis {
    /** The axis runs from `first` to `last` (UTC day numbers) over `width` pixels. */
    readonly first: number;
    readonly last: number;
    readonly width: number;
    /** How wide a label is drawn. */
    readonly labelWidth: (label: string) => number;
    /** How far a label may reach past each end of the axis (into the margins) before it is left out. */
    readonly overhang: { readonly left: number; readonly right: number };
    /** The least room between two labels. */
    readonly gap: number;
    /** The least distance between two ticks, so that a sparse axis does not turn into a ruler. */
    readonly minSpacing?: number;
}

interface Civil {
    readonly year: number;
    readonly month: number;
    readonly date: number;
}

const civil = (day: number): Civil => {
    const date = new Date(day * DAY_MS);
    return { year: date.getUTCFullYear(), month: date.getUTCMonth(), date: date.getUTCDate() };
};
const dayOf = (year: number, month: number) => Date.UTC(year, month, 1) / DAY_MS;

interface Cadence {
    readonly name: string;
    /** The tick days from `first` to `last`, in order. */
    readonly days: (first: number, last: number) => number[];
    /** The label of a tick; `previous` is the tick labelled before it, if any. */
    readonly label: (day: number, previous: number | undefined) => string;
}

function everyNthDay(step: number, first: number, last: number): number[] {
    const days: number[] = [];
    const offset = (((first - FIRST_MONDAY) % step) + step) % step;
    for (let day = offset === 0 ? first : first + step - offset; day <= last; day += step) {
        days.push(day);
    }
    return days;
}

/** The first day of every `months`-th month (January, and every `months` after it), from `first` to `last`. */
function monthStarts(months: number, first: number, last: number): number[] {
    const days: number[] = [];
    const start = civil(first);
    let [year, month] = [start.year, Math.floor(start.month / months) * months];
    for (let day = dayOf(year, month); day <= last; day = dayOf(year, month)) {
        if (day >= first) {
            days.push(day);
        }
        month += months;
        year += Math.floor(month / 12);
        month %= 12;
    }
    return days;
}

function yearStarts(years: number, first: number, last: number): number[] {
    const days: number[] = [];
    for (let year = Math.floor(civil(first).year / years) * years; ; year += years) {
        const day = dayOf(year, 0);
        if (day > last) {
            return days;
        }
        if (day >= first) {
            days.push(day);
        }
    }
}

/** `4 Jan`, with the year on the first label and where the year turns: `4 Jan 2027`. */
const dayLabel = (day: number, previous: number | undefined) => {
    const { year, month, date } = civil(day);
    return previous === undefined || civil(previous).year !== year ? `${date} ${MONTHS[month]} ${year}` : `${date} ${MONTHS[month]}`;
};

/** `Feb`, with the year on the first label and on January: `Jan 2028`. */
const monthLabel = (day: number, previous: number | undefined) => {
    const { year, month } = civil(day);
    return previous === undefined || civil(previous).year !== year ? `${MONTHS[month]} ${year}` : MONTHS[month];
};

const yearLabel = (day: number) => String(civil(day).year);

const CADENCES: readonly Cadence[] = [
    { name: 'day', days: (first, last) => everyNthDay(1, first, last), label: dayLabel },
    { name: 'week', days: (first, last) => everyNthDay(7, first, last), label: dayLabel },
    { name: 'fortnight', days: (first, last) => everyNthDay(14, first, last), label: dayLabel },
    { name: 'month', days: (first, last) => monthStarts(1, first, last), label: monthLabel },
    { name: 'quarter', days: (first, last) => monthStarts(3, first, last), label: monthLabel },
    { name: 'half-year', days: (first, last) => monthStarts(6, first, last), label: monthLabel },
    ...[1, 2, 5, 10, 25, 50, 100].map(years => ({
        name: years === 1 ? 'year' : `${years} years`,
        days: (first: number, last: number) => yearStarts(years, first, last),
        label: yearLabel,
    })),
];

/** A cadence's ticks on the axis, leaving out those whose label would reach too far past an end. */
function ticksOf(cadence: Cadence, axis: TimeAxis): TimeTick[] {
    const span = Math.max(1, axis.last - axis.first);
    const ticks: TimeTick[] = [];
    // Guards against a cadence far too fine for a long axis: it cannot fit, so it is not measured.
    const days = cadence.days(axis.first, axis.last);
    if (days.length > axis.width / 4) {
        return [];
    }
    for (const day of days) {
        const label = cadence.label(day, ticks.at(-1)?.day);
        const width = axis.labelWidth(label);
        const x = (day - axis.first) / span * axis.width;
        if (x - width / 2 >= -axis.overhang.left && x + width / 2 <= axis.width + axis.overhang.right) {
            ticks.push({ day, label, x, width });
        }
    }
    return ticks;
}

function fits(ticks: readonly TimeTick[], axis: TimeAxis): boolean {
    return ticks.length > 0 && ticks.every((tick, index) => {
        const next = ticks[index + 1];
        return !next || next.x - tick.x >= Math.max((tick.width + next.width) / 2 + axis.gap, axis.minSpacing ?? 0);
    });
}

/** The finest cadence whose labels all fit, with its ticks; the coarsest's first tick if none does. */
export function timeTicks(axis: TimeAxis): TimeTicks {
    for (const cadence of CADENCES) {
        const ticks = ticksOf(cadence, axis);
        if (fits(ticks, axis)) {
            return { cadence: cadence.name, ticks };
        }
    }
    const coarsest = CADENCES[CADENCES.length - 1];
    return { cadence: coarsest.name, ticks: ticksOf(coarsest, axis).slice(0, 1) };
}
