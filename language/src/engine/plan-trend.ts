// The trend of a plan over its history, for `proj trend` and the preview's History tab: a row per
// version (each commit that changed the plan), with its forecast finish, how many working days
// that is later than a reference version's, its SPI, CPI and EAC at its status date, and its risk
// exposure. A version that could not be measured (errors, no schedule) keeps its row, marked.
//
// The reference is the baseline the plan names (`baseline "v1"`), when the version it holds is in
// the trend, else the oldest version that could be measured. Earned value is measured as `proj
// evm` measures today's plan: planned value from the baseline's dates and budgets where the plan
// names one that can be read (in the trend or before it), else from each version's own plan.
import type { IsoDate } from './calendar-dates.js';
import { finishShift, type ScheduledPlan } from './baseline-variance.js';
import { earnedValueOf, plannedScheduleOf, type EarnedValueReport } from './earned-value.js';
import type { PlanInput, Schedule } from './plan-model.js';
import type { RegistersInput, RiskInput } from './register-model.js';
import { WorkingCalendar } from './working-calendar.js';

/** A plan as read at one version: what a PlanSnapshot holds (history/plan-snapshot.ts). */
export interface MeasuredPlan {
    readonly plan: PlanInput;
    /** Absent when the plan could not be scheduled (then `problem` says why). */
    readonly schedule?: Schedule;
    readonly problem?: string;
    readonly registers: RegistersInput;
    /** Against the plan's own planned dates; absent without a status date. */
    readonly earnedValue?: EarnedValueReport;
    /** The plan scheduled without its progress, when the reader kept it; scheduled again when needed otherwise. */
    readonly planned?: Schedule;
}

/** One commit that changed the plan, and the plan as it was then (or why it could not be read). */
export interface PlanVersion {
    readonly commit: string;
    /** The commit's date, ISO 8601 with its offset; the trend shows its day. */
    readonly date: string;
    readonly subject: string;
    /** The plan file's path at that commit. */
    readonly path: string;
    readonly snapshot?: MeasuredPlan;
    /** Why there is no snapshot: errors in the plan then, no such project, the file deleted. */
    readonly problem?: string;
}

export interface TrendInput {
    /** Oldest first. */
    readonly versions: readonly PlanVersion[];
    /**
     * The first baseline the plan names: its revision, the index of the version it holds when that
     * version is among `versions` (or why it is not), and that version's plan when it could be read.
     */
    readonly baseline?: { readonly revision: string; readonly version?: number; readonly problem?: string; readonly snapshot?: MeasuredPlan };
}

/** The version the finish variance is counted from. */
export interface TrendReference {
    readonly kind: 'baseline' | 'oldest';
    /** The baseline's revision, as the plan names it (kind `baseline`). */
    readonly revision?: string;
    readonly commit: string;
    readonly date: IsoDate;
    readonly finish: IsoDate;
    /** The baseline the plan names, when it could not be the reference, and why. */
    readonly unusedBaseline?: { readonly revision: string; readonly reason: string };
}

export interface TrendRow {
    readonly commit: string;
    /** The commit's day. */
    readonly date: IsoDate;
    readonly subject: string;
    readonly path: string;
    /** The row the variance is counted from. */
    readonly reference: boolean;
    /** The plan's status date at that commit. */
    readonly status?: IsoDate;
    /** The forecast finish: the scheduled finish, progress taken into account. */
    readonly finish?: IsoDate;
    /** Working days from the reference's finish to this one, on this version's calendar (positive: later). */
    readonly finishVariance?: number;
    /** The project's indices and estimate at completion at its status date; undefined where they are (see earned-value.ts). */
    readonly spi?: number;
    readonly cpi?: number;
    readonly eac?: number;
    /** The sum of the open risks' scores (see {@link riskExposure}). */
    readonly riskExposure?: number;
    /** Why the plan could not be measured at that commit; its figures are then left out. */
    readonly problem?: string;
}

export interface PlanTrend {
    /** Undefined when no version could be scheduled. */
    readonly reference?: TrendReference;
    /** Oldest first, one per version. */
    readonly rows: readonly TrendRow[];
}

/** The trend of the versions, oldest first. */
export function planTrend(input: TrendInput): PlanTrend {
    const reference = referenceOf(input);
    const referencePlan = reference && input.versions[reference.index].snapshot as ScheduledPlan;
    const baseline = input.baseline?.snapshot;
    const plannedFrom = baseline?.schedule ? baseline as ScheduledPlan : undefined;
    const rows = input.versions.map((version, index) => rowOf(version, index === reference?.index, referencePlan, plannedFrom));
    return { reference: reference?.reference, rows };
}

function isScheduled(version: PlanVersion | undefined): version is PlanVersion & { readonly snapshot: ScheduledPlan & MeasuredPlan } {
    return version?.snapshot?.schedule !== undefined;
}

function referenceOf({ versions, baseline }: TrendInput): { readonly index: number; readonly reference: TrendReference } | undefined {
    const at = (index: number, kind: TrendReference['kind'], extra: Partial<TrendReference>) => {
        const version = versions[index] as PlanVersion & { readonly snapshot: ScheduledPlan };
        return { index, reference: { kind, commit: version.commit, date: dayOf(version.date), finish: version.snapshot.schedule.finish, ...extra } };
    };
    if (baseline?.version !== undefined && isScheduled(versions[baseline.version])) {
        return at(baseline.version, 'baseline', { revision: baseline.revision });
    }
    const oldest = versions.findIndex(isScheduled);
    if (oldest < 0) {
        return undefined;
    }
    const unusedBaseline = baseline && {
        revision: baseline.revision,
        reason: baseline.version === undefined
            ? baseline.problem ?? 'it is not in the range'
            : `the plan there cannot be measured (${problemOf(versions[baseline.version])})`,
    };
    return at(oldest, 'oldest', unusedBaseline ? { unusedBaseline } : {});
}

function rowOf(version: PlanVersion, isReference: boolean, reference: ScheduledPlan | undefined, baseline: ScheduledPlan | undefined): TrendRow {
    const row = { commit: version.commit, date: dayOf(version.date), subject: version.subject, path: version.path, reference: isReference };
    const snapshot = version.snapshot;
    if (!isScheduled(version) || !snapshot) {
        return { ...row, status: snapshot?.plan.status, riskExposure: snapshot && riskExposure(snapshot.registers.risks), problem: problemOf(version) };
    }
    const { plan, schedule } = version.snapshot;
    const calendar = new WorkingCalendar(plan.calendar, plan.start);
    const earnedValue = baseline ? earnedValueAgainst(snapshot, baseline) : snapshot.earnedValue;
    const project = earnedValue?.lines.find(line => line.kind === 'project');
    return {
        ...row,
        status: plan.status,
        finish: schedule.finish,
        finishVariance: reference && finishShift(calendar, reference.schedule.finish, schedule.finish),
        spi: project?.spi, cpi: project?.cpi, eac: project?.eac,
        riskExposure: riskExposure(snapshot.registers.risks),
    };
}

function problemOf(version: PlanVersion): string {
    const snapshot = version.snapshot;
    return version.problem ?? (snapshot && !snapshot.schedule ? `it cannot be scheduled: ${snapshot.problem ?? 'no reason given'}` : 'it cannot be read');
}

/** Earned value with planned value from the baseline's dates and budgets. */
function earnedValueAgainst({ plan, planned }: MeasuredPlan, baseline: ScheduledPlan): EarnedValueReport | undefined {
    const withoutProgress = plan.status === undefined ? undefined : planned ?? plannedScheduleOf(plan);
    return withoutProgress && earnedValueOf(plan, withoutProgress, baseline);
}

/**
 * What the open risks put at stake: the sum of their scores. Proj scores a risk as likelihood ×
 * impact (1–25), the figure its register ranks by and its RAG bands are set on; a plan records no
 * probability or cost for a risk, so there is no expected value in money to add up. A plan has no
 * closed risks (one that no longer threatens is taken out of the register), so every risk listed
 * is open; opportunities are not exposure, and residual scores are what a response should leave,
 * not what is at stake now. Unscored risks add nothing.
 */
export function riskExposure(risks: readonly RiskInput[]): number {
    return risks.reduce((sum, risk) => sum + (risk.kind === 'risk' && risk.likelihood !== undefined && risk.impact !== undefined ? risk.likelihood * risk.impact : 0), 0);
}

/** The day of an ISO 8601 date and time, as written (the committer's own day, not UTC's). */
function dayOf(date: string): IsoDate {
    return date.slice(0, 10);
}

/** A version on a chart of the trend. */
export interface TrendPoint {
    /** The commit's day, and its short id. */
    readonly date: IsoDate;
    readonly commit: string;
    readonly finish?: IsoDate;
    readonly finishVariance?: number;
    readonly spi?: number;
    readonly cpi?: number;
    /** The version could not be measured: a gap in the lines. */
    readonly problem: boolean;
}

/** What a chart of the trend draws: forecast finish and indices over the commits' dates. */
export interface TrendChart {
    /** Oldest first. */
    readonly points: readonly TrendPoint[];
    /** The reference's finish, a level line across the finish chart. */
    readonly referenceFinish?: IsoDate;
    /** The earliest and latest finish, the reference's included; undefined when nothing was scheduled. */
    readonly finishRange?: { readonly from: IsoDate; readonly to: IsoDate };
    /** The lowest and highest index, 1 (on plan) always included. */
    readonly indexRange: { readonly min: number; readonly max: number };
}

/** As many characters of a commit id as git shows by default. */
export const SHORT_COMMIT_LENGTH = 7;

/** The chart data of a trend: plain data, for the Markdown, the HTML report and the preview. */
export function trendChart(trend: PlanTrend): TrendChart {
    const points = trend.rows.map(row => ({
        date: row.date, commit: row.commit.slice(0, SHORT_COMMIT_LENGTH),
        finish: row.finish, finishVariance: row.finishVariance, spi: row.spi, cpi: row.cpi,
        problem: row.problem !== undefined,
    }));
    const finishes = [...points.flatMap(point => point.finish ?? []), ...(trend.reference ? [trend.reference.finish] : [])].sort();
    const indices = [1, ...points.flatMap(point => [point.spi ?? [], point.cpi ?? []].flat())];
    return {
        points,
        referenceFinish: trend.reference?.finish,
        finishRange: finishes.length > 0 ? { from: finishes[0], to: finishes[finishes.length - 1] } : undefined,
        indexRange: { min: Math.min(...indices), max: Math.max(...indices) },
    };
}
