import type { Diagnostic } from 'vscode-languageserver-types';
import { IssueCodes, type IssueCode } from './issue-codes.js';

/**
 * Diagnostics computed from the schedule: earned value, tolerances, missed dates, over-allocation,
 * and the schedule failing altogether. A plan with an error is scheduled without what the error
 * leaves out (an unknown predecessor, a date that does not exist, a block cut short), so these
 * would judge a schedule the user never wrote, and one typo would show as three to five problems.
 */
const FROM_THE_SCHEDULE: ReadonlySet<string> = new Set<IssueCode>([
    IssueCodes.CpiBelowTolerance,
    IssueCodes.SpiBelowTolerance,
    IssueCodes.OverBudget,
    IssueCodes.SpendWithoutProgress,
    IssueCodes.ProgressBeforeStart,
    IssueCodes.DeadlineMissed,
    IssueCodes.TaskDeadlineMissed,
    IssueCodes.ConstraintMissed,
    IssueCodes.OverAllocated,
    IssueCodes.Unschedulable,
    IssueCodes.ScheduleConfidence,
    // Judged over the whole plan: a block cut short loses the `produces`, `chosen` or cost they count.
    IssueCodes.BusinessCaseInvalid,
    IssueCodes.DeliverableWithoutWork,
    IssueCodes.WorkWithoutDeliverable,
    IssueCodes.OptionChoice,
]);

/**
 * Errors that leave the schedule as written: they are about risks, governance, KPIs or the
 * tolerances themselves, which the engine does not schedule. Every other error (including codes
 * added later) is taken to make the schedule wrong.
 */
const BESIDE_THE_SCHEDULE: ReadonlySet<string> = new Set<IssueCode>([
    IssueCodes.ScoreRange,
    IssueCodes.ResponseType,
    IssueCodes.ToleranceRange,
    IssueCodes.KpiRange,
    IssueCodes.DuplicateBaseline,
    // A risk's cost moves no date.
    IssueCodes.RiskCostOrder,
]);

/** References the engine does not follow: a risk's or change's owner, a KSB code. */
const REFERENCES_BESIDE_THE_SCHEDULE: ReadonlySet<string> = new Set(['Party', 'Ksb']);

const ERROR = 1;

/** An error that makes the schedule differ from the plan the user meant. */
function breaksTheSchedule(diagnostic: Diagnostic): boolean {
    const code = String(diagnostic.code);
    if ((diagnostic.severity ?? ERROR) !== ERROR || BESIDE_THE_SCHEDULE.has(code) || FROM_THE_SCHEDULE.has(code)) {
        return false;
    }
    return code !== IssueCodes.UnknownReference || !REFERENCES_BESIDE_THE_SCHEDULE.has((diagnostic.data as { referenceType?: string } | undefined)?.referenceType ?? '');
}

/**
 * The diagnostics of one file without those computed from its schedule while it has an error that
 * makes the schedule wrong: one mistake, one problem. They come back when the error is fixed.
 */
export function withoutScheduleEchoes(diagnostics: Diagnostic[]): Diagnostic[] {
    if (!diagnostics.some(breaksTheSchedule)) {
        return diagnostics;
    }
    return diagnostics.filter(diagnostic => !FROM_THE_SCHEDULE.has(String(diagnostic.code)));
}
