import { format, parseISO } from 'date-fns';
import type { BudgetCurve } from '../budget-curve.js';

/** The series' colours, in the chart's line order: PV, EV, AC. The legend uses the same. */
export const BUDGET_SERIES = [
    { key: 'pv', label: 'Planned value (PV)', colour: '#4e79a7' },
    { key: 'ev', label: 'Earned value (EV)', colour: '#59a14f' },
    { key: 'ac', label: 'Actual cost (AC)', colour: '#e15759' },
] as const;

export interface BudgetChart {
    readonly mermaid: string;
    /** The x-axis position of the status date: EV and AC end there. */
    readonly statusIndex: number;
    readonly dates: readonly string[];
}

const axisDate = (date: string) => format(parseISO(date), 'd MMM yy');

/**
 * The S-curve as a Mermaid `xychart-beta`: a line each for PV, EV and AC. Mermaid draws every line
 * across the whole axis, so EV and AC hold their status-date value after it; the preview and the
 * HTML report cut them there (`statusIndex`), and the legend says so.
 */
export function budgetChart(curve: BudgetCurve, currency: string | undefined): BudgetChart {
    const statusIndex = curve.points.findIndex(point => point.date === curve.status);
    const held = (key: 'ev' | 'ac') => {
        let last = 0;
        return curve.points.map(point => (last = point[key] ?? last));
    };
    const series = [curve.points.map(point => point.pv), held('ev'), held('ac')];
    const palette = BUDGET_SERIES.map(line => line.colour).join(', ');
    const mermaid = [
        `%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "${palette}"}}}}%%`,
        'xychart-beta',
        `    x-axis [${curve.points.map(point => `"${axisDate(point.date)}"`).join(', ')}]`,
        // Currency codes are identifiers (GBP), so they need no escaping.
        `    y-axis "${currency ? `Cumulative ${currency}` : 'Cumulative cost'}"`,
        ...series.map(values => `    line [${values.map(value => Math.round(value)).join(', ')}]`),
    ].join('\n');
    return { mermaid, statusIndex, dates: curve.points.map(point => point.date) };
}
