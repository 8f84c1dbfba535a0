import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isProject, type Estimate, type Milestone, type Task } from '../generated/ast.js';
import { parseWorkingSpan, spanInWorkingDays } from '../engine/durations.js';
import { IssueCodes } from './issue-codes.js';

const DEFAULT_WORKDAYS_PER_WEEK = 5;

function workdaysPerWeek(node: AstNode): number {
    const calendar = AstUtils.getContainerOfType(node, isProject)?.calendars.find(candidate => !candidate.name);
    return calendar && calendar.workdays.length > 0 ? new Set(calendar.workdays).size : DEFAULT_WORKDAYS_PER_WEEK;
}

export function checkMilestoneTakesNoTime(milestone: Milestone, accept: ValidationAcceptor): void {
    for (const property of ['duration', 'estimate'] as const) {
        if (milestone[property] !== undefined) {
            accept('error', `A milestone takes no time: remove the ${property}, or make '${milestone.name}' a task.`, {
                node: milestone, property, code: IssueCodes.MilestoneDuration
            });
        }
    }
}

export function checkTaskHasDuration(task: Task, accept: ValidationAcceptor): void {
    if (task.name && task.duration === undefined && task.estimate === undefined) {
        accept('warning', `Task '${task.name}' has neither a duration nor an estimate, so it is scheduled as taking no time.`, {
            node: task, property: 'name', code: IssueCodes.MissingDuration
        });
    }
}

export function checkDurationIsPositive(task: Task, accept: ValidationAcceptor): void {
    const span = task.duration === undefined ? undefined : parseWorkingSpan(task.duration);
    if (span && span.amount < 0) {
        accept('error', `A duration cannot be negative (${task.duration}).`, {
            node: task, property: 'duration', code: IssueCodes.InvalidDuration
        });
    } else if (span && span.amount === 0) {
        accept('warning', `Task '${task.name}' takes no time: make it a milestone, or give it a duration.`, {
            node: task, property: 'duration', code: IssueCodes.InvalidDuration
        });
    }
}

export function checkEstimateOrder(estimate: Estimate, accept: ValidationAcceptor): void {
    if (estimate.optimistic === undefined || estimate.mostLikely === undefined || estimate.pessimistic === undefined) {
        return; // an estimate cut short is a syntax error already
    }
    const perWeek = workdaysPerWeek(estimate);
    const points = (['optimistic', 'mostLikely', 'pessimistic'] as const).map(property => {
        const span = parseWorkingSpan(estimate[property]);
        return { property, text: estimate[property], days: span ? spanInWorkingDays(span, perWeek) : NaN };
    });
    for (const point of points) {
        if (point.days < 0) {
            accept('error', `An estimate cannot be negative (${point.text}).`, {
                node: estimate, property: point.property, code: IssueCodes.InvalidDuration
            });
            return;
        }
    }
    const [optimistic, mostLikely, pessimistic] = points;
    if (optimistic.days > mostLikely.days || mostLikely.days > pessimistic.days) {
        accept('error', `Estimates go optimistic, most likely, pessimistic, each no smaller than the one before: ${optimistic.text} ${mostLikely.text} ${pessimistic.text} is out of order.`, {
            node: estimate, code: IssueCodes.EstimateOrder
        });
    }
}

export function checkProgressIsAPercentage(item: Task | Milestone, accept: ValidationAcceptor): void {
    if (item.progress !== undefined && (item.progress < 0 || item.progress > 100)) {
        accept('error', `Progress is a percentage from 0% to 100%, not ${item.progress}%.`, {
            node: item, property: 'progress', code: IssueCodes.ProgressRange
        });
    }
}
