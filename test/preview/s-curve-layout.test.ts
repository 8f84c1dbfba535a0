// The budget S-curve's layout without a browser: the time axis's ticks (the finest cadence whose
// labels fit), the money axis's round ticks, and, over many widths and status dates, labels that
// never overlap and never leave the chart. Text is measured as 7 px a character, a little wider
// than the preview's 12 px font, so that what fits here fits there. The browser tests
// (register-tabs.test.ts) check the same on the chart as Chromium draws it.
import { describe, expect, test } from 'vitest';
import type { BudgetCurvePoint } from '../../language/src/engine/budget-curve.js';
import { dayNumberOf, isoDateOfDayNumber } from '../../language/src/engine/calendar-dates.js';
import { moneyTicks, roundStep } from '../../client/webview/money-ticks.js';
import { sCurveLayout, type Label, type SCurveData, type SCurveLayout } from '../../client/webview/s-curve-layout.js';
import { timeTicks, type TimeAxis } from '../../client/webview/time-ticks.js';

const SEVEN_PX_A_CHARACTER = (text: string) => text.length * 7;

const axis = (first: string, last: string, width: number): TimeAxis => ({
    first: dayNumberOf(first), last: dayNumberOf(last), width,
    labelWidth: SEVEN_PX_A_CHARACTER, overhang: { left: 40, right: 10 }, gap: 10, minSpacing: 40,
});
const labels = (result: ReturnType<typeof timeTicks>) => result.ticks.map(tick => tick.label);

describe('time axis ticks', () => {
    test('the office move (3 Jan to 9 Mar 2027): a tick each Monday when wide, each other Monday when narrow', () => {
        const wide = timeTicks(axis('2027-01-03', '2027-03-09', 1300));
        expect(wide.cadence).toBe('week');
        expect(labels(wide)).toEqual(['4 Jan 2027', '11 Jan', '18 Jan', '25 Jan', '1 Feb', '8 Feb', '15 Feb', '22 Feb', '1 Mar', '8 Mar']);
        const narrow = timeTicks(axis('2027-01-03', '2027-03-09', 500));
        expect(narrow.cadence).toBe('fortnight');
        expect(labels(narrow)).toEqual(['4 Jan 2027', '18 Jan', '1 Feb', '15 Feb', '1 Mar']);
    });

    test('a fortnight\'s plan by the day; two years by the month or the quarter; decades by the year', () => {
        // The last day's label would reach past the right margin: left out.
        expect(labels(timeTicks(axis('2027-01-03', '2027-01-15', 1000)))).toEqual(
            ['3 Jan 2027', '4 Jan', '5 Jan', '6 Jan', '7 Jan', '8 Jan', '9 Jan', '10 Jan', '11 Jan', '12 Jan', '13 Jan', '14 Jan']);
        const months = timeTicks(axis('2027-01-03', '2028-12-31', 1300));
        expect(months.cadence).toBe('month');
        expect(labels(months).slice(10, 14)).toEqual(['Dec', 'Jan 2028', 'Feb', 'Mar']);
        const quarters = timeTicks(axis('2027-01-03', '2028-12-31', 560));
        expect(quarters.cadence).toBe('quarter');
        expect(labels(quarters)).toEqual(['Apr 2027', 'Jul', 'Oct', 'Jan 2028', 'Apr', 'Jul', 'Oct']);
        const decades = timeTicks(axis('2020-01-01', '2079-06-30', 400));
        expect(decades.cadence).toBe('10 years');
        expect(labels(decades)).toEqual(['2020', '2030', '2040', '2050', '2060', '2070']);
    });

    test('at any width, the labels chosen keep their distance and stay within the axis and its margins', () => {
        for (const [first, last] of [['2027-01-03', '2027-01-20'], ['2027-01-03', '2027-03-09'], ['2027-01-03', '2027-11-30'], ['2026-12-31', '2031-02-01']]) {
            for (let width = 200; width <= 2000; width += 45) {
                const chosen = timeTicks(axis(first, last, width)).ticks;
                expect(chosen.length, `${first} to ${last} at ${width}`).toBeGreaterThan(0);
                for (const [index, tick] of chosen.entries()) {
                    expect(tick.x - tick.width / 2).toBeGreaterThanOrEqual(-40);
                    expect(tick.x + tick.width / 2).toBeLessThanOrEqual(width + 10);
                    const next = chosen[index + 1];
                    if (next) {
                        expect(next.x - next.width / 2 - (tick.x + tick.width / 2), `${tick.label} | ${next.label} at ${width}`).toBeGreaterThanOrEqual(10);
                    }
                }
            }
        }
    });

    test('a date\'s tick is where its time puts it', () => {
        const result = timeTicks(axis('2027-01-03', '2027-03-09', 1300));
        const span = dayNumberOf('2027-03-09') - dayNumberOf('2027-01-03');
        for (const tick of result.ticks) {
            expect(tick.x).toBeCloseTo((tick.day - dayNumberOf('2027-01-03')) / span * 1300, 6);
        }
    });
});

describe('money axis ticks', () => {
    test('round steps, whole units', () => {
        expect([0.3, 1, 1.5, 2.2, 7, 12, 180, 2_400, 11_700, 44_000].map(roundStep)).toEqual([1, 1, 2, 5, 10, 20, 200, 2_500, 20_000, 50_000]);
    });

    test('the finest round step that keeps the ticks apart, from zero to just above the highest value', () => {
        expect(moneyTicks(64_886, 286, 36)).toEqual({ top: 70_000, step: 10_000, values: [0, 10_000, 20_000, 30_000, 40_000, 50_000, 60_000, 70_000] });
        expect(moneyTicks(64_886, 120, 36)).toEqual({ top: 75_000, step: 25_000, values: [0, 25_000, 50_000, 75_000] });
        expect(moneyTicks(3, 300, 36)).toEqual({ top: 3, step: 1, values: [0, 1, 2, 3] });
        expect(moneyTicks(0, 300, 36).values).toEqual([0, 1]);
    });
});

describe('the S-curve\'s layout', () => {
    /** A weekly curve from 3 Jan, PV rising to `bac`, EV and AC to the status date. */
    function curve(weeks: number, statusWeek: number, bac: number, currency?: string): SCurveData {
        const start = dayNumberOf('2027-01-03');
        const points: BudgetCurvePoint[] = Array.from({ length: weeks + 1 }, (_, week) => {
            const pv = bac * (week / weeks) ** 2;
            return week <= statusWeek ? { date: isoDateOfDayNumber(start + week * 7), pv, ev: pv * 0.9, ac: pv * 1.1 } : { date: isoDateOfDayNumber(start + week * 7), pv };
        });
        return { points, status: points[statusWeek].date, bac, currency };
    }

    /** A label's box, from its anchor, the measure and the font size. */
    function box(label: Label, size: number): { left: number; right: number; top: number; bottom: number } {
        const width = SEVEN_PX_A_CHARACTER(label.text);
        const left = label.anchor === 'start' ? label.x : label.anchor === 'middle' ? label.x - width / 2 : label.x - width;
        return { left, right: left + width, top: label.y - size * 0.8, bottom: label.y + size * 0.25 };
    }

    function allLabels(layout: SCurveLayout): Label[] {
        return [layout.yTitle, layout.bac.label, layout.status.label, ...layout.yTicks.map(tick => tick.label), ...layout.xTicks.map(tick => tick.label)];
    }

    test('over widths from 320 to 1600 px and every status date, no two labels overlap and none leaves the chart', () => {
        for (const [weeks, bac, currency] of [[9, 59_440, 'GBP'], [30, 1_250_000, 'CHF'], [4, 800, undefined]] as const) {
            for (let width = 320; width <= 1600; width += 64) {
                for (let status = 0; status <= weeks; status++) {
                    const layout = sCurveLayout(curve(weeks, status, bac, currency), { width, fontFamily: 'sans-serif', textWidth: SEVEN_PX_A_CHARACTER });
                    const boxes = allLabels(layout).map(label => ({ text: label.text, ...box(label, layout.font.size) }));
                    const where = `${weeks} weeks, status week ${status}, ${width} px`;
                    const overlaps = boxes.flatMap((a, index) => boxes.slice(index + 1)
                        .filter(b => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom).map(b => `${a.text} | ${b.text}`));
                    expect(overlaps, where).toEqual([]);
                    expect(boxes.filter(b => b.left < 0 || b.right > layout.width || b.top < 0 || b.bottom > layout.height).map(b => b.text), where).toEqual([]);
                }
            }
        }
    });

    test('EV and AC end at the status date, PV at the last date, each x proportional to its date', () => {
        const data = curve(9, 5, 59_440, 'GBP');
        const layout = sCurveLayout(data, { width: 900, fontFamily: 'sans-serif', textWidth: SEVEN_PX_A_CHARACTER });
        const [pv, ev, ac] = layout.series;
        expect([pv.points.length, ev.points.length, ac.points.length]).toEqual([10, 6, 6]);
        expect(ev.points.at(-1)!.x).toBeCloseTo(layout.status.x, 6);
        expect(ac.points.at(-1)!.x).toBeCloseTo(layout.status.x, 6);
        expect(pv.points[0].x).toBe(layout.plot.left);
        expect(pv.points.at(-1)!.x).toBe(layout.plot.right);
        const step = (pv.points[9].x - pv.points[0].x) / 9;
        expect(pv.points.map(point => point.x)).toEqual(pv.points.map((_, week) => expect.closeTo(pv.points[0].x + week * step, 6)));
        // PV ends at BAC, on the BAC line; the axis's top is above it, with room for the line's label.
        expect(pv.points.at(-1)!.y).toBeCloseTo(layout.bac.y, 6);
        expect(layout.bac.y - layout.plot.top).toBeGreaterThanOrEqual(layout.font.size + 8);
        expect(layout.yTicks.map(tick => tick.label.text)).toEqual(['£0', '£10,000', '£20,000', '£30,000', '£40,000', '£50,000', '£60,000', '£70,000']);
        expect(layout.yTitle.text).toBe('Cumulative cost (GBP)');
    });
});
