import { describe, expect, test } from 'vitest';
import { ganttChart } from '../../language/src/engine/mermaid/gantt-chart.js';
import { mermaidText } from '../../language/src/engine/mermaid/mermaid-text.js';
import { networkChart, networkDirection } from '../../language/src/engine/mermaid/network-chart.js';
import { planMarkdown } from '../../language/src/engine/mermaid/plan-markdown.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { isProject } from '../../language/src/generated/ast.js';
import { linkedPlanText } from '../support/linked-plans.js';
import { createTestServices, validatePlan } from '../support/proj-test-services.js';
import { plan, type ItemSketch } from './plan-builder.js';

const HOSTILE = '<img src=x onerror=alert(1)>: a;b #c';

function charts(items: Record<string, ItemSketch>, options?: Parameters<typeof plan>[1], names: Record<string, string> = {}) {
    const input = plan(items, options);
    const named = { ...input, items: input.items.map(item => ({ ...item, name: names[item.id] })) };
    const schedule = schedulePlan(named);
    return { plan: named, schedule, gantt: ganttChart(named, schedule), network: networkChart(named, schedule) };
}

describe('Mermaid text escaping', () => {
    test('every character Mermaid or HTML gives a meaning to becomes an entity; line breaks become spaces', () => {
        expect(mermaidText(HOSTILE)).toBe('#60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c');
        expect(mermaidText('Plan\nand "build" [phase] {x} | 50% & more')).toBe('Plan and #34;build#34; #91;phase#93; #123;x#125; #124; 50#37; #38; more');
    });

    test('two dollars are kept apart by a word joiner: Mermaid draws $$…$$ as maths, and a plan\'s names are text', () => {
        expect(mermaidText('Budget $$x^2$$ of $5, $$$')).toBe('Budget $\u2060$x^2$\u2060$ of $5#44; $\u2060$\u2060$');
    });

    test('a hostile task name reaches the Gantt and the network only as entities', () => {
        const { gantt, network } = charts({ a: { duration: '2d' } }, {}, { a: HOSTILE });
        const ganttLine = gantt.mermaid.split('\n').find(line => line.includes('t_a'))!;
        expect(ganttLine).toBe('    #60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c:crit, t_a, 2027-01-04, 2027-01-05');
        expect(gantt.mermaid).not.toMatch(/<img|onerror=/);
        expect(network.mermaid).not.toMatch(/<img|onerror=/);
    });

    test('ids that are Mermaid keywords are prefixed', () => {
        const { gantt, network } = charts({ end: { duration: '1d' }, done: { duration: '1d', after: ['end'] } });
        expect(gantt.mermaid).toContain('    end:crit, t_end, 2027-01-04, 2027-01-04');
        expect(gantt.mermaid).toContain('    done:crit, t_done, 2027-01-05, 2027-01-05');
        expect(network.mermaid).toContain('    t_end --> t_done');
    });
});

describe('the Gantt chart', () => {
    test('shades only the days off within the chart: public holidays fill whole years', () => {
        const { gantt } = charts({ build: { duration: '5d' } }, { holidays: ['2026-12-25', '2027-01-05', '2027-03-26'] });
        expect(gantt.mermaid).toContain('    excludes saturday, sunday, 2027-01-05\n');
    });

    test('computed dates, inclusive ends, crit, progress, a summary bar heading each phase, milestones inside their day, the status date and shaded days off', () => {
        const { gantt } = charts({
            design: { kind: 'phase' },
            sketch: { duration: '3d', phase: 'design', progress: 100, actualStart: '2027-01-04', actualFinish: '2027-01-06' },
            review: { duration: '4d', phase: 'design', progress: 50 },
            kickoff: {},
            signed: { after: ['review'] },
            build: { duration: '2d', after: ['signed'] },
        }, { status: '2027-01-05', holidays: ['2027-01-12'] });
        expect(gantt.mermaid).toBe([
            'gantt',
            '    dateFormat YYYY-MM-DD',
            '    axisFormat %d %b',
            '    inclusiveEndDates',
            '    todayMarker off',
            '    excludes saturday, sunday, 2027-01-12',
            '    section design',
            '    design:crit, active, t_design, 2027-01-04, 2027-01-07',
            '    sketch:done, t_sketch, 2027-01-04, 2027-01-06',
            '    review:crit, active, t_review, 2027-01-04, 2027-01-07',
            '    section test',
            // A milestone spans the day it falls on (inclusive ends), which centres its diamond in
            // that day: kickoff at the start of 4 Jan, signed at the end of 7 Jan, when review ends.
            '    kickoff:milestone, t_kickoff, 2027-01-04, 2027-01-04',
            '    signed:crit, milestone, t_signed, 2027-01-07, 2027-01-07',
            '    build:crit, t_build, 2027-01-08, 2027-01-11',
            '    Status date:vert, status_date, 2027-01-06, 0d',
            '',
        ].join('\n'));
    });

    test('for Markdown, which hosts draw with older Mermaid, the status date is a milestone row of its own at the top, inside its day', () => {
        const { plan: input, schedule } = charts({ a: { duration: '3d' } }, { status: '2027-01-05' });
        const lines = ganttChart(input, schedule, { statusMarker: 'milestone' }).mermaid.split('\n');
        expect(lines.slice(6, 9)).toEqual(['    section Status date', '    Status date:milestone, status_date, 2027-01-05, 2027-01-05', '    section test']);
        expect(lines.filter(line => line.includes('vert'))).toEqual([]);
    });

    test('in a plan that uses hours, the status date\'s milestone stands at the end of its day', () => {
        const { plan: input, schedule } = charts({ a: { duration: '4h' } }, { status: '2027-01-04' });
        expect(ganttChart(input, schedule, { statusMarker: 'milestone' }).mermaid)
            .toContain('    section Status date\n    Status date:milestone, status_date, 2027-01-05 00:00, 2027-01-05 00:00\n');
    });

    test('a plan that uses hours has bars from time to time, and milestones at their moment', () => {
        const { gantt } = charts({ a: { duration: '4h' }, b: { duration: '1.5d', after: ['a'] }, done: { after: ['b'] } });
        const lines = gantt.mermaid.split('\n');
        expect(lines).toContain('    dateFormat YYYY-MM-DD HH:mm');
        expect(lines).not.toContain('    inclusiveEndDates');
        expect(lines).toContain('    a:crit, t_a, 2027-01-04 08:00, 2027-01-04 12:00');
        expect(lines).toContain('    b:crit, t_b, 2027-01-04 13:00, 2027-01-05 17:00');
        expect(lines).toContain('    done:crit, milestone, t_done, 2027-01-05 17:00, 2027-01-05 17:00');
    });

    test('nested phases are flattened into sections named by their path', () => {
        const { gantt } = charts({
            delivery: { kind: 'phase' },
            fitout: { kind: 'phase', phase: 'delivery' },
            paint: { duration: '1d', phase: 'fitout' },
            survey: { duration: '1d', phase: 'delivery' },
        });
        expect(gantt.mermaid).toContain('    section delivery\n    delivery:crit, t_delivery, 2027-01-04, 2027-01-04\n'
            + '    section delivery / fitout\n    fitout:crit, t_fitout, 2027-01-04, 2027-01-04\n    paint:crit, t_paint, 2027-01-04, 2027-01-04\n'
            + '    section delivery\n    survey:crit, t_survey');
    });

    test('past the threshold phases are their summary bars alone, except the one expanded', () => {
        const items: Record<string, ItemSketch> = { one: { kind: 'phase' }, two: { kind: 'phase' } };
        for (let i = 0; i < 6; i++) {
            items[`a${i}`] = { duration: '1d', phase: i < 3 ? 'one' : 'two' };
        }
        const input = plan(items);
        const schedule = schedulePlan(input);
        const collapsed = ganttChart(input, schedule, { collapseAbove: 4 });
        expect(collapsed.collapsed).toBe(true);
        expect(collapsed.mermaid).toContain('    section one\n    one #40;3 items#41;:crit, t_one, 2027-01-04, 2027-01-04\n    section two\n    two #40;3 items#41;:crit, t_two, 2027-01-04, 2027-01-04\n');
        expect(collapsed.phases).toEqual([{ id: 'one', title: 'one' }, { id: 'two', title: 'two' }]);
        const expanded = ganttChart(input, schedule, { collapseAbove: 4, expandedPhase: 'two' });
        expect(expanded.mermaid).toContain('    section one\n    one #40;3 items#41;:crit, t_one, 2027-01-04, 2027-01-04\n    section two\n    two:crit, t_two, 2027-01-04, 2027-01-04\n    a3:crit, t_a3');
    });

    test('an empty plan is an empty chart, still valid Mermaid', () => {
        const { gantt, network } = charts({});
        expect(gantt.mermaid).toBe('gantt\n    dateFormat YYYY-MM-DD\n    axisFormat %d %b\n    inclusiveEndDates\n    todayMarker off\n    excludes saturday, sunday\n');
        expect(gantt.rows).toEqual([]);
        expect(network.mermaid).toBe('flowchart LR\n    classDef critical stroke:#d1242f,stroke-width:3px\n');
    });
});

describe('the critical-path network', () => {
    test('nodes with title (else id), dates and float; critical nodes and driving critical links highlighted, nothing faded; link types and lags labelled', () => {
        const { network } = charts({
            a: { duration: '5d' },
            b: { duration: '2d' },
            c: { duration: '3d', after: ['a', 'b SS +1d'] },
        }, {}, { a: 'Design the [new] office', c: HOSTILE });
        expect(network.mermaid).toBe([
            'flowchart LR',
            '    t_a["Design the #91;new#93; office<br/>4 Jan → 8 Jan<br/>float 0"]:::critical',
            '    t_b["b<br/>4 Jan → 5 Jan<br/>float 4"]:::noncritical',
            '    t_c["#60;img src#61;x onerror#61;alert#40;1#41;#62;#58; a#59;b #35;c<br/>11 Jan → 13 Jan<br/>float 0"]:::critical',
            '    t_a --> t_c',
            '    t_b -- "SS +1d" --> t_c',
            '    classDef critical stroke:#d1242f,stroke-width:3px',
            '    linkStyle 0 stroke:#d1242f,stroke-width:3px',
            '',
        ].join('\n'));
        expect(network.mermaid).not.toMatch(/opacity/);
    });

    test('the critical chain only, on request or when the plan is larger than the view draws', () => {
        const items: Record<string, ItemSketch> = { a: { duration: '5d' }, b: { duration: '1d' }, c: { duration: '1d', after: ['a', 'b'] } };
        const input = plan(items);
        const schedule = schedulePlan(input);
        expect(networkChart(input, schedule, { criticalOnly: true }).nodes.map(node => node.id)).toEqual(['a', 'c']);
        const capped = networkChart(input, schedule, { maxNodes: 2 });
        expect(capped.criticalOnly).toBe(true);
        expect(capped.notice).toBe('Showing the critical chain only: the plan has 3 tasks and milestones, more than the 2 this view draws.');
    });

    test('a critical chain longer than the view shows its ends and says how many are left out', () => {
        const items: Record<string, ItemSketch> = {};
        for (let i = 0; i < 10; i++) {
            items[`t${i}`] = { duration: '1d', after: i > 0 ? [`t${i - 1}`] : [] };
        }
        const input = plan(items);
        const network = networkChart(input, schedulePlan(input), { maxNodes: 4 });
        expect(network.nodes.map(node => node.id)).toEqual(['t0', 't1', 't8', 't9']);
        expect(network.mermaid).toContain('    elided(["… 6 more critical items …"]):::noncritical\n    t_t1 -.-> elided -.-> t_t8');
        expect(network.notice).toBe('Showing the ends of the critical path: 10 items, more than the 4 this view draws.');
    });

    test('by its shape, a network runs its longest way down the page: a chain top to bottom, parallel work left to right', () => {
        const chain: Record<string, ItemSketch> = {};
        const parallel: Record<string, ItemSketch> = { start: {} };
        for (let i = 0; i < 12; i++) {
            chain[`t${i}`] = { duration: '1d', after: i > 0 ? [`t${i - 1}`] : [] };
            parallel[`t${i}`] = { duration: '1d', after: ['start'] };
        }
        const direction = (items: Record<string, ItemSketch>) => {
            const input = plan(items);
            return networkChart(input, schedulePlan(input), { direction: 'by-shape' }).mermaid.split('\n')[0];
        };
        expect(direction(chain)).toBe('flowchart TB');
        expect(direction(parallel)).toBe('flowchart LR');
        // Left to right unless asked: the preview wraps it into rows of its own.
        const input = plan(chain);
        expect(networkChart(input, schedulePlan(input)).mermaid.split('\n')[0]).toBe('flowchart LR');
        expect(networkDirection(['a', 'b', 'c'], [['a', 'b'], ['b', 'c']])).toBe('TB');
        expect(networkDirection(['a', 'b', 'c'], [['a', 'b'], ['a', 'c']])).toBe('LR');
    });

    test('in the Markdown report, the network of plans of 40 and 150 linked items: plain flowchart text, in the narrower direction', async () => {
        const services = await createTestServices();
        // 40 items: parallel lanes, wider than deep; 150: past the 60 drawn, the critical chain alone.
        for (const [count, direction] of [[40, 'LR'], [150, 'TB']] as const) {
            const { document } = await validatePlan(services, linkedPlanText(count));
            const input = services.Proj.planning.ProjectSchedules.planOf(document.parseResult.value.elements.find(isProject)!)!;
            const markdown = planMarkdown(input, schedulePlan(input));
            const block = markdown.split('## Critical path network\n\n```mermaid\n')[1].split('\n```')[0].split('\n');
            expect(block[0]).toBe(`flowchart ${direction}`);
            // Plain flowchart statements only, which GitHub's Mermaid draws: no directive, no front matter, no ELK.
            for (const line of block.slice(1)) {
                expect(line).toMatch(/^    (t_\w+\["[^"<>]*(<br\/>[^"<>]*)*"\]:::(critical|noncritical)|t_\w+ (-- "[^"]*" )?--> t_\w+|classDef critical .*|linkStyle [\d,]+ .*)$/);
            }
        }
    });
});

describe('the Markdown report', () => {
    test('a summary, both diagrams as mermaid blocks that render on GitHub, and the schedule table, user text escaped', () => {
        const { plan: input, schedule } = charts({ a: { duration: '5d' }, b: { duration: '1d', after: ['a'] } }, { deadline: '2027-01-07' }, { a: HOSTILE });
        const markdown = planMarkdown(input, schedule, 'Office | move');
        expect(markdown.split('\n').slice(0, 8)).toEqual([
            '# Office \\| move',
            '',
            '- **Start:** 2027-01-04',
            '- **Finish:** 2027-01-11',
            '- **Deadline:** 2027-01-07 (missed by 2 working days)',
            '- **Critical path:** `a` → `b`',
            '',
            '## Gantt chart',
        ]);
        expect(markdown.match(/^```mermaid$/gm)).toHaveLength(2);
        // The missed deadline bounds the late dates: the critical chain has float -2.
        expect(markdown).toContain('| ★ | `a` | &lt;img src=x onerror=alert(1)&gt;: a;b #c | 2027-01-04 | 2027-01-08 | 5 | -2 | -2 |');
    });
});

describe('part days in the charts and the Markdown', () => {
    test('days and floats of a plan in hours are written to two decimals, as the preview\'s table writes them', () => {
        const { plan: input, schedule, network } = charts({ a: { duration: '1d' }, b: { duration: '1h' } });
        expect(schedule.items.find(item => item.id === 'b')!.totalFloat).toBe(0.875);
        expect(network.mermaid).toContain('float 0.88');
        expect(network.mermaid).not.toContain('0.875');
        const row = planMarkdown(input, schedule).split('\n').find(line => line.includes('`b`'))!;
        expect(row).toContain('| 0.13 | 0.88 | 0.88 |');
    });
});
