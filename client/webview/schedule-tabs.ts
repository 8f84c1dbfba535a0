/// <reference lib="dom" />
// The Critical path tab: Mermaid's network of the schedule, each node marked to reveal its item in
// the plan. (The Gantt tab is gantt/gantt-tab.ts.)
import type { PreviewModel } from '../../language/src/preview/preview-protocol.js';
import { markNetworkNodes } from './click-targets.js';
import type { ChartSource } from './mermaid-tab.js';

const nothingToDraw = (model: PreviewModel) => model.message ?? 'The plan has no tasks or milestones to draw yet.';

export const networkSource: ChartSource = {
    text: model => model.network?.nodes.length ? model.network.mermaid : undefined,
    emptyMessage: nothingToDraw,
    decorate: (svg, svgId, model) => void markNetworkNodes(svg, svgId, model.network?.nodes ?? []),
};
