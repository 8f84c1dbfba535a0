// How the Gantt's arrows run, worked out without a browser: out of the end of a bar, in right
// angles, clear of the bars between, into the end the link type names.
import { describe, expect, test } from 'vitest';
import { ARRIVAL, nearestFreeX, routeLink, RowObstacles, type BarBox } from '../../client/webview/gantt/link-routes.js';

const GRID = { top: 0, rowHeight: 20 };

/** A bar in `row` from `left` to `right`, 12 px high in its 20 px row. */
function bar(row: number, left: number, right: number, labelSide: 'left' | 'right' = 'right'): BarBox {
    const top = row * 20 + 4;
    return { row, left, right, top, bottom: top + 12, centreX: (left + right) / 2, centreY: top + 6, labelSide };
}

describe('routes of the Gantt\'s arrows', () => {
    test('FS: down from the end of the predecessor, then across into the start of the successor', () => {
        const route = routeLink('FS', bar(0, 10, 100), bar(1, 140, 200), GRID, new RowObstacles([]));
        expect(route.points).toEqual([[98, 16], [98, 30], [140, 30]]);
    });

    test('SS and FF leave and arrive at the ends they name; into the finish the arrow comes from the right', () => {
        expect(routeLink('SS', bar(0, 10, 100), bar(1, 40, 90, 'right'), GRID, new RowObstacles([])).points[0]).toEqual([12, 16]);
        const ff = routeLink('FF', bar(0, 10, 100), bar(2, 20, 60, 'left'), GRID, new RowObstacles([]));
        expect(ff.points[0]).toEqual([98, 16]);
        expect(ff.points.at(-1)).toEqual([60, 50]);
        // The last run heads left, onto the successor's finish.
        const [before, end] = ff.points.slice(-2);
        expect(before[0]).toBeGreaterThan(end[0]);
        expect(before[1]).toBe(end[1]);
    });

    test('into the end where the successor\'s label is, the arrow comes down onto the bar, clear of the label', () => {
        const route = routeLink('FF', bar(0, 10, 100), bar(2, 20, 60, 'right'), GRID, new RowObstacles([]));
        expect(route.points.at(-1)).toEqual([58, 44]);
        expect(route.points.at(-2)).toEqual([58, 40]);
    });

    test('a vertical run moves sideways past a bar in a row between', () => {
        const obstacles = new RowObstacles([bar(1, 80, 120)]);
        const route = routeLink('FS', bar(0, 10, 100), bar(2, 160, 200), GRID, obstacles);
        // Not straight down at 98, through the bar of row 1: along the gap under row 0 to the bar's
        // nearer side (with clearance), then down.
        expect(route.points).toEqual([[98, 16], [98, 20], [77, 20], [77, 50], [160, 50]]);
    });

    test('with no room before the successor\'s start, it goes round through the gap above its row', () => {
        const route = routeLink('FS', bar(0, 10, 100), bar(1, 50, 90), GRID, new RowObstacles([]));
        expect(route.points).toEqual([[98, 16], [98, 20], [50 - ARRIVAL, 20], [50 - ARRIVAL, 30], [50, 30]]);
    });

    test('the free x nearest to the one wanted, within bounds, outside every interval', () => {
        expect(nearestFreeX(50, 0, 100, [[40, 55]])).toBe(55);
        expect(nearestFreeX(42, 0, 100, [[40, 55]])).toBe(40);
        expect(nearestFreeX(42, 45, 50, [[40, 55]])).toBeUndefined();
        expect(nearestFreeX(70, 0, 60, [[40, 55]])).toBe(60);
    });
});
