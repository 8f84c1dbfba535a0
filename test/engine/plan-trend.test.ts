import { describe, expect, test } from 'vitest';
import { earnedValueOf } from '../../language/src/engine/earned-value.js';
import { finishTrendChart, indexTrendChart, MAX_CHART_POINTS } from '../../language/src/engine/mermaid/trend-chart.js';
import type { PlanInput } from '../../language/src/engine/plan-model.js';
import { planTrend, riskExposure, trendChart, type MeasuredPlan, type PlanVersion } from '../../language/src/engine/plan-trend.js';
import { DEFAULT_TOLERANCES, type RiskInput } from '../../language/src/engine/register-model.js';
import { schedulePlan } from '../../language/src/engine/scheduler.js';
import { plan } from './plan-builder.js';

const risk = (id: string, likelihood?: number, impact?: number, more: Partial<RiskInput> = {}): RiskInput =>
    ({ id, kind: 'risk', likelihood, impact, affects: [], ...more });

/** A plan as a version holds it: scheduled, measured at its status date, with its risks. */
function measured(input: PlanInput, risks: readonly RiskInput[] = []): MeasuredPlan {
    return {
        plan: input, schedule: schedulePlan(input), earnedValue: input.status ? earnedValueOf(input) : undefined,
        registers: { tolerances: DEFAULT_TOLERANCES, risks, issues: [], stakeholders: [], changes: [], qualities: [], lessons: [], objectives: [], kpis: [] },
    };
}

let commits = 0;
function version(date: string, content: MeasuredPlan | string): PlanVersion {
    const commit = `${String(++commits).padStart(2, '0')}${'ab'.repeat(19)}`;
    const what = typeof content === 'string' ? { problem: content } : { snapshot: content };
    return { commit, date: `${date}T12:00:00+00:00`, subject: `On ${date}`, path: 'plan.proj', ...what };
}

/** One task of `days` working days from Mon 22 Mar 2027, with the holidays given. */
const task = (days: number, holidays: string[] = []) => measured(plan({ a: { duration: `${days}d` } }, { start: '2027-03-22', holidays }));

describe('the trend of a plan over its versions', () => {
    test('finish variance: working days from the reference\'s finish, on each version\'s own calendar', () => {
        const trend = planTrend({
            versions: [
                // 5 days: Mon 22 to Fri 26 Mar.
                version('2027-03-01', task(5)),
                // 4 days: Thu 25 Mar, a day earlier.
                version('2027-03-08', task(4)),
                // 8 days over Easter Monday (29 Mar), not worked: Thu 1 Apr, 3 working days later (30, 31 Mar, 1 Apr), not 4.
                version('2027-03-15', task(8, ['2027-03-29'])),
            ],
        });
        expect(trend.reference).toEqual({ kind: 'oldest', commit: trend.rows[0].commit, date: '2027-03-01', finish: '2027-03-26' });
        expect(trend.rows.map(row => [row.date, row.finish, row.finishVariance, row.reference])).toEqual([
            ['2027-03-01', '2027-03-26', 0, true],
            ['2027-03-08', '2027-03-25', -1, false],
            ['2027-03-15', '2027-04-01', 3, false],
        ]);
    });

    test('the baseline the plan names is the reference when its version is among them', () => {
        const versions = [version('2027-03-01', task(5)), version('2027-03-08', task(7)), version('2027-03-15', task(9))];
        const trend = planTrend({ versions, baseline: { revision: 'v2', version: 1 } });
        expect(trend.reference).toMatchObject({ kind: 'baseline', revision: 'v2', finish: '2027-03-30' });
        expect(trend.rows.map(row => [row.finishVariance, row.reference])).toEqual([[-2, false], [0, true], [2, false]]);
    });

    test('otherwise the oldest version that can be measured is, and the output can say why the baseline is not', () => {
        const broken = version('2027-03-01', "it has errors (line 3: Unknown task 'x'.)");
        const versions = [broken, version('2027-03-08', task(5)), version('2027-03-15', task(6))];
        expect(planTrend({ versions, baseline: { revision: 'v0', problem: "'v0' is before the versions read (see --since)" } }).reference).toMatchObject({
            kind: 'oldest', commit: versions[1].commit, unusedBaseline: { revision: 'v0', reason: "'v0' is before the versions read (see --since)" },
        });
        expect(planTrend({ versions, baseline: { revision: 'v1', version: 0 } }).reference).toMatchObject({
            kind: 'oldest', commit: versions[1].commit,
            unusedBaseline: { revision: 'v1', reason: "the plan there cannot be measured (it has errors (line 3: Unknown task 'x'.))" },
        });
    });

    test('a version that cannot be measured keeps its row, with the reason and no figures', () => {
        const cycle = { ...task(5), schedule: undefined, problem: 'a and b depend on each other' };
        const trend = planTrend({ versions: [version('2027-03-01', task(5)), version('2027-03-08', { ...cycle, registers: { ...cycle.registers, risks: [risk('r', 2, 2)] } }), version('2027-03-09', 'the commit deleted the plan')] });
        expect(trend.rows.slice(1)).toEqual([
            { commit: trend.rows[1].commit, date: '2027-03-08', subject: 'On 2027-03-08', path: 'plan.proj', reference: false, status: undefined, riskExposure: 4,
                problem: 'it cannot be scheduled: a and b depend on each other' },
            { commit: trend.rows[2].commit, date: '2027-03-09', subject: 'On 2027-03-09', path: 'plan.proj', reference: false, status: undefined, riskExposure: undefined,
                problem: 'the commit deleted the plan' },
        ]);
    });

    test('with no version measured there is no reference, and no variance', () => {
        const trend = planTrend({ versions: [version('2027-03-01', 'it holds no project'), version('2027-03-02', 'it has no start date')], baseline: { revision: 'v1', version: 1 } });
        expect(trend.reference).toBeUndefined();
        expect(trend.rows.map(row => [row.finishVariance, row.problem])).toEqual([[undefined, 'it holds no project'], [undefined, 'it has no start date']]);
    });

    test('SPI, CPI and EAC are the project line of the version\'s earned value at its status date', () => {
        // 10 days from Mon 4 Jan, £10,000; at Fri 8 Jan (5 days due: PV £5,000) 40% done (EV £4,000), £5,000 spent:
        // SPI 0.8, CPI 0.8, EAC £12,500.
        const measuredPlan = measured(plan({ a: { duration: '10d', cost: 10_000, progress: 40, spent: 5_000 } }, { status: '2027-01-08' }));
        const [row] = planTrend({ versions: [version('2027-01-08', measuredPlan)] }).rows;
        expect(row).toMatchObject({ status: '2027-01-08', spi: 0.8, cpi: 0.8, eac: 12_500 });
    });

    test('with a baseline the plan names, planned value comes from the baseline\'s dates, in the trend or before it', () => {
        // Today: 10 days from Mon 4 Jan, £10,000, 40% done at Fri 8 Jan (EV £4,000). The baseline planned
        // 8 days: 5 of them due by Fri 8 Jan, PV £6,250 (its budget is £10,000 too): SPI 0.64, not 0.8.
        const today = measured(plan({ a: { duration: '10d', cost: 10_000, progress: 40, spent: 5_000 } }, { status: '2027-01-08' }));
        const before = measured(plan({ a: { duration: '8d', cost: 10_000 } }));
        const [row] = planTrend({ versions: [version('2027-01-08', today)], baseline: { revision: 'v1', problem: 'before the range', snapshot: before } }).rows;
        expect(row).toMatchObject({ spi: 0.64, cpi: 0.8, eac: 12_500 });
    });

    test('the date is the committer\'s own day, whatever the offset', () => {
        const late = { ...version('2027-03-01', task(5)), date: '2027-03-01T23:30:00-05:00' };
        expect(planTrend({ versions: [late] }).rows[0].date).toBe('2027-03-01');
    });
});

describe('risk exposure', () => {
    test('the scores of the risks added up: opportunities, unscored risks and residual scores are not exposure', () => {
        expect(riskExposure([
            risk('a', 3, 4), risk('b', 2, 5, { residualLikelihood: 1, residualImpact: 1 }), risk('unscored', 3),
            { ...risk('upside', 5, 5), kind: 'opportunity' },
        ])).toBe(12 + 10);
        expect(riskExposure([])).toBe(0);
    });
});

describe('the chart data and its Mermaid', () => {
    /** 10 days from Mon 4 Jan, £10,000; at Fri 8 Jan £5,000 is due (PV): progress and spend give the indices. */
    const progressed = (progress: number, spent: number) =>
        measured(plan({ a: { duration: '10d', cost: 10_000, progress, spent } }, { status: '2027-01-08' }));

    test('a point per version, the finish range taking in the reference, the index range taking in 1', () => {
        // 40% done, £3,200 spent: EV £4,000, SPI 0.8, CPI 1.25; the 6 days left run Mon 11 to Mon 18 Jan.
        // 30% done, £3,000 spent: SPI 0.6, CPI 1; 7 days left, to Tue 19 Jan.
        const trend = planTrend({ versions: [version('2027-01-04', progressed(40, 3_200)), version('2027-01-05', 'broken'), version('2027-01-06', progressed(30, 3_000))] });
        const chart = trendChart(trend);
        expect(chart.points.map(point => [point.date, point.commit.length, point.finish, point.finishVariance, point.spi, point.cpi, point.problem])).toEqual([
            ['2027-01-04', 7, '2027-01-18', 0, 0.8, 1.25, false],
            ['2027-01-05', 7, undefined, undefined, undefined, undefined, true],
            ['2027-01-06', 7, '2027-01-19', 1, 0.6, 1, false],
        ]);
        expect(chart.referenceFinish).toBe('2027-01-18');
        expect(chart.finishRange).toEqual({ from: '2027-01-18', to: '2027-01-19' });
        expect(chart.indexRange).toEqual({ min: 0.6, max: 1.25 });
        expect(trendChart(planTrend({ versions: [] }))).toEqual({ points: [], referenceFinish: undefined, finishRange: undefined, indexRange: { min: 1, max: 1 } });
    });

    test('the forecast finish as a Gantt of milestones: the reference, then one per version measured, later ones critical', () => {
        const trend = planTrend({ versions: [version('2027-03-01', task(5)), version('2027-03-02', 'broken'), version('2027-03-08', task(4)), version('2027-03-15', task(7))] });
        const [first, , second, third] = trend.rows.map(row => row.commit.slice(0, 7));
        expect(finishTrendChart(trendChart(trend))).toBe([
            'gantt',
            '    dateFormat YYYY-MM-DD',
            '    axisFormat %d %b %Y',
            '    todayMarker off',
            '    section Reference',
            '    Reference finish :milestone, reference, 2027-03-26, 0d',
            '    section Forecast by commit',
            `    1 Mar 2027 ${first} :milestone, c0, 2027-03-26, 0d`,
            `    8 Mar 2027 ${second} :milestone, c1, 2027-03-25, 0d`,
            `    15 Mar 2027 ${third} :crit, milestone, c2, 2027-03-30, 0d`,
            '',
        ].join('\n'));
        expect(finishTrendChart(trendChart(planTrend({ versions: [version('2027-03-01', 'broken')] })))).toBeUndefined();
    });

    test(`no more than the latest ${MAX_CHART_POINTS} versions are drawn`, () => {
        const versions = Array.from({ length: MAX_CHART_POINTS + 5 }, (_, index) => version(`2027-0${1 + Math.floor(index / 28)}-${String(1 + index % 28).padStart(2, '0')}`, task(5)));
        const gantt = finishTrendChart(trendChart(planTrend({ versions })))!;
        expect(gantt.match(/:(crit, )?milestone, c\d+/g)).toHaveLength(MAX_CHART_POINTS);
        expect(gantt).not.toContain(versions[4].commit.slice(0, 7));
        expect(gantt).toContain(versions[5].commit.slice(0, 7));
    });

    test('an index as an xychart line over the versions that measure it, in a colour that reads; two on one day told apart', () => {
        // SPI 0.8, 0.9 and 1.2 (40%, 45% and 60% of £10,000 against £5,000 due); a version without a status date measures none.
        const versions = [version('2027-01-04', progressed(40, 4_000)), version('2027-01-04', progressed(45, 4_500)), version('2027-01-05', task(5)), version('2027-01-11', progressed(60, 6_000))];
        const spi = indexTrendChart(trendChart(planTrend({ versions })), 'spi')!;
        expect(spi).toBe([
            '%%{init: {"themeVariables": {"xyChart": {"plotColorPalette": "#0969da"}}}}%%',
            'xychart-beta',
            '    title "SPI by commit (1.00 is on plan)"',
            `    x-axis ["4 Jan ${versions[0].commit.slice(0, 7)}", "4 Jan ${versions[1].commit.slice(0, 7)}", "11 Jan"]`,
            '    y-axis "SPI" 0.7 --> 1.3',
            '    line [0.80, 0.90, 1.20]',
            '',
        ].join('\n'));
        // A line needs two points.
        expect(indexTrendChart(trendChart(planTrend({ versions: versions.slice(0, 1) })), 'spi')).toBeUndefined();
        expect(indexTrendChart(trendChart(planTrend({ versions: [version('2027-01-05', task(5))] })), 'cpi')).toBeUndefined();
    });
});
