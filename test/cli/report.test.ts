// `proj report`, run as users run it: the built binary (`npm test` builds first), cwd = the repo root.
// The HTML report is also opened in a real browser (headless Chromium), offline, to see it render.
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { describe, expect, test } from 'vitest';
import { chromiumMissing } from '../support/chromium.js';
import { chartsDataOf, expectNoProblems, expectSelfContainedPage, markupOf, useHtmlPages, writeHtmlPage } from './support/html-page.js';
import { expectWellFormedTables, markdownCells } from './support/markdown-table.js';
import { proj, useScratchFolder } from './support/proj-command.js';

const example = path.join('examples', 'office-move.proj');
const scratch = useScratchFolder('proj-report-');
const write = scratch.write;

const HOSTILE_TITLE = 'Behind <img src=x onerror=alert(1)> | *now* [x](javascript:alert(2))';

/**
 * A plan behind schedule, worked by hand. One task, 10 working days from Mon 4 Jan 2027, £10,000,
 * 69% done and £7,188 spent at the status date, Fri 15 Jan (its planned finish): PV £10,000,
 * EV £6,900, SPI 0.69; CPI 6,900 / 7,188 = 0.9599 (0.96, within 0.95); EAC £10,417. The 3 days
 * left (10 − round(6.9)) run Mon 18 to Wed 20 Jan: the deadline (Tue 19) is missed by 1 working
 * day, the milestone's `finish no later than` (Mon 18) by 2. Six risks, one opportunity; four
 * changes; three KPIs (met, missed, not measured); every kind of text hostile somewhere.
 */
const behindPlan = [
    `project behind "${HOSTILE_TITLE}" {`,
    '    start 2027-01-04',
    '    status 2027-01-15',
    '    currency GBP',
    '    budget 10000',
    '    deadline 2027-01-19',
    '    tolerance { cpi 0.95 spi 0.9 risk amber 6 red 15 }',
    '    objective green "Green <script>alert(3)</script>" { ksb K2 }',
    '    kpi carbon "Carbon" { target 12 or less actual 9.5 unit "tCO2e" for green }',
    '    kpi reuse "Furniture reused" { target 80 actual 60 unit "%" }',
    '    kpi waste "Waste" { target 3 or less }',
    '    resource pm "Pat <b>PM</b>" { rate 100/d }',
    '    phase work "Work | phase" {',
    '        task build "Build <svg onload=alert(4)>" { duration 10d cost 10000 progress 69% spent 7188 ksb K21 }',
    '        milestone ready "Ready" { after build finish no later than 2027-01-18 }',
    '    }',
    '    risk r1 "One" { likelihood 1 impact 2 owner pm response accept }',
    '    risk r2 "Two <i>x</i>" { likelihood 4 impact 4 owner pm response reduce "Do <b>this</b> | now" proximity 2027-02-01 affects build }',
    '    risk r3 "Three" { likelihood 2 impact 3 owner pm }',
    '    risk r4 "Four" { likelihood 3 impact 3 owner pm }',
    '    risk r5 "Five" { likelihood 1 impact 1 owner pm }',
    '    risk r6 "Six" { likelihood 5 impact 1 owner pm }',
    '    opportunity o1 "Opp" { likelihood 5 impact 5 owner pm }',
    '    change c1 "Extra | floor" { raised 2027-01-05 status approved impact 5d 12000 owner pm affects build }',
    '    change c2 "More" { raised 2027-01-06 status implemented impact 2d 3000 owner pm }',
    '    change c3 "Maybe" { raised 2027-01-07 status raised impact 1d 500 owner pm }',
    '    change c4 "No" { raised 2027-01-07 status rejected impact 9d 9000 owner pm }',
    '    issue i1 "Blocked *hard*" { raised 2027-01-10 owner pm severity critical escalate "Board <u>now</u>" affects build }',
    '    issue i2 "Minor" { raised 2027-01-11 owner pm severity low }',
    '    issue i3 "Gone" { raised 2027-01-11 owner pm severity high status closed }',
    '    quality q1 "Check <b>it</b>" { for build criterion "Looks | right" status failed owner pm }',
    '    lesson l1 "Plan | more" { category planning }',
    '    lesson l2 "Ask early" { category people }',
    '    lesson l3 "Measure twice" { category planning }',
    '    lesson l4 "No category"',
    '}',
    '',
].join('\n');

/** SPI 0.85 and CPI 0.85 against the default tolerances (0.90): amber, red below 0.80. No risks. */
const amberPlan = [
    'project slipping "Slipping" {',
    '    start 2027-01-04',
    '    status 2027-01-15',
    '    task a "A" { duration 10d cost 1000 progress 85% spent 1000 }',
    '}',
    '',
].join('\n');

/** The lines of a section: from its `## heading` to the next one. */
function sectionOf(lines: readonly string[], heading: string): string[] {
    const start = lines.indexOf(`## ${heading}`);
    expect(start, heading).toBeGreaterThan(-1);
    const end = lines.findIndex((line, index) => index > start && line.startsWith('## '));
    return lines.slice(start + 1, end === -1 ? undefined : end).filter(line => line !== '');
}

/** Writes the HTML report of `file` into the scratch folder and returns its path and text. */
function reportHtml(file: string, name: string): { file: string; html: string } {
    return writeHtmlPage(scratch, ['report', file], name);
}

describe('proj report: Markdown', () => {
    test('the example: facts, the RAG summary with its reasons, every section in order', () => {
        const run = proj(['report', example]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines.slice(0, 10)).toEqual([
            '# Status report: Office relocation to Leeds',
            '',
            '- **Project:** `office_move`',
            '- **Status date:** 2027-03-01',
            '- **Start:** 2027-01-04',
            '- **Forecast finish:** 2027-03-09 (planned 2027-03-08)',
            '- **Deadline:** 2027-06-30 (met)',
            '- **Budget:** £60,000',
            '- **Critical path:** `fitout` → `it` → `moved`',
            '',
        ]);
        expect(run.lines.filter(line => line.startsWith('## '))).toEqual([
            '## Summary', '## Milestones', '## Gantt chart', '## Earned value', '## Top risks', '## Open issues',
            '## Change requests', '## Quality', '## KPIs', '## Lessons', '## KSB coverage', '## Annex: the registers in full',
        ]);
        // Summary, milestones, earned value, risks, issues, two of changes, quality, KPIs; then the ten registers.
        expect(expectWellFormedTables(run.stdout)).toBe(9 + 10);

        // At 1 March: SPI 35,590 / 37,390 = 0.95 (tolerance 0.9), CPI 35,590 / 36,900 = 0.96
        // (tolerance 0.95), the highest risk 4 × 4 = 16 (red from 15).
        expect(sectionOf(run.lines, 'Summary')).toEqual([
            '| Area | RAG | Why |',
            '| --- | --- | --- |',
            '| Schedule | 🟢 Green | SPI 0.95 meets the tolerance of 0.90. Work worth £1,800 planned by 2027-03-01 is not done (SV −£1,800). '
            + 'The forecast finish, 2027-03-09, is 1 working day after the planned 2027-03-08. The deadline, 2027-06-30, is met. |',
            // CPI alone would be green: the forecast over the budget makes it red.
            '| Cost | 🔴 Red | CPI 0.96 meets the tolerance of 0.95. Each £1 spent has earned £0.96 of work (CV −£1,310). '
            + 'The forecast at completion (EAC), £61,628, is £1,628 over the budget of £60,000. The forecast drives the RAG: CPI alone would be green. |',
            '| Risks | 🔴 Red | The highest risk, lift\\_capacity (Goods lift too small for the furniture), scores 16 (likelihood 4 × impact 4), at or above the red threshold of 15. |',
            '| **Overall** | **🔴 Red** | The worst of schedule (green), cost (red) and risks (red). |',
            // The example's estimate and its risk's delay are uncertain: the figures of `proj risk --iterations 2000` (below).
            '**Schedule risk:** P80 finish 16 Mar 2027; 36% chance of finishing by the planned 9 Mar; 100% of meeting the 30 Jun deadline (2,000 iterations, seed 1).',
            'Indices are green at or above the plan\'s tolerance (SPI 0.9, CPI 0.95), amber below it, red more than 0.10 below it; risks are amber from a score of 6 and red from 15.',
        ]);

        expect(sectionOf(run.lines, 'Milestones').slice(2)).toEqual([
            '| `approval` | Business case approved | 2027-01-08 | 2027-01-08 | done |',
            '| `moved` | Staff moved | 2027-03-08 | 2027-03-09 | at risk: 1 working day later than planned |',
        ]);

        const gantt = sectionOf(run.lines, 'Gantt chart');
        expect(gantt[0]).toBe('```mermaid');
        expect(gantt[1]).toBe('gantt');
        expect(gantt).toContain('    Fit-out:crit, active, t_fitout, 2027-02-15, 2027-03-09');
        // As Mermaid before 11.8 draws it (`vert` breaks the chart there): a milestone of its own.
        expect(gantt).toContain('    Status date:milestone, status_date, 2027-03-01, 2027-03-01');
        expect(gantt.join('\n')).not.toContain('vert');
        expect(gantt.at(-1)).toBe('```');

        expect(sectionOf(run.lines, 'Earned value')).toEqual([
            'As of the status date, 2027-03-01, in GBP.',
            '| Id | Title | BAC | PV | EV | AC | SV | CV | SPI | CPI | EAC | VAC |',
            '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
            '| `initiation` | Initiation | £1,750 | £1,750 | £1,750 | £1,800 | £0 | −£50 | 1.00 | 0.97 | £1,800 | −£50 |',
            '| `delivery` | Delivery | £57,690 | £35,640 | £33,840 | £35,100 | −£1,800 | −£1,260 | 0.95 | 0.96 | £59,838 | −£2,148 |',
            '| **`office_move`** | Office relocation to Leeds | £59,440 | £37,390 | £35,590 | £36,900 | −£1,800 | −£1,310 | 0.95 | 0.96 | £61,628 | −£2,188 |',
        ]);

        expect(sectionOf(run.lines, 'Top risks')).toEqual([
            'The 3 risks, by score (1 opportunity not listed).',
            '| Risk | Title | Score | RAG | Residual | Owner | Response | Proximity | Critical path |',
            '| --- | --- | --- | --- | --- | --- | --- | --- | --- |',
            '| `lift_capacity` | Goods lift too small for the furniture | 16 (4 × 4) | 🔴 Red |  | Facilities crew (crew) | avoid: Hire an external hoist | 2027-03-29 |  |',
            '| `lease_delay` | Landlord delays lease exit | 12 (3 × 4) | 🟠 Amber | 6 (2 × 3) | Alex Smith (alex) | reduce: Negotiate an early-exit clause | 2027-04-30 | ★ `fitout` |',
            '| `data_loss` | Data lost in the IT cut-over | 10 (2 × 5) | 🟠 Amber | 5 (1 × 5) | Alex Smith (alex) | transfer: Vendor migration under an insured SLA |  | ★ `it` |',
        ]);

        expect(sectionOf(run.lines, 'Open issues')).toEqual([
            '| Issue | Title | Severity | Owner | Raised | Escalated to | Affects |',
            '| --- | --- | --- | --- | --- | --- | --- |',
            '| `lift_broken` | Goods lift out of service | high | Alex Smith (alex) | 2027-03-01 | Programme board | `fitout` |',
            '1 issue is closed.',
        ]);

        const changes = sectionOf(run.lines, 'Change requests');
        expect(changes[0]).toBe('Approved changes: 5 working days and £12,000, part of the plan as it stands (it names no baseline to measure them against). 1 change awaits a decision; if approved, it would add £2,000 to the baseline.');
        expect(changes).toContain('| `extra_floor` | Add second floor | approved | +5 working days | +£12,000 | Finance directorate (finance) | 2027-02-01 | `fitout` | Fit out the second floor as well |');
        expect(changes).toContain('| `hot_desks` | Hot-desking on the third floor | assessed |  | +£2,000 | Alex Smith (alex) | 2027-02-25 |  |  |');
        expect(changes).not.toContain('### Rejected');

        expect(sectionOf(run.lines, 'Quality').slice(2)).toEqual([
            '| `fitout_signoff` | Building control sign-off | `fitout` | Certificate issued | Facilities crew (crew) | pending |',
            '| `case_review` | Business case reviewed | `business_case` | Signed off by the sponsor | Finance directorate (finance) | passed |',
        ]);

        // `target 12 or less`: a ceiling, so 9.5 meets it.
        expect(sectionOf(run.lines, 'KPIs').slice(2)).toEqual([
            '| `downtime` | Working days lost to the move | All 120 staff working in Leeds by 30 June 2027 | 1 days or less | 0 days | ✅ met |',
            '| `carbon` | Move-related emissions | A move with a small carbon footprint | 12 tCO2e or less | 9.5 tCO2e | ✅ met |',
            '| `rent` | Annual rent |  | 70000 GBP or less |  | not measured |',
        ]);

        expect(sectionOf(run.lines, 'Lessons')).toEqual([
            '### procurement', '- `book_lifts` Book goods lifts four weeks ahead',
            '### planning', '- `survey_first` Survey the site before signing the lease',
        ]);

        const ksb = sectionOf(run.lines, 'KSB coverage');
        expect(ksb[0]).toBe('23 of 62 KSBs of ST0310 (Associate project manager (Level 4)) are evidenced by this plan.');
        expect(ksb[1]).toMatch(/^Gaps \(39\): K3, K4, K7, .*, S3, S4, .*, B1, B2, B3, B4, B5\.$/);
        expect(ksb[1]).not.toMatch(/\b(K9|S10|K28)\b/);
        expect(run.stdout).toMatch(/[^\n]\n$/);
        expect(sectionOf(run.lines, 'KSB coverage').at(-1)).toMatch(/B5\.$/);
    });

    test('the schedule risk line is the Monte Carlo analysis of proj risk at 2,000 iterations and its default seed', () => {
        const analysis = JSON.parse(proj(['risk', example, '--iterations', '2000', '--format', 'json']).stdout);
        expect([analysis.iterations, analysis.seed, analysis.finish.p80, analysis.plannedFinish, Math.round(analysis.plannedFinishProbability * 100)])
            .toEqual([2000, 1, '2027-03-16', '2027-03-09', 36]);
        expect(analysis.dates[0]).toMatchObject({ kind: 'deadline', date: '2027-06-30', probability: 1 });
        // Reproducible: the same line on every run.
        const line = (run: ReturnType<typeof proj>) => run.lines.filter(text => text.startsWith('**Schedule risk:**'));
        expect(line(proj(['report', example]))).toEqual(line(proj(['report', example])));
    });

    test('--iterations and --seed set the schedule risk line\'s run, as they set proj risk\'s', () => {
        const analysis = JSON.parse(proj(['risk', example, '--iterations', '300', '--seed', '7', '--format', 'json']).stdout);
        const run = proj(['report', example, '--iterations', '300', '--seed', '7']);
        expect(run.status).toBe(0);
        const [line] = run.lines.filter(text => text.startsWith('**Schedule risk:**'));
        expect(line).toMatch(/\(300 iterations, seed 7\)\.$/);
        const p80 = new Date(`${analysis.finish.p80}T00:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
        expect(line).toContain(`P80 finish ${p80}`);
        const refused = proj(['report', example, '--iterations', '0']);
        expect(refused.status).toBe(2);
        expect(refused.stderr).toContain('The iterations is a whole number from 1 to 1,000,000.');
    });

    test('a plan with nothing uncertain has no schedule risk line: every iteration would be the plan', () => {
        const file = write('certain/certain.proj', amberPlan);
        const run = proj(['report', file]);
        expect(run.status).toBe(0);
        expect(run.stdout).not.toContain('Schedule risk');
    });

    test('a plan behind schedule: red by SPI, the missed deadline and constraint; red by its forecast over budget, though CPI is green; red by its worst risk', () => {
        const file = write('behind/behind.proj', behindPlan);
        const run = proj(['report', file]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        // Ten sections' tables, and the seven registers with entries in the annex.
        expect(expectWellFormedTables(run.stdout)).toBe(10 + 7);
        // 31% of 10 days left, 3.1 days from Mon 18 Jan: to Thu 21 Jan.
        expect(run.lines).toContain('- **Forecast finish:** 2027-01-21 (planned 2027-01-15)');
        expect(run.lines).toContain('- **Deadline:** 2027-01-19 (missed by 2 working days)');
        expect(sectionOf(run.lines, 'Summary').slice(2, 6)).toEqual([
            '| Schedule | 🔴 Red | SPI 0.69 is more than 0.10 below the tolerance of 0.90 (red below 0.80). Work worth £3,100 planned by 2027-01-15 is not done (SV −£3,100). '
            + 'The forecast finish, 2027-01-21, is 4 working days after the planned 2027-01-15. The deadline, 2027-01-19, is missed by 2 working days. '
            + 'A date constraint is missed: finish no later than 2027-01-18 on ready, by 3 working days. |',
            '| Cost | 🔴 Red | CPI 0.96 meets the tolerance of 0.95. Each £1 spent has earned £0.96 of work (CV −£288). The forecast at completion (EAC), £10,417, is £417 over the budget of £10,000. '
            + 'The forecast drives the RAG: CPI alone would be green. |',
            '| Risks | 🔴 Red | The highest risk, r2 (Two &lt;i&gt;x&lt;/i&gt;), scores 16 (likelihood 4 × impact 4), at or above the red threshold of 15. |',
            '| **Overall** | **🔴 Red** | The worst of schedule (red), cost (red) and risks (red). |',
        ]);
        expect(sectionOf(run.lines, 'Milestones').slice(2)).toEqual([
            '| `ready` | Ready | 2027-01-15 | 2027-01-21 | at risk: finish no later than 2027-01-18 missed by 3 working days; 4 working days later than planned; '
            + 'due by 2027-01-15, not reached by the status date; after the deadline 2027-01-19 |',
        ]);
        // The top five of six risks by score; the opportunity is not a risk.
        const risks = sectionOf(run.lines, 'Top risks');
        expect(risks[0]).toBe('The 5 highest of 6 risks, by score (1 opportunity not listed).');
        expect(risks.slice(3).map(line => markdownCells(line)[0])).toEqual(['`r2`', '`r4`', '`r3`', '`r6`', '`r1`']);
        expect(risks[3]).toBe('| `r2` | Two &lt;i&gt;x&lt;/i&gt; | 16 (4 × 4) | 🔴 Red |  | Pat &lt;b&gt;PM&lt;/b&gt; (pm) | reduce: Do &lt;b&gt;this&lt;/b&gt; \\| now | 2027-02-01 | ★ `build` |');
        // Open issues, the most severe first, with their escalation.
        expect(sectionOf(run.lines, 'Open issues').slice(2)).toEqual([
            '| `i1` | Blocked \\*hard\\* | critical | Pat &lt;b&gt;PM&lt;/b&gt; (pm) | 2027-01-10 | Board &lt;u&gt;now&lt;/u&gt; | `build` |',
            '| `i2` | Minor | low | Pat &lt;b&gt;PM&lt;/b&gt; (pm) | 2027-01-11 |  |  |',
            '1 issue is closed.',
        ]);
        const changes = sectionOf(run.lines, 'Change requests');
        expect(changes[0]).toBe('Approved changes: 7 working days and £15,000, part of the plan as it stands (it names no baseline to measure them against). 1 change awaits a decision; if approved, it would add 1 working day and £500 to the baseline.');
        expect(changes.filter(line => line.startsWith('### '))).toEqual(['### Approved and implemented', '### Awaiting a decision', '### Rejected']);
        expect(changes).toContain('| `c4` | No | rejected | +9 working days | +£9,000 | Pat &lt;b&gt;PM&lt;/b&gt; (pm) | 2027-01-07 |  |  |');
        expect(sectionOf(run.lines, 'Quality').slice(2)).toEqual(['| `q1` | Check &lt;b&gt;it&lt;/b&gt; | `build` | Looks \\| right | Pat &lt;b&gt;PM&lt;/b&gt; (pm) | failed |']);
        // `or less` is a ceiling; a plain target is a level to reach.
        expect(sectionOf(run.lines, 'KPIs').slice(2)).toEqual([
            '| `carbon` | Carbon | Green &lt;script&gt;alert(3)&lt;/script&gt; | 12 tCO2e or less | 9.5 tCO2e | ✅ met |',
            '| `reuse` | Furniture reused |  | 80% or more | 60% | ❌ missed |',
            '| `waste` | Waste |  | 3 or less |  | not measured |',
        ]);
        expect(sectionOf(run.lines, 'Lessons')).toEqual([
            '### planning', '- `l1` Plan \\| more', '- `l3` Measure twice',
            '### people', '- `l2` Ask early',
            '### Uncategorised', '- `l4` No category',
        ]);
        expect(sectionOf(run.lines, 'KSB coverage')[0]).toBe('2 of 62 KSBs of ST0310 (Associate project manager (Level 4)) are evidenced by this plan.');
        // The chart: names as Mermaid entities.
        expect(run.lines).toContain('    Build #60;svg onload#61;alert#40;4#41;#62;:crit, active, t_build, 2027-01-04, 2027-01-21');
    });

    test('hostile text is escaped everywhere: no HTML, links or emphasis reach the renderer', () => {
        const file = write('hostile/behind.proj', behindPlan);
        const run = proj(['report', file]);
        expect(run.status).toBe(0);
        expect(run.lines[0]).toBe('# Status report: Behind &lt;img src=x onerror=alert(1)&gt; \\| \\*now\\* \\[x\\](javascript:alert(2))');
        expect(run.stdout).not.toMatch(/<(img|script|svg|b|i|u)\b/i);
        expect(run.stdout).not.toMatch(/(?<!\\)\]\(javascript/);
        expect(run.stdout).not.toMatch(/(?<!\\)\*(now|hard)(?<!\\)\*/);
    });

    test('amber: indices below their tolerance but within 0.10 of it; no risks is green', () => {
        const file = write('amber/amber.proj', amberPlan);
        const run = proj(['report', file]);
        expect(run.status).toBe(0);
        const summary = sectionOf(run.lines, 'Summary');
        expect(summary[2]).toBe('| Schedule | 🟠 Amber | SPI 0.85 is below the tolerance of 0.90 (red below 0.80). Work worth 150 planned by 2027-01-15 is not done (SV −150). '
            + 'The forecast finish, 2027-01-19, is 2 working days after the planned 2027-01-15. |');
        expect(summary[3]).toBe('| Cost | 🟠 Amber | CPI 0.85 is below the tolerance of 0.90 (red below 0.80). Each unit spent has earned 0.85 of work (CV −150). '
            + 'The forecast at completion (EAC), 1,176, is 176 over the BAC of 1,000. |');
        expect(summary[4]).toBe('| Risks | 🟢 Green | The plan records no risks. |');
        expect(summary[5]).toBe('| **Overall** | **🟠 Amber** | The worst of schedule (amber), cost (amber) and risks (green). |');
        expect(sectionOf(run.lines, 'Top risks')).toEqual(['No risks are recorded.']);
        expect(sectionOf(run.lines, 'Milestones')).toEqual(['None.']);
        expect(sectionOf(run.lines, 'Change requests')).toEqual([
            'No approved changes.', '### Approved and implemented', 'None.', '### Awaiting a decision', 'None.',
        ]);
    });

    test('without a status date: nothing measured, but the registers and the chart are reported', () => {
        const file = write('no-status/plan.proj', 'project p "P" {\n    start 2027-01-04\n    task a "A" { duration 2d cost 100 }\n    risk r "R" { likelihood 2 impact 4 }\n}\n');
        const run = proj(['report', file]);
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(run.lines).toContain('- **Status date:** none (add a `status` date to measure progress)');
        expect(sectionOf(run.lines, 'Summary').slice(2, 6)).toEqual([
            '| Schedule | ⚪ Not measured | No status date, so progress is not measured. |',
            '| Cost | ⚪ Not measured | No status date, so spending is not measured. |',
            '| Risks | 🟠 Amber | The highest risk, r (R), scores 8 (likelihood 2 × impact 4), at or above the amber threshold of 5, below red at 15. |',
            '| **Overall** | **🟠 Amber** | The worst of schedule (not measured), cost (not measured) and risks (amber). |',
        ]);
        expect(sectionOf(run.lines, 'Earned value')).toEqual(['The plan has no status date: add one, such as \'status 2027-03-15\', to measure earned value.']);
        expect(sectionOf(run.lines, 'Gantt chart')[1]).toBe('gantt');
    });
});

describe('proj report: output and errors, as proj export', () => {
    test('--output writes the file, making its folders, and prints nothing', () => {
        const output = path.join(scratch.dir, 'out', 'deep', 'status.md');
        const run = proj(['report', example, '-o', output]);
        expect(run.stdout).toBe('');
        expect(run.stderr).toBe('');
        expect(run.status).toBe(0);
        expect(readFileSync(output, 'utf-8')).toBe(proj(['report', example, '--format', 'markdown']).stdout);
    });

    test('a file with errors prints them to stderr, writes nothing, and exits 1', () => {
        const file = write('errors/broken.proj', 'project broken {\n    start 2027-01-04\n    task one "One" { duration 1d after nobody }\n}\n');
        const output = path.join(scratch.dir, 'errors', 'out.html');
        for (const args of [[], ['--format', 'html', '--output', output]]) {
            const run = proj(['report', file, ...args]);
            expect(run.stdout).toBe('');
            expect(run.stderr).toBe([
                `${file}:3:40: error: Unknown task, milestone or phase 'nobody'. [proj/unknown-reference]`,
                `proj: ${file} has errors; fix them to report it.`,
                '',
            ].join('\n'));
            expect(run.status).toBe(1);
        }
        expect(existsSync(output)).toBe(false);
    });

    test.each([
        [['report'], "error: missing required argument 'file'"],
        [['report', example, '--format', 'pdf'], "error: option '--format <format>' argument 'pdf' is invalid. Allowed choices are markdown, html."],
        [['report', 'examples'], 'proj: examples: a folder; proj report takes one .proj file.'],
        [['report', example, '--project', 'office'], `proj: ${example}: no project 'office'; the file holds 'office_move'.`],
    ])('proj %j is a usage error', (args, message) => {
        const run = proj(args);
        expect(run.stdout).toBe('');
        expect(run.stderr.split('\n')[0]).toBe(message);
        expect(run.status).toBe(2);
    });

    test('--help lists the sections of the report', () => {
        const run = proj(['report', '--help']);
        expect(run.status).toBe(0);
        expect(run.stdout).toContain('Usage: proj report [options] <file>');
        expect(run.stdout).toMatch(/--format <format>\s+output format \(choices: "markdown", "html", default:\s+"markdown"\)/);
        expect(run.stdout).toContain('a RAG summary');
    });
});

describe('proj report --format html', () => {
    test('one self-contained page: CSP with a nonce on its script, the preview\'s renderer inlined, every section', () => {
        const { html } = reportHtml(example, 'structure');
        expectSelfContainedPage(html);

        const markup = markupOf(html);
        expect(markup).toContain('<title>Status report: Office relocation to Leeds</title>');
        expect(markup).toContain('<tr data-area="schedule"><th scope="row">Schedule</th><td class="rag rag-green">Green</td><td>SPI 0.95 meets the tolerance of 0.90.');
        expect(markup).toContain('<tr data-area="overall" class="overall"><th scope="row">Overall</th><td class="rag rag-red">Red</td>');
        expect(markup).toContain('<p id="schedule-risk"><strong>Schedule risk:</strong> P80 finish 16 Mar 2027; 36% chance of finishing by the planned 9 Mar; '
            + '100% of meeting the 30 Jun deadline (2,000 iterations, seed 1).</p>');
        expect(markup).toContain('<figure class="chart proj-gantt-figure" id="proj-gantt-figure" aria-label="Gantt chart"></figure>');
        expect(chartsDataOf(html).gantt!.view.rows).toHaveLength(9);
        expect(markup).toContain('<p id="change-summary">Approved changes: 5 working days and £12,000, part of the plan as it stands (it names no baseline to measure them against).');
        expect([...markup.matchAll(/<section id="([\w-]+)"/g)].map(match => match[1])).toEqual([
            'summary', 'milestones', 'gantt-chart', 'earned-value', 'risks', 'issues', 'changes', 'quality', 'kpis', 'lessons', 'ksb', 'annex',
        ]);
    });

    test('every string of the plan is escaped for HTML', () => {
        const file = write('hostile-html/behind.proj', behindPlan);
        const markup = markupOf(reportHtml(file, 'hostile-escaped').html);
        expect(markup).not.toMatch(/<(img|svg|b|i|u)\b|<script|on(error|load)=alert\([^)]*\)>/i);
        const escape = (text: string) => text.replace(/[&<>"']/g, character => `&#${character.charCodeAt(0)};`);
        expect(markup).toContain(`<h1>${escape(HOSTILE_TITLE)}</h1>`);
        expect(markup).toContain(`<td>${escape('Green <script>alert(3)</script>')}</td>`);
    });
});

describe.skipIf(chromiumMissing('the browser tests of proj report'))('the HTML report in a real browser (headless Chromium at /usr/bin/chromium), offline', () => {
    // The report holds one chart, the Gantt.
    const { withPage } = useHtmlPages({ screenshots: 'report', charts: 1 });

    test('the example: the Gantt chart drawn, the RAG cells coloured, the tables filled, nothing blocked', async () => {
        const { file } = reportHtml(example, 'browser-example');
        await withPage({ file, screenshot: 'office-move' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            expect(await page.title()).toBe('Status report: Office relocation to Leeds');
            // The preview's picture: five tasks, two milestones, two phases, the status date, the arrows and the table.
            const chart = page.locator('#proj-gantt-figure svg.proj-chart');
            expect(await chart.locator('rect.proj-bar-task').count()).toBe(5);
            expect(await chart.locator('rect.proj-bar-milestone').count()).toBe(2);
            expect(await chart.locator('rect.proj-bar-phase').count()).toBe(2);
            expect(await chart.locator('rect.proj-status-line').count()).toBe(1);
            expect(await chart.locator('path.proj-link').count()).toBe(6);
            expect(await page.locator('#proj-gantt-figure .proj-gantt-table-body .proj-gantt-row').count()).toBe(9);
            const gantt = await page.locator('#proj-gantt-figure').textContent();
            for (const name of ['Draft business case', 'Fit-out', 'Staff briefings', 'IT cut-over', 'Staff moved', 'Initiation', 'Delivery']) {
                expect(gantt).toContain(name);
            }

            const rag = async (area: string) => ({
                text: await page.locator(`#rag tr[data-area="${area}"] td.rag`).textContent(),
                background: await page.locator(`#rag tr[data-area="${area}"] td.rag`).evaluate(cell => getComputedStyle(cell).backgroundColor),
            });
            expect(await rag('schedule')).toEqual({ text: 'Green', background: 'rgb(26, 127, 55)' });
            expect(await rag('cost')).toEqual({ text: 'Red', background: 'rgb(207, 34, 46)' });
            expect(await rag('risks')).toEqual({ text: 'Red', background: 'rgb(207, 34, 46)' });
            expect(await rag('overall')).toEqual({ text: 'Red', background: 'rgb(207, 34, 46)' });
            expect(await page.locator('#rag tr[data-area="cost"] td').last().textContent()).toContain('CPI 0.96 meets the tolerance of 0.95.');

            const rows = (id: string) => page.locator(`#${id} tbody tr`).evaluateAll(trs => trs.map(tr => Array.from(tr.querySelectorAll("td")).map(td => td.textContent)));
            expect(await rows('milestones-table')).toEqual([
                ['approval', 'Business case approved', '2027-01-08', '2027-01-08', 'done'],
                ['moved', 'Staff moved', '2027-03-08', '2027-03-09', 'at risk: 1 working day later than planned'],
            ]);
            expect((await rows('earned-value-table')).at(-1)).toEqual(
                ['office_move', 'Office relocation to Leeds', '£59,440', '£37,390', '£35,590', '£36,900', '−£1,800', '−£1,310', '0.95', '0.96', '£61,628', '−£2,188']);
            expect((await rows('risks-table')).map(row => [row[0], row[3], row[8]])).toEqual([['lift_capacity', 'Red', ''], ['lease_delay', 'Amber', '★ fitout'], ['data_loss', 'Amber', '★ it']]);
            expect(await rows('issues-table')).toEqual([['lift_broken', 'Goods lift out of service', 'high', 'Alex Smith (alex)', '2027-03-01', 'Programme board', 'fitout']]);
            expect(await rows('approved-changes')).toEqual([['extra_floor', 'Add second floor', 'approved', '+5 working days', '+£12,000', 'Finance directorate (finance)', '2027-02-01', 'fitout', 'Fit out the second floor as well']]);
            expect((await rows('quality-table')).map(row => [row[0], row[5]])).toEqual([['fitout_signoff', 'pending'], ['case_review', 'passed']]);
            expect((await rows('kpis-table')).map(row => [row[0], row[3], row[4], row[5]])).toEqual([['downtime', '1 days or less', '0 days', 'met'], ['carbon', '12 tCO2e or less', '9.5 tCO2e', 'met'], ['rent', '70000 GBP or less', '', 'not measured']]);
            expect(await page.locator('#lessons h3').allTextContents()).toEqual(['procurement', 'planning']);
            expect(await page.locator('#ksb p').first().textContent()).toBe('23 of 62 KSBs of ST0310 (Associate project manager (Level 4)) are evidenced by this plan.');
        });
    });

    test('hostile text shows as text: no element, no handler, no dialog, no CSP violation', async () => {
        const file = write('browser-hostile/behind.proj', behindPlan);
        const { file: html } = reportHtml(file, 'browser-hostile');
        await withPage({ file: html, screenshot: 'hostile' }, async ({ page, ...problems }) => {
            expectNoProblems(problems);
            expect(await page.locator('h1').textContent()).toBe(HOSTILE_TITLE);
            expect(await page.title()).toBe(`Status report: ${HOSTILE_TITLE}`);
            expect(await page.locator('#proj-gantt-figure svg.proj-chart rect.proj-bar-task').count()).toBe(1);
            expect(await page.locator('#proj-gantt-figure svg.proj-chart').textContent()).toContain('Build <svg onload=alert(4)>');
            expect(await page.locator('#proj-gantt-figure .proj-gantt-table-body').textContent()).toContain('Build <svg onload=alert(4)>');
            expect(await page.locator('#rag tr[data-area="schedule"] td.rag').textContent()).toBe('Red');
            expect(await page.locator('#rag tr[data-area="cost"] td.rag').textContent()).toBe('Red');
            expect(await page.locator('#risks-table tbody tr').first().locator('td').nth(1).textContent()).toBe('Two <i>x</i>');
            expect(await page.locator('#kpis-table tbody tr').first().locator('td').nth(2).textContent()).toBe('Green <script>alert(3)</script>');
            // Nothing the names spell became an element or a handler.
            expect(await page.locator('img, b, i, u, a, .proj-gantt-chart svg svg, [onerror], [onload]').count()).toBe(0);
            expect(await page.locator('script').count()).toBe(2);
        });
    });
});
