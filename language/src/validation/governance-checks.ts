import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isProject, isRisk, isIssue, type Change, type Issue, type Risk } from '../generated/ast.js';
import { isPlanDate } from '../engine/calendar-dates.js';
import { longDate } from '../planning/schedule-text.js';
import { IssueCodes } from './issue-codes.js';

/** What the register calls an entry, to start a sentence. */
function kindOf(entry: Risk | Issue | Change): string {
    if (isRisk(entry)) {
        return entry.kind === 'opportunity' ? 'Opportunity' : 'Risk';
    }
    return isIssue(entry) ? 'Issue' : 'Change';
}

/**
 * Every risk, opportunity, issue and change has someone who answers for it. An owner that is
 * written but does not resolve is the linker's to report, not this check's.
 */
export function checkHasOwner(entry: Risk | Issue | Change, accept: ValidationAcceptor): void {
    if (entry.name && entry.owner === undefined) {
        accept('warning', `${kindOf(entry)} '${entry.name}' has no owner: add 'owner <resource or stakeholder>' so that someone answers for it.`, {
            node: entry, property: 'name', code: IssueCodes.MissingOwner
        });
    }
}

/** As of the project's status date, an issue or change raised later does not exist yet. */
export function checkRaisedByStatusDate(entry: Issue | Change, accept: ValidationAcceptor): void {
    const status = AstUtils.getContainerOfType(entry, isProject)?.status;
    const raised = entry.raised;
    if (raised === undefined || status === undefined || !isPlanDate(raised) || !isPlanDate(status) || raised <= status) {
        return;
    }
    const what = entry.name ? `${kindOf(entry)} '${entry.name}'` : `This ${kindOf(entry).toLowerCase()}`;
    accept('warning', `${what} was raised on ${longDate(raised)}, after the status date ${longDate(status)}: as of the status date it had not been raised yet. Check the date, or move the status date on.`, {
        node: entry, property: 'raised', code: IssueCodes.RaisedAfterStatus
    });
}
