import { AstUtils, type AstNode } from 'langium';
import { isEstimate, isProject } from '../../generated/ast.js';
import { parseWorkingSpan, spanInWorkingDays } from '../../engine/durations.js';
import { quickFix, type QuickFix } from './quick-fix.js';
import { SourceText } from './source-text.js';
import { leafAt, ownNodes } from './syntax-nodes.js';

/**
 * A three-point estimate out of order: "Reorder the estimate to 2d 3d 5d", smallest first, by
 * working days (a week is the calendar's working week). Each point keeps its own text; the
 * space and comments between them stay.
 */
export const reorderEstimate: QuickFix = context => {
    const estimate = AstUtils.getContainerOfType(leafAt(context.document, context.diagnostic.range)?.astNode, isEstimate);
    const points = estimate ? ownNodes(estimate) : [];
    if (!estimate || points.length !== 3) {
        return [];
    }
    const perWeek = workdaysPerWeek(estimate);
    const days = points.map(point => {
        const span = parseWorkingSpan(point.text);
        return span ? spanInWorkingDays(span, perWeek) : NaN;
    });
    if (days.some(day => Number.isNaN(day) || day < 0)) {
        return [];
    }
    // Array.prototype.sort is stable: points of equal length keep their order.
    const order = [0, 1, 2].sort((a, b) => days[a] - days[b]);
    if (order.every((from, to) => from === to)) {
        return [];
    }
    const source = new SourceText(context.document);
    const edits = order
        .map((from, to) => ({ from: points[from], to: points[to] }))
        .filter(({ from, to }) => from.text !== to.text)
        .map(({ from, to }) => source.replace(to.offset, to.end, from.text));
    const title = `Reorder the estimate to ${order.map(from => points[from].text).join(' ')}`;
    return [quickFix(context, title, edits, true)];
};

/** As work-checks.ts measures an estimate: the project's calendar's working week, five days by default. */
function workdaysPerWeek(node: AstNode): number {
    const calendar = AstUtils.getContainerOfType(node, isProject)?.calendars.find(candidate => !candidate.name);
    return calendar && calendar.workdays.length > 0 ? new Set(calendar.workdays).size : 5;
}
