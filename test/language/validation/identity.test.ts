import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('ids and properties', () => {
    test('an id used again in a project is one problem, on the second use (references go to the first), whatever the kinds and nesting', async () => {
        await expectDiagnostics(`
project p {
    task survey { duration 1d }
    phase delivery {
        milestone <|survey|> { }
    }
    risk <|survey|> { likelihood 1 impact 1 owner survey }
}`, 'proj/duplicate-id', 'error', [
            "Duplicate id 'survey': ids must be unique in project 'p' (first defined on line 3).",
        ]);
    });

    test('the same id in two projects is fine', async () => {
        await expectClean(`
project p { start 2027-01-04 task a { duration 1d } }
project q { start 2027-01-04 task a { duration 1d } }`);
    });

    test('two projects of the same name in one file are reported', async () => {
        await expectDiagnostics(`
project p { }
project <|p|> { }`, 'proj/duplicate-id', 'error', [
            "Duplicate id 'p': ids must be unique in this file (first defined on line 2).",
        ]);
    });

    test('a property given twice warns on the value that is ignored', async () => {
        await expectDiagnostics(`
project p {
    task a {
        duration <|3d|>
        duration 5d
    }
}`, 'proj/duplicate-property', 'warning', ['The duration is given again on line 5; this value is ignored.']);
    });

    test('a calendar\'s working hours given twice warn on the value that is ignored', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    calendar { hours <|8|> hours 7 }
}`, 'proj/duplicate-property', 'warning', ['The hours per day is given again on line 4; this value is ignored.']);
    });

    test('repeatable properties such as after, assign and ksb may repeat', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    resource r
    task a { duration 1d }
    task b { duration 1d after a ksb K1 ksb K2 assign r }
    task c { duration 1d after a after b }
}`);
    });
});
