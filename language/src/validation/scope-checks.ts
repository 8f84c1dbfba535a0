import type { ValidationAcceptor } from 'langium';
import { isTask, type Project } from '../generated/ast.js';
import { workItemsOf } from '../planning/plan-items.js';
import { IssueCodes } from './issue-codes.js';

/**
 * The work breakdown: once a plan names its deliverables, each is produced by some work, and each
 * task produces some deliverable (milestones mark points, and phases group tasks: neither needs to).
 */
export function checkWorkBreakdown(project: Project, accept: ValidationAcceptor): void {
    const deliverables = project.deliverables.filter(deliverable => deliverable.name);
    if (deliverables.length === 0) {
        return;
    }
    const work = workItemsOf(project);
    const produced = new Set(work.flatMap(item => item.produces.map(reference => reference.ref)));
    for (const deliverable of deliverables) {
        if (!produced.has(deliverable)) {
            accept('warning', `No task produces deliverable '${deliverable.name}': add 'produces ${deliverable.name}' to the work that makes it.`, {
                node: deliverable, property: 'name', code: IssueCodes.DeliverableWithoutWork
            });
        }
    }
    for (const task of work.filter(isTask)) {
        if (task.name && task.produces.length === 0) {
            accept('warning', `Task '${task.name}' produces no deliverable: add 'produces <deliverable>' so that the work breakdown accounts for it.`, {
                node: task, property: 'name', code: IssueCodes.WorkWithoutDeliverable
            });
        }
    }
}
