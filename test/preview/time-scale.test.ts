// The Gantt's time scale chooses its unit from the pixels a day and the width of its labels, so
// that no two labels ever touch: checked here over the whole range of zooms, with text measured
// at a fixed width per character.
import { describe, expect, test } from 'vitest';
import { dateTime, ganttLayout, PX_PER_DAY } from '../../client/webview/gantt/gantt-layout.js';
import { LABEL_GAP, scaleUnit, timeScale } from '../../client/webview/gantt/time-scale.js';

const measure = (text: string) => text.length * 6.5;
const SPAN = { from: dateTime('2027-01-04'), to: dateTime('2028-06-30') };

describe('the Gantt\'s time scale', () => {
    test('days when a day is wide enough for its number, then weeks, months, quarters and years', () => {
        expect(scaleUnit(30, measure)).toBe('day');
        expect(scaleUnit(12, measure)).toBe('week');
        expect(scaleUnit(3, measure)).toBe('month');
        expect(scaleUnit(0.6, measure)).toBe('quarter');
        expect(scaleUnit(0.1, measure)).toBe('year');
    });

    test('at every zoom, no two labels of a tier come closer than the gap, and each sits inside its slot', () => {
        for (let pxPerDay = PX_PER_DAY.min; pxPerDay <= PX_PER_DAY.max; pxPerDay *= 1.25) {
            const layout = ganttLayout(SPAN, 10, { pxPerDay, rowHeight: 28 }, 40);
            const scale = timeScale(layout, measure);
            for (const tier of [scale.minor, scale.major]) {
                const labelled = tier.filter(tick => tick.label !== '');
                for (const [index, tick] of labelled.entries()) {
                    const width = measure(tick.label);
                    expect(tick.labelX, `${scale.unit} at ${pxPerDay.toFixed(2)} px a day: '${tick.label}'`).toBeGreaterThanOrEqual(tick.x);
                    expect(tick.labelX + width).toBeLessThanOrEqual(tick.end);
                    const next = labelled[index + 1];
                    if (next) {
                        expect(next.labelX - (tick.labelX + width)).toBeGreaterThanOrEqual(LABEL_GAP / 2);
                    }
                }
            }
            expect(scale.minor.filter(tick => tick.label !== '').length).toBeGreaterThan(0);
        }
    });

    test('weeks start on Mondays and are named by them; the month above in full where it fits', () => {
        const layout = ganttLayout({ from: dateTime('2027-01-04'), to: dateTime('2027-03-01') }, 5, { pxPerDay: 12, rowHeight: 28 }, 20);
        const scale = timeScale(layout, measure);
        expect(scale.unit).toBe('week');
        expect(scale.tickInterval).toBe('1week');
        // The week before, cut by the chart's left edge, has no room for its label.
        expect(scale.minor.slice(0, 4).map(tick => tick.label)).toEqual(['', '4 Jan', '11 Jan', '18 Jan']);
        expect(scale.major[0].label).toBe('January 2027');
    });
});
