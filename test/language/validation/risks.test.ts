import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe('risks and opportunities', () => {
    test('likelihood and impact are whole numbers from 1 to 5', async () => {
        await expectDiagnostics(`
project p {
    risk r { likelihood <|0|> impact <|6|> }
    opportunity o { likelihood <|2.5|> impact 5 residual likelihood <|9|> impact 1 }
}`, 'proj/score-range', 'error', [
            'Likelihood is scored as a whole number from 1 to 5, not 0.',
            'Impact is scored as a whole number from 1 to 5, not 6.',
            'Likelihood is scored as a whole number from 1 to 5, not 2.5.',
            'Residual likelihood is scored as a whole number from 1 to 5, not 9.',
        ]);
    });

    test('scores at the bounds are fine', async () => {
        await expectClean(`
project p {
    risk r { likelihood 1 impact 5 residual likelihood 1 impact 1 }
}`);
    });

    test('a threat response on an opportunity, and the reverse', async () => {
        await expectDiagnostics(`
project p {
    risk lease_delay { response <|exploit|> "Use the delay" }
    opportunity early_keys { response <|reduce|> }
}`, 'proj/response-type', 'error', [
            "'exploit' is a response to an opportunity; a threat takes avoid, reduce, transfer or accept.",
            "'reduce' is a response to a threat; an opportunity takes exploit, enhance, share or accept.",
        ]);
    });

    test('each kind takes its own responses, and both may accept', async () => {
        await expectClean(`
project p {
    risk a { response avoid } risk b { response reduce } risk c { response transfer } risk d { response accept }
    opportunity e { response exploit } opportunity f { response enhance } opportunity g { response share } opportunity h { response accept }
}`);
    });
});

describe('resources', () => {
    test('a rate is per day, hour or week', async () => {
        await expectDiagnostics(`
project p {
    resource alex { rate 350/<|m|> }
}`, 'proj/rate-unit', 'error', ["A rate is per day (/d), hour (/h) or week (/w), not '/m'."]);
        await expectClean(`
project p {
    resource a { rate 350/d } resource b { rate 40/h } resource c { rate 1500/w } resource d { rate 10 }
}`);
    });
});
