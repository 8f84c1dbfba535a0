/// <reference lib="dom" />
// The Budget tab: the S-curve, drawn by the preview in SVG at the width of the pane (s-curve.ts
// says why not by Mermaid), with its legend and figures (budget-view.ts).
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { budgetEmptyMessage, budgetHtml } from './budget-view.js';
import type { ChartView } from './chart-view.js';
import { PaneWidthChartTab } from './pane-width-chart-tab.js';
import type { SCurveData } from './s-curve-layout.js';
import { sCurveSvg } from './s-curve.js';

export function budgetTab(panel: ChartView): PaneWidthChartTab<SCurveData> {
    return new PaneWidthChartTab(panel, {
        dataOf: curveOf,
        svg: sCurveSvg,
        standaloneTitle: title => `${title}: budget and earned value`,
        emptyMessage: budgetEmptyMessage,
        html: budgetHtml,
    });
}

function curveOf(model: PreviewModel): SCurveData | undefined {
    const budget = model.budget;
    return budget?.curve && budget.status && budget.curve.points.length > 0
        ? { points: budget.curve.points, bac: budget.curve.bac, status: budget.status, currency: budget.currency }
        : undefined;
}
