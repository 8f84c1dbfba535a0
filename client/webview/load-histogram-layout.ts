// Where everything of a resource's load histogram goes, for a width: a time axis of days (a day's
// x proportional to its time, each day a slot its bar fills), a units axis with whole ticks, the
// bars of the units required, the capacity as a step line, the days off shaded and the days over
// marked. Pure geometry from the model's numbers and a text measure, so that the rules (nothing
// overlaps, nothing is cut off, days line up across the resources) can be tested without drawing.
// The work is linear in the days, and the marks drawn are bounded by the width: a long plan's
// narrow days are drawn as runs of equal load rather than one bar a day.
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { moneyTicks } from './money-ticks.js';
import type { Label } from './s-curve-layout.js';
import type { Font, TextWidth } from './text-width.js';
import { timeTicks } from './time-ticks.js';

/** One resource's load, day by day from `from`. */
export interface LoadData {
    readonly from: string;
    readonly required: readonly number[];
    readonly available: readonly number[];
}

export interface HistogramOptions {
    readonly width: number;
    readonly fontFamily: string;
    readonly textWidth: TextWidth;
    /**
     * The room the units labels take at the left, at least: histograms stacked one above another
     * pass the widest of theirs, so that their days line up.
     */
    readonly labelRoom?: number;
}

/** Days `from` to `to` (indices, `to` included) of one load: one bar, or the over part of it. */
export interface Bar {
    readonly from: number;
    readonly to: number;
    readonly required: number;
    readonly available: number;
    readonly x: number;
    readonly width: number;
    /** The part within the capacity, from the axis up; absent when there is no capacity that day. */
    readonly within?: { readonly y: number; readonly height: number };
    /** The part above the capacity, in the critical colour. */
    readonly over?: { readonly y: number; readonly height: number };
}

/** A stretch of days over (joined across days that ask for nothing), marked above the plot. */
export interface OverMark {
    readonly from: number;
    readonly to: number;
    readonly x1: number;
    readonly x2: number;
}

export interface HistogramLayout {
    readonly width: number;
    readonly height: number;
    readonly font: Font;
    readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
    /** The row above the plot where stretches over are marked. */
    readonly markRow: { readonly top: number; readonly bottom: number };
    /** UTC day number of the first day, how many days, and how wide each is. */
    readonly first: number;
    readonly days: number;
    readonly dayWidth: number;
    /** Whether each day has its own bar (else runs of equal days share one). */
    readonly dayByDay: boolean;
    readonly yTitle: Label;
    readonly yTicks: ReadonlyArray<{ readonly value: number; readonly y: number; readonly label: Label }>;
    /** Each tick's day starts at `x`, where its grid line is; its label is under the middle of the day. */
    readonly xTicks: ReadonlyArray<{ readonly date: string; readonly x: number; readonly label: Label }>;
    readonly xCadence: string;
    readonly bars: readonly Bar[];
    /** Runs of days with no capacity (days off, leave), shaded behind the bars. */
    readonly daysOff: ReadonlyArray<{ readonly from: number; readonly to: number; readonly x: number; readonly width: number }>;
    /**
     * The capacity's step line, left to right, in pieces: it goes down to zero over days off
     * wide enough to see, and breaks over narrower ones (a long plan's weekends), which would
     * otherwise comb the chart with lines down and up again.
     */
    readonly capacity: ReadonlyArray<ReadonlyArray<readonly [x: number, y: number]>>;
    readonly overMarks: readonly OverMark[];
}

/** Text is never smaller than this: the preview's own text is 13 px. */
export const FONT_SIZE = 12;
const PADDING = 12;
const LABEL_GAP = 8;
const TICK_LABEL_GAP = 10;
const MARK_ROW = 12;
const PLOT_HEIGHT = 120;
/** Days at least this wide get a bar each, with a gap between. */
const DAY_BY_DAY = 4;
/** Days off narrower than this break the capacity line rather than take it down to zero. */
const LEAST_DROP = 6;
const EPSILON = 1e-9;

/** A units tick's label: whole units, or to two places. */
export const unitsText = (value: number) => String(Math.round(value * 100) / 100);

/** The units axis's ticks for a load: from 0 to at least its units, what it is asked and what it has. */
function unitTicks(data: LoadData, units: number): ReturnType<typeof moneyTicks> {
    let highest = Math.max(1, units);
    for (const value of data.required) {
        highest = Math.max(highest, value);
    }
    for (const value of data.available) {
        highest = Math.max(highest, value);
    }
    return moneyTicks(highest, PLOT_HEIGHT, 26);
}

/** The room the units labels of a load take: the left margin of its histogram less the padding and gap. */
export function labelRoomOf(data: LoadData, units: number, fontFamily: string, textWidth: TextWidth): number {
    const font: Font = { size: FONT_SIZE, family: fontFamily };
    return Math.max(...unitTicks(data, units).values.map(value => textWidth(unitsText(value), font)));
}

export function histogramLayout(data: LoadData, units: number, options: HistogramOptions): HistogramLayout {
    const width = Math.max(1, Math.round(options.width));
    const font: Font = { size: FONT_SIZE, family: options.fontFamily };
    const measure = (text: string) => options.textWidth(text, font);
    const days = Math.max(1, data.required.length);
    const first = dayNumberOf(data.from);

    // Top down: the axis title, the row of marks, the plot, the dates.
    const yTitle: Label = { text: 'Units', x: PADDING, y: PADDING + FONT_SIZE - 2, anchor: 'start' };
    const markTop = yTitle.y + 6;
    const top = markTop + MARK_ROW;
    const bottom = top + PLOT_HEIGHT;
    const height = bottom + LABEL_GAP + FONT_SIZE + PADDING;

    const ticks = unitTicks(data, units);
    const labels = ticks.values.map(unitsText);
    const room = Math.max(options.labelRoom ?? 0, ...labels.map(measure));
    const left = Math.ceil(PADDING + room + LABEL_GAP);
    const right = width - PADDING - LABEL_GAP;
    const span = Math.max(1, right - left);
    const dayWidth = span / days;
    const xOf = (index: number) => left + index * dayWidth;
    const yOf = (value: number) => bottom - value / ticks.top * (bottom - top);

    // A date's label goes under the middle of its day's bar, half a day right of where the axis
    // puts the day's start: the overhangs allow for that.
    const xAxis = timeTicks({
        first, last: first + days, width: span,
        labelWidth: measure,
        overhang: { left: left - 2 + dayWidth / 2, right: width - right - 2 - dayWidth / 2 },
        gap: TICK_LABEL_GAP,
        minSpacing: 40,
    });
    const xLabelBaseline = bottom + LABEL_GAP + FONT_SIZE;

    const dayByDay = dayWidth >= DAY_BY_DAY;
    const inset = dayByDay ? Math.min(2, dayWidth * 0.12) : 0;
    const requiredOf = (index: number) => data.required[index] ?? 0;
    const availableOf = (index: number) => data.available[index] ?? 0;
    const isOver = (index: number) => requiredOf(index) > availableOf(index) + EPSILON;

    const bars: Bar[] = [];
    const daysOff: Array<HistogramLayout['daysOff'][number]> = [];
    const overMarks: OverMark[] = [];
    let open: { from: number; to: number } | undefined;
    const closeMark = () => {
        if (open) {
            overMarks.push({ ...open, x1: xOf(open.from), x2: xOf(open.to + 1) });
            open = undefined;
        }
    };
    for (let index = 0; index < days;) {
        const required = requiredOf(index);
        const available = availableOf(index);
        // The days alike that follow: each day alone when they are wide enough to tell apart.
        let to = index;
        while (!dayByDay && to + 1 < days && requiredOf(to + 1) === required && availableOf(to + 1) === available) {
            to++;
        }
        const x = xOf(index) + inset;
        const barWidth = xOf(to + 1) - inset - x;
        if (required > EPSILON) {
            const within = Math.min(required, available);
            bars.push({
                from: index, to, required, available, x, width: barWidth,
                within: within > EPSILON ? { y: yOf(within), height: bottom - yOf(within) } : undefined,
                over: required > available + EPSILON ? { y: yOf(required), height: yOf(within) - yOf(required) } : undefined,
            });
        }
        if (available <= EPSILON) {
            const previous = daysOff.at(-1);
            if (previous && previous.to === index - 1) {
                daysOff[daysOff.length - 1] = { ...previous, to, width: xOf(to + 1) - previous.x };
            } else {
                daysOff.push({ from: index, to, x: xOf(index), width: xOf(to + 1) - xOf(index) });
            }
        }
        // A stretch over goes on across days that ask for nothing, as the over-allocation list has it.
        for (let day = index; day <= to; day++) {
            if (isOver(day)) {
                open ??= { from: day, to: day };
                open.to = day;
            } else if (requiredOf(day) > EPSILON) {
                closeMark();
            }
        }
        index = to + 1;
    }
    closeMark();
    const capacity = capacityLine(days, availableOf, xOf, yOf);

    return {
        width, height, font,
        plot: { left, right, top, bottom },
        markRow: { top: markTop, bottom: top },
        first, days, dayWidth, dayByDay,
        yTitle,
        yTicks: ticks.values.map((value, index) => ({
            value, y: yOf(value),
            label: { text: labels[index], x: left - LABEL_GAP, y: yOf(value) + FONT_SIZE * 0.35, anchor: 'end' },
        })),
        xTicks: xAxis.ticks.filter(tick => tick.day < first + days).map(tick => ({
            date: isoDateOfDayNumber(tick.day), x: left + tick.x,
            label: { text: tick.label, x: left + tick.x + dayWidth / 2, y: xLabelBaseline, anchor: 'middle' },
        })),
        xCadence: xAxis.cadence,
        bars, daysOff, capacity, overMarks,
    };
}

/** The capacity's step line: a point where each run of days alike starts and ends. */
function capacityLine(days: number, availableOf: (index: number) => number, xOf: (index: number) => number, yOf: (value: number) => number): Array<Array<readonly [number, number]>> {
    const pieces: Array<Array<readonly [number, number]>> = [];
    let piece: Array<readonly [number, number]> = [];
    for (let from = 0; from < days;) {
        const available = availableOf(from);
        let to = from;
        while (to + 1 < days && availableOf(to + 1) === available) {
            to++;
        }
        const [x1, x2, y] = [xOf(from), xOf(to + 1), yOf(available)];
        if (available <= EPSILON && x2 - x1 < LEAST_DROP) {
            if (piece.length > 0) {
                pieces.push(piece);
            }
            piece = [];
        } else {
            // From where the last run ended, up or down to this one's level, and along it.
            piece.push([x1, y], [x2, y]);
        }
        from = to + 1;
    }
    if (piece.length > 0) {
        pieces.push(piece);
    }
    return pieces;
}

/** The day (an index) at `x` of the histogram, if `x` is over one. */
export function dayAt(layout: HistogramLayout, x: number): number | undefined {
    const index = Math.floor((x - layout.plot.left) / layout.dayWidth);
    return index >= 0 && index < layout.days ? index : undefined;
}

/** The day an index stands for, as an ISO date. */
export const dateOfDay = (layout: HistogramLayout, index: number) => isoDateOfDayNumber(layout.first + index);

/** The index of a day in the histogram, if it is one of its days. */
export function dayIndexOf(layout: HistogramLayout, date: string): number | undefined {
    const index = dayNumberOf(date) - layout.first;
    return index >= 0 && index < layout.days ? index : undefined;
}
