import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('the business case', () => {
    test('a benefit without an owner, or without a measure, is a warning on its name', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    stakeholder finance
    benefit <|rent|> "Lower rent" { value 30000 / year measure "Annual rent paid" }
    benefit travel "Less travel" { value 5000 / year owner finance measure "Mileage claims" }
    task t { duration 1d }
}`, 'proj/benefit-without-owner', 'warning', [
            "Benefit 'rent' has no owner: add 'owner <resource or stakeholder>' for who answers for realising it.",
        ]);
        await expectDiagnostics(`
project p {
    start 2027-01-04
    stakeholder finance
    benefit <|rent|> "Lower rent" { value 30000 / year owner finance }
    task t { duration 1d }
}`, 'proj/benefit-without-measure', 'warning', [
            "Benefit 'rent' has no measure: add 'measure \"<what shows it is realised>\"' so that it can be tracked.",
        ]);
    });

    test('a business case whose cost exceeds its benefits no longer holds: the budget without earned value, the EAC with it', async () => {
        await expectDiagnostics(`
project <|p|> {
    start 2027-01-04
    budget 60000
    appraisal 2 years
    stakeholder finance
    benefit rent { value 20000 / year owner finance measure "Rent" }
    task t { duration 1d cost 60000 }
}`, 'proj/business-case-invalid', 'warning', [
            'The business case no longer holds: the cost, 60,000 (the budget), exceeds the benefits over 2 years, 40,000. Review it with the sponsor: the project may no longer be worth doing.',
        ]);
        // Spent 6,000 for half the work: CPI 0.5, EAC 2 x 10,000 = 20,000 against benefits of 15,000.
        await expectDiagnostics(`
project <|p|> {
    start 2027-01-04
    status 2027-01-08
    currency GBP
    budget 12000
    appraisal 1 years
    stakeholder finance
    benefit saving { value 15000 owner finance measure "Invoices" }
    task t { duration 10d cost 10000 progress 30% spent 6000 actual start 2027-01-04 }
}`, 'proj/business-case-invalid', 'warning', [
            'The business case no longer holds: the cost, £20,000 (the forecast at completion), exceeds the benefits over 1 year, £15,000. Review it with the sponsor: the project may no longer be worth doing.',
        ]);
    });

    test('options: one is chosen; none chosen is a warning, two an error', async () => {
        await expectDiagnostics(`
project p {
    <|option stay "Stay" { cost 0 }|>
    option move "Move" { cost 60000 }
}`, 'proj/option-choice', 'warning', ['No option is chosen: mark the one the business case recommends with \'chosen\'.']);
        await expectDiagnostics(`
project p {
    option stay "Stay" { cost 0 <|chosen|> }
    option move "Move" { cost 60000 <|chosen|> }
}`, 'proj/option-choice', 'error', ['Only one option can be chosen: \'stay\' and \'move\' both are.']);
        await expectClean(`
project p {
    option stay "Stay" { cost 0 value 0 description "Renew the lease" }
    option move "Move" { cost 60000 value 150000 chosen }
}`);
    });
});

describe('scope', () => {
    test('a deliverable no task produces, and a task that produces nothing when the plan has deliverables, are warnings', async () => {
        const source = `
project p {
    start 2027-01-04
    includes "The move of 120 staff"
    excludes "New furniture"
    deliverable FLOOR "Fitted floor" { acceptance "Building control certificate" }
    deliverable staff_moved "Staff moved" { acceptance "All staff at their new desks" acceptance "No lost working days" }
    task PLAN { duration 2d }
    task move { duration 1d after plan produces staff_moved }
    milestone done { after move }
}`;
        const marking = (id: string) => source.replace(/FLOOR|PLAN/g, found => found === id ? `<|${id.toLowerCase()}|>` : found.toLowerCase());
        await expectDiagnostics(marking('FLOOR'), 'proj/deliverable-without-work', 'warning', [
            "No task produces deliverable 'floor': add 'produces floor' to the work that makes it.",
        ]);
        await expectDiagnostics(marking('PLAN'), 'proj/work-without-deliverable', 'warning', [
            "Task 'plan' produces no deliverable: add 'produces <deliverable>' so that the work breakdown accounts for it.",
        ]);
    });

    test('a plan without deliverables asks nothing of its tasks', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    task plan { duration 2d }
}`, 'proj/work-without-deliverable', 'warning', []);
    });
});

describe('fuller registers', () => {
    test('an issue closed before it was raised is an error; a probability is a percentage above 0', async () => {
        await expectDiagnostics(`
project p {
    resource alex
    issue lift { owner alex raised 2027-03-01 closed <|2027-02-01|> resolution "Lift repaired" }
}`, 'proj/date-order', 'error', ['The issue is closed (2027-02-01) before it was raised (2027-03-01).']);
        await expectDiagnostics(`
project p {
    resource alex
    risk lease { likelihood 3 impact 4 owner alex cost 20000 probability <|140|>% }
}`, 'proj/probability-range', 'error', ['A probability is a percentage above 0 and up to 100, not 140.']);
    });

    test('a next engagement before the status date is overdue', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    status 2027-03-01
    stakeholder finance { power high interest high engage "Monthly review" engage via "Meeting" engage on <|2027-02-15|> }
    stakeholder staff { engage via "Email" engage on 2027-03-15 }
    task t { duration 1d }
}`, 'proj/engagement-overdue', 'warning', [
            "The next engagement with 'finance', Mon 15 Feb 2027, is before the status date Mon 1 Mar 2027: record it and set the next one.",
        ]);
    });
});
