import type { ValidationAcceptor } from 'langium';
import { AstUtils } from 'langium';
import { isProject, type Issue, type Risk, type Stakeholder } from '../generated/ast.js';
import { isPlanDate } from '../engine/calendar-dates.js';
import { longDate } from '../planning/schedule-text.js';
import { IssueCodes } from './issue-codes.js';

export function checkIssueClosedAfterRaised(issue: Issue, accept: ValidationAcceptor): void {
    const { raised, closed } = issue;
    if (raised && closed && isPlanDate(raised) && isPlanDate(closed) && closed < raised) {
        accept('error', `The issue is closed (${closed}) before it was raised (${raised}).`, {
            node: issue, property: 'closed', code: IssueCodes.DateOrder
        });
    }
}

/** `probability 35%`: more than nothing (else it is no risk), at most certain (then it is an issue). */
export function checkProbabilityRange(risk: Risk, accept: ValidationAcceptor): void {
    const { probability } = risk;
    if (probability !== undefined && (probability <= 0 || probability > 100)) {
        accept('error', `A probability is a percentage above 0 and up to 100, not ${probability}.`, {
            node: risk, property: 'probability', code: IssueCodes.ProbabilityRange
        });
    }
}

/** The communications schedule: an engagement due before the status date has been missed, or not recorded. */
export function checkNextEngagement(stakeholder: Stakeholder, accept: ValidationAcceptor): void {
    const status = AstUtils.getContainerOfType(stakeholder, isProject)?.status;
    const next = stakeholder.next;
    if (!stakeholder.name || next === undefined || status === undefined || !isPlanDate(next) || !isPlanDate(status) || next >= status) {
        return;
    }
    accept('warning', `The next engagement with '${stakeholder.name}', ${longDate(next)}, is before the status date ${longDate(status)}: record it and set the next one.`, {
        node: stakeholder, property: 'next', code: IssueCodes.EngagementOverdue
    });
}
