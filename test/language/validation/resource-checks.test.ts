import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('resources that constrain the plan: the new syntax', () => {
    test('pools, amounts, calendars, leave, priority and level validate cleanly when they fit', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    level
    calendar { workdays mon tue wed thu fri }
    calendar shifts { workdays mon tue wed thu fri sat holiday 2027-04-02 "Good Friday" }
    resource crew "Facilities crew" { units 4 rate 220/d calendar shifts }
    resource alex "Alex Smith" {
        rate 350/d
        leave 2027-03-01 to 2027-03-05 "Annual leave"
        leave 2027-03-12
    }
    task move { duration 5d assign crew 3, alex priority 700 }
    task pack { duration 2d assign crew 50% calendar shifts priority 1000 }
    task clean { duration 1d assign crew, alex 100% priority 1 }
    milestone done { after move, pack, clean calendar shifts }
}`);
    });

    test('the syntax of before keeps working as before', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    calendar { holiday 2027-04-02 to 2027-04-05 "Easter" }
    resource crew { units 2 rate 300/d }
    resource alex
    task a { duration 5d assign crew, alex 50% }
}`);
    });
});

describe('calendars', () => {
    test('a second default calendar is an error on its keyword, naming the line of the first', async () => {
        await expectDiagnostics(`
project p {
    calendar { workdays mon tue wed thu }
    calendar shifts { workdays sat sun }
    task a { calendar shifts }
    <|calendar|> { holiday 2027-04-02 }
    <|calendar|> { }
}`, 'proj/second-default-calendar', 'error', [
            'The project already has a default calendar (line 3), so this second unnamed one is ignored: merge the two, or name this one (`calendar shifts { … }`) for the resources and work that should use it.',
        ]);
    });

    test('each project has its own default calendar', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p { calendar { } }
project q { calendar { } }`);
        expect(diagnostics.filter(diagnostic => diagnostic.code === 'proj/second-default-calendar')).toEqual([]);
    });

    test('a named calendar nothing names is a warning on its name', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    calendar { }
    calendar <|nights|> { workdays mon tue }
    calendar shifts { workdays sat sun }
    calendar office { }
    resource crew { calendar shifts }
    task a { duration 1d calendar office }
}`, 'proj/unused-calendar', 'warning', [
            "Calendar 'nights' is not used: no resource, task or milestone names it (`calendar nights`), so it changes nothing.",
        ]);
    });

    test('a shared resource at the top of a file names a calendar of a project, which is then used', async () => {
        await expectClean(`
resource crew { units 2 calendar shifts }
project p {
    start 2027-01-04
    calendar shifts { workdays sat sun }
}`);
        await expectClean(`resource crew { units 2 calendar shifts }`, [`project p { calendar shifts { workdays sat sun } }`]);
    });

    test('an unknown calendar is a linking error with the closest name suggested', async () => {
        await expectDiagnostics(`
project p {
    calendar shifts { }
    resource crew { calendar <|shift|> }
    task a { calendar <|nights|> }
}`, 'proj/unknown-reference', 'error', [
            "Unknown calendar 'shift'. Did you mean 'shifts'?",
            "Unknown calendar 'nights'.",
        ]);
    });

    test('a project\'s work cannot name another project\'s calendar', async () => {
        await expectDiagnostics(`
project p {
    calendar shifts { }
    resource crew { calendar shifts }
}
project q {
    task a { calendar <|shifts|> }
}`, 'proj/unknown-reference', 'error', ["Unknown calendar 'shifts'."]);
    });

    test('a calendar given twice to a resource or a task: the first is ignored', async () => {
        await expectDiagnostics(`
project p {
    calendar a { }
    calendar b { }
    resource crew { calendar <|a|> calendar b }
    task t { calendar <|b|> calendar a }
}`, 'proj/duplicate-property', 'warning', [
            'The calendar is given again on line 5; this value is ignored.',
            'The calendar is given again on line 6; this value is ignored.',
        ]);
    });
});

describe('leave', () => {
    test('leave that ends before it starts is reversed, as a holiday range would be', async () => {
        await expectDiagnostics(`
project p {
    resource alex { leave 2027-03-05 to <|2027-03-01|> "Annual leave" leave 2027-03-01 to 2027-03-01 }
}`, 'proj/date-order', 'error', ['The leave ends (2027-03-01) before it starts (2027-03-05).']);
    });

    test('a leave date that does not exist is an invalid date', async () => {
        await expectDiagnostics(`
resource alex { leave <|2027-02-30|> }`, 'proj/invalid-date', 'error', ['2027-02-30 is not a date: February 2027 has 28 days.']);
    });
});

describe('assignment amounts', () => {
    test('more units than the resource has, counting 1 for a resource without units', async () => {
        await expectDiagnostics(`
project p {
    resource crew { units 4 }
    resource alex
    resource pair { units 1 }
    task a { assign crew <|5|>, alex <|2|>, pair <|1.5|> }
    task b { assign crew 4, alex 1, pair 0.5 }
}`, 'proj/assignment-units', 'error', [
            "'crew' has 4 units, so 5 cannot be assigned: at most 4.",
            "'alex' has 1 unit (a resource is 1 unless it says `units`), so 2 cannot be assigned: at most 1.",
            "'pair' has 1 unit, so 1.5 cannot be assigned: at most 1.",
        ]);
    });

    test('no units at all, or a share of 0% or above 100%', async () => {
        await expectDiagnostics(`
project p {
    resource crew { units 4 }
    task a { assign crew <|0|> }
    task b { assign crew <|0|>% }
    task c { assign crew <|150|>% }
    task d { assign crew 100% }
}`, 'proj/assignment-units', 'error', [
            'An assignment takes some of its resource: assign more than 0 units, or remove the assignment.',
            'A share of a resource is a percentage above 0% and at most 100%, not 0%.',
            'A share of a resource is a percentage above 0% and at most 100%, not 150%.',
        ]);
    });

    test('an unknown resource gets the linking error only', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p { task a { assign nobody 7 } }`);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toContain('proj/unknown-reference');
        expect(diagnostics.map(diagnostic => diagnostic.code)).not.toContain('proj/assignment-units');
    });

    test('a resource of no units is an error on the resource', async () => {
        await expectDiagnostics(`
project p { resource crew { units <|0|> } }`, 'proj/resource-units', 'error', [
            "A resource's units are how many of it work at once, above 0 (1 for a person, 4 for a crew of four), not 0.",
        ]);
    });

    test('the same resource assigned twice to one task or milestone, in one statement or two', async () => {
        await expectDiagnostics(`
project p {
    resource crew { units 4 }
    resource alex
    task a { assign crew 2, alex, <|crew|> 1 }
    task b {
        assign alex
        assign crew, <|alex|>
    }
    milestone m { assign alex, <|alex|> }
    task c { assign crew 2 }
}`, 'proj/duplicate-assignment', 'error', [
            "'crew' is already assigned to 'a' (line 5): assign it once, with all the units it takes.",
            "'alex' is already assigned to 'b' (line 7): assign it once, with all the units it takes.",
            "'alex' is already assigned to 'm' (line 10): assign it once, with all the units it takes.",
        ]);
    });
});

describe('priority', () => {
    test('a whole number from 1 to 1000', async () => {
        await expectDiagnostics(`
project p {
    task a { priority <|0|> }
    task b { priority <|1001|> }
    task c { priority <|2.5|> }
    milestone m { priority <|5000|> }
    task d { priority 1 }
    task e { priority 1000 }
}`, 'proj/priority-range', 'error', [
            'A priority is a whole number from 1 to 1000 (500 unless given; 1000 is never delayed by levelling), not 0.',
            'A priority is a whole number from 1 to 1000 (500 unless given; 1000 is never delayed by levelling), not 1001.',
            'A priority is a whole number from 1 to 1000 (500 unless given; 1000 is never delayed by levelling), not 2.5.',
            'A priority is a whole number from 1 to 1000 (500 unless given; 1000 is never delayed by levelling), not 5000.',
        ]);
    });
});

describe('over-allocation', () => {
    test('each assignment that takes a resource over its units is warned of, with the days and the work that shares them', async () => {
        await expectDiagnostics(`
project p {
    start 2027-02-15
    resource crew "Facilities crew" { units 4 }
    task fitout "Fit-out" { duration 5d assign <|crew|> 3 }
    task briefing "Staff briefings" { duration 5d assign <|crew|> 4 }
    task survey { duration 5d assign crew 1 after fitout }
}`, 'proj/over-allocated', 'warning', [
            'crew: 7 of 4 units on 15–19 Feb, with Staff briefings. Level the plan to delay work until the resource is free.',
            'crew: 7 of 4 units on 15–19 Feb, with Fit-out. Level the plan to delay work until the resource is free.',
        ]);
    });

    test('work on a day its resource is away is over-allocated too, and what is before the status date is past', async () => {
        await expectDiagnostics(`
project p {
    start 2027-02-15
    status 2027-02-16
    resource alex { leave 2027-02-18 }
    task report { duration 5d assign <|alex|> calendar weekdays }
    calendar weekdays { workdays mon tue wed thu fri }
}`, 'proj/over-allocated', 'warning', [
            'alex is asked for 1 with no units that day on 18 Feb. Level the plan to delay work until the resource is free.',
        ]);
    });
});

describe('calendars that leave no working day', () => {
    test('work whose resources share no workday cannot be scheduled: the error is on its assignment', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    calendar weekends { workdays sat sun }
    resource crew { calendar weekends }
    resource alex
    task clash { duration 1d assign <|crew|>, alex }
}`, 'proj/unschedulable', 'error', [
            "Project 'p' cannot be scheduled. 'clash' has no day on which all of 'crew', 'alex' work: their calendars share no workday.",
        ]);
    });
});
