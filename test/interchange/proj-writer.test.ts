// `projTextOf`: the .proj `proj import` writes is laid out as the formatter lays it out, and
// says each thing once, in the language's words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../language/src/generated/ast.js';
import { readMspdi } from '../../language/src/interchange/mspdi-reader.js';
import { projTextOf } from '../../language/src/interchange/proj-writer.js';
import { createTestServices } from '../support/proj-test-services.js';
import type { Services } from './support/interchange-plans.js';

let services: Services;
beforeAll(async () => {
    services = await createTestServices();
});

describe('projTextOf', () => {
    test.each(['calendars', 'work', 'progress-and-baselines', 'resources'])('the plan from %s.xml is already formatted: the formatter changes nothing', async name => {
        const text = projTextOf(readMspdi(readFileSync(join(__dirname, 'fixtures', `${name}.xml`), 'utf8')).interchange);
        const document = await parseHelper<Model>(services.Proj)(text);
        expect(document.parseResult.parserErrors).toEqual([]);
        const edits = await services.Proj.lsp.Formatter!.formatDocument(document, { textDocument: { uri: document.uri.toString() }, options: { tabSize: 4, insertSpaces: true } });
        expect(edits).toEqual([]);
    });

    test('a plan in the language\'s words: titles quoted, links with their types and signed lags, shares of a person in percent', () => {
        const text = projTextOf({
            plan: {
                id: 'plan_a', title: 'Plan "A"', start: '2027-01-04', calendar: { workdays: ['mon', 'tue', 'wed', 'thu'], holidays: [] },
                resources: [{ id: 'alex', units: 1, leave: [] }, { id: 'crew', name: 'Crew', units: 4, leave: [] }],
                items: [
                    { id: 'a', kind: 'task', duration: { amount: 1.5, unit: 'd' }, dependencies: [], constraints: [], assignments: [{ resource: 'alex', units: 0.25 }, { resource: 'crew', units: 4 }] },
                    { id: 'b', name: 'B', kind: 'milestone', dependencies: [{ predecessor: 'a', type: 'SF', lag: { amount: -2, unit: 'eh' } }, { predecessor: 'a', type: 'FS', lag: { amount: 0, unit: 'd' } }], constraints: [] },
                ],
            },
            rates: new Map([['crew', { amount: 220, per: 'd' }]]),
        });
        expect(text).toBe([
            'project plan_a "Plan \\"A\\"" {',
            '    start 2027-01-04',
            '',
            '    calendar {',
            '        workdays mon tue wed thu',
            '    }',
            '',
            '    resource alex',
            '    resource crew "Crew" {',
            '        units 4',
            '        rate 220/d',
            '    }',
            '',
            '    task a {',
            '        duration 1.5d',
            '        assign alex 25%, crew',
            '    }',
            '    milestone b "B" {',
            '        after a SF -2eh, a',
            '    }',
            '}',
            '',
        ].join('\n'));
    });
});
