// The Gantt chart's time scale: two tiers of dates above the bars, the finer one in days, weeks,
// months, quarters or years, whichever is the finest whose labels all fit their slots at the
// chart's pixels a day, so that no two labels ever overlap; the coarser tier names the month or
// the year. Pure: text widths come from the caller, so that tests measure nothing.
import { timeAt, xOf, type GanttLayout } from './gantt-layout.js';

export type ScaleUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

export interface ScaleTick {
    /** Where the unit starts and ends on the drawing. */
    readonly x: number;
    readonly end: number;
    readonly label: string;
    /** The label's start. */
    readonly labelX: number;
}

export interface TimeScale {
    readonly unit: ScaleUnit;
    readonly minor: readonly ScaleTick[];
    readonly major: readonly ScaleTick[];
    /** Mermaid's `tickInterval` for grid lines on the same boundaries as the minor tier. */
    readonly tickInterval: string;
}

export type MeasureText = (text: string) => number;

export const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** Space kept clear around each label. */
export const LABEL_GAP = 8;
const UNITS: readonly ScaleUnit[] = ['day', 'week', 'month', 'quarter', 'year'];
const TICK_INTERVALS: Record<ScaleUnit, string> = { day: '1day', week: '1week', month: '1month', quarter: '3month', year: '12month' };

/** The start of the unit that holds `time`; weeks start on Monday. */
function unitStart(unit: ScaleUnit, time: number): Date {
    const date = new Date(time);
    switch (unit) {
        case 'day':
            return new Date(date.getFullYear(), date.getMonth(), date.getDate());
        case 'week':
            return new Date(date.getFullYear(), date.getMonth(), date.getDate() - (date.getDay() + 6) % 7);
        case 'month':
            return new Date(date.getFullYear(), date.getMonth(), 1);
        case 'quarter':
            return new Date(date.getFullYear(), date.getMonth() - date.getMonth() % 3, 1);
        case 'year':
            return new Date(date.getFullYear(), 0, 1);
    }
}

function nextUnit(unit: ScaleUnit, date: Date): Date {
    switch (unit) {
        case 'day':
            return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1);
        case 'week':
            return new Date(date.getFullYear(), date.getMonth(), date.getDate() + 7);
        case 'month':
            return new Date(date.getFullYear(), date.getMonth() + 1, 1);
        case 'quarter':
            return new Date(date.getFullYear(), date.getMonth() + 3, 1);
        case 'year':
            return new Date(date.getFullYear() + 1, 0, 1);
    }
}

function minorLabel(unit: ScaleUnit, date: Date): string {
    switch (unit) {
        case 'day':
            return String(date.getDate());
        case 'week':
            return `${date.getDate()} ${MONTHS[date.getMonth()]}`;
        case 'month':
            return MONTHS[date.getMonth()];
        case 'quarter':
            return `Q${Math.floor(date.getMonth() / 3) + 1}`;
        case 'year':
            return String(date.getFullYear());
    }
}

/** The shortest a unit's slot is, in days, and the widest label it may need. */
const SLOT_DAYS: Record<ScaleUnit, number> = { day: 1, week: 7, month: 28, quarter: 89, year: 365 };
const WIDEST: Record<ScaleUnit, readonly string[]> = {
    day: ['28'],
    week: ['28 May', '30 Sep', '31 Dec'],
    month: MONTHS,
    quarter: ['Q4'],
    year: ['2088'],
};

/** The finest unit whose every label fits its narrowest slot at `pxPerDay`. */
export function scaleUnit(pxPerDay: number, measure: MeasureText): ScaleUnit {
    return UNITS.find(unit => Math.max(...WIDEST[unit].map(measure)) + LABEL_GAP <= SLOT_DAYS[unit] * pxPerDay) ?? 'year';
}

/** The units of one kind across the drawing, clipped to it. */
function units(layout: GanttLayout, unit: ScaleUnit): Array<{ date: Date; x: number; end: number }> {
    const left = 0;
    const right = layout.width;
    const spans: Array<{ date: Date; x: number; end: number }> = [];
    for (let date = unitStart(unit, timeAt(layout, left)); ; date = nextUnit(unit, date)) {
        const x = xOf(layout, date.getTime());
        if (x >= right) {
            break;
        }
        const end = Math.min(right, xOf(layout, nextUnit(unit, date).getTime()));
        if (end > left) {
            spans.push({ date, x: Math.max(left, x), end });
        }
        if (spans.length > 20_000) {
            break;
        }
    }
    return spans;
}

/**
 * The two tiers for a layout: minor labels centred in their slot; major labels at the start of
 * theirs (kept in view at the left edge), in the longest form that fits, left out where none does.
 */
export function timeScale(layout: GanttLayout, measure: MeasureText): TimeScale {
    const unit = scaleUnit(layout.pxPerDay, measure);
    const minor = units(layout, unit).map(({ date, x, end }) => {
        const label = minorLabel(unit, date);
        const width = measure(label);
        // A slot clipped at the chart's edges may be too narrow for its label: leave it blank.
        return { x, end, label: width + LABEL_GAP <= end - x ? label : '', labelX: (x + end) / 2 - width / 2 };
    });
    const majorUnit: ScaleUnit | undefined = unit === 'day' || unit === 'week' ? 'month' : unit === 'year' ? undefined : 'year';
    const major: ScaleTick[] = [];
    if (majorUnit) {
        for (const { date, x, end } of units(layout, majorUnit)) {
            const forms = majorUnit === 'month'
                ? [`${LONG_MONTHS[date.getMonth()]} ${date.getFullYear()}`, `${MONTHS[date.getMonth()]} ${date.getFullYear()}`, MONTHS[date.getMonth()]]
                : [String(date.getFullYear())];
            const label = forms.find(form => measure(form) + LABEL_GAP <= end - x) ?? '';
            major.push({ x, end, label, labelX: x + LABEL_GAP / 2 });
        }
    }
    return { unit, minor, major, tickInterval: TICK_INTERVALS[unit] };
}
