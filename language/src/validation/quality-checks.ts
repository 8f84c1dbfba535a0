import type { ValidationAcceptor } from 'langium';
import { isPhase, type Milestone, type PlanItem, type Quality, type Task } from '../generated/ast.js';
import { workItemsOf } from '../planning/plan-items.js';
import { IssueCodes } from './issue-codes.js';

/** A quality check without a criterion cannot be passed or failed on anything. */
export function checkQualityHasCriterion(quality: Quality, accept: ValidationAcceptor): void {
    if (quality.name && quality.criterion === undefined) {
        accept('warning', `Quality check '${quality.name}' has no criterion: add 'criterion "<what must be true>"' so that passing it means something.`, {
            node: quality, property: 'name', code: IssueCodes.MissingCriterion
        });
    }
}

const isFinished = (item: Task | Milestone) => item.actualFinish !== undefined || (item.progress ?? 0) >= 100;

const progressText = (item: Task | Milestone) => item.progress ? `${item.progress}% done` : 'no progress';

/** `'fitout' (40% done)`, or `'delivery' ('fitout' 40% done)` for a phase; undefined when the item is finished. */
function unfinishedText(item: PlanItem): string | undefined {
    if (!isPhase(item)) {
        return isFinished(item) ? undefined : `'${item.name}' (${progressText(item)})`;
    }
    const unfinished = workItemsOf(item).filter(work => !isFinished(work));
    if (unfinished.length === 0) {
        return undefined;
    }
    const more = unfinished.length > 1 ? `, and ${unfinished.length - 1} more` : '';
    return `'${item.name}' ('${unfinished[0].name}' ${progressText(unfinished[0])}${more})`;
}

/** A check passes on finished work: a deliverable that the plan shows unfinished has not been checked. */
export function checkQualityPassedOnFinishedWork(quality: Quality, accept: ValidationAcceptor): void {
    if (quality.status !== 'passed') {
        return;
    }
    const unfinished = quality.deliverables.flatMap(deliverable => {
        const text = deliverable.ref && unfinishedText(deliverable.ref);
        return text ? [text] : [];
    });
    if (unfinished.length === 0) {
        return;
    }
    const what = quality.name ? `Quality check '${quality.name}'` : 'This quality check';
    const deliverables = unfinished.length === 1
        ? `its deliverable ${unfinished[0]} is`
        : `its deliverables ${unfinished.slice(0, -1).join(', ')} and ${unfinished[unfinished.length - 1]} are`;
    accept('warning', `${what} has passed, but ${deliverables} not finished: a check passes on finished work. Set it back to pending, or record the finished work (100% progress or an 'actual finish').`, {
        node: quality, property: 'status', code: IssueCodes.QualityPassedEarly
    });
}
