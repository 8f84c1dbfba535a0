// Hours, part days and elapsed time: a calendar's working hours, spans the minute does not divide,
// and estimates that mix elapsed and working time.
import type { AstNode, ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isProject, type Calendar, type Dependency, type Estimate, type Task } from '../generated/ast.js';
import { isElapsed, isWholeMinutes, parseWorkingSpan } from '../engine/durations.js';
import { minutesOfWorkingHours, workingHoursAsWritten, DEFAULT_WORKING_HOURS } from '../engine/working-hours.js';
import { IssueCodes } from './issue-codes.js';

export function checkWorkingHours(calendar: Calendar, accept: ValidationAcceptor): void {
    const { problem } = workingHoursAsWritten(calendar.hoursPerDay, calendar.hours);
    if (!problem) {
        return;
    }
    accept('error', problem.message, problem.index === undefined || calendar.hoursPerDay !== undefined
        ? { node: calendar, property: 'hoursPerDay', code: IssueCodes.WorkingHours }
        : { node: calendar, property: 'hours', index: problem.index, code: IssueCodes.WorkingHours });
}

/** The project's working minutes a day, which a `d` or `w` of its work is: close enough to tell a fraction of a minute. */
function minutesPerDay(node: AstNode): number {
    const calendar = AstUtils.getContainerOfType(node, isProject)?.calendars.find(candidate => !candidate.name);
    const hours = calendar && workingHoursAsWritten(calendar.hoursPerDay, calendar.hours).hours;
    return minutesOfWorkingHours(hours ?? DEFAULT_WORKING_HOURS);
}

function checkWholeMinutes(text: string | undefined, node: AstNode, property: string, accept: ValidationAcceptor, index?: number): void {
    const span = text === undefined ? undefined : parseWorkingSpan(text);
    if (span && !isWholeMinutes(span, minutesPerDay(node))) {
        accept('warning', `${text} is less than a whole number of minutes: Proj schedules to the minute, so it is rounded up.`, {
            node, property, index, code: IssueCodes.FinerThanAMinute,
        });
    }
}

export function checkDurationInWholeMinutes(task: Task, accept: ValidationAcceptor): void {
    checkWholeMinutes(task.duration, task, 'duration', accept);
}

export function checkLagInWholeMinutes(dependency: Dependency, accept: ValidationAcceptor): void {
    checkWholeMinutes(dependency.lag, dependency, 'lag', accept);
}

export function checkEstimateUnits(estimate: Estimate, accept: ValidationAcceptor): void {
    const points = [estimate.optimistic, estimate.mostLikely, estimate.pessimistic];
    points.forEach((text, index) => checkWholeMinutes(text, estimate, (['optimistic', 'mostLikely', 'pessimistic'] as const)[index], accept));
    const spans = points.map(text => text === undefined ? undefined : parseWorkingSpan(text));
    if (spans.every(span => span !== undefined) && new Set(spans.map(span => isElapsed(span!))).size > 1) {
        accept('error', `An estimate is all working time (h, d, w) or all elapsed time (eh, ed, ew): ${points.join(' ')} mixes them.`, {
            node: estimate, code: IssueCodes.MixedEstimateUnits,
        });
    }
}
