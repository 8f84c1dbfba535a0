import type { ValidationAcceptor } from 'langium';
import type { Resource } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

const RATE_UNITS: Record<string, string> = { d: 'day', h: 'hour', w: 'week' };

export function checkRateUnit(resource: Resource, accept: ValidationAcceptor): void {
    if (resource.per !== undefined && !(resource.per in RATE_UNITS)) {
        accept('error', `A rate is per day (/d), hour (/h) or week (/w), not '/${resource.per}'.`, {
            node: resource, property: 'per', code: IssueCodes.RateUnit
        });
    }
}
