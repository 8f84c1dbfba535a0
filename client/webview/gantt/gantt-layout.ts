// Where the Gantt chart's parts go, decided before Mermaid draws it: how many pixels a day and a
// row, and so how wide to ask Mermaid to draw, and the x of any date in what it draws. Mermaid's
// gantt renderer places a date at leftPadding + rangeRound(time), its bars at topPadding + row ×
// (barHeight + barGap), and its grid and day-off shading from gridLineStartPadding; these settings
// put the rows at the top of the drawing, which the picture then crops to the rows alone.
// Pure: no DOM.
import type { GanttView } from '../../../language/src/preview/preview-protocol.js';

const DAY_MS = 86_400_000;

/** Mermaid's settings that the layout fixes: rows start at y = TOP_PADDING, the grid just above. */
export const TOP_PADDING = 50;
export const GRID_LINE_START_PADDING = 40;
export const LEFT_PADDING = 14;

export const ROW_HEIGHT = { default: 28, min: 18 } as const;
export const MIN_FONT_SIZE = 11;
export const PX_PER_DAY = { default: 16, min: 0.25, max: 96 } as const;

/** What a drawing of the rows is sized by. */
export interface GanttScale {
    readonly pxPerDay: number;
    readonly rowHeight: number;
}

export interface GanttLayout extends GanttScale {
    readonly barHeight: number;
    readonly fontSize: number;
    /** The time the chart starts and ends, in ms (local midnights, as Mermaid reads dates). */
    readonly from: number;
    readonly to: number;
    /** The width Mermaid draws, and its padding each side of the dates. */
    readonly width: number;
    readonly leftPadding: number;
    readonly rightPadding: number;
    /** The rows' top in Mermaid's drawing: row i spans top + i × rowHeight to the next. */
    readonly top: number;
    readonly rows: number;
}

/** A date (`2027-03-01`) as Mermaid reads it: local midnight. */
/**
 * Local dates made once each: fitting a chart places every bar a few times, and a local `Date` costs
 * a time zone lookup each time it is made.
 */
const dayStarts = new Map<string, number>();
const nextDays = new Map<number, number>();
const MOST_REMEMBERED = 20_000;

export function dateTime(date: string): number {
    let time = dayStarts.get(date);
    if (time === undefined) {
        const [year, month, day] = date.split('-').map(Number);
        time = new Date(year, month - 1, day).getTime();
        remember(dayStarts, date, time);
    }
    return time;
}

export function nextDay(time: number): number {
    let next = nextDays.get(time);
    if (next === undefined) {
        const date = new Date(time);
        next = new Date(date.getFullYear(), date.getMonth(), date.getDate() + 1).getTime();
        remember(nextDays, time, next);
    }
    return next;
}

function remember<K>(memo: Map<K, number>, key: K, value: number): void {
    if (memo.size >= MOST_REMEMBERED) {
        memo.clear();
    }
    memo.set(key, value);
}

/** A date at a time of day (`13:30`), local, as Mermaid reads `2027-03-01 13:30`. */
function dateAt(date: string, time: string): number {
    const [year, month, day] = date.split('-').map(Number);
    return new Date(year, month - 1, day, Number(time.slice(0, 2)), Number(time.slice(3, 5))).getTime();
}

type TimedRow = Pick<GanttView['rows'][number], 'kind' | 'start' | 'finish' | 'startTime' | 'finishTime'>;

/** Where a row's bar starts: its first day, or in a plan that uses hours its start time. */
export function rowStart(row: TimedRow): number {
    return row.startTime === undefined ? dateTime(row.start) : dateAt(row.start, row.startTime);
}

/**
 * Where a row's bar ends: after its last day (a milestone's day), or in a plan that uses hours at
 * its finish time (a milestone's moment, where Mermaid centres its diamond on a bar of no length).
 */
export function rowEnd(row: TimedRow): number {
    return row.finishTime === undefined ? nextDay(dateTime(row.kind === 'milestone' ? row.start : row.finish)) : dateAt(row.finish, row.finishTime);
}

/** The span Mermaid's time axis covers: the first start to the last end, the status marker included. */
export function timeSpan(gantt: Pick<GanttView, 'rows'>, status: string | undefined): { from: number; to: number } {
    let from = Infinity;
    let to = -Infinity;
    for (const row of gantt.rows) {
        from = Math.min(from, rowStart(row));
        to = Math.max(to, rowEnd(row));
        if (row.baseline) {
            from = Math.min(from, dateTime(row.baseline.start));
            to = Math.max(to, nextDay(dateTime(row.baseline.finish)));
        }
    }
    if (status !== undefined) {
        // The status marker stands at the end of the status day, with no length.
        const marker = nextDay(dateTime(status));
        from = Math.min(from, marker);
        to = Math.max(to, marker);
    }
    return Number.isFinite(from) ? { from, to: Math.max(to, from + DAY_MS) } : { from: 0, to: DAY_MS };
}

/** Bar height and text size for a row height: text never under 11 px, bars with air between them. */
export function rowMetrics(rowHeight: number): { barHeight: number; fontSize: number } {
    const height = Math.max(ROW_HEIGHT.min, Math.round(rowHeight));
    const fontSize = height >= 24 ? 13 : height >= 21 ? 12 : MIN_FONT_SIZE;
    return { barHeight: Math.max(10, Math.round(height * 0.6)), fontSize };
}

export function clampPxPerDay(pxPerDay: number): number {
    return Math.min(PX_PER_DAY.max, Math.max(PX_PER_DAY.min, Number.isFinite(pxPerDay) ? pxPerDay : PX_PER_DAY.default));
}

/** The layout of `rows` rows over a span at a scale, with `rightPadding` for labels past the last date. */
export function ganttLayout(span: { from: number; to: number }, rows: number, scale: GanttScale, rightPadding: number): GanttLayout {
    const pxPerDay = clampPxPerDay(scale.pxPerDay);
    const rowHeight = Math.max(ROW_HEIGHT.min, Math.round(scale.rowHeight));
    const { barHeight, fontSize } = rowMetrics(rowHeight);
    const inner = Math.max(1, Math.round((span.to - span.from) / DAY_MS * pxPerDay));
    const right = Math.max(8, Math.ceil(rightPadding));
    return {
        pxPerDay, rowHeight, barHeight, fontSize,
        from: span.from, to: span.to,
        width: LEFT_PADDING + inner + right, leftPadding: LEFT_PADDING, rightPadding: right,
        // Rows centred on Mermaid's bars, which it draws at TOP_PADDING + i × rowHeight.
        top: TOP_PADDING + barHeight / 2 - rowHeight / 2,
        rows,
    };
}

/** The x of a time in Mermaid's drawing (d3's rangeRound, as Mermaid's time scale). */
export function xOf(layout: GanttLayout, time: number): number {
    const inner = layout.width - layout.leftPadding - layout.rightPadding;
    return layout.leftPadding + Math.round((time - layout.from) / (layout.to - layout.from) * inner);
}

/** The time at an x of the drawing. */
export function timeAt(layout: GanttLayout, x: number): number {
    const inner = layout.width - layout.leftPadding - layout.rightPadding;
    return layout.from + (x - layout.leftPadding) / inner * (layout.to - layout.from);
}

/**
 * The scale at which `rows` rows over a span fill a pane: the dates across the width left beside
 * the table, the rows down its height, neither below what stays legible (a long plan scrolls).
 */
export function fitScale(span: { from: number; to: number }, rows: number, pane: { width: number; height: number }, rightPadding: number): GanttScale {
    const days = Math.max(1, (span.to - span.from) / DAY_MS);
    const pxPerDay = clampPxPerDay((pane.width - LEFT_PADDING - rightPadding) / days);
    const rowHeight = Math.min(ROW_HEIGHT.default, Math.max(ROW_HEIGHT.min, Math.floor(pane.height / Math.max(1, rows))));
    return { pxPerDay, rowHeight };
}

/** The Mermaid text with the settings of a layout, in a front-matter config (which a diagram may set). */
export function sizedGanttText(text: string, layout: GanttLayout, tickInterval: string): string {
    return [
        '---',
        'config:',
        '  gantt:',
        `    useWidth: ${layout.width}`,
        `    leftPadding: ${layout.leftPadding}`,
        `    rightPadding: ${layout.rightPadding}`,
        `    topPadding: ${TOP_PADDING}`,
        `    gridLineStartPadding: ${GRID_LINE_START_PADDING}`,
        `    barHeight: ${layout.barHeight}`,
        `    barGap: ${layout.rowHeight - layout.barHeight}`,
        `    fontSize: ${layout.fontSize}`,
        `    sectionFontSize: ${layout.fontSize}`,
        '    topAxis: false',
        `    tickInterval: ${tickInterval}`,
        '    weekday: monday',
        '---',
        text,
    ].join('\n');
}
