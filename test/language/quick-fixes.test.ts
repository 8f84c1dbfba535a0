/**
 * Quick fixes keyed on the diagnostics' stable codes: for each, the diagnostic as validation
 * reports it is sent back as an editor would, the actions offered are checked by title, and the
 * chosen one's edit is applied to the text, which must come out exactly as expected and no longer
 * have that diagnostic.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CodeAction, CodeActionParams, Diagnostic, Range, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { QUICK_FIXES } from '../../language/src/lsp/quick-fixes/proj-code-action-provider.js';
import type { IssueCode } from '../../language/src/validation/issue-codes.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';

type Services = Awaited<ReturnType<typeof createTestServices>>;

let services: Services;

beforeAll(async () => {
    services = await createTestServices();
});

/** `text` with `edits` applied (each range is in the original text; ranges may not overlap). */
function applyEdits(text: string, edits: TextEdit[]): string {
    const lineStarts = [0];
    for (let i = 0; i < text.length; i++) {
        if (text[i] === '\n') {
            lineStarts.push(i + 1);
        }
    }
    const offsetOf = ({ line, character }: Range['start']) => {
        expect(line, 'an edit beyond the last line').toBeLessThan(lineStarts.length);
        const offset = lineStarts[line] + character;
        expect(offset, 'an edit beyond the end of its line').toBeLessThanOrEqual(line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length);
        return offset;
    };
    const sorted = edits
        .map(edit => ({ start: offsetOf(edit.range.start), end: offsetOf(edit.range.end), newText: edit.newText }))
        .sort((a, b) => a.start - b.start || a.end - b.end);
    let result = '';
    let at = 0;
    for (const edit of sorted) {
        expect(edit.start, 'overlapping edits').toBeGreaterThanOrEqual(at);
        expect(edit.end).toBeGreaterThanOrEqual(edit.start);
        result += text.slice(at, edit.start) + edit.newText;
        at = edit.end;
    }
    return result + text.slice(at);
}

/** The text edits a workspace edit makes to `uri`, whichever way it carries them. */
function editsFor(edit: WorkspaceEdit | undefined, uri: string): TextEdit[] {
    const fromChanges = edit?.changes?.[uri] ?? [];
    const fromDocumentChanges = (edit?.documentChanges ?? []).flatMap(change =>
        'textDocument' in change && change.textDocument.uri === uri ? change.edits as TextEdit[] : []);
    return [...fromChanges, ...fromDocumentChanges];
}

interface Fixes {
    text: string;
    diagnostic: Diagnostic;
    actions: CodeAction[];
    titles: string[];
    /** The text after applying the action with this title. */
    apply(title: string): string;
}

/**
 * Validates `text`, picks the diagnostic with `code` (the one on the first occurrence of `on`, if
 * given) and asks the code action provider for actions at its range, with the diagnostics there in
 * the context, as an editor sends them.
 */
async function fixesFor(text: string, code: IssueCode, on?: string, occurrence = 0): Promise<Fixes> {
    const { document, diagnostics } = await validatePlan(services, text);
    const withCode = diagnostics.filter(diagnostic => diagnostic.code === code);
    const diagnostic = on === undefined ? withCode[0] : withCode.filter(candidate => textOf(text, candidate.range) === on)[occurrence];
    expect(diagnostic, `no ${code} diagnostic${on ? ` on '${on}'` : ''} in ${JSON.stringify(diagnostics.map(d => [d.code, d.message]))}`).toBeDefined();
    const params: CodeActionParams = {
        textDocument: { uri: document.textDocument.uri },
        range: diagnostic.range,
        context: { diagnostics: [diagnostic] },
    };
    const actions = (await services.Proj.lsp.CodeActionProvider!.getCodeActions(document, params) ?? []) as CodeAction[];
    for (const action of actions) {
        expect(action.kind).toBe('quickfix');
        expect(action.diagnostics).toEqual([diagnostic]);
    }
    return {
        text,
        diagnostic,
        actions,
        titles: actions.map(action => action.title),
        apply(title: string) {
            const action = actions.find(candidate => candidate.title === title);
            expect(action, `no action '${title}' among ${JSON.stringify(actions.map(a => a.title))}`).toBeDefined();
            return applyEdits(text, editsFor(action!.edit, document.textDocument.uri));
        },
    };
}

function textOf(text: string, range: Range): string {
    const lines = text.split('\n');
    if (range.start.line !== range.end.line) {
        return '';
    }
    return lines[range.start.line].slice(range.start.character, range.end.character);
}

/** The codes of `fixed`'s diagnostics: a fix must leave no diagnostic of the code it fixed. */
async function codesOf(fixed: string): Promise<string[]> {
    return (await validatePlan(services, fixed)).diagnostics.map(diagnostic => String(diagnostic.code));
}

const preferred = (fixes: Fixes) => fixes.actions.filter(action => action.isPreferred).map(action => action.title);

describe('proj/unknown-holiday-code', () => {
    test('"Change to \'GB-ENG\'", the one close code, is the preferred fix', async () => {
        const PLAN = `project p {
    start 2027-01-04
    calendar { holidays GB-ENGL }
}`;
        const fixes = await fixesFor(PLAN, 'proj/unknown-holiday-code');
        expect(fixes.titles).toEqual(["Change to 'GB-ENG'"]);
        expect(preferred(fixes)).toEqual(["Change to 'GB-ENG'"]);
        const fixed = fixes.apply("Change to 'GB-ENG'");
        expect(fixed).toBe(PLAN.replace('GB-ENGL', 'GB-ENG'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('a diagnostic of an older text, whose code is no longer there, gets no fix', async () => {
        const PLAN = `project p {
    start 2027-01-04
    calendar { holidays GB-ENGL }
}`;
        const { diagnostics } = await validatePlan(services, PLAN);
        const stale = diagnostics.find(diagnostic => diagnostic.code === 'proj/unknown-holiday-code')!;
        const { document } = await validatePlan(services, PLAN.replace('GB-ENGL', 'FR-XX'));
        const actions = await services.Proj.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: stale.range, context: { diagnostics: [stale] },
        });
        expect(actions).toEqual([]);
    });
});

describe('proj/over-allocated', () => {
    test('"Level the plan" adds the level statement after the start date, and the over-allocation goes', async () => {
        const PLAN = `project p {
    start 2027-01-04
    resource crew { units 4 }
    task fitout { duration 5d assign crew 3 }
    task briefing { duration 3d assign crew 2 }
}`;
        const fixes = await fixesFor(PLAN, 'proj/over-allocated', 'crew');
        expect(fixes.titles).toEqual(["Level the plan (add 'level' to project p)"]);
        expect(preferred(fixes)).toEqual(["Level the plan (add 'level' to project p)"]);
        const levelled = fixes.apply("Level the plan (add 'level' to project p)");
        expect(levelled).toBe(PLAN.replace('    start 2027-01-04\n', '    start 2027-01-04\n    level\n'));
        expect(await codesOf(levelled)).toEqual([]);
    });

    test('in a project on one line, level goes beside the start date; a levelled plan is offered nothing', async () => {
        const PLAN = `project p { start 2027-01-04 resource alex task a { duration 2d assign alex } task b { duration 2d assign alex } }`;
        const fixes = await fixesFor(PLAN, 'proj/over-allocated', 'alex');
        expect(fixes.apply("Level the plan (add 'level' to project p)")).toBe(PLAN.replace('start 2027-01-04 resource', 'start 2027-01-04 level resource'));
        // Levelling cannot move started work: what is over stays, and levelling again is no fix.
        const started = `project p {
    start 2027-01-04
    level
    resource alex
    task a { duration 2d assign alex progress 50% }
    task b { duration 2d assign alex progress 50% }
}`;
        expect((await fixesFor(started, 'proj/over-allocated', 'alex')).titles).toEqual([]);
    });
});

describe('proj/unknown-reference', () => {
    const PLAN = `project p {
    start 2027-01-04
    phase delivery {
        task survey { duration 1d }
        task fitout { duration 2d after survy }   // waits for the survey
        task it { duration 1d after fitout }
    }
}`;

    test('a typo of a predecessor: change it to the closest id, or create the task', async () => {
        const fixes = await fixesFor(PLAN, 'proj/unknown-reference', 'survy');
        expect(fixes.titles).toEqual(["Change to 'survey'", "Create task 'survy'"]);
        expect(preferred(fixes)).toEqual(["Change to 'survey'"]);
        const changed = fixes.apply("Change to 'survey'");
        expect(changed).toBe(PLAN.replace('after survy', 'after survey'));
        expect(await codesOf(changed)).not.toContain('proj/unknown-reference');
    });

    test('"Create task" adds the task after the item that waits for it, at its indentation, its comment kept', async () => {
        const fixes = await fixesFor(PLAN, 'proj/unknown-reference', 'survy');
        const created = fixes.apply("Create task 'survy'");
        expect(created).toBe(`project p {
    start 2027-01-04
    phase delivery {
        task survey { duration 1d }
        task fitout { duration 2d after survy }   // waits for the survey
        task survy { duration 1d }
        task it { duration 1d after fitout }
    }
}`);
        expect(await codesOf(created)).toEqual([]);
    });

    test('"Create task" after an item of several lines, straight in the project', async () => {
        const text = `project p {
    start 2027-01-04
    milestone done {
        after landlord
    }
}`;
        const fixes = await fixesFor(text, 'proj/unknown-reference', 'landlord');
        expect(fixes.titles).toEqual(["Create task 'landlord'"]);
        expect(preferred(fixes)).toEqual([]);
        const created = fixes.apply("Create task 'landlord'");
        expect(created).toBe(`project p {
    start 2027-01-04
    milestone done {
        after landlord
    }
    task landlord { duration 1d }
}`);
        expect(await codesOf(created)).toEqual([]);
    });

    test('"Create task" beside an item that shares its line with more', async () => {
        const text = `project p { start 2027-01-04 phase one { task a { duration 1d after b } } }`;
        const created = (await fixesFor(text, 'proj/unknown-reference', 'b')).apply("Create task 'b'");
        expect(created).toBe(`project p { start 2027-01-04 phase one { task a { duration 1d after b } task b { duration 1d } } }`);
        expect(await codesOf(created)).toEqual([]);
    });

    test('"Create task" keeps the file\'s CRLF line breaks', async () => {
        const text = 'project p {\r\n    start 2027-01-04\r\n    task a { duration 1d after b }\r\n}\r\n';
        const created = (await fixesFor(text, 'proj/unknown-reference', 'b')).apply("Create task 'b'");
        expect(created).toBe('project p {\r\n    start 2027-01-04\r\n    task a { duration 1d after b }\r\n    task b { duration 1d }\r\n}\r\n');
    });

    test('no "Create task" when the id already names something else in the project', async () => {
        const text = `project p {
    start 2027-01-04
    resource crew
    task a { duration 1d after crew }
}`;
        expect((await fixesFor(text, 'proj/unknown-reference', 'crew')).titles).toEqual([]);
    });

    test('several near misses: one "Change to" each, none preferred', async () => {
        const text = `project p {
    start 2027-01-04
    task ab { duration 1d }
    task ac { duration 1d }
    task fitout { duration 1d after a }
}`;
        const fixes = await fixesFor(text, 'proj/unknown-reference', 'a');
        expect(fixes.titles).toEqual(["Change to 'ab'", "Change to 'ac'", "Create task 'a'"]);
        expect(preferred(fixes)).toEqual([]);
        expect(fixes.apply("Change to 'ac'")).toBe(text.replace('after a', 'after ac'));
    });

    test('an unknown resource, owner or KSB code can be changed to the closest, not created', async () => {
        const text = `project p {
    start 2027-01-04
    resource alex "Alex"
    stakeholder finance
    task a { duration 1d assign alexx ksb K32 }
    risk r { likelihood 2 impact 2 owner financ response accept }
}`;
        const resource = await fixesFor(text, 'proj/unknown-reference', 'alexx');
        expect(resource.titles).toEqual(["Change to 'alex'"]);
        const assigned = resource.apply("Change to 'alex'");
        expect(assigned).toBe(text.replace('assign alexx', 'assign alex'));

        const owner = await fixesFor(text, 'proj/unknown-reference', 'financ');
        expect(owner.titles).toEqual(["Change to 'finance'"]);
        expect(owner.apply("Change to 'finance'")).toBe(text.replace('owner financ', 'owner finance'));

        const ksb = await fixesFor(text, 'proj/unknown-reference', 'K32');
        // The first is the one "Did you mean" names; a few more near misses follow.
        expect(ksb.diagnostic.message).toBe("Unknown KSB code 'K32'. Did you mean 'K2'?");
        expect(ksb.titles[0]).toBe("Change to 'K2'");
        expect(ksb.titles.length).toBe(3);
        expect(ksb.titles.every(title => /^Change to 'K\d+'$/.test(title))).toBe(true);
        const linked = ksb.apply("Change to 'K2'");
        expect(linked).toBe(text.replace('ksb K32', 'ksb K2'));
        expect((await validatePlan(services, linked)).diagnostics.filter(d => d.code === 'proj/unknown-reference').map(d => d.message))
            .toEqual(["Unknown resource 'alexx'. Did you mean 'alex'?", "Unknown resource or stakeholder 'financ'. Did you mean 'finance'?"]);
    });

    test('a diagnostic of an older text, whose id is no longer there, gets no fix', async () => {
        const { diagnostics } = await validatePlan(services, PLAN);
        const stale = diagnostics.find(diagnostic => diagnostic.code === 'proj/unknown-reference')!;
        const { document } = await validatePlan(services, PLAN.replace('after survy', 'after surve'));
        const actions = await services.Proj.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: stale.range, context: { diagnostics: [stale] },
        });
        expect(actions).toEqual([]);
    });
});

describe('proj/cycle', () => {
    const CYCLE = `project p {
    start 2027-01-04
    task a { duration 1d after c }
    task b {
        duration 1d
        after a
    }
    task c { duration 1d after start_up, b SS +1d }
    task start_up { duration 1d }
}`;

    test('the one problem of a cycle offers the removal of each of its dependencies, the one it is on first', async () => {
        const fixes = await fixesFor(CYCLE, 'proj/cycle', 'c');
        expect(fixes.titles).toEqual(['Remove the dependency c → a', 'Remove the dependency a → b', 'Remove the dependency b → c']);
        expect(preferred(fixes)).toEqual([]);
    });

    test('the only predecessor of an `after` on a line with more: the `after` goes, the rest stays', async () => {
        const fixed = (await fixesFor(CYCLE, 'proj/cycle', 'c')).apply('Remove the dependency c → a');
        expect(fixed).toBe(CYCLE.replace('task a { duration 1d after c }', 'task a { duration 1d }'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('an `after` on a line of its own: the line goes', async () => {
        const fixed = (await fixesFor(CYCLE, 'proj/cycle', 'c')).apply('Remove the dependency a → b');
        expect(fixed).toBe(CYCLE.replace('        duration 1d\n        after a\n', '        duration 1d\n'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('the last of several predecessors: it goes with its comma, type and lag', async () => {
        const fixed = (await fixesFor(CYCLE, 'proj/cycle', 'c')).apply('Remove the dependency b → c');
        expect(fixed).toBe(CYCLE.replace('after start_up, b SS +1d }', 'after start_up }'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('the first of several predecessors: it goes with its comma, the next one stays', async () => {
        const text = `project p {
    start 2027-01-04
    task a { duration 1d after b FF, start_up /* kick-off */ }
    task b { duration 1d after a }
    task start_up { duration 1d }
}`;
        const fixes = await fixesFor(text, 'proj/cycle', 'b');
        expect(fixes.titles).toEqual(['Remove the dependency b → a', 'Remove the dependency a → b']);
        const fixed = fixes.apply('Remove the dependency b → a');
        expect(fixed).toBe(text.replace('after b FF, start_up', 'after start_up'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('a predecessor in the middle of a list spread over lines', async () => {
        const text = `project p {
    start 2027-01-04
    task a {
        duration 1d
        after start_up,
              b,
              other
    }
    task b { duration 1d after a }
    task start_up { duration 1d }
    task other { duration 1d }
}`;
        const fixed = (await fixesFor(text, 'proj/cycle', 'b')).apply('Remove the dependency b → a');
        expect(fixed).toBe(text.replace('after start_up,\n              b,\n', 'after start_up,\n'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('a dependency on the item itself: its removal is the preferred fix', async () => {
        const text = `project p {
    start 2027-01-04
    task a { duration 1d after a }
}`;
        const fixes = await fixesFor(text, 'proj/self-dependency', 'a', 0);
        expect(fixes.titles).toEqual(['Remove the dependency a → a']);
        expect(preferred(fixes)).toEqual(['Remove the dependency a → a']);
        const fixed = fixes.apply('Remove the dependency a → a');
        expect(fixed).toBe(text.replace(' after a', ''));
        expect(await codesOf(fixed)).toEqual([]);
    });
});

describe('proj/missing-owner', () => {
    const PEOPLE = `project p {
    start 2027-01-04
    resource alex "Alex Smith"
    stakeholder finance "Finance"
    resource crew { rate 220/d }
`;

    test('one "Add owner" per resource, then per stakeholder; in a one-line block, beside the last property', async () => {
        const text = `${PEOPLE}    risk lease "Lease delay" { likelihood 3 impact 4 response reduce }
}`;
        const fixes = await fixesFor(text, 'proj/missing-owner');
        expect(fixes.titles).toEqual(['Add owner alex', 'Add owner crew', 'Add owner finance']);
        expect(preferred(fixes)).toEqual([]);
        const fixed = fixes.apply('Add owner finance');
        expect(fixed).toBe(text.replace('response reduce }', 'response reduce owner finance }'));
        expect(await codesOf(fixed)).not.toContain('proj/missing-owner');
    });

    test('an entry with no block gets `{ owner id }`, its comment kept', async () => {
        const text = `${PEOPLE}    issue parking "Permits late" // chase the council
}`;
        const fixed = (await fixesFor(text, 'proj/missing-owner')).apply('Add owner alex');
        expect(fixed).toBe(text.replace('"Permits late" //', '"Permits late" { owner alex } //'));
        expect(await codesOf(fixed)).not.toContain('proj/missing-owner');
    });

    test('a benefit without an owner gets the same fix', async () => {
        const text = `${PEOPLE}    benefit rent "Lower rent" { value 25000/year measure "Rent paid" }
}`;
        const fixed = (await fixesFor(text, 'proj/benefit-without-owner')).apply('Add owner finance');
        expect(fixed).toBe(text.replace('measure "Rent paid" }', 'measure "Rent paid" owner finance }'));
        expect(await codesOf(fixed)).not.toContain('proj/benefit-without-owner');
    });

    test('an empty block', async () => {
        const text = `${PEOPLE}    issue parking {}
}`;
        const fixed = (await fixesFor(text, 'proj/missing-owner')).apply('Add owner crew');
        expect(fixed).toBe(text.replace('issue parking {}', 'issue parking { owner crew }'));
    });

    test('a block of several lines: a line of its own before the closing brace, indented as the others', async () => {
        const text = `${PEOPLE}    change extra_floor "Add second floor" {
        raised 2027-02-01   // from the board
        impact 5d
    }
}`;
        const fixes = await fixesFor(text, 'proj/missing-owner');
        const fixed = fixes.apply('Add owner alex');
        expect(fixed).toBe(text.replace('        impact 5d\n    }', '        impact 5d\n        owner alex\n    }'));
        expect(await codesOf(fixed)).not.toContain('proj/missing-owner');
    });

    test('a few candidates at most, resources first', async () => {
        const text = `project p {
    start 2027-01-04
    stakeholder s1
    stakeholder s2
    resource r1
    resource r2
    resource r3
    resource r4
    risk r { likelihood 1 impact 1 }
}`;
        expect((await fixesFor(text, 'proj/missing-owner')).titles).toEqual(['Add owner r1', 'Add owner r2', 'Add owner r3', 'Add owner r4', 'Add owner s1']);
    });

    test('a project with nobody in it offers nothing', async () => {
        expect((await fixesFor(`project p {\n    start 2027-01-04\n    issue i\n}`, 'proj/missing-owner')).titles).toEqual([]);
    });
});

describe('proj/response-type', () => {
    test('a threat with an opportunity\'s response: each threat response, the counterpart first and preferred', async () => {
        const text = `project p {
    start 2027-01-04
    resource alex
    risk lift "Lift too small" { likelihood 4 impact 4 owner alex response exploit "Hire a hoist" }
}`;
        const fixes = await fixesFor(text, 'proj/response-type');
        expect(fixes.titles).toEqual([
            "Change the response to 'avoid'",
            "Change the response to 'reduce'",
            "Change the response to 'transfer'",
            "Change the response to 'accept'",
        ]);
        expect(preferred(fixes)).toEqual(["Change the response to 'avoid'"]);
        const fixed = fixes.apply("Change the response to 'transfer'");
        expect(fixed).toBe(text.replace('response exploit "Hire a hoist"', 'response transfer "Hire a hoist"'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('an opportunity with a threat\'s response', async () => {
        const text = `project p {
    start 2027-01-04
    resource alex
    opportunity keys { likelihood 2 impact 3 owner alex response reduce }
}`;
        const fixes = await fixesFor(text, 'proj/response-type');
        expect(fixes.titles).toEqual([
            "Change the response to 'enhance'",
            "Change the response to 'exploit'",
            "Change the response to 'share'",
            "Change the response to 'accept'",
        ]);
        const fixed = fixes.apply("Change the response to 'enhance'");
        expect(fixed).toBe(text.replace('response reduce', 'response enhance'));
        expect(await codesOf(fixed)).toEqual([]);
    });
});

describe('proj/milestone-duration', () => {
    const TEXT = `project p {
    start 2027-01-04
    task a { duration 1d }
    milestone done "Done" { duration 2d after a }   // signed off
}`;

    test('convert the milestone to a task, or remove the duration', async () => {
        const fixes = await fixesFor(TEXT, 'proj/milestone-duration');
        expect(fixes.titles).toEqual(['Convert milestone to a task', 'Remove the duration']);
        expect(preferred(fixes)).toEqual([]);
        const converted = fixes.apply('Convert milestone to a task');
        expect(converted).toBe(TEXT.replace('milestone done', 'task done'));
        expect(await codesOf(converted)).toEqual([]);
        const removed = fixes.apply('Remove the duration');
        expect(removed).toBe(TEXT.replace('{ duration 2d after a }', '{ after a }'));
        expect(await codesOf(removed)).toEqual([]);
    });

    test('an estimate is removed whole; converting is offered once for both diagnostics', async () => {
        const text = `project p {
    start 2027-01-04
    milestone done {
        duration 1d
        estimate 1d 2d 3d   // PERT
    }
}`;
        const { document, diagnostics } = await validatePlan(services, text);
        const both = diagnostics.filter(diagnostic => diagnostic.code === 'proj/milestone-duration');
        expect(both.length).toBe(2);
        const actions = await services.Proj.lsp.CodeActionProvider!.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri },
            range: { start: both[0].range.start, end: both[1].range.end },
            context: { diagnostics: both },
        }) as CodeAction[];
        expect(actions.map(action => action.title)).toEqual(['Convert milestone to a task', 'Remove the duration', 'Remove the estimate']);
        const removed = applyEdits(text, editsFor(actions[2].edit, document.textDocument.uri));
        // The comment stays, where it was.
        expect(removed).toBe(text.replace('        estimate 1d 2d 3d   // PERT\n', '        // PERT\n'));
    });
});

describe('proj/estimate-order', () => {
    test('reorder the three points, smallest first, each keeping its text', async () => {
        const text = `project p {
    start 2027-01-04
    task a { estimate 5d /* was 4d */ 2d 1w }
}`;
        const fixes = await fixesFor(text, 'proj/estimate-order');
        expect(fixes.titles).toEqual(['Reorder the estimate to 2d 5d 1w']);
        expect(preferred(fixes)).toEqual(fixes.titles);
        const fixed = fixes.apply('Reorder the estimate to 2d 5d 1w');
        expect(fixed).toBe(text.replace('estimate 5d /* was 4d */ 2d 1w', 'estimate 2d /* was 4d */ 5d 1w'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('weeks are the calendar\'s working weeks', async () => {
        const text = `project p {
    start 2027-01-04
    calendar { workdays mon tue wed }
    task a { estimate 1w 4d 2d }
}`;
        const fixed = (await fixesFor(text, 'proj/estimate-order')).apply('Reorder the estimate to 2d 1w 4d');
        expect(fixed).toBe(text.replace('estimate 1w 4d 2d', 'estimate 2d 1w 4d'));
        expect(await codesOf(fixed)).toEqual([]);
    });
});

describe('proj/duplicate-property', () => {
    test('remove the ignored, earlier value with its keyword', async () => {
        const text = `project p {
    start 2027-01-04
    task a { duration 1d cost 500 duration 2d }
}`;
        const fixes = await fixesFor(text, 'proj/duplicate-property');
        expect(fixes.titles).toEqual(['Remove the ignored duration']);
        expect(preferred(fixes)).toEqual(fixes.titles);
        const fixed = fixes.apply('Remove the ignored duration');
        expect(fixed).toBe(text.replace('{ duration 1d cost 500', '{ cost 500'));
        expect(await codesOf(fixed)).toEqual([]);
    });

    test('a statement of several parts goes whole, on its own line too', async () => {
        const text = `project p {
    start 2027-01-04
    resource crew {
        rate 200 / d    // last year's
        rate 220/d
    }
    risk r {
        likelihood 3 impact 3 owner crew response reduce
        residual likelihood 3 impact 2 residual likelihood 2 impact 2
    }
}`;
        const rate = await fixesFor(text, 'proj/duplicate-property', '200');
        expect(rate.titles).toEqual(['Remove the ignored rate']);
        const fixedRate = rate.apply('Remove the ignored rate');
        expect(fixedRate).toBe(text.replace("        rate 200 / d    // last year's\n", "        // last year's\n"));
        expect(await codesOf(fixedRate)).toEqual(['proj/duplicate-property', 'proj/duplicate-property']);

        // The rate's unit was given twice too: its diagnostic offers the same fix.
        expect((await fixesFor(text, 'proj/duplicate-property', 'd')).titles).toEqual(['Remove the ignored rate']);

        const residual = await fixesFor(text, 'proj/duplicate-property', '3');
        expect(residual.titles).toEqual(['Remove the ignored residual likelihood']);
        const fixedResidual = residual.apply('Remove the ignored residual likelihood');
        expect(fixedResidual).toBe(text.replace('residual likelihood 3 impact 2 residual', 'residual'));
        expect(await codesOf(fixedResidual)).toEqual(['proj/duplicate-property', 'proj/duplicate-property']);
    });

    test('not offered when the statement holds another value that is used', async () => {
        const text = `project p {
    start 2027-01-04
    resource alex
    risk r { likelihood 2 impact 2 owner alex response reduce "Negotiate an exit clause" response avoid }
}`;
        expect((await fixesFor(text, 'proj/duplicate-property')).titles).toEqual([]);
    });
});

describe('the provider', () => {
    test('offers nothing when the editor asks only for other kinds of action', async () => {
        const text = `project p {\n    start 2027-01-04\n    task a { duration 1d after landlord }\n}`;
        const { document, diagnostics } = await validatePlan(services, text);
        const provider = services.Proj.lsp.CodeActionProvider!;
        const ask = (only?: string[]) => provider.getCodeActions(document, {
            textDocument: { uri: document.textDocument.uri }, range: diagnostics[0].range, context: { diagnostics, only },
        }) as CodeAction[];
        expect(ask(['refactor'])).toEqual([]);
        expect(ask(['quickfix']).map(action => action.title)).toEqual(["Create task 'landlord'"]);
        expect(ask().map(action => action.title)).toEqual(["Create task 'landlord'"]);
    });

    test('never throws and every edit applies, on any prefix of a plan full of fixable problems, with current or stale diagnostics', async () => {
        const broken = `project p {
    start 2027-01-04
    calendar { holidays GB-ENGL }
    resource alex "Alex" { rate 300/d rate 350/d }
    stakeholder finance
    phase one {
        task a { duration 1d duration 2d after c, survy }
        task b { estimate 5d 2d 3d after a }
        task c { duration 1d after b SS +1d, a }
        milestone m { duration 2d after m }
    }
    task survey { duration 1d assign alexx ksb K32 }
    task brief { duration 1d assign alex }
    task train { duration 1d assign alex }
    risk r { likelihood 2 impact 2 response exploit }
    issue i
    benefit gain { measure "Rent paid" }
    change ch "Change" { raised 2027-01-05
    }
}
`;
        // Over-allocation is computed from the schedule, so it waits while the plan has errors: it comes from a plan without.
        const overAllocated = `project q {
    start 2027-01-04
    resource alex "Alex" { rate 300/d }
    task brief { duration 1d assign alex }
    task train { duration 1d assign alex }
}
`;
        const full = [...(await validatePlan(services, broken)).diagnostics, ...(await validatePlan(services, overAllocated)).diagnostics];
        const fixable = full.filter(diagnostic => QUICK_FIXES[diagnostic.code as IssueCode]);
        expect(new Set(fixable.map(diagnostic => diagnostic.code))).toEqual(new Set(Object.keys(QUICK_FIXES)));
        const examples = readdirSync(join(__dirname, '..', '..', 'examples')).filter(name => name.endsWith('.proj'))
            .map(name => readFileSync(join(__dirname, '..', '..', 'examples', name), 'utf8'));
        for (const plan of [broken, ...examples]) {
            for (let cut = 0; cut <= plan.length; cut += plan === broken ? 7 : 61) {
                const text = plan.slice(0, cut);
                const { document, diagnostics } = await validatePlan(services, text);
                // The fixes themselves, not the provider (which would hide a throw), on each diagnostic.
                for (const diagnostic of [...diagnostics, ...fixable]) {
                    for (const fix of QUICK_FIXES[diagnostic.code as IssueCode] ?? []) {
                        const actions = fix({ document, diagnostic });
                        for (const action of actions) {
                            applyEdits(text, editsFor(action.edit, document.textDocument.uri));
                        }
                    }
                }
            }
        }
    });
});
