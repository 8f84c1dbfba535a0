// The trend of a plan as Mermaid, for Markdown that renders on GitHub.
//
// The forecast finish is a Gantt chart of milestones, one row per commit, each at the finish the
// plan forecast then: a real time axis, so a slip reads as the diamonds moving right down the
// chart (the "milestone trend" chart of project boards), later than the reference in the critical
// colour. Mermaid's `gantt` with milestones has rendered on GitHub, GitLab and Azure DevOps for
// years, and Proj's own Gantt export already relies on it, whereas `xychart-beta` needs Mermaid
// 10.6 (late 2023): older renderers show an error box, and its numeric y axis cannot show dates.
//
// The indices have no older chart to go in, so SPI and CPI are each an `xychart-beta` line chart
// (GitHub's Mermaid has drawn them since 2023). One line per chart: xychart has no legend, so two
// lines in one chart could not say which is which, and its lines have no gaps, so each chart
// takes only the commits where its index is measured. If a renderer cannot draw them, the table
// beside them holds the same figures.
//
// No text from the plan or from git goes into these charts: the rows are named by date and commit.
import type { TrendChart, TrendPoint } from '../plan-trend.js';

/** More rows than this make an unreadable chart (and xychart's labels run together): the latest are drawn. */
export const MAX_CHART_POINTS = 40;

/** Reads on GitHub's light and dark pages alike. */
const LINE_COLOUR = '#0969da';

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** The points a chart draws: the latest {@link MAX_CHART_POINTS}. */
export function chartedPoints(chart: TrendChart): readonly TrendPoint[] {
    return chart.points.slice(-MAX_CHART_POINTS);
}

/** The forecast finish of each commit that could be scheduled, as a Gantt chart of milestones; undefined when none could. */
export function finishTrendChart(chart: TrendChart): string | undefined {
    const points = chartedPoints(chart).filter(point => point.finish !== undefined);
    if (points.length === 0) {
        return undefined;
    }
    const lines = [
        'gantt',
        '    dateFormat YYYY-MM-DD',
        '    axisFormat %d %b %Y',
        '    todayMarker off',
    ];
    if (chart.referenceFinish !== undefined) {
        lines.push('    section Reference', `    Reference finish :milestone, reference, ${chart.referenceFinish}, 0d`);
    }
    lines.push('    section Forecast by commit');
    points.forEach((point, index) => {
        const late = (point.finishVariance ?? 0) > 0 ? 'crit, ' : '';
        // A row's name never starts with an ISO date, which Mermaid's gantt would take for a date.
        lines.push(`    ${dayText(point.date)} ${point.date.slice(0, 4)} ${point.commit} :${late}milestone, c${index}, ${point.finish}, 0d`);
    });
    return `${lines.join('\n')}\n`;
}

/**
 * One index (SPI or CPI) over the commits where it is measured, as a line chart; undefined when
 * fewer than two are (a line needs two points).
 */
export function indexTrendChart(chart: TrendChart, index: 'spi' | 'cpi'): string | undefined {
    const points = chartedPoints(chart).filter(point => point[index] !== undefined);
    if (points.length < 2) {
        return undefined;
    }
    const values = points.map(point => point[index]!);
    const { min, max } = indexAxis([1, ...values]);
    return [
        // The default theme draws the first line in #ECECFF, all but invisible on white: GitHub's blue instead.
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${LINE_COLOUR}"}}}}%%`,
        'xychart-beta',
        `    title "${index.toUpperCase()} by commit (1.00 is on plan)"`,
        `    x-axis [${categories(points).map(label => `"${label}"`).join(', ')}]`,
        `    y-axis "${index.toUpperCase()}" ${min} --> ${max}`,
        `    line [${values.map(value => value.toFixed(2)).join(', ')}]`,
        '',
    ].join('\n');
}

/** A range for the index axis: 1 included, widened to the nearest tenth, never flat. */
function indexAxis(values: readonly number[]): { min: number; max: number } {
    const min = Math.floor(Math.min(...values) * 10 - 1e-9) / 10;
    const max = Math.ceil(Math.max(...values) * 10 + 1e-9) / 10;
    return { min: Number(Math.max(0, min).toFixed(1)), max: Number(max.toFixed(1)) };
}

/** `15 Feb` per commit; where two commits share a label, each also gets its short id, as categories must differ. */
function categories(points: readonly TrendPoint[]): string[] {
    const days = points.map(point => dayText(point.date));
    const counts = new Map<string, number>();
    for (const day of days) {
        counts.set(day, (counts.get(day) ?? 0) + 1);
    }
    return days.map((day, index) => counts.get(day)! > 1 ? `${day} ${points[index].commit}` : day);
}

/** `15 Feb`. */
function dayText(date: string): string {
    return `${Number(date.slice(8, 10))} ${MONTHS[Number(date.slice(5, 7)) - 1]}`;
}
