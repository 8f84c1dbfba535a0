// Where everything of the budget S-curve goes, for a width: a time axis (a date's x proportional
// to its time), a money axis with round ticks, margins made to fit the measured tick labels, the
// status date and BAC marked. Pure geometry from the model's numbers and a text measure, so that
// the rules (nothing overlaps, nothing is cut off) can be tested without drawing.
import type { BudgetCurvePoint } from '../../language/src/engine/budget-curve.js';
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { moneyText } from '../../language/src/engine/figure-text.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { moneyTicks } from './money-ticks.js';
import type { Font, TextWidth } from './text-width.js';
import { timeTicks } from './time-ticks.js';

export type SeriesKey = 'pv' | 'ev' | 'ac';

/** The lines in drawing order, as the legend lists them. */
export const SERIES: ReadonlyArray<{ readonly key: SeriesKey; readonly label: string }> = [
    { key: 'pv', label: 'Planned value (PV)' },
    { key: 'ev', label: 'Earned value (EV)' },
    { key: 'ac', label: 'Actual cost (AC)' },
];

export interface SCurveData {
    /** In date order; EV and AC up to the status date only. */
    readonly points: readonly BudgetCurvePoint[];
    readonly status: string;
    readonly bac: number;
    readonly currency?: string;
}

export interface SCurveOptions {
    readonly width: number;
    readonly fontFamily: string;
    readonly textWidth: TextWidth;
    /** A chart to stand on its own (an exported file): with this title, and its legend inside. */
    readonly standaloneTitle?: string;
}

export interface Point {
    readonly x: number;
    readonly y: number;
}

export interface Label {
    readonly text: string;
    /** The baseline's start, middle or end, as `anchor` says. */
    readonly x: number;
    readonly y: number;
    readonly anchor: 'start' | 'middle' | 'end';
}

export interface SCurveLayout {
    readonly width: number;
    readonly height: number;
    readonly font: Font;
    readonly titleFont: Font;
    readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
    readonly title?: Label;
    readonly legend: ReadonlyArray<{ readonly key: SeriesKey; readonly label: Label; readonly swatch: { readonly x1: number; readonly x2: number; readonly y: number } }>;
    readonly yTitle: Label;
    readonly yTicks: ReadonlyArray<{ readonly value: number; readonly y: number; readonly label: Label }>;
    readonly xTicks: ReadonlyArray<{ readonly date: string; readonly x: number; readonly label: Label }>;
    readonly xCadence: string;
    readonly series: ReadonlyArray<{ readonly key: SeriesKey; readonly points: readonly Point[] }>;
    readonly bac: { readonly y: number; readonly label: Label };
    readonly status: { readonly x: number; readonly top: number; readonly label: Label };
}

/** Text is never smaller than this: the preview's own text is 13 px. */
export const FONT_SIZE = 12;
const TITLE_SIZE = 14;
/** Round the chart, and between a label and what it labels. */
const PADDING = 12;
const LABEL_GAP = 8;
/** Between two labels on the time axis. */
const TICK_LABEL_GAP = 10;
const ROW = 18;
const LEGEND_SWATCH = 18;

/** Room to read the curve, not more than a pane's height needs to give. */
const plotAreaHeight = (width: number) => Math.round(Math.min(420, Math.max(360, width * 0.5)));

export function sCurveLayout(data: SCurveData, options: SCurveOptions): SCurveLayout {
    const width = Math.max(1, Math.round(options.width));
    const font: Font = { size: FONT_SIZE, family: options.fontFamily };
    const titleFont: Font = { size: TITLE_SIZE, family: options.fontFamily, weight: 'bold' };
    const measure = (text: string, which: Font = font) => options.textWidth(text, which);

    // Top down: the title and legend of a standalone chart, then a row for the axis title and the
    // status date's label, then the plot, then the dates.
    let top = PADDING;
    let title: Label | undefined;
    const legend: Array<SCurveLayout['legend'][number]> = [];
    if (options.standaloneTitle !== undefined) {
        title = { text: options.standaloneTitle, x: PADDING, y: top + TITLE_SIZE, anchor: 'start' };
        top += TITLE_SIZE + 10;
        let x = PADDING;
        for (const { key, label } of SERIES) {
            const itemWidth = LEGEND_SWATCH + 6 + measure(label);
            if (x > PADDING && x + itemWidth > width - PADDING) {
                x = PADDING;
                top += ROW;
            }
            legend.push({ key, swatch: { x1: x, x2: x + LEGEND_SWATCH, y: top + ROW / 2 }, label: { text: label, x: x + LEGEND_SWATCH + 6, y: top + ROW / 2 + FONT_SIZE * 0.35, anchor: 'start' } });
            x += itemWidth + 20;
        }
        top += ROW + 8;
    }
    const headerTop = top;
    const yTitle: Label = { text: data.currency ? `Cumulative cost (${data.currency})` : 'Cumulative cost', x: PADDING, y: headerTop + FONT_SIZE, anchor: 'start' };
    const yTitleRight = PADDING + measure(yTitle.text);

    // The status date's label sits above its line, clear of the axis title; a narrow chart where it
    // cannot be gives it a row of its own.
    const statusText = `Status date: ${longDate(data.status)}`;
    const statusWidth = measure(statusText);
    const days = data.points.map(point => dayNumberOf(point.date));
    const statusDay = dayNumberOf(data.status);
    const first = Math.min(days[0] ?? statusDay, statusDay);
    const last = Math.max(days.at(-1) ?? statusDay, statusDay, first + 1);

    const height = plotAreaHeight(width) + (top - PADDING);
    const plotBottom = height - PADDING - FONT_SIZE - LABEL_GAP - 4;

    // The money axis: its labels' width sets the left margin. The top leaves room above BAC for
    // its label, and above the highest value.
    const highestValue = Math.max(data.bac, ...data.points.flatMap(point => [point.pv, point.ev ?? 0, point.ac ?? 0]));
    const roughTop = headerTop + ROW + LABEL_GAP;
    const roughHeight = Math.max(60, plotBottom - roughTop);
    const headroom = (FONT_SIZE + LABEL_GAP + 4) / roughHeight;
    const money = moneyTicks(Math.max(highestValue * 1.02, data.bac / (1 - headroom)), roughHeight, 36);
    const moneyLabels = money.values.map(value => moneyText(value, data.currency));
    const left = Math.ceil(PADDING + Math.max(...moneyLabels.map(label => measure(label))) + LABEL_GAP);
    const right = width - PADDING - LABEL_GAP;
    const span = Math.max(1, right - left);
    const xOf = (day: number) => left + (day - first) / (last - first) * span;
    const statusX = xOf(statusDay);

    let statusLabel = placeAbove(statusX, statusWidth, { from: yTitleRight + 2 * LABEL_GAP, to: width - PADDING });
    let plotTop = roughTop;
    if (!statusLabel) {
        statusLabel = placeAbove(statusX, statusWidth, { from: PADDING, to: width - PADDING }) ?? { x: PADDING, anchor: 'start' };
        plotTop += ROW;
    }
    const statusBaseline = plotTop - LABEL_GAP - 6;
    const yOf = (value: number) => plotBottom - value / money.top * (plotBottom - plotTop);

    const xAxis = timeTicks({
        first, last, width: span,
        labelWidth: label => measure(label),
        // A date's label may reach into the margins, but not off the chart.
        overhang: { left: left - 2, right: width - right - 2 },
        gap: TICK_LABEL_GAP,
        minSpacing: 40,
    });
    const xLabelBaseline = plotBottom + LABEL_GAP + FONT_SIZE;

    const bacY = yOf(data.bac);
    return {
        width, height, font, titleFont,
        plot: { left, right, top: plotTop, bottom: plotBottom },
        title, legend, yTitle,
        yTicks: money.values.map((value, index) => ({
            value, y: yOf(value),
            label: { text: moneyLabels[index], x: left - LABEL_GAP, y: yOf(value) + FONT_SIZE * 0.35, anchor: 'end' },
        })),
        xTicks: xAxis.ticks.map(tick => ({
            date: isoDateOfDayNumber(tick.day), x: left + tick.x,
            label: { text: tick.label, x: left + tick.x, y: xLabelBaseline, anchor: 'middle' },
        })),
        xCadence: xAxis.cadence,
        series: SERIES.map(({ key }) => ({
            key,
            points: data.points.flatMap((point, index) => {
                const value = point[key];
                return value === undefined ? [] : [{ x: xOf(days[index]), y: yOf(value) }];
            }),
        })),
        bac: { y: bacY, label: { text: `BAC ${moneyText(data.bac, data.currency)}`, x: left + LABEL_GAP, y: bacY - 6, anchor: 'start' } },
        status: { x: statusX, top: statusBaseline + 5, label: { text: statusText, y: statusBaseline, ...statusLabel } },
    };
}

/**
 * Where a label of `width` goes above `x` within `room`: centred on it if it can be, else ending or
 * starting at it; undefined when none of these fit.
 */
function placeAbove(x: number, width: number, room: { from: number; to: number }): Pick<Label, 'x' | 'anchor'> | undefined {
    if (x - width / 2 >= room.from && x + width / 2 <= room.to) {
        return { x, anchor: 'middle' };
    }
    if (x + width <= room.to && x >= room.from) {
        return { x, anchor: 'start' };
    }
    if (x - width >= room.from && x <= room.to) {
        return { x, anchor: 'end' };
    }
    return undefined;
}
