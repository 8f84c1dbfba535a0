// Each bar's label sits beside it, never on it, so that it reads on the chart's background in every
// theme (the table beside the chart names every row too): to the right of the bar, or to its left
// when it would run too far past the chart's last date and there is room on the left. The chart is
// drawn wide enough for the labels on the right. Pure: text widths come from the caller.
import type { GanttChartRow } from '../../../language/src/engine/mermaid/gantt-chart.js';
import { rowEnd, rowStart, xOf, type GanttLayout } from './gantt-layout.js';

export type LabelSide = 'right' | 'left';

/** Between a bar and its label. */
export const LABEL_OFFSET = 6;
/** The most a label may run past the chart's last date before it goes to the left of its bar. */
export const MAX_OVERHANG = 240;

/** A row's label: its title, and how many items a folded phase holds (as the Mermaid text writes it). */
export function labelText(row: GanttChartRow): string {
    return row.folded ? `${row.title} (${row.contains} items)` : row.title;
}

/** The x extent of a row's bar on a layout (a milestone's diamond from its centre). */
export function barExtent(row: GanttChartRow, layout: GanttLayout): { left: number; right: number } {
    const start = xOf(layout, rowStart(row));
    if (row.kind === 'milestone') {
        const centre = (start + xOf(layout, rowEnd(row))) / 2;
        const half = milestoneHalfWidth(layout.barHeight);
        return { left: centre - half, right: centre + half };
    }
    return { left: start, right: xOf(layout, rowEnd(row)) };
}

/** Mermaid draws a milestone as a square of the bar's height turned 45° and scaled by 0.8. */
export function milestoneHalfWidth(barHeight: number): number {
    return barHeight * 0.8 * Math.SQRT1_2;
}

/**
 * The side of each row's label, and the right padding the chart needs for those on the right.
 * `layout` may have any right padding: dates' x do not depend on it.
 */
export function placeLabels(rows: readonly GanttChartRow[], layout: GanttLayout, widths: readonly number[]): { sides: LabelSide[]; rightPadding: number } {
    const lastDate = layout.width - layout.rightPadding;
    let overhang = 0;
    const sides = rows.map((row, index) => {
        const { left, right } = barExtent(row, layout);
        const runsTo = right + LABEL_OFFSET + widths[index] + LABEL_OFFSET;
        if (runsTo - lastDate > MAX_OVERHANG && left - LABEL_OFFSET - widths[index] >= 0) {
            return 'left';
        }
        overhang = Math.max(overhang, runsTo - lastDate);
        return 'right';
    });
    return { sides, rightPadding: Math.max(8, Math.ceil(overhang)) };
}
