import type { ValidationAcceptor } from 'langium';
import type { Assignment, Milestone, Resource, Task } from '../generated/ast.js';
import { DEFAULT_PRIORITY, DO_NOT_LEVEL_PRIORITY } from '../engine/plan-model.js';
import { IssueCodes } from './issue-codes.js';

const RATE_UNITS: Record<string, string> = { d: 'day', h: 'hour', w: 'week' };

export function checkRateUnit(resource: Resource, accept: ValidationAcceptor): void {
    if (resource.per !== undefined && !(resource.per in RATE_UNITS)) {
        accept('error', `A rate is per day (/d), hour (/h) or week (/w), not '/${resource.per}'.`, {
            node: resource, property: 'per', code: IssueCodes.RateUnit
        });
    }
}

/** A resource's units are how many of it work at once: a pool of none could do no work. */
export function checkResourceUnits(resource: Resource, accept: ValidationAcceptor): void {
    if (resource.units !== undefined && resource.units <= 0) {
        accept('error', `A resource's units are how many of it work at once, above 0 (1 for a person, 4 for a crew of four), not ${resource.units}.`, {
            node: resource, property: 'units', code: IssueCodes.ResourceUnits
        });
    }
}

/** The units a resource has: 1 unless given. */
function unitsOf(resource: Resource): number {
    return resource.units ?? 1;
}

/**
 * What an assignment asks for fits its resource: `assign crew 3` of a crew of 4 units, a share
 * `assign crew 50%` above 0% and at most 100%, and never nothing.
 */
export function checkAssignmentUnits(assignment: Assignment, accept: ValidationAcceptor): void {
    const amount = assignment.units;
    if (amount === undefined) {
        return;
    }
    const report = (message: string) => accept('error', message, { node: assignment, property: 'units', code: IssueCodes.AssignmentUnits });
    if (assignment.percent) {
        if (amount <= 0 || amount > 100) {
            report(`A share of a resource is a percentage above 0% and at most 100%, not ${amount}%.`);
        }
        return;
    }
    if (amount <= 0) {
        report(`An assignment takes some of its resource: assign more than ${amount} units, or remove the assignment.`);
        return;
    }
    const resource = assignment.resource?.ref;
    if (!resource || unitsOf(resource) <= 0) {
        return; // an unknown resource, or one without units, is reported on its own
    }
    const units = unitsOf(resource);
    if (amount > units) {
        const has = resource.units === undefined ? `1 unit (a resource is 1 unless it says \`units\`)` : `${units} ${units === 1 ? 'unit' : 'units'}`;
        report(`'${resource.name}' has ${has}, so ${amount} cannot be assigned: at most ${units}.`);
    }
}

/** Each resource is assigned once to a piece of work, with all the units it takes there. */
export function checkResourceAssignedOnce(item: Task | Milestone, accept: ValidationAcceptor): void {
    const first = new Map<unknown, Assignment>();
    for (const assignment of item.assignments) {
        const key = assignment.resource?.ref ?? assignment.resource?.$refText;
        if (!key) {
            continue;
        }
        const earlier = first.get(key);
        if (!earlier) {
            first.set(key, assignment);
            continue;
        }
        const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
        accept('error', `'${assignment.resource.$refText}' is already assigned to '${item.name}' (line ${line}): assign it once, with all the units it takes.`, {
            node: assignment, property: 'resource', code: IssueCodes.DuplicateAssignment
        });
    }
}

/** Levelling delays lower priorities first: 1 to 1000, whole numbers, 1000 never delayed. */
export function checkPriorityRange(item: Task | Milestone, accept: ValidationAcceptor): void {
    const priority = item.priority;
    if (priority !== undefined && (!Number.isInteger(priority) || priority < 1 || priority > DO_NOT_LEVEL_PRIORITY)) {
        accept('error', `A priority is a whole number from 1 to ${DO_NOT_LEVEL_PRIORITY} (${DEFAULT_PRIORITY} unless given; ${DO_NOT_LEVEL_PRIORITY} is never delayed by levelling), not ${priority}.`, {
            node: item, property: 'priority', code: IssueCodes.PriorityRange
        });
    }
}
