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
    resource alex
    risk r { likelihood 1 impact 5 residual likelihood 1 impact 1 owner alex }
}`);
    });

    test('a risk or opportunity without a likelihood or an impact is a warning on its name: it has no place on the matrix', async () => {
        await expectDiagnostics(`
project p {
    resource alex
    risk <|lease_delay|> { owner alex response reduce }
    risk <|lift_fails|> { likelihood 3 owner alex }
    opportunity <|early_keys|> "Keys handed over early" { impact 2 owner alex }
}`, 'proj/unscored-risk', 'warning', [
            "Risk 'lease_delay' has no likelihood or impact, so it cannot be placed on the 5×5 risk matrix: add 'likelihood' and 'impact', each scored from 1 to 5.",
            "Risk 'lift_fails' has no impact, so it cannot be placed on the 5×5 risk matrix: add 'impact' with a score from 1 to 5.",
            "Opportunity 'early_keys' has no likelihood, so it cannot be placed on the 5×5 risk matrix: add 'likelihood' with a score from 1 to 5.",
        ]);
    });

    test('a residual score above the inherent score of a threat is a warning on the residual likelihood', async () => {
        await expectDiagnostics(`
project p {
    resource alex
    risk lease_delay {
        likelihood 2 impact 3
        response reduce "Negotiate an early-exit clause"
        residual likelihood <|3|> impact 3
        owner alex
    }
}`, 'proj/residual-above-inherent', 'warning', [
            'The residual score 3×3 = 9 is higher than the inherent score 2×3 = 6: the response would leave the threat worse than before. Lower the residual likelihood or impact, or rethink the response.',
        ]);
    });

    test('a residual score at or below the inherent one is fine, and so is an opportunity whose response raises its score', async () => {
        await expectClean(`
project p {
    resource alex
    risk same { likelihood 2 impact 3 residual likelihood 3 impact 2 owner alex }
    risk lower { likelihood 4 impact 4 residual likelihood 1 impact 4 owner alex }
    risk unassessed { likelihood 4 impact 4 owner alex }
    opportunity enhanced { likelihood 2 impact 2 response enhance residual likelihood 4 impact 3 owner alex }
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
    resource o
    risk a { likelihood 2 impact 2 owner o response avoid }
    risk b { likelihood 2 impact 2 owner o response reduce }
    risk c { likelihood 2 impact 2 owner o response transfer }
    risk d { likelihood 2 impact 2 owner o response accept }
    opportunity e { likelihood 2 impact 2 owner o response exploit }
    opportunity f { likelihood 2 impact 2 owner o response enhance }
    opportunity g { likelihood 2 impact 2 owner o response share }
    opportunity h { likelihood 2 impact 2 owner o response accept }
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
