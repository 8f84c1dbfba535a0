import { AstUtils, GrammarAST, type LangiumDocument } from 'langium';
import { expectHover, parseHelper } from 'langium/test';
import { beforeAll, describe, expect, test } from 'vitest';
import type { Model } from '../../language/src/generated/ast.js';
import { ProjGrammar } from '../../language/src/generated/grammar.js';
import { KEYWORD_DOCS } from '../../language/src/lsp/hover/keyword-docs.js';
import { keywordHoverText } from '../../language/src/lsp/hover/keyword-hover.js';
import { createTestServices } from '../support/proj-test-services.js';

const plan = `
project move "Office move" {
    start 2027-01-04
    status 2027-01-20
    deadline 2027-03-31
    lifecycle hybrid
    structure project
    tolerance { cpi 0.95 spi 0.9 risk amber 6 red 15 }
    calendar { workdays mon tue wed thu fri holiday 2027-04-02 to 2027-04-05 "Easter" }
    resource crew "Fit-out crew" { rate 300/d units 2 }
    stakeholder finance { power high interest high engage "Monthly review" }
    objective low_carbon
    kpi carbon { target 12 or less actual 9 for low_carbon }
    task survey { duration 5d assign crew 50% progress 40% actual start 2027-01-04 }
    task fitout {
        estimate 10d 15d 25d
        after survey SS +2d
        start no earlier than 2027-02-15
        finish on 2027-03-19
        cost 48000 spent 21000
        ksb K21
    }
    risk lease_delay { likelihood 3 impact 4 residual likelihood 2 impact 3 response accept proximity 2027-03-01 affects fitout }
    change extra_floor { status approved impact 5d 12000 }
    issue lift { status closed severity high }
    quality signoff { for fitout status passed criterion "Certificate issued" }
}`;

let services: Awaited<ReturnType<typeof createTestServices>>;
let document: LangiumDocument<Model>;

beforeAll(async () => {
    services = await createTestServices();
    document = await parseHelper<Model>(services.Proj)(plan);
});

/** The hover's Markdown on the `nth` occurrence (from 0) of `marker`, `at` characters into it. */
async function hoverAt(marker: string, at = 0, nth = 0): Promise<string | undefined> {
    let index = -1;
    for (let i = 0; i <= nth; i++) {
        index = plan.indexOf(marker, index + 1);
    }
    expect(index, `marker '${marker}'`).toBeGreaterThanOrEqual(0);
    const hover = await services.Proj.lsp.HoverProvider!.getHoverContent(document, {
        textDocument: { uri: document.uri.toString() }, position: document.textDocument.positionAt(index + at),
    });
    return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
}

describe('hover on a keyword explains it', () => {
    test('a link type: what it means, an example, and how lags work', async () => {
        const ss = await hoverAt('SS +2d');
        expect(ss).toBe(KEYWORD_DOCS['DependencyType:SS']);
        expect(ss).toMatch(/^\*\*SS\*\* · start-to-start\n\n/);
        expect(ss).toContain('start ≥ predecessor\'s start + lag');
        expect(ss).toContain('```proj\nafter plaster SS +3d');
        expect(ss).toContain('`-1d` is a lead');
        expect(KEYWORD_DOCS['DependencyType:FS']).toContain('start ≥ predecessor\'s finish + lag');
        expect(KEYWORD_DOCS['DependencyType:FF']).toContain('finish ≥ predecessor\'s finish + lag');
        expect(KEYWORD_DOCS['DependencyType:SF']).toContain('finish ≥ predecessor\'s start + lag');
    });

    test('every word of a constraint gives the whole constraint', async () => {
        for (const [at, word] of [[0, 'start'], [6, 'no'], [9, 'earlier'], [17, 'than']] as const) {
            const text = await hoverAt('start no earlier than', at);
            expect(text, word).toMatch(/^\*\*start no earlier than\*\* \*date\* · constraint\n\nThe work cannot start before the date/);
        }
        expect(await hoverAt('finish on', 7)).toMatch(/^\*\*finish on\*\* \*date\* · constraint\n\nThe work finishes on the date/);
        expect(KEYWORD_DOCS['start no later than']).toContain('`proj/constraint-missed`');
    });

    test('estimate: three points, the PERT mean rounded up, and σ', async () => {
        const text = await hoverAt('estimate');
        expect(text).toContain('**estimate** *o m p* · three-point estimate');
        expect(text).toContain('the PERT mean (o + 4m + p) / 6, rounded up to whole working days');
        expect(text).toContain('σ = (p − o) / 6');
        expect(text).toContain('(10 + 60 + 25) / 6 = 15.8, so 16 days; σ 2.5');
    });

    test('assign: units, a share or all of the resource, each costing rate × units taken', async () => {
        const text = await hoverAt('assign crew');
        expect(text).toContain('units of it (`assign crew 3`, 3 of a crew of 4), a share of its units (`assign crew 50%`, 2 of 4)');
        expect(text).toContain('Each costs rate × units taken per working day');
    });

    test('the same word in different places: status, impact, start, risk, project, for', async () => {
        expect(await hoverAt('status 2027')).toMatch(/^\*\*status\*\* \*date\* · the status date/);
        expect(await hoverAt('status approved')).toMatch(/^\*\*status\*\* · where the change request stands/);
        expect(await hoverAt('approved')).toBe('**approved** · the change will be made; its impact adds to the baseline');
        expect(await hoverAt('status closed')).toBe('**status** · `open` (the default) or `closed`');
        expect(await hoverAt('status passed')).toBe('**status** · `pending` (the default), `passed` or `failed`');
        expect(await hoverAt('impact 4')).toMatch(/^\*\*impact\*\* 1–5 · how much the risk would affect the project/);
        expect(await hoverAt('impact 3')).toMatch(/^\*\*residual likelihood\*\* \*L\* \*\*impact\*\* \*I\*/);
        expect(await hoverAt('likelihood 2')).toMatch(/^\*\*residual likelihood\*\*/);
        expect(await hoverAt('impact 5d')).toMatch(/^\*\*impact\*\* · what the change costs in time, money and scope/);
        expect(await hoverAt('start 2027-01-04')).toMatch(/^\*\*start\*\* \*date\* · the project start/);
        expect(await hoverAt('start 2027-01-04', 0, 1)).toMatch(/^\*\*actual start\*\* \*date\*/);
        expect(await hoverAt('actual start')).toMatch(/^\*\*actual start\*\* \*date\*/);
        expect(await hoverAt('risk amber')).toMatch(/^\*\*risk amber\*\* \*A\* \*\*red\*\* \*R\* · the risk bands/);
        expect(await hoverAt('red 15')).toMatch(/^\*\*risk amber\*\*/);
        expect(await hoverAt('risk lease_delay')).toMatch(/^\*\*risk\*\* · a threat/);
        expect(await hoverAt('project move')).toMatch(/^\*\*project\*\* \*id\* "title"/);
        expect(await hoverAt('project\n')).toBe('**project** structure\n\nA dedicated team reports to the project manager, who holds the authority.');
        expect(await hoverAt('for low_carbon')).toBe('**for** *objective* · the objective the KPI measures');
        expect(await hoverAt('for fitout')).toMatch(/^\*\*for\*\* · the deliverables the quality check covers/);
    });

    test('the registers\' and settings\' words', async () => {
        expect(await hoverAt('or less', 3)).toMatch(/^\*\*or less\*\* \/ \*\*or more\*\*.*\n\n`or less`: a ceiling, met when the actual is at or below it/);
        expect(await hoverAt('accept')).toMatch(/^\*\*accept\*\* · response to a threat or an opportunity/);
        expect(await hoverAt('response')).toContain('Threats: `avoid`, `reduce`, `transfer` or `accept`. Opportunities: `exploit`, `enhance`, `share` or `accept`.');
        expect(await hoverAt('power')).toContain('high power and high interest, **manage closely**');
        expect(await hoverAt('cpi')).toContain('CPI = EV / AC');
        expect(await hoverAt('spi')).toContain('SPI = EV / PV');
        expect(await hoverAt('ksb K21')).toContain('knowledge K1–K31, skills S1–S26, behaviours B1–B5');
        expect(await hoverAt('hybrid')).toMatch(/^\*\*hybrid\*\* life cycle/);
        expect(await hoverAt('workdays')).toContain('Without it, Monday to Friday.');
        expect(await hoverAt('wed')).toBe('**wed** · Wednesday\n\nA working day when listed in `workdays`.');
        expect(await hoverAt('to 2027')).toMatch(/^\*\*holiday\*\*/);
        expect(await hoverAt('progress')).toContain('`progress 0%` means not started');
        expect(await hoverAt('kpi')).toContain('`target 12 or less` is a ceiling');
    });

    test('names, references and KSB codes keep their element summaries', async () => {
        expect(await hoverAt('fitout {')).toMatch(/^\*\*fitout\*\* · task\n\n- \*\*/);
        expect(await hoverAt('survey SS')).toMatch(/^\*\*survey\*\* · task\n\n/);
        expect(await hoverAt('K21')).toMatch(/^\*\*K21\*\* · knowledge · ST0310/);
        expect(await hoverAt('lease_delay')).toMatch(/^\*\*lease_delay\*\* · risk\n\n- Score 12/);
    });

    test('nothing on punctuation, literals and whitespace', async () => {
        expect(await hoverAt('{ cpi')).toBeUndefined();
        expect(await hoverAt('"Easter"', 1)).toBeUndefined();
        expect(await hoverAt('2027-03-31')).toBeUndefined();
        expect(await hoverAt('48000')).toBeUndefined();
        expect(await hoverAt('    start', 1)).toBeUndefined();
    });

    test('langium\'s expectHover sees the same text', async () => {
        await expectHover(services.Proj)({
            text: 'project p { task a { duration 1d } task b { after a <|>FF } }', index: 0,
            hover: KEYWORD_DOCS['DependencyType:FF'], disposeAfterCheck: true,
        });
    });
});

describe('hover on the words of resources that constrain the plan', () => {
    const resourcePlan = `project p {
    level
    calendar shifts { workdays mon tue wed thu fri sat }
    resource crew { units 4 calendar shifts leave 2027-03-01 to 2027-03-05 "Annual leave" }
    task a { duration 2d assign crew 3 calendar shifts priority 700 }
}`;

    async function hoverIn(marker: string, at = 0): Promise<string | undefined> {
        const parsed = await parseHelper<Model>(services.Proj)(resourcePlan);
        const hover = await services.Proj.lsp.HoverProvider!.getHoverContent(parsed, {
            textDocument: { uri: parsed.uri.toString() }, position: parsed.textDocument.positionAt(resourcePlan.indexOf(marker) + at),
        });
        return hover && typeof hover.contents === 'object' && 'value' in hover.contents ? hover.contents.value : undefined;
    }

    test('level, leave (and its `to`), priority and units', async () => {
        expect(await hoverIn('level')).toMatch(/^\*\*level\*\* · level the plan\n\nThe editor, the preview, the report and the CLI show the plan levelled/);
        expect(await hoverIn('leave')).toMatch(/^\*\*leave\*\* \*date\* \[to \*date\*\] \["title"\] · days the resource is away/);
        expect(await hoverIn('to 2027-03-05')).toBe(KEYWORD_DOCS.leave);
        expect(await hoverIn('priority')).toContain('work of priority 1000 is never delayed');
        expect(await hoverIn('units')).toContain('`units 4` makes a pool of four');
    });

    test('`calendar` declares a calendar in a project, and names one in a resource or a task', async () => {
        expect(await hoverIn('calendar shifts {')).toMatch(/^\*\*calendar\*\* \[\*name\*\] \{ … \} · a working calendar/);
        expect(await hoverIn('calendar shifts leave')).toMatch(/^\*\*calendar\*\* \*name\* · the resource's own calendar/);
        expect(await hoverIn('calendar shifts priority')).toMatch(/^\*\*calendar\*\* \*name\* · the work's own calendar/);
    });

    test('a calendar and a resource, where declared or named, say what levelling takes from them', async () => {
        const shifts = '**shifts** · calendar\n\n- Works mon tue wed thu fri sat';
        expect(await hoverIn('shifts {')).toBe(shifts);
        expect(await hoverIn('shifts priority')).toBe(shifts);
        const crew = '**crew** · resource\n\n- 4 units\n- Works calendar `shifts` (mon tue wed thu fri sat)\n- Away Mon 1 Mar 2027 → Fri 5 Mar 2027: Annual leave';
        expect(await hoverIn('crew {')).toBe(crew);
        expect(await hoverIn('crew 3')).toBe(crew);
    });
});

describe('every keyword is documented', () => {
    test('each word of the grammar, where it stands, has a text; so do the six constraints', () => {
        const keywords = AstUtils.streamAllContents(ProjGrammar()).filter(GrammarAST.isKeyword).filter(keyword => /^\w+$/.test(keyword.value)).toArray();
        const missing = keywords.filter(keyword => keywordHoverText(keyword) === undefined)
            .map(keyword => `${AstUtils.getContainerOfType(keyword, GrammarAST.isAbstractRule)?.name}:${keyword.value}`);
        expect(missing).toEqual([]);
        for (const edge of ['start', 'finish']) {
            for (const bound of ['no earlier than', 'no later than', 'on']) {
                expect(KEYWORD_DOCS[`${edge} ${bound}`], `${edge} ${bound}`).toMatch(new RegExp(`^\\*\\*${edge} ${bound}\\*\\* \\*date\\* · constraint\\n\\n`));
            }
        }
    });
});

describe('hover never throws on partial input', () => {
    test('at every offset of plans cut short', async () => {
        const hover = services.Proj.lsp.HoverProvider!;
        for (const cut of [40, 200, 420, 611, 760, plan.indexOf('no earlier') + 3, plan.indexOf('SS') + 1]) {
            const text = plan.slice(0, cut);
            const partial = await parseHelper<Model>(services.Proj)(text);
            for (let offset = 0; offset <= text.length; offset++) {
                await hover.getHoverContent(partial, { textDocument: { uri: partial.uri.toString() }, position: partial.textDocument.positionAt(offset) });
            }
        }
    });
});
