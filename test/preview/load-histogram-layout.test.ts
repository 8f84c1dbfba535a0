// The load histogram's layout without a browser: a day's slot proportional to its time, bars that
// reach the units required with the part over the capacity apart, the capacity's step line (down
// to zero over days off wide enough to see, broken over narrower ones), stretches over joined
// across days that ask for nothing, and, over many widths and plan lengths, tick labels that never
// overlap or leave the chart and marks bounded by the width rather than the days. Text is measured
// as 7 px a character, a little wider than the preview's 12 px font. The browser tests
// (resources-tab.test.ts) check the same on the histograms as Chromium draws them.
import { describe, expect, test } from 'vitest';
import { dayNumberOf, isoDateOfDayNumber, weekdayOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { dayAt, dayIndexOf, histogramLayout, labelRoomOf, type HistogramLayout, type LoadData } from '../../client/webview/load-histogram-layout.js';

const SEVEN_PX_A_CHARACTER = (text: string) => text.length * 7;
const options = (width: number) => ({ width, fontFamily: 'sans-serif', textWidth: SEVEN_PX_A_CHARACTER });

/** A load of `days` days from Monday 8 Feb 2027: `required` and `available` by day index and weekday. */
function load(days: number, required: (index: number, weekend: boolean) => number, available: (index: number, weekend: boolean) => number): LoadData {
    const first = dayNumberOf('2027-02-08');
    const weekend = (index: number) => ['sat', 'sun'].includes(weekdayOfDayNumber(first + index));
    return {
        from: '2027-02-08',
        required: Array.from({ length: days }, (_, index) => required(index, weekend(index))),
        available: Array.from({ length: days }, (_, index) => available(index, weekend(index))),
    };
}

/** The units at a height of the plot, from the units axis. */
const unitsAt = (layout: HistogramLayout, y: number) => {
    const [low, high] = [layout.yTicks[0], layout.yTicks.at(-1)!];
    return low.value + (low.y - y) / (low.y - high.y) * (high.value - low.value);
};

describe('load histogram layout', () => {
    // Three weeks: 3 units a weekday the first week, 7 the second (of 4), 1 on the third's Tuesday.
    const threeWeeks = load(21,
        (index, weekend) => weekend ? 0 : index < 5 ? 3 : index < 12 ? 7 : index === 15 ? 1 : 0,
        (_, weekend) => weekend ? 0 : 4);

    test('a bar a day when days are wide: its top at the units required, the part over the capacity apart', () => {
        const layout = histogramLayout(threeWeeks, 4, options(1000));
        expect(layout.dayByDay).toBe(true);
        expect(layout.dayWidth).toBeCloseTo((layout.plot.right - layout.plot.left) / 21);
        const withinBars = layout.bars.filter(bar => bar.within);
        expect(withinBars.map(bar => bar.from)).toEqual([0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 15]);
        for (const bar of layout.bars) {
            expect(bar.to).toBe(bar.from);
            // Inside its day's slot, with a gap each side.
            expect(bar.x).toBeGreaterThan(layout.plot.left + bar.from * layout.dayWidth);
            expect(bar.x + bar.width).toBeLessThan(layout.plot.left + (bar.from + 1) * layout.dayWidth);
            const top = bar.over?.y ?? bar.within!.y;
            expect(unitsAt(layout, top)).toBeCloseTo(threeWeeks.required[bar.from]);
            expect(bar.within!.y + bar.within!.height).toBeCloseTo(layout.plot.bottom);
            if (bar.over) {
                expect(unitsAt(layout, bar.within!.y)).toBeCloseTo(4);
                expect(bar.over.y + bar.over.height).toBeCloseTo(bar.within!.y);
            }
        }
        expect(layout.bars.filter(bar => bar.over).map(bar => bar.from)).toEqual([7, 8, 9, 10, 11]);
        // The units axis reaches 8, above the 7 asked.
        expect(layout.yTicks.map(tick => tick.label.text)).toEqual(['0', '2', '4', '6', '8']);
    });

    test('the capacity a step line: at the units on working days, at zero over each weekend', () => {
        const layout = histogramLayout(threeWeeks, 4, options(1000));
        expect(layout.capacity).toHaveLength(1);
        const line = layout.capacity[0];
        const levelAt = (index: number) => {
            const x = layout.plot.left + (index + 0.5) * layout.dayWidth;
            const step = line.find((point, at) => at + 1 < line.length && point[1] === line[at + 1][1] && point[0] <= x && x <= line[at + 1][0])!;
            return unitsAt(layout, step[1]);
        };
        for (let index = 0; index < 21; index++) {
            expect(levelAt(index), `day ${index}`).toBeCloseTo(threeWeeks.available[index]);
        }
        expect(line[0][0]).toBe(layout.plot.left);
        expect(line.at(-1)![0]).toBeCloseTo(layout.plot.right);
        expect(layout.daysOff.map(off => [off.from, off.to])).toEqual([[5, 6], [12, 13], [19, 20]]);
    });

    test('a stretch over is marked once, joined across the weekend that asks for nothing, and ends at a day within the capacity', () => {
        // Over from Thursday to the next Tuesday, weekend between; within on Wednesday; over on Thursday.
        const data = load(14, (index, weekend) => weekend ? 0 : [3, 4, 8].includes(index) ? 6 : 2, (_, weekend) => weekend ? 0 : 4);
        const layout = histogramLayout(data, 4, options(800));
        expect(layout.overMarks.map(mark => [mark.from, mark.to])).toEqual([[3, 4], [8, 8]]);
        const wide = load(14, (index, weekend) => weekend ? 0 : index >= 3 && index <= 8 ? 6 : 2, (_, weekend) => weekend ? 0 : 4);
        const joined = histogramLayout(wide, 4, options(800));
        expect(joined.overMarks.map(mark => [mark.from, mark.to])).toEqual([[3, 8]]);
        expect(joined.overMarks[0].x1).toBeCloseTo(joined.plot.left + 3 * joined.dayWidth);
        expect(joined.overMarks[0].x2).toBeCloseTo(joined.plot.left + 9 * joined.dayWidth);
    });

    test('a click finds its day; a date finds its index', () => {
        const layout = histogramLayout(threeWeeks, 4, options(1000));
        for (let index = 0; index < 21; index++) {
            expect(dayAt(layout, layout.plot.left + (index + 0.5) * layout.dayWidth)).toBe(index);
            expect(dayIndexOf(layout, isoDateOfDayNumber(dayNumberOf('2027-02-08') + index))).toBe(index);
        }
        expect(dayAt(layout, layout.plot.left - 1)).toBeUndefined();
        expect(dayAt(layout, layout.plot.right + 1)).toBeUndefined();
        expect(dayIndexOf(layout, '2027-02-07')).toBeUndefined();
        expect(dayIndexOf(layout, '2027-03-01')).toBeUndefined();
    });

    test('histograms given the same label room line up their days, whatever their units', () => {
        const person = load(21, (_, weekend) => weekend ? 0 : 1, (_, weekend) => weekend ? 0 : 1);
        const room = Math.max(labelRoomOf(threeWeeks, 4, 'sans-serif', SEVEN_PX_A_CHARACTER), labelRoomOf(person, 1, 'sans-serif', SEVEN_PX_A_CHARACTER));
        const crew = histogramLayout(threeWeeks, 4, { ...options(900), labelRoom: room });
        const alex = histogramLayout(person, 1, { ...options(900), labelRoom: room });
        expect(alex.plot).toEqual(crew.plot);
        expect(alex.yTicks.map(tick => tick.label.text)).toEqual(['0', '1']);
    });

    test('two years, 300 to 2,000 px wide: tick labels apart and inside the chart, runs of equal days rather than a mark a day, weekends breaking the capacity line and leave taking it to zero', () => {
        const days = 730;
        // Two units a weekday, four in the busy weeks of each quarter; leave for two weeks in the summer.
        const leave = (index: number) => index >= 180 && index < 194;
        const data = load(days, (index, weekend) => weekend || leave(index) ? 0 : index % 91 < 21 ? 4 : 2, (index, weekend) => weekend || leave(index) ? 0 : 3);
        for (let width = 300; width <= 2000; width += 85) {
            const layout = histogramLayout(data, 3, options(width));
            const where = `${width} px`;
            const labels = layout.xTicks.map(tick => ({ left: tick.label.x - SEVEN_PX_A_CHARACTER(tick.label.text) / 2, right: tick.label.x + SEVEN_PX_A_CHARACTER(tick.label.text) / 2 }));
            expect(labels.length, where).toBeGreaterThanOrEqual(2);
            labels.forEach((label, index) => {
                expect(label.left, where).toBeGreaterThanOrEqual(0);
                expect(label.right, where).toBeLessThanOrEqual(layout.width);
                if (index > 0) {
                    expect(label.left - labels[index - 1].right, where).toBeGreaterThanOrEqual(10);
                }
            });
            expect(layout.dayByDay, where).toBe(false);
            // Every working week's run a bar (two when it holds a busy day), never one a day.
            expect(layout.bars.length, where).toBeLessThan(days / 3);
            const marks = layout.bars.length + layout.daysOff.length + layout.capacity.reduce((sum, piece) => sum + piece.length, 0);
            expect(marks, where).toBeLessThan(3 * days);
            // Weekends are under 6 px wide here: they break the line; the leave takes it to zero where it is 6 px or more.
            expect(layout.capacity.length, where).toBeGreaterThan(50);
            const x = layout.plot.left + 187 * layout.dayWidth;
            const atLeave = layout.capacity.flatMap(piece => piece.filter((point, at) => at + 1 < piece.length && point[0] <= x && x <= piece[at + 1][0] && point[1] === piece[at + 1][1]));
            const leaveRun = layout.daysOff.find(off => off.from <= 187 && 187 <= off.to)!;
            expect(atLeave.map(point => unitsAt(layout, point[1])), where).toEqual(leaveRun.width >= 6 ? [0] : []);
            // A busy stretch from each quarter's start, day 0, 91… 728 (the last two days): nine; the
            // third's starts after the leave, on Monday 196.
            expect(layout.overMarks.map(mark => mark.from), where).toEqual([0, 91, 196, 273, 364, 455, 546, 637, 728]);
        }
    });
});
