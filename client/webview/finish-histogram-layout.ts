// Where everything of the Risk analysis tab's finish histogram goes, for a width: a time axis (a
// date's x proportional to its time), the iterations finishing in each bin as bars on the left
// axis, the share finished by each date as a curve on a right axis of 0 to 100%, and the deadline
// and the P80 date as labelled lines. A finish date is the end of its day, so that the curve
// reaches 80% on the P80 line and a bar ends where its last day does. Pure geometry from the
// model's numbers and a text measure, so that the rules (nothing overlaps, nothing is cut off)
// can be tested without drawing.
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import type { FinishHistogram } from '../../language/src/engine/schedule-risk/monte-carlo.js';
import { longDate } from '../../language/src/planning/schedule-text.js';
import { moneyTicks } from './money-ticks.js';
import type { Label, Point } from './s-curve-layout.js';
import type { Font, TextWidth } from './text-width.js';
import { timeTicks } from './time-ticks.js';

export interface FinishHistogramData {
    readonly histogram: FinishHistogram;
    readonly iterations: number;
    readonly p80: string;
    readonly deadline?: string;
}

export interface FinishHistogramOptions {
    readonly width: number;
    readonly fontFamily: string;
    readonly textWidth: TextWidth;
    /** A chart to stand on its own (an exported file): with this title. */
    readonly standaloneTitle?: string;
}

export type MarkerKey = 'p80' | 'deadline';

export interface FinishHistogramLayout {
    readonly width: number;
    readonly height: number;
    readonly font: Font;
    readonly titleFont: Font;
    readonly plot: { readonly left: number; readonly right: number; readonly top: number; readonly bottom: number };
    readonly title?: Label;
    readonly countTitle: Label;
    readonly shareTitle: Label;
    readonly countTicks: ReadonlyArray<{ readonly value: number; readonly y: number; readonly label: Label }>;
    readonly shareTicks: ReadonlyArray<{ readonly value: number; readonly y: number; readonly label: Label }>;
    readonly xTicks: ReadonlyArray<{ readonly date: string; readonly x: number; readonly label: Label }>;
    readonly xCadence: string;
    readonly bars: ReadonlyArray<{ readonly from: string; readonly to: string; readonly count: number; readonly x: number; readonly width: number; readonly y: number; readonly height: number }>;
    /** The cumulative share at the end of each bin, from 0 at the first bin's start. */
    readonly curve: readonly Point[];
    /** The deadline and the P80 date; a date off the axis is drawn at its edge, its label saying which way. */
    readonly markers: ReadonlyArray<{ readonly key: MarkerKey; readonly date: string; readonly x: number; readonly top: number; readonly offAxis: boolean; readonly label: Label }>;
}

/** Text is never smaller than this: the preview's own text is 13 px. */
export const FONT_SIZE = 12;
const TITLE_SIZE = 14;
const PADDING = 12;
const LABEL_GAP = 8;
const TICK_LABEL_GAP = 10;
const ROW = 18;
const SHARES = [0, 0.25, 0.5, 0.75, 1];

const plotAreaHeight = (width: number) => Math.round(Math.min(380, Math.max(300, width * 0.45)));

export function finishHistogramLayout(data: FinishHistogramData, options: FinishHistogramOptions): FinishHistogramLayout {
    const width = Math.max(1, Math.round(options.width));
    const font: Font = { size: FONT_SIZE, family: options.fontFamily };
    const titleFont: Font = { size: TITLE_SIZE, family: options.fontFamily, weight: 'bold' };
    const measure = (text: string, which: Font = font) => options.textWidth(text, which);
    const { bins, binDays } = data.histogram;

    let top = PADDING;
    let title: Label | undefined;
    if (options.standaloneTitle !== undefined) {
        title = { text: options.standaloneTitle, x: PADDING, y: top + TITLE_SIZE, anchor: 'start' };
        top += TITLE_SIZE + 10;
    }
    const countTitle: Label = { text: binDays === 1 ? 'Iterations finishing each day' : binDays === 7 ? 'Iterations finishing each week' : `Iterations finishing in each ${binDays} days`, x: PADDING, y: top + FONT_SIZE, anchor: 'start' };
    // The right axis's title beside the left's, or under it where the chart is too narrow for both.
    const shareText = 'Finished by (cumulative)';
    if (PADDING + measure(countTitle.text) + 2 * LABEL_GAP + measure(shareText) > width - PADDING) {
        top += ROW;
    }
    const shareTitle: Label = { text: shareText, x: width - PADDING, y: top + FONT_SIZE, anchor: 'end' };
    top += ROW;

    // The axis runs from the first bin's start to the end of the last bin's last day, widened to a
    // marker's date when that is near; a marker far off stays at the edge rather than squeeze the bars.
    const firstBin = dayNumberOf(bins[0].from);
    const lastBin = dayNumberOf(bins.at(-1)!.to) + 1;
    const reach = Math.max(7, lastBin - firstBin);
    const markerDates: Array<{ key: MarkerKey; date: string; end: number }> = [{ key: 'p80', date: data.p80, end: dayNumberOf(data.p80) + 1 }];
    if (data.deadline) {
        markerDates.push({ key: 'deadline', date: data.deadline, end: dayNumberOf(data.deadline) + 1 });
    }
    let first = firstBin - 1;
    let last = lastBin + 1;
    for (const marker of markerDates) {
        if (marker.end < first && marker.end >= firstBin - reach) {
            first = marker.end - 1;
        }
        if (marker.end > last && marker.end <= lastBin + reach) {
            last = marker.end + 1;
        }
    }

    const height = plotAreaHeight(width) + (top - PADDING);
    const plotBottom = height - PADDING - FONT_SIZE - LABEL_GAP - 4;
    // Marker labels take a row each above the plot when they would touch.
    const roughTop = top + ROW + LABEL_GAP;
    const highest = Math.max(1, ...bins.map(bin => bin.count));
    const counts = moneyTicks(highest, Math.max(60, plotBottom - roughTop - ROW), 36);
    const countLabels = counts.values.map(value => value.toLocaleString('en-GB'));
    const shareLabels = SHARES.map(share => `${Math.round(share * 100)}%`);
    const left = Math.ceil(PADDING + Math.max(...countLabels.map(label => measure(label))) + LABEL_GAP);
    const right = Math.floor(width - PADDING - Math.max(...shareLabels.map(label => measure(label))) - LABEL_GAP);
    const span = Math.max(1, right - left);
    const xOf = (day: number) => left + (day - first) / (last - first) * span;

    const placed: Array<{ key: MarkerKey; date: string; x: number; offAxis: boolean; text: string; labelWidth: number }> = markerDates.map(marker => {
        const offAxis = marker.end < first ? 'left' : marker.end > last ? 'right' : undefined;
        const name = marker.key === 'p80' ? 'P80' : 'Deadline';
        const text = `${offAxis === 'left' ? '← ' : ''}${name} ${longDate(marker.date)}${offAxis === 'right' ? ' →' : ''}`;
        return { key: marker.key, date: marker.date, x: offAxis === 'left' ? left : offAxis === 'right' ? right : xOf(marker.end), offAxis: offAxis !== undefined, text, labelWidth: measure(text) };
    });
    // Rows of labels over the plot, each label centred on its line where it fits, else beside it.
    const rows: Array<Array<{ from: number; to: number }>> = [];
    const labels = placed.map(marker => {
        const at = placeBeside(marker.x, marker.labelWidth, PADDING, width - PADDING);
        const from = at.anchor === 'middle' ? at.x - marker.labelWidth / 2 : at.anchor === 'start' ? at.x : at.x - marker.labelWidth;
        const to = from + marker.labelWidth;
        let row = rows.findIndex(taken => taken.every(other => to + LABEL_GAP <= other.from || from >= other.to + LABEL_GAP));
        if (row < 0) {
            rows.push([]);
            row = rows.length - 1;
        }
        rows[row].push({ from, to });
        return { ...at, row };
    });
    const plotTop = top + rows.length * ROW + LABEL_GAP;
    const countY = (value: number) => plotBottom - value / counts.top * (plotBottom - plotTop);
    const shareY = (share: number) => plotBottom - share * (plotBottom - plotTop);

    const xAxis = timeTicks({
        first, last, width: span,
        labelWidth: label => measure(label),
        overhang: { left: left - 2, right: width - right - 2 },
        gap: TICK_LABEL_GAP,
        minSpacing: 40,
    });
    const xLabelBaseline = plotBottom + LABEL_GAP + FONT_SIZE;
    let seen = 0;
    const curve: Point[] = [{ x: xOf(firstBin), y: shareY(0) }];
    const bars = bins.map(bin => {
        const from = dayNumberOf(bin.from);
        const to = dayNumberOf(bin.to) + 1;
        seen += bin.count;
        curve.push({ x: xOf(to), y: shareY(seen / data.iterations) });
        return { from: bin.from, to: bin.to, count: bin.count, x: xOf(from), width: xOf(to) - xOf(from), y: countY(bin.count), height: plotBottom - countY(bin.count) };
    });
    return {
        width, height, font, titleFont,
        plot: { left, right, top: plotTop, bottom: plotBottom },
        title, countTitle, shareTitle,
        countTicks: counts.values.map((value, index) => ({
            value, y: countY(value), label: { text: countLabels[index], x: left - LABEL_GAP, y: countY(value) + FONT_SIZE * 0.35, anchor: 'end' },
        })),
        shareTicks: SHARES.map((share, index) => ({
            value: share, y: shareY(share), label: { text: shareLabels[index], x: right + LABEL_GAP, y: shareY(share) + FONT_SIZE * 0.35, anchor: 'start' },
        })),
        xTicks: xAxis.ticks.map(tick => ({
            date: isoDateOfDayNumber(tick.day), x: left + tick.x,
            label: { text: tick.label, x: left + tick.x, y: xLabelBaseline, anchor: 'middle' },
        })),
        xCadence: xAxis.cadence,
        bars, curve,
        markers: placed.map((marker, index) => {
            const baseline = top + labels[index].row * ROW + FONT_SIZE;
            return {
                key: marker.key, date: marker.date, x: marker.x, offAxis: marker.offAxis, top: baseline + 5,
                label: { text: marker.text, x: labels[index].x, y: baseline, anchor: labels[index].anchor },
            };
        }),
    };
}

/** Where a label of `width` goes over `x` within the chart: centred on it, else starting or ending at it, else against an edge. */
function placeBeside(x: number, width: number, from: number, to: number): Pick<Label, 'x' | 'anchor'> {
    if (x - width / 2 >= from && x + width / 2 <= to) {
        return { x, anchor: 'middle' };
    }
    if (x + width <= to && x >= from) {
        return { x, anchor: 'start' };
    }
    if (x - width >= from) {
        return { x: Math.min(x, to), anchor: 'end' };
    }
    return { x: from, anchor: 'start' };
}
