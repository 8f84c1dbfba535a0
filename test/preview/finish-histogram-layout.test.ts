// The Risk analysis tab's histogram layout without a browser: the curve reaching each bin's
// cumulative share at the end of its last day, the P80 line at the end of the P80 day, and, over
// many widths and marker dates, labels that never overlap and never leave the chart. Text is
// measured as 7 px a character, a little wider than the preview's 12 px font. The browser tests
// (schedule-risk-tab.test.ts) check the same on the chart as Chromium draws it.
import { describe, expect, test } from 'vitest';
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { finishHistogramLayout, type FinishHistogramData, type FinishHistogramLayout } from '../../client/webview/finish-histogram-layout.js';
import type { Label } from '../../client/webview/s-curve-layout.js';
import { overlaps, type Box } from './support/gantt-geometry.js';

const SEVEN_PX_A_CHARACTER = (text: string) => text.length * 7;
const options = (width: number) => ({ width, fontFamily: 'sans-serif', textWidth: SEVEN_PX_A_CHARACTER });

/** Counts per day from `from`, with their cumulative shares. */
function histogramOf(from: string, counts: readonly number[]): FinishHistogramData['histogram'] {
    const total = counts.reduce((sum, count) => sum + count, 0);
    let seen = 0;
    return {
        binDays: 1,
        bins: counts.map((count, index) => {
            seen += count;
            const day = isoDateOfDayNumber(dayNumberOf(from) + index);
            return { from: day, to: day, count, cumulative: seen / total };
        }),
    };
}

const COUNTS = [5, 20, 60, 120, 150, 90, 30, 15, 6, 4];
const HISTOGRAM = histogramOf('2027-03-08', COUNTS);

function boxOf(label: Label, fontSize: number): Box {
    const width = SEVEN_PX_A_CHARACTER(label.text);
    const left = label.anchor === 'start' ? label.x : label.anchor === 'end' ? label.x - width : label.x - width / 2;
    return { left, right: left + width, top: label.y - fontSize, bottom: label.y + 3 };
}

function labelsOf(layout: FinishHistogramLayout): Label[] {
    return [layout.countTitle, layout.shareTitle, ...layout.countTicks.map(tick => tick.label), ...layout.shareTicks.map(tick => tick.label),
        ...layout.xTicks.map(tick => tick.label), ...layout.markers.map(marker => marker.label)];
}

describe('the finish histogram\'s layout', () => {
    test('a bar per day, from its first day to the end of its last; the curve at each day\'s share at its end; P80 at the end of its day', () => {
        const layout = finishHistogramLayout({ histogram: HISTOGRAM, iterations: 500, p80: '2027-03-13' }, options(600));
        const dayWidth = layout.bars[1].x - layout.bars[0].x;
        expect(layout.bars.map(bar => bar.count)).toEqual(COUNTS);
        layout.bars.forEach(bar => expect(bar.width).toBeCloseTo(dayWidth, 6));
        const { top, bottom } = layout.plot;
        expect(layout.curve.map(point => (bottom - point.y) / (bottom - top))).toEqual([0, ...HISTOGRAM.bins.map(bin => expect.closeTo(bin.cumulative, 9))]);
        const p80 = layout.markers.find(marker => marker.key === 'p80')!;
        const p80Bar = layout.bars.find(bar => bar.from === '2027-03-13')!;
        expect(p80.x).toBeCloseTo(p80Bar.x + p80Bar.width, 6);
        expect(layout.countTicks.at(-1)!.value).toBeGreaterThanOrEqual(150);
        expect(layout.shareTicks.map(tick => tick.label.text)).toEqual(['0%', '25%', '50%', '75%', '100%']);
    });

    test('at every width from 320 to 1400 px and wherever the deadline falls, no two labels touch and none leaves the chart', () => {
        for (const width of [320, 400, 500, 626, 800, 1000, 1400]) {
            for (const deadline of [undefined, '2027-03-01', '2027-03-12', '2027-03-13', '2027-03-14', '2027-03-20', '2027-06-30']) {
                const layout = finishHistogramLayout({ histogram: HISTOGRAM, iterations: 500, p80: '2027-03-13', deadline }, options(width));
                const boxes = labelsOf(layout).map(label => ({ text: label.text, box: boxOf(label, layout.font.size) }));
                const where = `${width} px, deadline ${deadline}`;
                const overlapping = boxes.flatMap((a, index) => boxes.slice(index + 1).filter(b => overlaps(a.box, b.box)).map(b => `${a.text} | ${b.text}`));
                expect(overlapping, where).toEqual([]);
                expect(boxes.filter(({ box }) => box.left < 0 || box.right > layout.width).map(({ text }) => text), where).toEqual([]);
            }
        }
    });

    test('a deadline near the finishes widens the axis to it; one months away stays at the edge, its label pointing on', () => {
        const near = finishHistogramLayout({ histogram: HISTOGRAM, iterations: 500, p80: '2027-03-13', deadline: '2027-03-22' }, options(626));
        const nearDeadline = near.markers.find(marker => marker.key === 'deadline')!;
        expect(nearDeadline.label.text).toBe('Deadline Mon 22 Mar 2027');
        expect(nearDeadline.x).toBeLessThan(near.plot.right);
        const far = finishHistogramLayout({ histogram: HISTOGRAM, iterations: 500, p80: '2027-03-13', deadline: '2027-06-30' }, options(626));
        const farDeadline = far.markers.find(marker => marker.key === 'deadline')!;
        expect(farDeadline.label.text).toBe('Deadline Wed 30 Jun 2027 →');
        expect(farDeadline.x).toBe(far.plot.right);
        expect(far.bars.at(-1)!.x + far.bars.at(-1)!.width).toBeGreaterThan(far.plot.left + 0.8 * (far.plot.right - far.plot.left));
    });
});
