// A status report for a project board, from plain data: a RAG summary (schedule, cost, risks and
// the worst of them) explained in words, milestones planned against forecast, earned value for the
// project and its phases, the top risks, open issues, change requests and their impact on the
// baseline, quality checks, KPIs, lessons, KSB coverage, how sure the finish is (the schedule risk
// analysis, when the plan is uncertain) and the Gantt chart. Renderers (Markdown,
// HTML) only lay it out: every figure and sentence is decided here.
import { format, parseISO } from 'date-fns';
import type { IsoDate } from './calendar-dates.js';
import { currentBaseline, changeControlOf, type BaselinePlan } from './change-control.js';
import { moneyText, shiftText, signedText, workingDaysText } from './figure-text.js';
import { earnedValueOf, plannedScheduleOf, type EarnedValueLine, type EarnedValueReport } from './earned-value.js';
import type { KsbCoverage } from './ksb-coverage.js';
import { ganttChart, type GanttChart } from './mermaid/gantt-chart.js';
import { linkedId, type MissedDate, type PlanInput, type Schedule, type ScheduledItem } from './plan-model.js';
import type { ChangeInput, IssueInput, KpiInput, LessonInput, QualityInput, RegistersInput, Tolerances } from './register-model.js';
import { issueLog, riskRegister, type RiskRow } from './risk-register.js';
import { WorkingCalendar } from './working-calendar.js';
import { costRagOf, risksRagOf, scheduleRagOf, worstRag, type RagLine } from './rag-summary.js';
import { kpiResult, registerTablesOf, type KpiResult, type RegisterTable } from './register-tables.js';
import type { ScheduleRiskAnalysis } from './schedule-risk/monte-carlo.js';

export interface StatusReportInput {
    readonly project: { readonly id: string; readonly title?: string; readonly currency?: string };
    readonly plan: PlanInput;
    /** The schedule with progress: the forecast. */
    readonly schedule: Schedule;
    readonly registers: RegistersInput;
    /** Coverage of the standard the project evidences, if there is one. */
    readonly ksb?: KsbCoverage;
    /** The baseline the plan names, read from git: planned dates and values come from it. */
    readonly baseline?: BaselinePlan & { readonly source: { readonly revision: string; readonly commit: string } };
    /** The Monte Carlo analysis of the finish, when the plan has something uncertain to draw. */
    readonly scheduleRisk?: ScheduleRiskAnalysis;
}

export type MilestoneState = 'done' | 'at risk' | 'on track';

export interface MilestoneLine {
    readonly id: string;
    readonly title?: string;
    /** The date the plan gave it with no progress recorded; absent if that plan could not be scheduled. */
    readonly planned?: IsoDate;
    /** The date the schedule with progress gives it. */
    readonly forecast: IsoDate;
    /** Working days from planned to forecast (negative: early). */
    readonly slipDays?: number;
    readonly state: MilestoneState;
    /** Why it is at risk: a slip, a missed constraint, the deadline. */
    readonly reasons: readonly string[];
}

export interface KpiLine extends KpiInput {
    readonly objectiveTitle?: string;
    readonly result: KpiResult;
}

/** A line of the change control table: what it is, its finish (or working days), its budget (or cost), and a note. */
export interface ChangeControlRow {
    readonly label: string;
    readonly finish: string;
    readonly budget: string;
    readonly note: string;
}

export interface ChangeTotals {
    /** Working days and money, summed over the changes that give them. */
    readonly days: number;
    readonly cost: number;
}

export interface StatusReport {
    readonly project: {
        readonly id: string;
        readonly title?: string;
        readonly currency?: string;
        readonly start: IsoDate;
        /** The forecast finish (with progress), and the finish the plan had without it. */
        readonly finish: IsoDate;
        readonly plannedFinish?: IsoDate;
        readonly deadline?: IsoDate;
        readonly budget?: number;
    };
    readonly status?: IsoDate;
    readonly tolerances: Tolerances;
    readonly rag: { readonly schedule: RagLine; readonly cost: RagLine; readonly risks: RagLine; readonly overall: RagLine };
    readonly criticalPath: readonly string[];
    readonly missedDates: readonly MissedDate[];
    readonly milestones: readonly MilestoneLine[];
    /** Earned value of the phases, then the project; absent without a status date. */
    readonly earnedValue?: ReadonlyArray<EarnedValueLine & { readonly title?: string }>;
    /** Why there is no earned value, when there is none. */
    readonly earnedValueMessage?: string;
    readonly risks: {
        /** The five highest-scored risks (not opportunities), highest first. */
        readonly top: readonly RiskRow[];
        readonly total: number;
        readonly opportunities: number;
    };
    /** Open issues, the most severe first; and how many are closed. */
    readonly issues: { readonly open: readonly IssueInput[]; readonly closed: number };
    readonly changes: {
        /** Raised or assessed: awaiting a decision. */
        readonly pending: readonly ChangeInput[];
        /** Approved or implemented: part of the baseline now. */
        readonly approved: readonly ChangeInput[];
        readonly rejected: readonly ChangeInput[];
        readonly approvedTotals: ChangeTotals;
        readonly pendingTotals: ChangeTotals;
        /** `Approved changes add 5 working days and £12,000 to the baseline.` */
        readonly summary: string;
        /** With a baseline: the original baseline, each change approved since, the current baseline and the forecast. */
        readonly baseline?: readonly ChangeControlRow[];
    };
    readonly qualities: readonly QualityInput[];
    readonly kpis: readonly KpiLine[];
    /** Lessons grouped by category in the order categories first appear; uncategorised last. */
    readonly lessons: ReadonlyArray<{ readonly category?: string; readonly lessons: readonly LessonInput[] }>;
    readonly ksb?: {
        readonly standard: { readonly id: string; readonly title?: string };
        readonly covered: number;
        readonly total: number;
        /** The codes of the KSBs nothing in the plan evidences, in the standard's order. */
        readonly gaps: readonly string[];
    };
    /**
     * How sure the finish is, in a sentence: `P80 finish 16 Mar 2027; 36% chance of finishing by the
     * planned 9 Mar; 100% of meeting the 30 Jun deadline (2,000 iterations, seed 1).` Absent when
     * nothing in the plan is uncertain.
     */
    readonly scheduleRisk?: string;
    /** The Gantt chart as Mermaid source (never collapsed), every name escaped for Mermaid. */
    readonly gantt: GanttChart;
    /** The same chart in Mermaid that any host draws (10.9 onwards), for Markdown. */
    readonly markdownGantt: string;
    /** Every register in full, for the report's annex. */
    readonly annex: readonly RegisterTable[];
}

const TOP_RISKS = 5;

/** The RAG summary of a status report, and what it is measured from. */
export interface RagSummary {
    readonly rag: StatusReport['rag'];
    /** The plan's schedule without progress (as approved changes moved the baseline, where there is one). */
    readonly planned?: Schedule;
    readonly earnedValue?: EarnedValueReport;
    /** The project's line of earned value: SPI and CPI. */
    readonly projectLine?: EarnedValueLine;
    readonly riskRows: readonly RiskRow[];
}

/** What the RAG summary says of a project, without the rest of its status report (a programme's view of it). */
export function ragSummaryOf(input: Pick<StatusReportInput, 'project' | 'plan' | 'schedule' | 'registers' | 'baseline'>): RagSummary {
    const { project, plan, schedule, registers } = input;
    const currency = project.currency;
    const money = (amount: number) => moneyText(amount, currency);
    const tolerances = registers.tolerances;
    const plannedWithoutProgress = plannedScheduleOf(plan);
    // With a baseline, what was planned is the baseline as approved changes have moved it.
    const baseline = input.baseline && plannedWithoutProgress
        ? currentBaseline(input.baseline, { plan, schedule: plannedWithoutProgress }, registers)
        : undefined;
    const planned = baseline?.schedule ?? plannedWithoutProgress;
    const earnedValue = plan.status && plannedWithoutProgress ? earnedValueOf(plan, plannedWithoutProgress, baseline) : undefined;
    const projectLine = earnedValue?.lines[earnedValue.lines.length - 1];

    const riskRows = riskRegister(registers.risks, schedule, tolerances);
    const scheduleRag = scheduleRagOf(plan, schedule, planned, projectLine, tolerances, money);
    const costRag = costRagOf(plan, projectLine, tolerances, currency, registers.reserves);
    const risksRag = risksRagOf(riskRows.filter(row => row.kind === 'risk'), tolerances);
    const overallRag = worstRag([scheduleRag.rag, costRag.rag, risksRag.rag]);
    const named = ([['schedule', scheduleRag], ['cost', costRag], ['risks', risksRag]] as const)
        .map(([area, line]) => `${area} (${line.rag ?? 'not measured'})`);
    const overall: RagLine = {
        rag: overallRag,
        explanation: overallRag === undefined
            ? 'Nothing is measured yet: the plan has no status date and no risk is scored.'
            : `The worst of ${named.slice(0, -1).join(', ')} and ${named[named.length - 1]}.`,
    };
    return { rag: { schedule: scheduleRag, cost: costRag, risks: risksRag, overall }, planned, earnedValue, projectLine, riskRows };
}

/** The status report of one project. */
export function statusReportOf(input: StatusReportInput): StatusReport {
    const { project, plan, schedule, registers } = input;
    const currency = project.currency;
    const money = (amount: number) => moneyText(amount, currency);
    const tolerances = registers.tolerances;
    const { rag, planned, earnedValue, projectLine, riskRows } = ragSummaryOf(input);
    const risks = riskRows.filter(row => row.kind === 'risk');

    const titles = new Map(plan.items.map(item => [item.id, item.name]));
    const changes = registers.changes;
    const pending = changes.filter(change => change.status === 'raised' || change.status === 'assessed');
    const approved = changes.filter(change => change.status === 'approved' || change.status === 'implemented');
    const approvedTotals = totalsOf(approved);
    const pendingTotals = totalsOf(pending);
    const objectives = new Map(registers.objectives.map(objective => [objective.id, objective.title]));

    return {
        project: {
            id: project.id, title: project.title, currency, start: schedule.start, finish: schedule.finish,
            plannedFinish: planned?.finish, deadline: plan.deadline, budget: plan.budget,
        },
        status: plan.status,
        tolerances,
        rag,
        criticalPath: schedule.criticalPaths[0] ?? [],
        missedDates: schedule.missedDates,
        milestones: milestonesOf(plan, schedule, planned),
        earnedValue: earnedValue?.lines.filter(line => line.kind !== 'task')
            .map(line => ({ ...line, title: line.kind === 'project' ? project.title : titles.get(line.id) })),
        earnedValueMessage: earnedValueMessageOf(plan, earnedValue),
        risks: { top: risks.slice(0, TOP_RISKS), total: risks.length, opportunities: riskRows.length - risks.length },
        issues: {
            open: issueLog(registers.issues).filter(issue => issue.status === 'open'),
            closed: registers.issues.filter(issue => issue.status === 'closed').length,
        },
        changes: {
            pending, approved, rejected: changes.filter(change => change.status === 'rejected'),
            approvedTotals, pendingTotals,
            ...changeSection(input, plan, schedule, registers, approved, approvedTotals, pending, pendingTotals, money, projectLine?.eac),
        },
        qualities: registers.qualities,
        kpis: registers.kpis.map(kpi => ({ ...kpi, objectiveTitle: kpi.objective === undefined ? undefined : objectives.get(kpi.objective), result: kpiResult(kpi) })),
        lessons: lessonsByCategory(registers.lessons),
        ksb: input.ksb && {
            standard: input.ksb.standard,
            covered: input.ksb.covered,
            total: input.ksb.total,
            gaps: input.ksb.entries.filter(entry => entry.evidence.length === 0).map(entry => entry.code),
        },
        gantt: ganttChart(plan, schedule, { collapseAbove: Infinity }),
        markdownGantt: ganttChart(plan, schedule, { collapseAbove: Infinity, statusMarker: 'milestone' }).mermaid,
        annex: registerTablesOf({ currency, plan, schedule, registers, earnedValue: projectLine }),
        ...(input.scheduleRisk ? { scheduleRisk: scheduleRiskSentence(input.scheduleRisk) } : {}),
    };
}

const dayMonthYear = (date: IsoDate) => format(parseISO(date), 'd MMM yyyy');
const dayMonth = (date: IsoDate) => format(parseISO(date), 'd MMM');
const percent = (share: number) => `${Math.round(share * 100)}%`;

/** The analysis in the words a board reads: the P80 finish, the chance of the planned finish and of the deadline, and how it was run. */
export function scheduleRiskSentence(analysis: ScheduleRiskAnalysis): string {
    const deadline = analysis.dates.find(date => date.kind === 'deadline');
    return [
        `P80 finish ${dayMonthYear(analysis.finish.p80)}`,
        `${percent(analysis.plannedFinishProbability)} chance of finishing by the planned ${dayMonth(analysis.plannedFinish)}`,
        ...(deadline ? [`${percent(deadline.probability)} of meeting the ${dayMonth(deadline.date)} deadline`] : []),
    ].join('; ') + ` (${analysis.iterations.toLocaleString('en-GB')} iterations, seed ${analysis.seed}).`;
}

function earnedValueMessageOf(plan: PlanInput, report: EarnedValueReport | undefined): string | undefined {
    if (report) {
        return undefined;
    }
    return plan.status
        ? 'The plan without its progress cannot be scheduled, so earned value cannot be measured.'
        : 'The plan has no status date: add one, such as \'status 2027-03-15\', to measure earned value.';
}

function milestonesOf(plan: PlanInput, schedule: Schedule, planned: Schedule | undefined): MilestoneLine[] {
    const byId = new Map(schedule.items.map(item => [item.id, item]));
    const plannedById = new Map(planned?.items.map(item => [item.id, item]));
    const inputs = new Map(plan.items.map(item => [item.id, item]));
    const calendar = new WorkingCalendar(plan.calendar, plan.start);
    const deadline = schedule.missedDates.find(missed => missed.kind === 'deadline');

    const doneCache = new Map<string, boolean>();
    const isDone = (item: ScheduledItem): boolean => {
        const known = doneCache.get(item.id);
        if (known !== undefined) {
            return known;
        }
        doneCache.set(item.id, false);
        let done = item.progress >= 100;
        if (!done && item.kind === 'milestone' && plan.status !== undefined && item.start <= plan.status) {
            // A milestone in the past is reached when everything it waits for is done.
            done = (inputs.get(item.id)?.dependencies ?? []).every(dependency => {
                const predecessor = byId.get(linkedId(dependency));
                return predecessor !== undefined && isDone(predecessor);
            });
        }
        doneCache.set(item.id, done);
        return done;
    };

    return schedule.items.filter(item => item.kind === 'milestone').map(item => {
        const plannedItem = plannedById.get(item.id);
        const slipDays = plannedItem && calendar.indexOnOrAfter(item.start) - calendar.indexOnOrAfter(plannedItem.start);
        const reasons: string[] = [];
        const done = isDone(item);
        if (!done) {
            for (const missed of schedule.missedDates.filter(candidate => candidate.item === item.id)) {
                reasons.push(`${missed.kind.replace(/-/g, ' ')} ${missed.date} missed by ${workingDaysText(missed.workingDays)}`);
            }
            if (slipDays !== undefined && slipDays > 0) {
                reasons.push(`${workingDaysText(slipDays)} later than planned`);
            }
            if (plan.status !== undefined && plannedItem && plannedItem.start <= plan.status) {
                reasons.push(`due by ${plannedItem.start}, not reached by the status date`);
            }
            if (deadline && plan.deadline !== undefined && item.start > plan.deadline) {
                reasons.push(`after the deadline ${plan.deadline}`);
            }
        }
        return {
            id: item.id, title: item.name, planned: plannedItem?.start, forecast: item.start, slipDays,
            state: done ? 'done' : reasons.length > 0 ? 'at risk' : 'on track', reasons,
        };
    });
}

/** The change summary, and with a baseline the table that shows the changes adding up. */
function changeSection(input: StatusReportInput, plan: PlanInput, schedule: Schedule, registers: RegistersInput, approved: readonly ChangeInput[], approvedTotals: ChangeTotals,
    pending: readonly ChangeInput[], pendingTotals: ChangeTotals, money: (amount: number) => string, eac: number | undefined): Pick<StatusReport['changes'], 'summary' | 'baseline'> {
    const pendingSentence = pending.length === 0 ? ''
        : ` ${pending.length === 1 ? '1 change awaits a decision; if approved, it would' : `${pending.length} changes await a decision; if approved, they would`} ${baselineEffect(pendingTotals, money)}.`;
    if (!input.baseline) {
        return {
            summary: (approved.length === 0
                ? 'No approved changes.'
                : `Approved changes: ${impactText(approvedTotals, money)}, part of the plan as it stands (it names no baseline to measure them against).`) + pendingSentence,
        };
    }
    const { revision, commit } = input.baseline.source;
    const control = changeControlOf({ plan, schedule, registers }, input.baseline);
    const since = totalsOf(control.approvedSince);
    const shortCommit = commit.slice(0, 7);
    const rows: ChangeControlRow[] = [
        { label: `Original baseline ${revision} (${shortCommit})`, finish: control.original.finish, budget: money(control.original.bac), note: '' },
        ...control.approvedSince.map(change => ({
            label: `Approved since: ${change.id}${change.title ? ` ${change.title}` : ''}`,
            finish: signedDays(change.timeImpactDays ?? 0), budget: signedText(change.costImpact ?? 0, money), note: change.status,
        })),
        { label: 'Current baseline', finish: control.current.finish, budget: money(control.current.bac), note: 'the original plus the changes approved since' },
        {
            label: 'Forecast', finish: control.forecast.finish, budget: eac === undefined ? '' : money(eac),
            note: `${shiftText(control.forecast.finishVariance, 'the current baseline')}${eac === undefined ? '' : '; budget: EAC'}`,
        },
    ];
    const already = control.inBaseline.length > 0 ? ` ${control.inBaseline.map(change => change.id).join(', ')} ${control.inBaseline.length === 1 ? 'was' : 'were'} approved before ${revision} and ${control.inBaseline.length === 1 ? 'is' : 'are'} part of it.` : '';
    return {
        summary: (control.approvedSince.length === 0
            ? `No changes approved since baseline ${revision}: the current baseline is the original.`
            : `Changes approved since baseline ${revision} ${baselineEffect(since, money)}: it now finishes ${control.current.finish} with a budget of ${money(control.current.bac)}.`)
            + already + pendingSentence,
        baseline: rows,
    };
}

/** `3 working days and £6,500`. */
function impactText(totals: ChangeTotals, money: (amount: number) => string): string {
    const parts = [totals.days !== 0 ? workingDaysText(Math.round(totals.days * 100) / 100) : '', totals.cost !== 0 ? money(Math.round(totals.cost)) : ''].filter(Boolean);
    return parts.length > 0 ? parts.join(' and ') : 'no time or cost';
}

function signedDays(days: number): string {
    return days === 0 ? '0' : signedText(days, workingDaysText);
}

function totalsOf(changes: readonly ChangeInput[]): ChangeTotals {
    return {
        days: changes.reduce((sum, change) => sum + (change.timeImpactDays ?? 0), 0),
        cost: changes.reduce((sum, change) => sum + (change.costImpact ?? 0), 0),
    };
}

/** `add 5 working days and £12,000 to the baseline`; `change the baseline by -2 working days and £300` when some of it is a saving. */
function baselineEffect(totals: ChangeTotals, money: (amount: number) => string): string {
    const days = Math.round(totals.days * 100) / 100;
    const cost = Math.round(totals.cost);
    const parts = [days !== 0 ? workingDaysText(days) : '', cost !== 0 ? money(cost) : ''].filter(Boolean);
    if (parts.length === 0) {
        return 'leave the baseline as it is';
    }
    return days >= 0 && cost >= 0 ? `add ${parts.join(' and ')} to the baseline` : `change the baseline by ${parts.join(' and ')}`;
}

function lessonsByCategory(lessons: readonly LessonInput[]): Array<{ category?: string; lessons: LessonInput[] }> {
    const groups = new Map<string | undefined, LessonInput[]>();
    for (const lesson of lessons.filter(candidate => candidate.category !== undefined)) {
        groups.set(lesson.category, [...groups.get(lesson.category) ?? [], lesson]);
    }
    const uncategorised = lessons.filter(lesson => lesson.category === undefined);
    return [
        ...[...groups].map(([category, grouped]) => ({ category, lessons: grouped })),
        ...(uncategorised.length > 0 ? [{ lessons: uncategorised }] : []),
    ];
}
