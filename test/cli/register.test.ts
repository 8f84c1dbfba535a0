// `proj register`, run as users run it: the built binary, cwd = the repo root, on the example.
import * as path from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, test } from 'vitest';
import { REGISTER_KINDS } from '../../language/src/engine/register-tables.js';
import { chromiumMissing } from '../support/chromium.js';
import { useChromium } from '../support/chromium-suite.js';
import { expectWellFormedTables } from './support/markdown-table.js';
import { mermaidBlocks, mermaidPage } from './support/mermaid-page.js';
import { proj, repoRoot, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-register-');

describe('proj register: every register of the example, in every format', () => {
    for (const kind of REGISTER_KINDS) {
        test(`${kind}: JSON, CSV, Markdown and the table agree on the rows`, () => {
            const json = proj(['register', kind, example, '--format', 'json']);
            expect([json.status, json.stderr]).toEqual([0, '']);
            const document = JSON.parse(json.stdout);
            expect(document.project).toBe('office_move');
            expect(document.register).toBe(kind);
            expect(document.rows.length).toBeGreaterThan(0);
            const keys = document.columns.map((column: { key: string }) => column.key);
            for (const row of document.rows) {
                expect(Object.keys(row)).toEqual(keys);
            }

            const csv = proj(['register', kind, example, '--format', 'csv']);
            expect(csv.status).toBe(0);
            const records: string[][] = parse(csv.stdout);
            expect(records[0]).toEqual(keys);
            expect(records.slice(1).map(record => record[0])).toEqual(document.rows.map((row: { id: string }) => row.id));
            expect(records.every(record => record.length === keys.length)).toBe(true);

            const markdown = proj(['register', kind, example, '--format', 'markdown']);
            expect(markdown.status).toBe(0);
            expect(markdown.lines[0]).toBe(`# ${document.title}: Office relocation to Leeds`);
            expect(expectWellFormedTables(markdown.stdout)).toBe(1);

            const table = proj(['register', kind, example]);
            expect(table.status).toBe(0);
            expect(table.lines[0]).toBe(`${document.title}: Office relocation to Leeds`);
            for (const row of document.rows) {
                expect(table.stdout).toContain(row.id);
            }
        });
    }

    test('risks: opportunities included, EMV = probability × cost, the scale and the totals stated', () => {
        const { rows, notes } = JSON.parse(proj(['register', 'risks', example, '--format', 'json']).stdout);
        expect(rows.map((row: Record<string, unknown>) => [row.id, row.kind, row.probability, row.cost, row.emv])).toEqual([
            ['lift_capacity', 'risk', 70, 2000, 1400],
            ['lease_delay', 'risk', 50, 4000, 2000],
            ['data_loss', 'risk', 10, 15000, 1500],
            ['early_keys', 'opportunity', 30, 3000, 900],
        ]);
        expect(notes).toContain('Expected cost of the risks £4,900, expected saving of the opportunities £900, net £4,000. The contingency of £5,000 covers the risks\' expected cost.');
    });

    test('stakeholders: the quadrant of the power/interest grid, and the communications schedule in date order', () => {
        const { rows, notes } = JSON.parse(proj(['register', 'stakeholders', example, '--format', 'json']).stdout);
        expect(rows.map((row: Record<string, unknown>) => [row.id, row.quadrant])).toEqual([
            ['finance', 'Manage closely'], ['staff', 'Keep informed'], ['landlord', 'Keep satisfied'], ['union', 'Keep informed'], ['council', 'Monitor'],
        ]);
        expect(notes).toContain('Communications schedule: 2027-03-08 finance (Meeting); 2027-03-12 staff (Town hall and email).');
    });

    test('benefits: the business case against the forecast at completion', () => {
        const { notes } = JSON.parse(proj(['register', 'benefits', example, '--format', 'json']).stdout);
        // Cost: EAC £61,628. Benefits: rent £25,000 a year for 5 years, travel £5,000 a year for 5 years.
        expect(notes[1]).toMatch(/^Over 5 years at a discount rate of 3.5%: cost £61,628, the forecast at completion; benefits £150,000; payback 2\.05 years; ROI 143\.4%; NPV £/);
        expect(notes[2]).toBe('The benefits cover the cost: the business case holds.');
    });

    test('a CSV cell with commas, quotes and line breaks parses back to the text', () => {
        const file = scratch.write('quoting/plan.proj', [
            'project p {',
            '    start 2027-01-04',
            '    resource sam',
            '    lesson quoted "Say \\"no\\", politely" { description "Two, three" recommend "a | b" owner sam status closed }',
            '    task t { duration 1d }',
            '}',
        ].join('\n'));
        const records: string[][] = parse(proj(['register', 'lessons', file, '--format', 'csv']).stdout);
        expect(records[1]).toEqual(['quoted', 'Say "no", politely', '', 'Two, three', 'a | b', 'sam', 'closed']);
        const markdown = proj(['register', 'lessons', file, '--format', 'markdown']).stdout;
        expect(expectWellFormedTables(markdown)).toBe(1);
    });

    test('an unknown register is a usage error that lists the registers', () => {
        const run = proj(['register', 'risk', example]);
        expect(run.status).toBe(2);
        expect(run.stderr).toContain('Allowed choices are risks, issues, changes, stakeholders, lessons, quality, kpis, benefits, deliverables, resources.');
    });
});

describe('proj report: the registers in full as an annex', () => {
    test('after the KSB coverage, a section per register, each table well formed', () => {
        const run = proj(['report', example]);
        expect(run.status).toBe(0);
        const annex = run.stdout.slice(run.stdout.indexOf('## Annex: the registers in full'));
        expect(annex.split('\n').filter(line => line.startsWith('### '))).toEqual([
            '### Risks and opportunities', '### Issues', '### Change requests', '### Stakeholders', '### Lessons', '### Quality', '### KPIs', '### Benefits', '### Deliverables', '### Resources',
        ]);
        expect(expectWellFormedTables(annex)).toBe(10);
    });

    test('the cost RAG of the example is red: EAC £61,628 over the £60,000 budget, though CPI meets its tolerance', () => {
        const cost = proj(['report', example]).lines.find(line => line.startsWith('| Cost |'));
        expect(cost).toBe('| Cost | 🔴 Red | CPI 0.96 meets the tolerance of 0.95. Each £1 spent has earned £0.96 of work (CV −£1,310). '
            + 'The forecast at completion (EAC), £61,628, is £1,628 over the budget of £60,000. The forecast drives the RAG: CPI alone would be green. |');
    });
});

describe.skipIf(chromiumMissing('the browser test of the stakeholder register\'s Markdown'))('proj register stakeholders --format markdown in a real browser (headless Chromium), offline', () => {
    const browser = useChromium();

    test('the power/interest grid is a ```mermaid quadrant chart that Mermaid draws as GitHub does (strict): a named point per assessed stakeholder', async () => {
        const markdown = proj(['register', 'stakeholders', example, '--format', 'markdown']).stdout;
        const blocks = mermaidBlocks(markdown);
        expect(blocks).toHaveLength(1);
        const page = await mermaidPage(browser(), { viewport: { width: 800, height: 700 } });
        const drawn = await page.evaluate(async text => {
            const mermaid = (window as unknown as { mermaid: { render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
            const { svg } = await mermaid.render('stakeholders', text);
            document.body.innerHTML = svg;
            const chart = document.querySelector('svg')!;
            return {
                kind: chart.getAttribute('aria-roledescription'),
                points: Array.from(chart.querySelectorAll('.data-point text')).map(label => label.textContent).sort(),
                quadrants: Array.from(chart.querySelectorAll('.quadrant text')).map(label => label.textContent).sort(),
                errors: chart.querySelectorAll('.error-icon, .error-text').length,
            };
        }, blocks[0]);
        await page.screenshot({ path: path.join(repoRoot, 'test-results', 'register', 'stakeholders-quadrant.png') });
        await page.close();
        expect(drawn).toEqual({
            kind: 'quadrantChart',
            points: ['All staff', 'Current landlord', 'Finance directorate', 'Leeds City Council', 'Staff union representatives'],
            quadrants: ['Keep informed', 'Keep satisfied', 'Manage closely', 'Monitor'],
            errors: 0,
        });
    });
});
