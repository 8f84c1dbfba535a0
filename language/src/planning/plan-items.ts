import { isMilestone, isPhase, isTask, type Milestone, type Phase, type PlanItem, type Project, type Task } from '../generated/ast.js';

/**
 * Every phase, task and milestone in a project or phase, in source order, each phase before what
 * it contains. A typed walk of the plan's own tree: on a 10,000-task plan it is several times
 * cheaper than streaming every AST node.
 */
export function planItemsOf(container: Project | Phase): PlanItem[] {
    const items: PlanItem[] = [];
    const visit = (list: readonly PlanItem[]) => {
        for (const item of list) {
            items.push(item);
            if (isPhase(item)) {
                visit(item.items);
            }
        }
    };
    visit(container.items);
    return items;
}

/** The tasks and milestones of a project or phase, at any depth. */
export function workItemsOf(container: Project | Phase): Array<Task | Milestone> {
    return planItemsOf(container).filter((item): item is Task | Milestone => isTask(item) || isMilestone(item));
}
