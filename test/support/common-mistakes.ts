/**
 * A plan with progress, spend, a status date and tolerances, clean as written, and the common
 * mistakes made in editing it: each must cost exactly one problem, not one plus the warnings that
 * earned value, tolerances or missed dates would compute from the schedule the mistake broke.
 */
export const PLAN_WITH_PROGRESS = `project p {
    start 2027-01-04
    status 2027-01-15
    deadline 2027-02-26
    budget 20000
    tolerance { cpi 0.9 spi 0.9 }
    phase delivery {
        task design { duration 5d cost 5000 actual start 2027-01-04 actual finish 2027-01-08 progress 100% spent 5000 }
        task build { duration 10d after design cost 10000 progress 50% spent 5000 }
    }
    task test { duration 5d after build cost 5000 }
    milestone done { after test }
}
`;

export interface CommonMistake {
    readonly name: string;
    readonly from: string;
    readonly to: string;
    /** The code of the one problem it must cost. */
    readonly code: string;
}

export const COMMON_MISTAKES: readonly CommonMistake[] = [
    { name: 'an unknown id', from: 'after design cost', to: 'after desing cost', code: 'proj/unknown-reference' },
    { name: 'a cycle', from: 'task design { duration 5d', to: 'task design { duration 5d after done', code: 'proj/cycle' },
    { name: 'a duplicate id', from: 'milestone done', to: 'milestone design', code: 'proj/duplicate-id' },
    { name: 'a date that does not exist', from: 'actual start 2027-01-04', to: 'actual start 2027-01-40', code: 'proj/invalid-date' },
    { name: 'a year typed short', from: 'start 2027-01-04\n', to: 'start 0027-01-04\n', code: 'proj/invalid-date' },
    { name: 'a missing duration', from: 'task test { duration 5d after', to: 'task test { after', code: 'proj/missing-duration' },
    { name: 'a misspelt keyword', from: 'after build cost', to: 'aftr build cost', code: 'proj/syntax-error' },
    { name: "a missing '}'", from: 'spent 5000 }\n    }', to: 'spent 5000 }\n', code: 'proj/syntax-error' },
    { name: 'a lag without its unit', from: 'after design cost', to: 'after design +2 cost', code: 'proj/syntax-error' },
    { name: 'a misspelt keyword before a block, whose id others wait for', from: 'task build {', to: 'tsk build {', code: 'proj/syntax-error' },
    { name: 'a duration in a unit that does not exist', from: 'task test { duration 5d', to: 'task test { duration 5x', code: 'proj/syntax-error' },
    { name: "a misspelt 'duration'", from: 'task test { duration 5d', to: 'task test { duraton 5d', code: 'proj/syntax-error' },
    { name: 'working hours written backwards', from: 'budget 20000\n', to: 'budget 20000\n    calendar { hours 17:00-09:00 }\n', code: 'proj/working-hours' },
    { name: 'an estimate mixing elapsed and working days', from: 'task test { duration 5d', to: 'task test { estimate 4d 5ed 9d', code: 'proj/mixed-estimate-units' },
    { name: 'a public holiday code that does not exist', from: 'budget 20000\n', to: 'budget 20000\n    calendar { holidays GB-XYZ hours 09:00-17:00 }\n', code: 'proj/unknown-holiday-code' },
    { name: 'an actual finish before the actual start', from: 'actual finish 2027-01-08', to: 'actual finish 2027-01-01', code: 'proj/date-order' },
];

/** The plan with one mistake made. */
export function withMistake(mistake: CommonMistake): string {
    if (PLAN_WITH_PROGRESS.split(mistake.from).length !== 2) {
        throw new Error(`'${mistake.from}' should occur once in the plan`);
    }
    return PLAN_WITH_PROGRESS.replace(mistake.from, mistake.to);
}
