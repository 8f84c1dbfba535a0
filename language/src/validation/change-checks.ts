import type { ValidationAcceptor } from 'langium';
import type { Change } from '../generated/ast.js';
import { IssueCodes } from './issue-codes.js';

/** A change the board approved (or that was carried out) says what it costs in time or money, or what it changes in scope. */
export function checkApprovedChangeHasImpact(change: Change, accept: ValidationAcceptor): void {
    if (change.status !== 'approved' && change.status !== 'implemented') {
        return;
    }
    if (change.timeImpact === undefined && change.costImpact === undefined && change.scope === undefined) {
        const what = change.name ? `Change '${change.name}'` : 'This change';
        accept('warning', `${what} is ${change.status} with no impact: the board cannot have known what it would cost. Give its impact in time, cost or scope, such as 'impact 5d 12000' or 'impact "Fit out the second floor"'.`, {
            node: change, property: 'status', code: IssueCodes.ChangeWithoutImpact
        });
    }
}
