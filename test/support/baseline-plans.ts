// A plan approved and tagged, and the same plan since: the fixture of the baseline tests.

/** The plan the board approved. */
export const APPROVED_PLAN = `project office "Office move" {
    start 2027-03-01
    task survey "Site survey" { duration 5d cost 1000 }
    task fitout "Fit-out" { duration 10d after survey cost 20000 }
    milestone live "Site live" { after fitout }
}
`;

/**
 * The plan since, measured against the tag `v1-approved`: the fit-out takes 13 days, not 10;
 * snagging was added; the survey costs more.
 */
export const PLAN_SINCE = `project office "Office move" {
    start 2027-03-01
    baseline "v1-approved"
    task survey "Site survey" { duration 5d cost 1500 }
    task fitout "Fit-out" { duration 13d after survey cost 20000 }
    task snagging "Snagging" { duration 2d after fitout cost 800 }
    milestone live "Site live" { after snagging }
}
`;
