import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('public holidays', () => {
    test('a known country, or country and region, is clean', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    calendar { holidays GB-ENG }
    calendar us { holidays US }
    calendar bavaria { holidays DE-BY }
    task a { duration 1d calendar us }
    task b { duration 1d calendar bavaria }
}`);
    });

    test('an unknown code is an error on the code, with the codes it is close to', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    calendar { holidays <|GB-ENX|> }
    calendar fourth { holidays <|GB-LONDON|> }
    calendar other { holidays <|gb|> }
    calendar third { holidays <|ZZ-QQQQ|> }
}`, 'proj/unknown-holiday-code', 'error', [
            '\'GB-ENX\' is not a country or region whose public holidays are known. Did you mean GB-ENG?',
            '\'GB-LONDON\' is not a country or region whose public holidays are known. Did you mean GB-ALD, GB-ENG, GB-NIR, GB-SCT, GB-WLS?',
            '\'gb\' is not a country or region whose public holidays are known. Did you mean GB?',
            '\'ZZ-QQQQ\' is not a country or region whose public holidays are known: write an ISO 3166 country code (`FR`), or a country and its region (`GB-ENG`).',
        ]);
    });

    test('the same code twice in a calendar is a warning on the second', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    calendar { holidays GB-ENG holidays <|GB-ENG|> }
}`, 'proj/duplicate-public-holidays', 'warning', [
            'The calendar already takes the public holidays of GB-ENG (line 4): this changes nothing.',
        ]);
    });
});

describe('worked days', () => {
    test('a worked day that the calendar works anyway is a warning on its date', async () => {
        await expectDiagnostics(`
project p {
    start 2027-01-04
    calendar {
        holidays GB-ENG
        holiday 2027-04-07
        workday <|2027-04-01|> "A Thursday"
        workday 2027-04-03 "A Saturday"
        workday 2027-03-29 "Easter Monday"
        workday 2027-04-07 "A holiday typed by hand"
        workday <|2027-04-05|> to 2027-04-06
        workday 2027-04-02 to 2027-04-05
    }
}`, 'proj/workday-already-worked', 'warning', [
            '2027-04-01 is a Thursday, a workday of this calendar and no holiday: the worked day changes nothing.',
            'Every day from 2027-04-05 to 2027-04-06 is a workday of this calendar and no holiday: the worked days change nothing.',
        ]);
    });

    test('worked days are reversed like holidays', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    calendar { workday 2027-04-10 to 2027-04-03 }
}`);
        expect(diagnostics.map(diagnostic => diagnostic.message)).toEqual(['The worked days end (2027-04-03) before they start (2027-04-10).']);
    });
});
