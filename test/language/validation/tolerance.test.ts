import { describe, test } from 'vitest';
import { expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

describe("the project board's tolerances", () => {
    test('a CPI or SPI tolerance is an index above 0 and at most 2', async () => {
        await expectDiagnostics(`
project p {
    tolerance { cpi <|0|> spi <|2.5|> }
}`, 'proj/tolerance-range', 'error', [
            'The CPI tolerance is an index above 0 and at most 2, such as 0.9, not 0: a tolerance of 0 would never warn.',
            'The SPI tolerance is an index above 0 and at most 2, such as 0.9, not 2.5: a tolerance above 2 would warn even on work done twice as fast as planned.',
        ]);
        await expectDiagnostics(`
project p {
    tolerance { cpi <|3|> }
}`, 'proj/tolerance-range', 'error', [
            'The CPI tolerance is an index above 0 and at most 2, such as 0.9, not 3: a tolerance above 2 would warn even on work that earns twice what it costs.',
        ]);
    });

    test('the amber and red risk thresholds are risk scores, whole numbers from 1 to 25', async () => {
        await expectDiagnostics(`
project p {
    tolerance { risk amber <|0|> red <|30|> }
}
project q {
    tolerance { risk amber <|7.5|> red 15 }
}`, 'proj/tolerance-range', 'error', [
            'The amber risk threshold is a risk score (likelihood × impact), a whole number from 1 to 25, not 0.',
            'The red risk threshold is a risk score (likelihood × impact), a whole number from 1 to 25, not 30.',
            'The amber risk threshold is a risk score (likelihood × impact), a whole number from 1 to 25, not 7.5.',
        ]);
    });

    test('the red threshold is above the amber one: an error on the red', async () => {
        await expectDiagnostics(`
project p {
    tolerance { risk amber 15 red <|5|> }
}
project q {
    tolerance { risk amber 10 red <|10|> }
}`, 'proj/tolerance-range', 'error', [
            'The red risk threshold (5) must be above the amber one (15): a risk turns amber before it turns red.',
            'The red risk threshold (10) must be above the amber one (10): a risk turns amber before it turns red.',
        ]);
    });

    test('tolerances at the bounds are fine, and so is an empty block', async () => {
        await expectClean(`
project p {
    tolerance { cpi 0.9 spi 2 risk amber 1 red 25 }
}
project q {
    tolerance { cpi 0.01 spi 0.95 risk amber 5 red 15 }
}
project r {
    tolerance { }
}`);
    });

    test('a tolerance given twice keeps the last: a warning on the one ignored', async () => {
        await expectDiagnostics(`
project p {
    tolerance { cpi <|0.9|> spi 0.9 cpi 0.8 }
}`, 'proj/duplicate-property', 'warning', ['The cpi is given again on line 3; this value is ignored.']);
    });
});
