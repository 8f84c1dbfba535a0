import { describe, expect, test } from 'vitest';
import { budgetCurve } from '../../language/src/engine/budget-curve.js';
import { earnedValueOf, plannedOnly } from '../../language/src/engine/earned-value.js';
import { ksbCoverage, type StandardCatalogue } from '../../language/src/engine/ksb-coverage.js';
import { NO_FACTS, type PlanFacts } from '../../language/src/engine/duty-practice.js';
import { quadrantLabel, stakeholderChart } from '../../language/src/engine/mermaid/stakeholder-chart.js';
import { DEFAULT_TOLERANCES, type RiskInput } from '../../language/src/engine/register-model.js';
import { heatMap, issueLog, ragOf, riskRegister } from '../../language/src/engine/risk-register.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { stakeholderGrid } from '../../language/src/engine/stakeholder-grid.js';
import { plan } from './plan-builder.js';

const risk = (id: string, likelihood?: number, impact?: number, more: Partial<RiskInput> = {}): RiskInput =>
    ({ id, kind: 'risk', likelihood, impact, affects: [], ...more });

describe('risk register', () => {
    const bands = { ...DEFAULT_TOLERANCES, riskAmber: 6, riskRed: 15 };

    test('a score is likelihood x impact, banded by the plan\'s tolerances at their lower bounds', () => {
        expect([5, 6, 14, 15, 25].map(score => ragOf(score, bands))).toEqual(['green', 'amber', 'amber', 'red', 'red']);
        expect([4, 5, 14, 15].map(score => ragOf(score, DEFAULT_TOLERANCES))).toEqual(['green', 'amber', 'amber', 'red']);
    });

    test('rows: highest score first, unscored last, ties in plan order; residual scored and banded', () => {
        const rows = riskRegister([
            risk('unscored'), risk('low', 1, 2), risk('high', 4, 4, { residualLikelihood: 2, residualImpact: 2 }), risk('also_low', 2, 1),
        ], undefined, bands);
        expect(rows.map(row => [row.id, row.score, row.rag, row.residualScore, row.residualRag])).toEqual([
            ['high', 16, 'red', 4, 'green'], ['low', 2, 'green', undefined, undefined], ['also_low', 2, 'green', undefined, undefined], ['unscored', undefined, undefined, undefined, undefined],
        ]);
    });

    test('a threat to critical work is flagged with the critical items it affects; an opportunity never is', () => {
        // a (5 days) then b (2 days) is the critical chain; c (1 day) has 6 days of float.
        const schedule = schedulePlan(plan({ a: { duration: '5d' }, b: { duration: '2d', after: ['a'] }, c: { duration: '1d' } }));
        const rows = riskRegister([
            risk('on_chain', 3, 3, { affects: ['c', 'b'] }), risk('off_chain', 3, 3, { affects: ['c'] }),
            { ...risk('upside', 3, 3, { affects: ['a'] }), kind: 'opportunity' },
        ], schedule, bands);
        expect(rows.map(row => [row.id, row.criticalAffected])).toEqual([['on_chain', ['b']], ['off_chain', []], ['upside', []]]);
    });

    test('the heat map: likelihood 5 at the top, impact 1 on the left, each risk in its cell, out-of-range scores nowhere', () => {
        const rows = riskRegister([risk('r1', 3, 4), risk('r2', 3, 4), risk('r3', 5, 1), risk('bad', 6, 2)], undefined, bands);
        const map = heatMap(rows, bands);
        expect(map.map(row => row.map(cell => cell.score))).toEqual([
            [5, 10, 15, 20, 25], [4, 8, 12, 16, 20], [3, 6, 9, 12, 15], [2, 4, 6, 8, 10], [1, 2, 3, 4, 5],
        ]);
        expect(map[2][3]).toEqual({ likelihood: 3, impact: 4, score: 12, rag: 'amber', risks: ['r1', 'r2'] });
        expect(map[0][0].risks).toEqual(['r3']);
        expect(map.flat().flatMap(cell => cell.risks)).not.toContain('bad');
        expect(map[4][4].rag).toBe('green');
        expect(map[0][2].rag).toBe('red');
    });

    test('the issue log: open before closed, the most severe first, unrated last', () => {
        const issue = (id: string, status: 'open' | 'closed', severity?: 'low' | 'medium' | 'high' | 'critical') => ({ id, status, severity, affects: [] });
        expect(issueLog([issue('a', 'closed', 'critical'), issue('b', 'open'), issue('c', 'open', 'low'), issue('d', 'open', 'critical')]).map(entry => entry.id))
            .toEqual(['d', 'c', 'b', 'a']);
    });
});

describe('stakeholder grid', () => {
    test('quadrants by power and interest, medium on the low side; points inside the grid; the unassessed kept apart', () => {
        const grid = stakeholderGrid([
            { id: 'board', power: 'high', interest: 'high' }, { id: 'landlord', power: 'high', interest: 'medium' },
            { id: 'staff', power: 'low', interest: 'high' }, { id: 'council', power: 'medium', interest: 'low' }, { id: 'press', power: 'high' },
        ]);
        expect(grid.points.map(point => [point.id, point.quadrant])).toEqual([
            ['board', 'manage-closely'], ['landlord', 'keep-satisfied'], ['staff', 'keep-informed'], ['council', 'monitor'],
        ]);
        for (const point of grid.points) {
            expect(point.x > 0.5).toBe(point.quadrant === 'manage-closely' || point.quadrant === 'keep-informed');
            expect(point.y > 0.5).toBe(point.quadrant === 'manage-closely' || point.quadrant === 'keep-satisfied');
        }
        expect(grid.unassessed.map(stakeholder => stakeholder.id)).toEqual(['press']);
    });

    test('stakeholders with the same levels fan out around their spot, within their quadrant', () => {
        const grid = stakeholderGrid(Array.from({ length: 10 }, (_, index) => ({ id: `s${index}`, power: 'high' as const, interest: 'high' as const })));
        const spots = new Set(grid.points.map(point => `${point.x},${point.y}`));
        expect(spots.size).toBe(10);
        expect(grid.points.every(point => point.x > 0.5 && point.y > 0.5 && point.x < 1 && point.y < 1)).toBe(true);
    });

    test('the quadrant chart names the four quadrants where Mermaid puts them, and plain labels only', () => {
        const chart = stakeholderChart(stakeholderGrid([{ id: 'fin', title: 'Finance & "Risk" <dir>: a;b', power: 'high', interest: 'low' }]));
        expect(chart.split('\n')).toEqual([
            '%%{init: {"quadrantChart": {"pointTextPadding": 10}}}%%',
            'quadrantChart',
            '    x-axis Low interest --> High interest',
            '    y-axis Low power --> High power',
            '    quadrant-1 Manage closely',
            '    quadrant-2 Keep satisfied',
            '    quadrant-3 Monitor',
            '    quadrant-4 Keep informed',
            '    "Finance and Risk dir a b": [0.2, 0.78]',
        ]);
        expect(quadrantLabel('%%{init}%% #58;')).toBe('init 58');
        expect(quadrantLabel('<>')).toBe('?');
    });
});

describe('budget S-curve', () => {
    // a: 1,000 over 5 days from Mon 4 Jan, done and 1,200 spent; b: 2,000 over 10 days after it,
    // planned 11 to 22 Jan, started a day late on Tue 12, 30% done, 500 spent; status Fri 15 Jan.
    const input = plan({
        a: { duration: '5d', cost: 1000, progress: 100, actualStart: '2027-01-04', actualFinish: '2027-01-08', spent: 1200 },
        b: { duration: '10d', cost: 2000, after: ['a'], progress: 30, actualStart: '2027-01-12', spent: 500 },
    }, { status: '2027-01-15' });
    const planned = schedulePlan(plannedOnly(input));
    const curve = budgetCurve(input, planned, schedulePlan(input))!;

    test('a point at the end of each week and at the status date; EV and AC stop at the status date', () => {
        expect(curve.interval).toBe('week');
        expect(curve.points.map(point => point.date)).toEqual(['2027-01-10', '2027-01-15', '2027-01-17', '2027-01-24', '2027-01-26']);
        expect(curve.points.map(point => point.ev !== undefined)).toEqual([true, true, false, false, false]);
    });

    test('PV accrues evenly over the planned days, EV and AC over the days the work has run', () => {
        const [week1, status, , week3, end] = curve.points;
        // By Sun 10 Jan: a in full. By Fri 15: a and 5 of b's 10 days.
        expect(week1).toEqual({ date: '2027-01-10', pv: 1000, ev: 1000, ac: 1200 });
        // b has run Tue 12 to Fri 15, 4 days: all of its 600 earned and 500 spent so far fall in them.
        expect(status).toEqual({ date: '2027-01-15', pv: 2000, ev: 1600, ac: 1700 });
        expect(week3.pv).toBe(3000);
        expect(end.pv).toBe(3000);
    });

    test('at the status date the curve agrees with the earned-value report', () => {
        const project = earnedValueOf(input, planned)!.lines.at(-1)!;
        const point = curve.points.find(candidate => candidate.date === curve.status)!;
        expect([point.pv, point.ev, point.ac]).toEqual([project.pv, project.ev, project.ac]);
    });

    test('plans longer than half a year go month by month', () => {
        const long = plan({ a: { duration: '200d', cost: 100 } }, { status: '2027-02-10' });
        const monthly = budgetCurve(long, schedulePlan(plannedOnly(long)), schedulePlan(long))!;
        expect(monthly.interval).toBe('month');
        expect(monthly.points.slice(0, 3).map(point => point.date)).toEqual(['2027-01-31', '2027-02-10', '2027-02-28']);
    });
});

describe('KSB coverage', () => {
    const standard: StandardCatalogue = {
        id: 'ST', ksbs: [
            { code: 'K1', kind: 'knowledge', text: 'k one' }, { code: 'K2', kind: 'knowledge', text: 'k two' },
            { code: 'S1', kind: 'skill', text: 's one' }, { code: 'B1', kind: 'behaviour', text: 'b one' },
        ],
        duties: [{ code: 'D1', text: 'Duty one', ksbs: ['K1', 'S1'] }, { code: 'D2', text: 'No mapping', ksbs: [] }],
    };

    test('every KSB with its evidence; duties that map KSBs first, then the rest by kind; gaps counted', () => {
        const coverage = ksbCoverage(standard, [
            { ksb: 'K1', id: 'plan_task', kind: 'task' }, { ksb: 'S1', id: 'risk_a', kind: 'risk' },
            { ksb: 'K1', id: 'lesson_a', kind: 'lesson' }, { ksb: 'X9', id: 'stray', kind: 'task' },
        ]);
        expect(coverage.entries.map(entry => [entry.code, entry.evidence.map(evidence => evidence.id)])).toEqual([
            ['K1', ['plan_task', 'lesson_a']], ['K2', []], ['S1', ['risk_a']], ['B1', []],
        ]);
        expect(coverage.groups.map(group => [group.title, group.codes, group.covered])).toEqual([
            ['D1: Duty one', ['K1', 'S1'], 2],
            ['D2: No mapping', [], 0],
            ['Knowledge not mapped to a duty', ['K2'], 0],
            ['Behaviours not mapped to a duty', ['B1'], 0],
        ]);
        expect([coverage.covered, coverage.total]).toEqual([2, 4]);
        // Without rules of practice a duty is judged by its KSBs.
        expect(coverage.groups.slice(0, 2).map(group => group.duty?.verdict)).toEqual(['evidenced', 'not evidenced']);
        expect(coverage.duties).toEqual({ evidenced: 1, total: 2 });
    });

    test('a duty is judged by its rules of practice on the plans\' facts: all shown, some, none', () => {
        const withPractice: StandardCatalogue = {
            ...standard,
            duties: [{
                code: 'D1', text: 'Schedule', ksbs: ['K1'], practice: [
                    { evidence: 'Milestones', reason: 'Key dates.', holds: facts => facts.milestones > 0 },
                    { evidence: 'Links', reason: 'A critical path.', holds: facts => facts.dependencies > 0 },
                ],
            }],
        };
        const judged = (facts: Array<Partial<PlanFacts>>) => ksbCoverage(withPractice, [], {
            facts: facts.map((fact, index) => ({ project: `p${index + 1}`, facts: { ...NO_FACTS, ...fact } })),
        }).groups[0].duty!;
        // Across plans: each rule holds if any plan shows it, and names the plans that do.
        expect(judged([{ milestones: 2 }, { dependencies: 1, milestones: 1 }])).toMatchObject({
            verdict: 'evidenced', practice: [{ evidence: 'Milestones', projects: ['p1', 'p2'] }, { evidence: 'Links', projects: ['p2'] }],
        });
        expect(judged([{ milestones: 2 }]).verdict).toBe('partly');
        expect(judged([{}]).verdict).toBe('not evidenced');
        // The KSBs do not decide a duty with rules: K1 evidenced, the practice missing.
        expect(ksbCoverage(withPractice, [{ ksb: 'K1', id: 't', kind: 'task' }], { facts: [{ project: 'p', facts: NO_FACTS }] }).groups[0].duty!.verdict).toBe('not evidenced');
    });

    test('mappings add KSBs to the duties of their code, once, and say whose they are', () => {
        const coverage = ksbCoverage(standard, [], {
            mappings: [{ source: 'mine', duty: 'D1', ksbs: ['K1', 'K2', 'X9'] }, { source: 'mine', duty: 'D7', ksbs: ['B1'] }],
        });
        expect(coverage.groups[0]).toMatchObject({ codes: ['K1', 'S1', 'K2'], duty: { added: [{ code: 'K2', source: 'mine' }] } });
        expect(coverage.groups.map(group => group.title)).toEqual(['D1: Duty one', 'D2: No mapping', 'Behaviours not mapped to a duty']);
    });
});
