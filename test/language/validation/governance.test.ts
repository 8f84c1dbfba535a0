import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('owners of risks, issues and changes', () => {
    test('a risk, opportunity, issue or change without an owner is a warning on its name', async () => {
        await expectDiagnostics(`
project p {
    risk <|lease_delay|> "Landlord delays lease exit" { likelihood 3 impact 4 }
    opportunity <|early_keys|> { likelihood 2 impact 3 }
    issue <|lift_broken|> { raised 2027-03-01 severity high }
    change <|extra_floor|> { impact 5d 12000 }
}`, 'proj/missing-owner', 'warning', [
            "Risk 'lease_delay' has no owner: add 'owner <resource or stakeholder>' so that someone answers for it.",
            "Opportunity 'early_keys' has no owner: add 'owner <resource or stakeholder>' so that someone answers for it.",
            "Issue 'lift_broken' has no owner: add 'owner <resource or stakeholder>' so that someone answers for it.",
            "Change 'extra_floor' has no owner: add 'owner <resource or stakeholder>' so that someone answers for it.",
        ]);
    });

    test('a resource or a stakeholder can own each of them', async () => {
        await expectClean(`
project p {
    resource alex
    stakeholder finance { power high interest high engage "Monthly budget review" }
    risk lease_delay { likelihood 3 impact 4 owner alex }
    opportunity early_keys { likelihood 2 impact 3 owner finance }
    issue lift_broken { owner alex }
    change extra_floor { owner finance }
}`);
    });

    test('an owner that does not resolve is reported as unknown, not as missing', async () => {
        await expectDiagnostics(`
project p {
    issue lift_broken { owner nobody }
}`, 'proj/missing-owner', 'warning', []);
    });
});

describe('stakeholders', () => {
    test('a stakeholder of high power and high interest with no engagement approach is a warning on its name', async () => {
        await expectDiagnostics(`
project p {
    stakeholder <|board|> "Programme board" { power high interest high }
    stakeholder <|finance|> { interest high power high frequency "Monthly" }
}`, 'proj/unengaged-stakeholder', 'warning', [
            `Stakeholder 'board' has high power and high interest, so is one to manage closely: add 'engage "<how>"' to say how they are kept engaged.`,
            `Stakeholder 'finance' has high power and high interest, so is one to manage closely: add 'engage "<how>"' to say how they are kept engaged.`,
        ]);
    });

    test('an engaged key stakeholder, and anyone outside the "manage closely" corner, need no engagement', async () => {
        await expectClean(`
project p {
    stakeholder finance { power high interest high engage "Monthly budget review" }
    stakeholder staff { power low interest high }
    stakeholder landlord { power high interest medium }
    stakeholder press
}`);
    });
});

describe('change requests', () => {
    test('an approved or implemented change with no impact in time, cost or scope is a warning on its status', async () => {
        await expectDiagnostics(`
project p {
    resource alex
    change extra_floor { status <|approved|> owner alex }
    change new_lifts { owner alex status <|implemented|> }
}`, 'proj/change-without-impact', 'warning', [
            `Change 'extra_floor' is approved with no impact: the board cannot have known what it would cost. Give its impact in time, cost or scope, such as 'impact 5d 12000' or 'impact "Fit out the second floor"'.`,
            `Change 'new_lifts' is implemented with no impact: the board cannot have known what it would cost. Give its impact in time, cost or scope, such as 'impact 5d 12000' or 'impact "Fit out the second floor"'.`,
        ]);
    });

    test('an approved change with an impact in time, cost or scope is fine, and so is one not yet decided', async () => {
        await expectClean(`
project p {
    resource alex
    change a { status approved impact 5d owner alex }
    change b { status approved impact 12000 owner alex }
    change c { status implemented impact "Fit out the second floor" owner alex }
    change h { status approved impact 2d 500 "Paint the stairwell" owner alex }
    change d { status raised owner alex }
    change e { status assessed owner alex }
    change f { status rejected owner alex }
    change g { owner alex }
}`);
    });
});

describe('raised dates', () => {
    test('a change or issue raised after the status date is a warning on its raised date', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-03-01
    resource alex
    change extra_floor { raised <|2027-03-02|> impact 5d owner alex }
    issue lift_broken { owner alex raised <|2027-04-01|> }
}`, 'proj/raised-after-status', 'warning', [
            "Change 'extra_floor' was raised on Tue 2 Mar 2027, after the status date Mon 1 Mar 2027: as of the status date it had not been raised yet. Check the date, or move the status date on.",
            "Issue 'lift_broken' was raised on Thu 1 Apr 2027, after the status date Mon 1 Mar 2027: as of the status date it had not been raised yet. Check the date, or move the status date on.",
        ]);
    });

    test('raised on or before the status date is fine, and so is any raised date in a plan without a status date', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    status 2027-03-01
    resource alex
    change extra_floor { raised 2027-03-01 owner alex }
    issue lift_broken { raised 2027-02-26 owner alex }
}
project q {
    start 2027-01-04
    resource sam
    issue late { raised 2028-01-01 owner sam }
}`);
    });
});

describe('quality checks', () => {
    test('a quality check without a criterion is a warning on its name', async () => {
        await expectDiagnostics(`
project p {
    task fitout { duration 5d }
    quality <|signoff|> { for fitout status pending }
    quality <|snagging|> "Snagging walk-round"
}`, 'proj/missing-criterion', 'warning', [
            `Quality check 'signoff' has no criterion: add 'criterion "<what must be true>"' so that passing it means something.`,
            `Quality check 'snagging' has no criterion: add 'criterion "<what must be true>"' so that passing it means something.`,
        ]);
    });

    test('a check passed on a deliverable the plan shows unfinished is a warning on its status, naming what is unfinished', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task survey { duration 1d actual start 2027-01-04 actual finish 2027-01-04 }
    task fitout { duration 10d after survey progress 40% }
    task it { duration 2d after fitout }
    phase delivery {
        task paint { duration 2d progress 100% }
        task clean { duration 1d progress 50% }
    }
    quality signoff { for fitout criterion "Certificate issued" status <|passed|> }
    quality handover { for survey, fitout, it criterion "All signed" status <|passed|> }
    quality walk_round { for delivery criterion "No snags" status <|passed|> }
}`, 'proj/quality-passed-early', 'warning', [
            "Quality check 'signoff' has passed, but its deliverable 'fitout' (40% done) is not finished: a check passes on finished work. Set it back to pending, or record the finished work (100% progress or an 'actual finish').",
            "Quality check 'handover' has passed, but its deliverables 'fitout' (40% done) and 'it' (no progress) are not finished: a check passes on finished work. Set it back to pending, or record the finished work (100% progress or an 'actual finish').",
            "Quality check 'walk_round' has passed, but its deliverable 'delivery' ('clean' 50% done) is not finished: a check passes on finished work. Set it back to pending, or record the finished work (100% progress or an 'actual finish').",
        ]);
    });

    test('a check passed on finished work is fine, and so is a pending or failed check on unfinished work', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    task survey { duration 1d actual start 2027-01-04 actual finish 2027-01-04 }
    task fitout { duration 10d after survey progress 100% }
    milestone moved { after fitout actual finish 2027-01-19 }
    phase delivery {
        task paint { duration 2d progress 100% }
    }
    task it { duration 2d after fitout progress 50% }
    quality signoff { for survey, fitout, moved criterion "Certificate issued" status passed }
    quality walk_round { for delivery criterion "No snags" status passed }
    quality cut_over { for it criterion "All systems up" status pending }
    quality cabling { for it criterion "Cables tested" status failed }
}`);
    });
});

describe('KPIs', () => {
    test('a KPI in % with a target or an actual over 100 is an error on that figure', async () => {
        await expectDiagnostics(`
project p {
    kpi uptake "Staff using the new desks" { unit "%" target <|120|> actual <|101|> }
}`, 'proj/kpi-range', 'error', [
            'Target 120% is over 100%: a KPI measured in % runs from 0 to 100. Correct the figure, or change the unit.',
            'Actual 101% is over 100%: a KPI measured in % runs from 0 to 100. Correct the figure, or change the unit.',
        ]);
    });

    test('an actual that misses its target is a warning on the actual, with both figures', async () => {
        await expectDiagnostics(`
project p {
    kpi carbon "Move-related emissions" { target 12 or less actual <|15.5|> unit "tCO2e" }
    kpi staff_moved { target 120 actual <|80|> }
    kpi uptake { unit "%" target 90 or more actual <|85|> }
}`, 'proj/kpi-missed', 'warning', [
            'Actual 15.5 tCO2e misses the target of 12 tCO2e or less (3.5 tCO2e over): plan how to recover it, or agree a new target with the board.',
            'Actual 80 misses the target of 120 (40 short): plan how to recover it, or agree a new target with the board.',
            'Actual 85% misses the target of 90% (5% short): plan how to recover it, or agree a new target with the board.',
        ]);
    });

    test('an actual that meets its target, up to 100%, and a KPI without both figures are fine', async () => {
        await expectClean(`
project p {
    kpi carbon { target 12 or less actual 12 unit "tCO2e" }
    kpi staff_moved { target 120 actual 120 }
    kpi uptake { unit "%" target 90 actual 100 }
    kpi downtime { target 1 or less unit "days" }
    kpi satisfaction { actual 4.2 }
    kpi budget_share { unit "tokens" target 150 actual 180 }
}`);
    });
});
