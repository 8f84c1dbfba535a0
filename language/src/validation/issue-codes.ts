/**
 * Stable codes of every diagnostic Proj reports. Quick fixes, the CLI and users' tooling key on
 * them, so a code is never renamed once released.
 */
export const IssueCodes = {
    SyntaxError: 'proj/syntax-error',
    UnknownReference: 'proj/unknown-reference',
    DuplicateId: 'proj/duplicate-id',
    DuplicateProperty: 'proj/duplicate-property',
    Cycle: 'proj/cycle',
    SelfDependency: 'proj/self-dependency',
    MilestoneDuration: 'proj/milestone-duration',
    MissingDuration: 'proj/missing-duration',
    InvalidDuration: 'proj/invalid-duration',
    EstimateOrder: 'proj/estimate-order',
    ProgressRange: 'proj/progress-range',
    InvalidDate: 'proj/invalid-date',
    DateOrder: 'proj/date-order',
    HolidayOnNonWorkday: 'proj/holiday-non-workday',
    ScoreRange: 'proj/score-range',
    ResponseType: 'proj/response-type',
    RateUnit: 'proj/rate-unit',
    MissingStart: 'proj/missing-start',
    Unschedulable: 'proj/unschedulable',
    ConstraintMissed: 'proj/constraint-missed',
    DeadlineMissed: 'proj/deadline-missed',
    OverBudget: 'proj/over-budget',
    SpendWithoutProgress: 'proj/spend-without-progress',
    ProgressBeforeStart: 'proj/progress-before-start',
} as const;

export type IssueCode = typeof IssueCodes[keyof typeof IssueCodes];
