// A line chart over time as inline SVG markup: the one drawer of the trend's charts, for the
// preview's History tab and for `proj trend --format html` alike (trend-charts.ts says what they
// draw). A string, not DOM: the HTML page is written without a browser, and needs no script. Its
// time axis takes its ticks from the preview's own time scale (time-ticks.ts), with label widths
// estimated rather than measured; its colours are classes, which each host's stylesheet colours
// (the page's TIME_LINE_CHART_STYLE, the preview's media/preview.css with VS Code's theme), so that
// the same picture reads in light, dark and high-contrast themes. Every text is escaped.
import { dayNumberOf } from '../../../language/src/engine/calendar-dates.js';
import { timeTicks } from '../time-ticks.js';

/** Text as markup: safe in an element's content and in a quoted attribute. */
export function escapeMarkup(text: string): string {
    return text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
}

export interface ChartSeries {
    readonly name: string;
    /** The class of the page's style that colours it. */
    readonly className: string;
    /** One value per point of the chart; undefined leaves a gap in the line. */
    readonly values: ReadonlyArray<number | undefined>;
}

export interface ChartTick {
    readonly value: number;
    readonly label: string;
}

export interface TimeLineChart {
    /** What the chart shows, for assistive technology. */
    readonly label: string;
    /** Each point's day, oldest first. */
    readonly dates: readonly string[];
    /** Each point's tooltip, before the series' values. */
    readonly tips: readonly string[];
    readonly series: readonly ChartSeries[];
    /** The value axis: its range and its labelled ticks. */
    readonly y: { readonly min: number; readonly max: number; readonly ticks: readonly ChartTick[]; readonly format: (value: number) => string };
    /** Dashed lines across the chart, each labelled: the reference finish, an index of 1. */
    readonly levels: readonly ChartTick[];
    /**
     * Its width in pixels at its text's own size; the page's width when undefined. The preview draws
     * it as wide as its pane, so that its text is never scaled down.
     */
    readonly width?: number;
}

/** The page's width, and the widest the preview draws a chart. */
export const CHART_WIDTH = 880;
const HEIGHT = 300;
/** The page's text is about 12 px here: about 6.6 px a character, a 16 px line. */
const CHARACTER_WIDTH = 6.6;
const LINE_HEIGHT = 16;
const MARGIN = { top: 30, right: 20, bottom: 30 };

const f = (value: number) => Number(value.toFixed(1));

/** The chart as one `<svg>` element, for the page's markup. */
export function timeLineChartSvg(chart: TimeLineChart): string {
    const left = Math.ceil(Math.max(...chart.y.ticks.map(tick => tick.label.length), 4) * CHARACTER_WIDTH) + 14;
    const width = chart.width ?? CHART_WIDTH;
    const plot = { width: width - left - MARGIN.right, height: HEIGHT - MARGIN.top - MARGIN.bottom };
    const days = chart.dates.map(dayNumberOf);
    // A day's room either side, so that points on the first and last days are not on the edges.
    const first = Math.min(...days) - 1;
    const last = Math.max(...days) + 1;
    const x = (day: number) => f(left + (day - first) / (last - first) * plot.width);
    const y = (value: number) => f(MARGIN.top + (chart.y.max - value) / (chart.y.max - chart.y.min || 1) * plot.height);
    const bottom = MARGIN.top + plot.height;

    const xTicks = timeTicks({
        first, last, width: plot.width, labelWidth: label => label.length * CHARACTER_WIDTH,
        overhang: { left: left - 4, right: MARGIN.right }, gap: 12,
    }).ticks;
    const parts = [
        `<svg class="time-line-chart" xmlns="http://www.w3.org/2000/svg" width="${width}" height="${HEIGHT}" viewBox="0 0 ${width} ${HEIGHT}" role="img" aria-label="${escapeMarkup(chart.label)}">`,
        ...chart.y.ticks.map(tick => `<line class="grid" x1="${left}" x2="${left + plot.width}" y1="${y(tick.value)}" y2="${y(tick.value)}"/>`
            + `<text class="tick" x="${left - 6}" y="${f(y(tick.value) + 4)}" text-anchor="end">${escapeMarkup(tick.label)}</text>`),
        `<line class="axis" x1="${left}" x2="${left + plot.width}" y1="${bottom}" y2="${bottom}"/>`,
        ...xTicks.map(tick => `<line class="axis" x1="${f(left + tick.x)}" x2="${f(left + tick.x)}" y1="${bottom}" y2="${bottom + 4}"/>`
            + `<text class="tick" x="${f(left + tick.x)}" y="${bottom + LINE_HEIGHT + 2}" text-anchor="middle">${escapeMarkup(tick.label)}</text>`),
        ...chart.levels.map(level => `<line class="level" x1="${left}" x2="${left + plot.width}" y1="${y(level.value)}" y2="${y(level.value)}"/>`
            + `<text class="level-label" x="${left + plot.width}" y="${f(y(level.value) - 4)}" text-anchor="end">${escapeMarkup(level.label)}</text>`),
        ...chart.series.map(series => seriesSvg(series, days.map(x), value => y(value), chart)),
        legendSvg(chart.series, left),
        '</svg>',
    ];
    return parts.join('\n');
}

/** The series' line (broken where a value is missing) and a point with a tooltip at each value. */
function seriesSvg(series: ChartSeries, xs: readonly number[], y: (value: number) => number, chart: TimeLineChart): string {
    let path = '';
    let drawing = false;
    const points: string[] = [];
    series.values.forEach((value, index) => {
        if (value === undefined) {
            drawing = false;
            return;
        }
        path += `${drawing ? 'L' : 'M'}${xs[index]} ${y(value)}`;
        drawing = true;
        const tip = `${chart.tips[index]}: ${series.name} ${chart.y.format(value)}`;
        points.push(`<circle cx="${xs[index]}" cy="${y(value)}" r="3"><title>${escapeMarkup(tip)}</title></circle>`);
    });
    return `<g class="series ${series.className}"><path d="${path}"/>${points.join('')}</g>`;
}

function legendSvg(series: readonly ChartSeries[], left: number): string {
    let at = left;
    const entries = series.map(entry => {
        const markup = `<g class="series ${entry.className}"><path d="M${at} 12L${at + 18} 12"/><circle cx="${at + 9}" cy="12" r="3"/></g>`
            + `<text class="legend-label" x="${at + 24}" y="16">${escapeMarkup(entry.name)}</text>`;
        at += 24 + Math.ceil(entry.name.length * CHARACTER_WIDTH) + 18;
        return markup;
    });
    return `<g class="legend">${entries.join('')}</g>`;
}

/** The style of the charts for the HTML page (`proj trend --format html`): the page's own colours, light and dark. The preview's are in media/preview.css. */
export const TIME_LINE_CHART_STYLE = `
svg.time-line-chart { width: 100%; height: auto; max-width: ${CHART_WIDTH}px; display: block; font: 12px system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
svg.time-line-chart .grid { stroke: var(--border); stroke-width: 1; }
svg.time-line-chart .axis { stroke: var(--muted); stroke-width: 1; }
svg.time-line-chart .tick, svg.time-line-chart .legend-label { fill: var(--text); }
svg.time-line-chart .level { stroke: var(--muted); stroke-width: 1.5; stroke-dasharray: 6 4; }
svg.time-line-chart .level-label { fill: var(--muted); }
svg.time-line-chart .series path { fill: none; stroke-width: 2; }
svg.time-line-chart .series-first path { stroke: var(--accent); }
svg.time-line-chart .series-first circle { fill: var(--accent); }
svg.time-line-chart .series-second path { stroke: var(--critical); stroke-dasharray: 5 3; }
svg.time-line-chart .series-second circle { fill: var(--critical); }
`;

/** Ticks for a time value axis (the forecast finish), as day numbers labelled by date as the time axis is (`19 Mar 2027`, `22 Mar`), at most one a line apart. */
export function dateAxis(fromDay: number, toDay: number, height = HEIGHT): { min: number; max: number; ticks: ChartTick[] } {
    const min = fromDay - 1;
    const max = toDay + 1;
    const ticks = timeTicks({ first: min, last: max, width: height - MARGIN.top - MARGIN.bottom, labelWidth: () => LINE_HEIGHT, overhang: { left: 4, right: 4 }, gap: 6 }).ticks;
    return { min, max, ticks: ticks.map(tick => ({ value: tick.day, label: tick.label })) };
}

const INDEX_STEPS = [0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5];

/** Ticks for an index axis: round steps, at least a line and a half apart, from just below the lowest value to just above the highest. */
export function indexAxis(lowest: number, highest: number, height = HEIGHT): { min: number; max: number; ticks: ChartTick[] } {
    const most = Math.max(2, Math.floor((height - MARGIN.top - MARGIN.bottom) / (LINE_HEIGHT * 1.5)));
    const step = INDEX_STEPS.find(candidate => Math.ceil(highest / candidate) - Math.floor(lowest / candidate) <= most) ?? INDEX_STEPS[INDEX_STEPS.length - 1];
    const min = Math.max(0, Math.floor(lowest / step - 1e-9) * step);
    const max = Math.max(min + step, Math.ceil(highest / step + 1e-9) * step);
    const ticks = Array.from({ length: Math.round((max - min) / step) + 1 }, (_, index) => min + index * step);
    return { min, max, ticks: ticks.map(value => ({ value, label: value.toFixed(2) })) };
}
