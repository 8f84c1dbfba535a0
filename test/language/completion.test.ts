import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { clearDocuments, expectCompletion } from 'langium/test';
import { describe, expect, test, vi } from 'vitest';
import { CompletionItemKind, InsertTextFormat, type CompletionItem, type CompletionList, type MarkupContent } from 'vscode-languageserver';
import { MAX_REFERENCE_ITEMS } from '../../language/src/lsp/completion/reference-items.js';
import { ProjCompletionProvider } from '../../language/src/lsp/completion/proj-completion-provider.js';
import { useParsedDocuments } from '../support/parsed-documents.js';

const { services, parse, clear } = useParsedDocuments();

/** The completion list at `<|>` in `source`, with `others` (plans it may reference) in the workspace. */
async function completionAt(source: string, others: string[] = [], provider = services.Proj.lsp.CompletionProvider!): Promise<CompletionList> {
    const offset = source.indexOf('<|>');
    for (const other of others) {
        await parse(other);
    }
    const document = await parse(source.replace('<|>', ''));
    const list = await provider.getCompletion(document, { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) });
    // Each call sees its own plans only.
    await clear();
    return list ?? { isIncomplete: false, items: [] };
}

/** The items in the order the editor shows them when nothing more is typed. */
async function itemsAt(source: string, others: string[] = []): Promise<CompletionItem[]> {
    const { items } = await completionAt(source, others);
    return [...items].sort((a, b) => (a.sortText ?? a.label).localeCompare(b.sortText ?? b.label));
}

/** The labels offered, snippets left out. */
async function labelsAt(source: string, others: string[] = []): Promise<string[]> {
    return (await itemsAt(source, others)).filter(item => item.kind !== CompletionItemKind.Snippet).map(item => item.label);
}

function item(items: CompletionItem[], label: string, kind?: CompletionItemKind): CompletionItem {
    const found = items.find(candidate => candidate.label === label && (kind === undefined || candidate.kind === kind));
    expect(found, `'${label}' is offered`).toBeDefined();
    return found!;
}

function documentation(item: CompletionItem): string {
    return typeof item.documentation === 'string' ? item.documentation : (item.documentation as MarkupContent | undefined)?.value ?? '';
}

const PROJECT_STATEMENTS = ['start', 'status', 'deadline', 'schedule', 'currency', 'lifecycle', 'structure', 'budget', 'baseline', 'level', 'tolerance', 'calendar', 'objective', 'kpi',
    'resource', 'stakeholder', 'phase', 'task', 'milestone', 'risk', 'opportunity', 'change', 'issue', 'lesson', 'quality', 'ksb',
    'contingency', 'reserve', 'discount', 'appraisal', 'option', 'benefit', 'includes', 'excludes', 'deliverable',
    'distribution', 'uncertainty'];
const TASK_PROPERTIES = ['duration', 'estimate', 'after', 'start', 'finish', 'actual', 'assign', 'cost', 'spent', 'progress', 'calendar', 'priority', 'schedule', 'deadline', 'ksb',
    'produces', 'distribution', 'uncertainty'];

describe('keywords: only what is valid at the cursor', () => {
    test('in a project, the project\'s statements; in a task, the task\'s properties', async () => {
        expect((await labelsAt('project p {\n    <|>\n}')).sort()).toEqual([...PROJECT_STATEMENTS].sort());
        expect((await labelsAt('project p {\n    task a { <|> }\n}')).sort()).toEqual([...TASK_PROPERTIES].sort());
    });

    test('at the top of a file, what a file holds', async () => {
        expect(await labelsAt('<|>')).toEqual(['project', 'resource', 'standard']);
    });

    test('after `after a ` the four dependency types come first, each saying what it means, then the other properties', async () => {
        const items = await itemsAt('project p {\n    task a\n    task b { after a <|> }\n}');
        expect(items.slice(0, 4).map(candidate => candidate.label)).toEqual(['FS', 'SS', 'FF', 'SF']);
        expect(item(items, 'FS').detail).toBe('finish-to-start (the default link)');
        expect(item(items, 'SS').detail).toBe('start-to-start');
        expect(documentation(item(items, 'FF'))).toContain('finish ≥ predecessor\'s finish + lag');
        expect(documentation(item(items, 'SF'))).toContain('finish ≥ predecessor\'s start + lag');
        expect(items.map(candidate => candidate.label)).toContain('assign');
    });

    test('after `start no`, `earlier` and `later`, each saying the constraint it makes', async () => {
        const items = await itemsAt('project p {\n    task a { start no <|> }\n}');
        expect(items.map(candidate => [candidate.label, candidate.detail])).toEqual([['earlier', 'start no earlier than'], ['later', 'start no later than']]);
        expect(documentation(items[1])).toContain('The work must start by the date.');
    });

    test('after `response`, the responses that fit a threat, or an opportunity', async () => {
        expect(await labelsAt('project p {\n    risk r { response <|> }\n}')).toEqual(['avoid', 'reduce', 'transfer', 'accept']);
        expect(await labelsAt('project p {\n    opportunity o { response <|> }\n}')).toEqual(['exploit', 'enhance', 'share', 'accept']);
    });

    test('after `power` and `interest`, low, medium and high in that order; after `severity`, up to critical', async () => {
        expect(await labelsAt('project p {\n    stakeholder s { power <|> }\n}')).toEqual(['low', 'medium', 'high']);
        expect(await labelsAt('project p {\n    stakeholder s { power high interest <|> }\n}')).toEqual(['low', 'medium', 'high']);
        expect(await labelsAt('project p {\n    issue i { severity <|> }\n}')).toEqual(['low', 'medium', 'high', 'critical']);
    });

    test('a property already given is not offered again (validation would ignore one); `actual` stays while `actual finish` is missing', async () => {
        const task = await labelsAt('project p {\n    task a { duration 5d actual start 2027-01-04 <|> }\n}');
        expect(task).not.toContain('duration');
        expect(task).toContain('actual');
        expect(task).toContain('after');
        expect(await labelsAt('project p {\n    start 2027-01-04\n    <|>\n}')).not.toContain('start');
        expect(await labelsAt('project p {\n    task a { actual start 2027-01-04 actual finish 2027-01-05 <|> }\n}')).not.toContain('actual');
    });

    test('in a resource, its properties; `leave` again and again, `calendar`, `priority` and `level` once', async () => {
        expect((await labelsAt('project p {\n    resource crew { <|> }\n}')).sort()).toEqual(['calendar', 'ksb', 'leave', 'rate', 'role', 'units']);
        expect((await labelsAt('resource crew { units 4 leave 2027-03-01 <|> }')).sort()).toEqual(['calendar', 'ksb', 'leave', 'rate', 'role', 'to']);
        expect(await labelsAt('project p {\n    calendar c { }\n    resource crew { calendar c <|> }\n}')).not.toContain('calendar');
        const task = await labelsAt('project p {\n    calendar c { }\n    task a { calendar c priority 700 <|> }\n}');
        expect(task).not.toContain('calendar');
        expect(task).not.toContain('priority');
        expect(task).toContain('assign');
        expect(await labelsAt('project p {\n    level\n    <|>\n}')).not.toContain('level');
        expect(await labelsAt('project p {\n    start 2027-01-04\n    <|>\n}')).toContain('level');
    });

    test('`level`, `leave`, `priority` and a task\'s `calendar` say what they are for', async () => {
        expect(item(await itemsAt('project p {\n    <|>\n}'), 'level').detail).toBe('level the plan');
        expect(item(await itemsAt('project p {\n    resource r { <|> }\n}'), 'leave').detail).toBe('days the resource is away');
        const task = await itemsAt('project p {\n    task a { <|> }\n}');
        expect(item(task, 'priority').detail).toBe('which work levelling delays first');
        expect(item(task, 'calendar').detail).toBe('the work\'s own calendar');
    });

    test('a keyword being retyped in place is still offered', async () => {
        expect(await labelsAt('project p {\n    task a { dur<|>ation 5d }\n}')).toContain('duration');
    });

    test('keywords say what they are for', async () => {
        const items = await itemsAt('project p {\n    task a { <|> }\n}');
        expect(item(items, 'duration').detail).toBe('how long the task takes');
        expect(documentation(item(items, 'duration'))).toContain('working days');
        expect(item(items, 'estimate').detail).toBe('three-point estimate');
    });

    test('nothing inside a comment or a string', async () => {
        expect(await labelsAt('project p {\n    task a // what <|>\n}')).toEqual([]);
        expect(await labelsAt('project p {\n    task a "Fit<|>-out"\n}')).toEqual([]);
        expect(await labelsAt('project p {\n    /* a\n       <|> */\n}')).toEqual([]);
    });
});

const officePlan = `
project move {
    start 2027-01-04
    resource alex "Alex Smith" { role "Associate project manager" rate 350/d }
    stakeholder finance "Finance directorate" { power high interest high }
    objective on_time "In Leeds by June"
    phase delivery "Delivery" {
        task survey "Site survey" { duration 3d }
        milestone ready "Ready to fit out" { after survey }
        task fitout "Fit-out" { duration 10d after <|> }
    }
    task signage { duration 2d }
}`;

describe('ids by kind', () => {
    test('after `after`: the tasks, milestones and phases of the project, never the item itself nor its own phase', async () => {
        expect((await labelsAt(officePlan)).sort()).toEqual(['ready', 'signage', 'survey']);
    });

    test('nearest first: the items just above, then those below', async () => {
        expect(await labelsAt(officePlan)).toEqual(['ready', 'survey', 'signage']);
    });

    test('each with its kind as detail, its title and computed dates as documentation', async () => {
        const items = await itemsAt(officePlan);
        expect(item(items, 'survey').detail).toBe('task');
        expect(item(items, 'survey').kind).toBe(CompletionItemKind.Method);
        expect(documentation(item(items, 'survey'))).toBe('**Site survey**\n\nMon 4 Jan 2027 → Wed 6 Jan 2027 · 3 working days · float 7');
        expect(item(items, 'ready').detail).toBe('milestone');
        expect(documentation(item(items, 'ready'))).toBe('**Ready to fit out**\n\nWed 6 Jan 2027 · float 7');
        expect(item(items, 'survey').labelDetails?.description).toBe('Site survey');
    });

    test('a predecessor already listed is not offered again, but the one being typed is', async () => {
        expect(await labelsAt(officePlan.replace('after <|>', 'after survey, <|>'))).toEqual(['ready', 'signage']);
        expect(await labelsAt(officePlan.replace('after <|>', 'after sur<|>'))).toEqual(['survey']);
    });

    test('typing `.` completes the id after a project\'s name, not after a number', async () => {
        const other = 'project office { task lease }';
        const typedDot = { triggerKind: 2, triggerCharacter: '.' } as const;
        const document = await parse(other);
        const at = async (source: string) => {
            const plan = await parse(source.replace('<|>', ''));
            const list = await services.Proj.lsp.CompletionProvider!.getCompletion(plan, {
                textDocument: { uri: plan.uri.toString() }, position: plan.textDocument.positionAt(source.indexOf('<|>')), context: typedDot,
            });
            await clearDocuments(services.shared, [plan]);
            return list!.items.map(candidate => candidate.label);
        };
        expect(await at('project p {\n    task a { after office.<|> }\n}')).toEqual(['office.lease']);
        expect(await at('project p {\n    tolerance { cpi 0.<|> }\n}')).toEqual([]);
        await clearDocuments(services.shared, [document]);
    });

    test('the work of another project as `project.id`, after the project\'s own', async () => {
        const other = 'project office { task lease "Sign the lease" { duration 1d } milestone keys }';
        expect(await labelsAt(officePlan, [other])).toEqual(['ready', 'survey', 'signage', 'office.lease', 'office.keys']);
        const items = await itemsAt(officePlan.replace('after <|>', 'after office.<|>'), [other]);
        expect(items.map(candidate => candidate.label)).toEqual(['office.lease', 'office.keys']);
        expect(item(items, 'office.lease').detail).toBe('task of project office');
        expect(item(items, 'office.lease').textEdit).toMatchObject({ newText: 'office.lease' });
    });

    test('after `assign`, resources; after `owner`, resources and stakeholders', async () => {
        const assign = await itemsAt(officePlan.replace('after <|>', 'assign <|>'));
        expect(assign.map(candidate => candidate.label)).toEqual(['alex']);
        expect(assign[0].detail).toBe('resource');
        expect(documentation(assign[0])).toBe('**Alex Smith**\n\nAssociate project manager · rate 350/d');
        const owners = await itemsAt(officePlan.replace('after <|>', '').replace('}\n}', '}\n    risk late { owner <|> }\n}'));
        expect(owners.map(candidate => [candidate.label, candidate.detail])).toEqual([['alex', 'resource'], ['finance', 'stakeholder']]);
        expect(documentation(item(owners, 'finance'))).toBe('**Finance directorate**\n\npower high · interest high');
    });

    test('after `calendar` in a resource, a task or a milestone, the project\'s named calendars with their week and holidays', async () => {
        const plan = (line: string) => `project p {
    calendar { workdays mon tue wed thu }
    calendar shifts { workdays mon tue wed thu fri sat holiday 2027-12-24 holiday 2027-12-31 }
    calendar nights { workdays mon tue }
    ${line}
}`;
        const inResource = await itemsAt(plan('resource crew { units 4 calendar <|> }'));
        expect(inResource.map(candidate => [candidate.label, candidate.detail])).toEqual([['shifts', 'calendar'], ['nights', 'calendar']]);
        expect(documentation(item(inResource, 'shifts'))).toBe('workdays mon tue wed thu fri sat · 2 holidays');
        expect(documentation(item(inResource, 'nights'))).toBe('workdays mon tue');
        expect(await labelsAt(plan('task a { duration 1d calendar n<|> }'))).toEqual(['nights']);
        expect(await labelsAt(plan('milestone m { calendar <|> }'))).toEqual(['shifts', 'nights']);
    });

    test('after `affects` and a quality\'s `for`, the plan\'s work; after a KPI\'s `for`, its objectives', async () => {
        const withRegisters = (line: string) => officePlan.replace('after <|>', '').replace('}\n}', `}\n    ${line}\n}`);
        expect((await labelsAt(withRegisters('risk late { affects fitout, <|> }'))).sort()).toEqual(['delivery', 'ready', 'signage', 'survey']);
        expect((await labelsAt(withRegisters('quality signoff { for <|> }'))).sort()).toEqual(['delivery', 'fitout', 'ready', 'signage', 'survey']);
        const objectives = await itemsAt(withRegisters('kpi days { for <|> }'));
        expect(objectives.map(candidate => [candidate.label, candidate.detail])).toEqual([['on_time', 'objective']]);
    });

    test(`a large plan sends the ${MAX_REFERENCE_ITEMS} nearest and says the list is incomplete, so the editor asks again as the user types`, async () => {
        const tasks = Array.from({ length: 500 }, (_, i) => `    task t${i} { duration 1d }`);
        tasks.splice(300, 0, '    task here { after <|> }');
        const source = `project big {\n    start 2027-01-04\n${tasks.join('\n')}\n}`;
        const list = await completionAt(source);
        expect(list.isIncomplete).toBe(true);
        expect(list.items).toHaveLength(MAX_REFERENCE_ITEMS);
        const labels = (await labelsAt(source)).slice(0, 3);
        expect(labels).toEqual(['t299', 't298', 't297']);
        expect(await labelsAt(source.replace('after <|>', 'after t49<|>'))).toEqual(expect.arrayContaining(['t49', 't490', 't499']));
    });
});

describe('KSB codes', () => {
    test('after `ksb`, every code of ST0310 in its natural order, K2 before K10', async () => {
        const labels = await labelsAt('project p {\n    task a { ksb <|> }\n}');
        expect(labels).toHaveLength(62);
        expect(labels.slice(0, 11)).toEqual(['K1', 'K2', 'K3', 'K4', 'K5', 'K6', 'K7', 'K8', 'K9', 'K10', 'K11']);
        expect(labels.slice(31, 33)).toEqual(['S1', 'S2']);
        expect(labels.slice(-5)).toEqual(['B1', 'B2', 'B3', 'B4', 'B5']);
    });

    test('each with the standard\'s text as documentation and its kind as detail, found by code or by its words', async () => {
        const items = await itemsAt('project p {\n    task a { ksb <|> }\n}');
        const k21 = item(items, 'K21');
        expect(k21.detail).toBe('knowledge');
        expect(documentation(k21)).toContain('Project scheduling and maintenance, including critical path analysis.');
        expect(k21.filterText).toBe('K21 Project scheduling and maintenance, including critical path analysis.');
        expect(item(items, 'S2').detail).toBe('skill');
        expect(item(items, 'B1').detail).toBe('behaviour');
        expect(await labelsAt('project p {\n    task a { ksb sched<|> }\n}')).toEqual(['K21', 'S12', 'S22', 'S25']);
    });

    test('codes already linked are not offered again', async () => {
        const labels = await labelsAt('project p {\n    task a { ksb K1, K2 <|> }\n}');
        expect(labels).not.toContain('K1');
        expect(labels).not.toContain('K2');
        expect(labels).toContain('K3');
    });

    test('works with langium/test\'s expectCompletion too', async () => {
        await expectCompletion(services.Proj)({
            text: 'project p {\n    objective o { ksb B<|> }\n}',
            index: 0,
            expectedItems: ['B1', 'B2', 'B3', 'B4', 'B5'],
            disposeAfterCheck: true,
        });
    });
});

describe('units', () => {
    test('a number where a duration belongs becomes days or weeks: `duration 5` → `5d`, `5w`', async () => {
        const items = await itemsAt('project p {\n    task a { duration 5<|> }\n}');
        expect(items.map(candidate => candidate.label)).toEqual(['5d', '5w', '5h', '5ed', '5ew', '5eh']);
        expect(items[0].textEdit).toMatchObject({ newText: '5d', range: { start: { line: 1, character: 22 }, end: { line: 1, character: 23 } } });
        expect(items[1].detail).toBe('working weeks');
    });

    test('so does a lag, with its sign, and each part of an estimate', async () => {
        expect(await labelsAt('project p {\n    task a\n    task b { after a +2<|> }\n}')).toEqual(['+2d', '+2w', '+2h', '+2ed', '+2ew', '+2eh']);
        expect(await labelsAt('project p {\n    task a\n    task b { after a FS -1<|> }\n}')).toEqual(['-1d', '-1w', '-1h', '-1ed', '-1ew', '-1eh']);
        expect(await labelsAt('project p {\n    task a { estimate 3d 5<|> }\n}')).toEqual(['5d', '5w', '5h', '5ed', '5ew', '5eh']);
    });

    test('after `rate 300`, `/d`, `/h` and `/w`; after `rate 300/`, `d`, `h` and `w`', async () => {
        const rate = await itemsAt('project p {\n    resource r { rate 300<|> }\n}');
        expect(rate.slice(0, 3).map(candidate => [candidate.label, candidate.detail])).toEqual([['/d', 'per day'], ['/h', 'per hour'], ['/w', 'per week']]);
        expect(await labelsAt('project p {\n    resource r { rate 300/<|> }\n}')).toEqual(['d', 'h', 'w']);
    });
});

describe('snippets', () => {
    const snippets = async (source: string) => (await itemsAt(source)).filter(candidate => candidate.kind === CompletionItemKind.Snippet);

    test('a task, a milestone, a phase, a risk and an opportunity where an element can start', async () => {
        const found = await snippets('project p {\n    resource alex\n    stakeholder board\n    <|>\n}');
        expect(found.map(candidate => candidate.label).sort()).toEqual(['milestone', 'opportunity', 'phase', 'risk', 'task']);
        expect(found.every(candidate => candidate.insertTextFormat === InsertTextFormat.Snippet)).toBe(true);
        expect(item(found, 'task').textEdit?.newText).toBe('task ${1:id} "${2:Title}" {\n\tduration ${3:5d}$0\n}');
        expect(item(found, 'risk').textEdit?.newText).toBe('risk ${1:id} "${2:What might go wrong}" {\n'
            + '\tlikelihood ${3|1,2,3,4,5|} impact ${4|1,2,3,4,5|}\n\towner ${5|alex,board|}\n\tresponse ${6|avoid,reduce,transfer,accept|} "${7:How}"$0\n}');
        expect(item(found, 'opportunity').textEdit?.newText).toContain('${6|exploit,enhance,share,accept|}');
        expect(documentation(item(found, 'phase'))).toContain('task first_task "Title" { duration 5d }');
    });

    test('inside a phase, work only; inside a task, none', async () => {
        expect((await snippets('project p {\n    phase a {\n        <|>\n    }\n}')).map(candidate => candidate.label).sort()).toEqual(['milestone', 'phase', 'task']);
        expect(await snippets('project p {\n    task a { <|> }\n}')).toEqual([]);
    });

    test('a whole new plan at the top of a file, starting on a Monday', async () => {
        const [plan] = await snippets('<|>');
        expect(plan.label).toBe('project');
        expect(plan.textEdit?.newText).toMatch(/^project \$\{1:id\} "\$\{2:Title\}" \{\n\tstart \$\{3:\d{4}-\d{2}-\d{2}\}\n\tcalendar \{\n\t\tworkdays mon tue wed thu fri\n\t\}\n\n\tphase \$\{4:delivery\}/);
        expect(plan.textEdit?.newText).toContain('\t\tmilestone ${9:done} "${10:Done}" { after ${6:first_task} }');
        const start = /start \$\{3:(\d{4}-\d{2}-\d{2})\}/.exec(plan.textEdit!.newText)![1];
        expect(new Date(`${start}T00:00:00`).getDay()).toBe(1);
        expect(await snippets('project p {\n    task a\n}\n<|>')).toHaveLength(1);
        expect((await snippets('project p {\n    <|>\n}')).map(candidate => candidate.label)).not.toContain('project');
    });
});

describe('never in the way', () => {
    const example = readFileSync(join(__dirname, '..', '..', 'examples', 'office-move.proj'), 'utf8');

    /** Offsets at the start and end of every word and symbol of the text. */
    function boundaries(text: string): number[] {
        const offsets = new Set<number>([0, text.length]);
        for (const match of text.matchAll(/\w+|[^\w\s]/g)) {
            offsets.add(match.index);
            offsets.add(match.index + match[0].length);
        }
        return [...offsets].sort((a, b) => a - b);
    }

    test('reading only the statement at the cursor offers exactly what reading the whole file does, everywhere in the example plan', async () => {
        const fullText = new (class extends ProjCompletionProvider {
            protected override readFromStatement = false;
        })(services.Proj);
        const document = await parse(example);
        const differences: string[] = [];
        for (const offset of boundaries(example)) {
            const params = { textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(offset) };
            const fast = (await services.Proj.lsp.CompletionProvider!.getCompletion(document, params))!.items.map(candidate => candidate.label).join(' ');
            const full = (await fullText.getCompletion(document, params))!.items.map(candidate => candidate.label).join(' ');
            if (fast !== full) {
                differences.push(`at ${JSON.stringify(example.slice(Math.max(0, offset - 30), offset))}: ${fast} ≠ ${full}`);
            }
        }
        expect(differences).toEqual([]);
    });

    test('on any prefix of the example plan, as while it is typed, completion answers without an error', async () => {
        const errors = vi.spyOn(console, 'error');
        try {
            const offsets = boundaries(example).filter((_, index) => index % 3 === 0);
            for (const offset of offsets) {
                const list = await completionAt(`${example.slice(0, offset)}<|>`);
                expect(list.items).toBeInstanceOf(Array);
            }
            expect(errors).not.toHaveBeenCalled();
        } finally {
            errors.mockRestore();
        }
    });
});

describe('holiday codes', () => {
    test('after `holidays`, the countries and regions the library knows, with their names', async () => {
        const items = await itemsAt('project p {\n    calendar { holidays <|> }\n}');
        expect(item(items, 'GB-ENG').detail).toBe('England, United Kingdom');
        expect(item(items, 'FR').detail).toBe('France');
        const typed = await itemsAt('project p {\n    calendar { holidays GB-E<|> }\n}');
        expect(item(typed, 'GB-ENG').textEdit).toEqual({ newText: 'GB-ENG', range: { start: { line: 1, character: 24 }, end: { line: 1, character: 28 } } });
    });
});
