import { describe, expect, test } from 'vitest';
import { diagnosticsOf, expectClean, expectDiagnostics } from '../../support/diagnostic-expectations.js';

const UNKNOWN = 'proj/unknown-reference';

describe('references', () => {
    test('an unknown predecessor is reported on its id, with the closest existing id suggested', async () => {
        await expectDiagnostics(`
project p {
    task survey { duration 1d }
    task fitout { duration 2d after <|survy|> }
}`, UNKNOWN, 'error', ["Unknown task, milestone or phase 'survy'. Did you mean 'survey'?"]);
    });

    test('an unknown id with no near match gets no suggestion', async () => {
        await expectDiagnostics(`
project p {
    task a { duration 1d after <|landlord|> }
}`, UNKNOWN, 'error', ["Unknown task, milestone or phase 'landlord'."]);
    });

    test('unknown resources, owners, affected tasks and KSB codes are each reported', async () => {
        await expectDiagnostics(`
project p {
    resource alex "Alex"
    task a { duration 1d assign <|alexx|> ksb <|K32|> }
    risk r { owner <|bob|> affects <|b|> }
    quality q { for <|c|> }
}`, UNKNOWN, 'error', [
            "Unknown resource 'alexx'. Did you mean 'alex'?",
            "Unknown KSB code 'K32'. Did you mean 'K2'?",
            "Unknown resource or stakeholder 'bob'.",
            "Unknown task, milestone or phase 'b'. Did you mean 'a'?",
            "Unknown task, milestone or phase 'c'. Did you mean 'a'?",
        ]);
    });

    test('ids may be used before they are defined, and across phases', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    phase one { task a { duration 1d after b } }
    phase two { milestone b { after c } task c { duration 1d } }
}`);
    });

    test('a dependency on a phase links to the phase', async () => {
        await expectClean(`
project p {
    start 2027-01-04
    phase design { task a { duration 1d } }
    task build { duration 2d after design }
}`);
    });

    test('KSB codes link to the built-in ST0310 catalogue', async () => {
        const { diagnostics } = await diagnosticsOf(`
project p {
    start 2027-01-04
    task a { duration 1d ksb K1 K31 S1 S26 B1 B5 }
}`);
        expect(diagnostics).toEqual([]);
    });

    test('resources and projects defined in another file of the workspace resolve: only the link between projects, not scheduled yet, is said', async () => {
        const { diagnostics } = await diagnosticsOf(`
project rollout {
    start 2027-01-04
    task train { duration 2d assign trainer after office_move.moved }
}`, [`
resource trainer "Jo Trainer" { rate 400/d }
project office_move {
    milestone moved { }
}`]);
        expect(diagnostics.map(diagnostic => diagnostic.code)).toEqual(['proj/link-between-projects']);
    });

    test('a plan item of another project needs its project name', async () => {
        await expectDiagnostics(`
project rollout {
    task train { duration 2d after <|moved|> }
}`, UNKNOWN, 'error', ["Unknown task, milestone or phase 'moved'."], [`project office_move { milestone moved }`]);
    });

    test('two projects in one file each see their own ids, whichever is linked first', async () => {
        await expectDiagnostics(`
project p { task a { duration 1d } task a2 { duration 1d after a } }
project q { task b { duration 1d after <|a|> } task c { duration 1d after b } }`, UNKNOWN, 'error', [
            "Unknown task, milestone or phase 'a'. Did you mean 'b'?",
        ]);
    });
});
