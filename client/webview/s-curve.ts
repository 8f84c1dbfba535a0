/// <reference lib="dom" />
// The budget S-curve as Mermaid's xychart draws it, finished for reading: Mermaid draws every line
// across the whole axis, so earned value and actual cost (the 2nd and 3rd lines) would run on
// flat past the status date as if known. They are cut at the status date's point, and a dashed
// line marks that date.

export interface Point {
    readonly x: number;
    readonly y: number;
}

/** The plots in the chart's line order: PV, EV, AC (language/src/engine/mermaid/budget-chart.ts). */
const EARNED_VALUE_PLOT = 1;
const ACTUAL_COST_PLOT = 2;
const SVG_NS = 'http://www.w3.org/2000/svg';
const NUMBER = /-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi;

/**
 * The points of a straight-line path as d3's `line()` writes it (`M1,2L3,4…`). Undefined for any
 * other path (curves, arcs, relative moves), which this does not try to understand.
 */
export function linePoints(d: string): Point[] | undefined {
    if (!/^\s*M[\s\d.,eE+-]*(?:L[\s\d.,eE+-]*)*$/.test(d)) {
        return undefined;
    }
    const numbers = (d.match(NUMBER) ?? []).map(Number);
    if (numbers.length % 2 !== 0 || numbers.some(value => !Number.isFinite(value))) {
        return undefined;
    }
    const points: Point[] = [];
    for (let index = 0; index < numbers.length; index += 2) {
        points.push({ x: numbers[index], y: numbers[index + 1] });
    }
    return points;
}

export function linePath(points: readonly Point[]): string {
    return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x},${point.y}`).join('');
}

const plotPath = (svg: SVGSVGElement, plot: number) => svg.querySelector<SVGPathElement>(`g.plot > g.line-plot-${plot} > path`);

/**
 * Ends the EV and AC lines at the `statusIndex`-th point of the axis and marks the status date
 * there. Returns the status date's x, or undefined when the chart is not as expected (left as
 * Mermaid drew it).
 */
export function cutAtStatusDate(svg: SVGSVGElement, statusIndex: number): number | undefined {
    const planned = linePoints(plotPath(svg, 0)?.getAttribute('d') ?? '');
    if (!planned || statusIndex < 0 || statusIndex >= planned.length) {
        return undefined;
    }
    for (const plot of [EARNED_VALUE_PLOT, ACTUAL_COST_PLOT]) {
        const path = plotPath(svg, plot);
        const points = linePoints(path?.getAttribute('d') ?? '');
        if (path && points && points.length > statusIndex + 1) {
            path.setAttribute('d', linePath(points.slice(0, statusIndex + 1)));
        }
    }
    const x = planned[statusIndex].x;
    markStatusDate(svg, x);
    return x;
}

/** A dashed vertical line across the plot at `x`, labelled, in the axes' colour. */
function markStatusDate(svg: SVGSVGElement, x: number): void {
    const axis = svg.querySelector('g.left-axis g.axisl-line > path');
    const span = linePoints(axis?.getAttribute('d') ?? '')?.map(point => point.y);
    const main = svg.querySelector('g.main');
    if (!span || span.length < 2 || !main) {
        return;
    }
    const [top, bottom] = [Math.min(...span), Math.max(...span)];
    const colour = svg.querySelector('g.bottom-axis g.axis-line > path')?.getAttribute('stroke') ?? 'currentColor';
    const line = document.createElementNS(SVG_NS, 'line');
    for (const [name, value] of Object.entries({ x1: x, x2: x, y1: top, y2: bottom })) {
        line.setAttribute(name, String(value));
    }
    line.setAttribute('stroke', colour);
    line.setAttribute('stroke-width', '1.5');
    line.setAttribute('stroke-dasharray', '5 4');
    // Low on the plot, left of the line: the curves are high by the status date.
    const label = document.createElementNS(SVG_NS, 'text');
    label.setAttribute('x', String(x - 6));
    label.setAttribute('y', String(bottom - 8));
    label.setAttribute('text-anchor', 'end');
    label.setAttribute('font-size', '12');
    label.setAttribute('fill', colour);
    label.textContent = 'Status date';
    const marker = document.createElementNS(SVG_NS, 'g');
    marker.setAttribute('class', 'proj-status-date');
    marker.append(line, label);
    main.append(marker);
}

/**
 * The chart's text, wide enough for its dates: Mermaid's fixed width crowds the labels of a long
 * plan's weeks into each other. Sized in a front-matter config, as the Gantt chart is.
 */
export function sizedBudgetChart(text: string): string {
    // The axis's categories are quoted dates: two quotes each.
    const categories = (/x-axis\s*\[(.*)\]/.exec(text)?.[1].match(/"/g)?.length ?? 0) / 2;
    const width = Math.round(Math.min(8_000, Math.max(760, 120 + categories * 64)));
    return `---\nconfig:\n  xyChart:\n    width: ${width}\n---\n${text}`;
}
