/// <reference lib="dom" />
// The Gantt and Critical path tabs: Mermaid's charts of the schedule, each bar and node marked to
// reveal its item in the plan.
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { markGanttBars, markNetworkNodes } from './click-targets.js';
import type { ChartSource } from './mermaid-tab.js';
import { ganttMermaidFor } from './mermaid-renderer.js';

const nothingToDraw = (model: PreviewModel) => model.message ?? 'The plan has no tasks or milestones to draw yet.';

/** `availableWidth`: the charts' width on screen, which a short plan's Gantt chart fills. */
export function ganttSource(availableWidth: () => number): ChartSource {
    return {
        text: model => model.gantt?.bars.length ? ganttMermaidFor(model, availableWidth()) : undefined,
        emptyMessage: nothingToDraw,
        decorate: (svg, svgId, model) => void markGanttBars(svg, svgId, model.gantt?.bars ?? []),
    };
}

export const networkSource: ChartSource = {
    text: model => model.network?.nodes.length ? model.network.mermaid : undefined,
    emptyMessage: nothingToDraw,
    decorate: (svg, svgId, model) => void markNetworkNodes(svg, svgId, model.network?.nodes ?? []),
};
