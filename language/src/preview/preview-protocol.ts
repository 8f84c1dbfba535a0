// The preview's contract between the language server, the VS Code client and the webview.
// Plain types only: the client and the webview import this without Langium.
import type { ProgrammeView } from '../engine/programme-view.js';
import type { RemovedItem, Variance } from '../engine/baseline-variance.js';
import type { CostForecast, DateConfidence, DatePercentiles, FinishHistogram } from '../engine/schedule-risk/monte-carlo.js';
import type { BudgetCurvePoint } from '../engine/budget-curve.js';
import type { EarnedValueLine } from '../engine/earned-value.js';
import type { GanttLink } from '../engine/gantt-rows.js';
import type { GanttChartRow } from '../engine/mermaid/gantt-chart.js';
import type { KsbCoverage } from '../engine/ksb-coverage.js';
import type { IssueInput } from '../engine/register-model.js';
import type { TrendChart } from '../engine/plan-trend.js';
import type { OverAllocation } from '../engine/resource-loading.js';
import type { HeatMapCell, RiskRow } from '../engine/risk-register.js';
import type { StakeholderGrid } from '../engine/stakeholder-grid.js';
import type { TrendDocument } from '../engine/trend-text.js';

/** Request from the client: the preview of a plan, as of its last validated build. */
export const PREVIEW_REQUEST = 'proj/preview';
/** Request from the client: where a click in the preview leads in the plan's text (`LocateParams`, answered with a `SourceRange` or null). */
export const LOCATE_REQUEST = 'proj/locate';
/** Request from the client: the plan as Markdown with Mermaid diagrams. */
export const MARKDOWN_REQUEST = 'proj/exportMarkdown';

export interface PreviewParams {
    readonly uri: string;
    /** Draw phases as summary bars past this many tasks and milestones. */
    readonly collapseGanttAbove?: number;
    /** A phase to draw in full in a collapsed Gantt. */
    readonly expandedPhase?: string;
    /** Phases the user folded in the Gantt's table: drawn as their summary bar alone. */
    readonly folded?: readonly string[];
    /** Draw the critical chain only in the network view. */
    readonly criticalOnly?: boolean;
    /** The network view never draws more nodes than this. */
    readonly maxNetworkNodes?: number;
    /** The parts of the model to make: those of the view on show while the user types; all when absent. */
    readonly parts?: readonly PreviewPart[];
}

/** The parts of a preview model that its views draw, each made only when asked for. */
export type PreviewPart = 'gantt' | 'network' | 'budget' | 'risks' | 'stakeholders' | 'ksb' | 'resources' | 'baseline' | 'scheduleRisk' | 'programme';

export const PREVIEW_PARTS: readonly PreviewPart[] = ['gantt', 'network', 'budget', 'risks', 'stakeholders', 'ksb', 'resources', 'baseline', 'scheduleRisk', 'programme'];

/**
 * The answer to a preview request. The model travels as JSON text: the extension relays it to the
 * webview untouched, and parsing it there and writing it again would cost more than both charts'
 * own data take to draw (measured by `npm run bench`).
 */
export interface PreviewAnswer {
    readonly uri: string;
    /** The model's `errors`, which the extension reads without parsing the model. */
    readonly errors: number;
    /** The `PreviewModel` as JSON. */
    readonly model: string;
}

/** What a click in the preview reveals: the element with an id, or a dependency by its `dependencyKey`. */
export interface LocateTarget {
    readonly id?: string;
    readonly dependency?: string;
}

export interface LocateParams extends LocateTarget {
    readonly uri: string;
}

export interface SourcePosition {
    readonly line: number;
    readonly character: number;
}

export interface SourceRange {
    readonly start: SourcePosition;
    readonly end: SourcePosition;
}

/** Where a click leads: a range of the plan, or of another plan's file (work of another plan, `alpha.done`). */
export interface LocatedRange extends SourceRange {
    readonly uri?: string;
}

/** The key of a dependency (an arrow of the Gantt): its item and its index among the item's links. */
export const dependencyKey = (source: GanttLink['source']) => `${source.item}#${source.index}`;

export interface GanttView {
    readonly mermaid: string;
    /** Whether the plan is large enough for its top-level phases to be summarised. */
    readonly collapsed: boolean;
    /** The rows in the order Mermaid draws their bars. */
    readonly rows: readonly GanttChartRow[];
    readonly links: readonly GanttLink[];
    readonly phases: ReadonlyArray<{ readonly id: string; readonly title: string }>;
    readonly expandedPhase?: string;
    /** The revision the rows' baseline bars come from, when the plan names a baseline git could read. */
    readonly baseline?: string;
}

export interface PreviewModel {
    readonly uri: string;
    /** Errors in the plan. While there are any the preview keeps its last good charts, dimmed. */
    readonly errors: number;
    /** Why there is nothing to draw, when there is not (no project, no start date). */
    readonly message?: string;
    readonly project?: { readonly id: string; readonly title?: string; readonly start: string; readonly finish: string; readonly status?: string };
    readonly gantt?: GanttView;
    readonly network?: {
        readonly mermaid: string;
        readonly criticalOnly: boolean;
        readonly nodes: ReadonlyArray<{ readonly mermaidId: string; readonly id: string }>;
        readonly notice?: string;
    };
    /** Earned value at the status date: the S-curve and the figures per task, phase and project. */
    readonly budget?: BudgetView;
    readonly risks?: RisksView;
    readonly stakeholders?: StakeholdersView;
    readonly ksb?: KsbCoverage;
    readonly resources?: ResourcesView;
    /**
     * The plan against the baseline it names (its first), item by item; or why that baseline cannot
     * be read. Absent when the plan names none.
     */
    readonly baseline?: BaselineView | BaselineProblem;
    /** The schedule risk analysis (Monte Carlo) of the finish, at the editor's iteration count; or why there is none. */
    readonly scheduleRisk?: ScheduleRiskView;
    /**
     * The programme the plan is in (programme-view.ts), with its timeline as the Gantt picture draws
     * it; absent for a plan linked with no other.
     */
    readonly programme?: ProgrammePreview;
    /** Where each id of the plan is declared (work, risks, people...), so that a click reveals it. */
    readonly locations: Readonly<Record<string, SourcePosition>>;
    /**
     * The parts this model has, when not all: the others are of an earlier build, which the preview
     * keeps on show (dimmed) until a model with them comes.
     */
    readonly parts?: readonly PreviewPart[];
}

export interface ProgrammePreview {
    readonly view: ProgrammeView;
    readonly gantt: GanttView;
}

export interface BudgetView {
    readonly currency?: string;
    /** Why there are no figures: no status date, or nothing costed. */
    readonly message?: string;
    readonly status?: string;
    /** The S-curve's data: the webview plots it on a time axis. */
    readonly curve?: {
        /**
         * Cumulative PV, EV and AC at the end of each date, in date order: the first, all zero, the
         * day before the plan starts; then each week's (or month's) end and the status date. EV and
         * AC up to the status date only.
         */
        readonly points: readonly BudgetCurvePoint[];
        /** Budget at completion: what PV reaches at the end. */
        readonly bac: number;
    };
    /**
     * Tasks and phases in plan order, then the project; with each item's title, and its depth: how
     * many phases hold it (0 for a top-level phase and for the project).
     */
    readonly lines: ReadonlyArray<EarnedValueLine & { readonly title?: string; readonly depth: number }>;
    readonly tolerances: { readonly cpi: number; readonly spi: number };
}

/** Today's plan against its baseline, as MS Project's variance table (baseline-variance.ts). */
export interface BaselineView {
    /** The revision as the plan names it, the commit it was read at (short) and the plan's path then. */
    readonly revision: string;
    readonly commit: string;
    readonly path: string;
    readonly currency?: string;
    /** Today's phases, tasks and milestones in plan order; those added since have no baseline figures. */
    readonly rows: readonly BaselineRow[];
    /** Ids of the rows the baseline does not have. */
    readonly added: readonly string[];
    /** The baseline's items that today's plan no longer has, in the baseline's order. */
    readonly removed: readonly RemovedItem[];
    /** The project as a whole: today's start and finish, and its variance. */
    readonly project: Variance & { readonly start: string; readonly finish: string };
}

export interface BaselineRow extends Partial<Omit<Variance, 'baselineCost'>> {
    readonly id: string;
    readonly title?: string;
    readonly kind: 'task' | 'milestone' | 'phase';
    /** How many phases hold it. */
    readonly depth: number;
    readonly start: string;
    readonly finish: string;
}

/** A baseline the plan names that git could not give: the validation warning's words. */
export interface BaselineProblem {
    readonly revision: string;
    readonly problem: string;
}

export interface RisksView {
    /** Risks and opportunities, highest score first. */
    readonly rows: readonly RiskRow[];
    /** Likelihood 5 (first row) down to 1; impact 1 to 5 across. */
    readonly heatMap: ReadonlyArray<readonly HeatMapCell[]>;
    readonly issues: readonly IssueInput[];
    readonly bands: { readonly amber: number; readonly red: number };
}

/**
 * The Risk analysis tab's figures: a digest of the cached analysis, small whatever the plan's size
 * (the drivers and the most critical work only, not every task).
 */
export interface ScheduleRiskView {
    /** Why there are no figures: nothing in the plan is uncertain (and how to make it so). */
    readonly message?: string;
    readonly iterations?: number;
    readonly seed?: number;
    readonly plannedFinish?: string;
    readonly plannedFinishProbability?: number;
    readonly finish?: DatePercentiles;
    /** The deadline and each date the work must meet, with its chance. */
    readonly dates?: readonly DateConfidence[];
    readonly milestones?: ReadonlyArray<{ readonly id: string; readonly name?: string; readonly planned: string; readonly finish: DatePercentiles }>;
    readonly histogram?: FinishHistogram;
    /** The tasks and risks whose draws move the finish most: by the size of their rank correlation, at most 10. */
    readonly drivers?: ReadonlyArray<{ readonly id: string; readonly name?: string; readonly kind: 'task' | 'risk'; readonly sensitivity: number }>;
    /** The work most often on the critical path, at most 10, most critical first. */
    readonly critical?: ReadonlyArray<{ readonly id: string; readonly name?: string; readonly criticality: number }>;
    readonly cost?: CostForecast;
    readonly notes?: readonly string[];
}

/** Each resource's load, day by day over the schedule, for the Resources tab's histograms. */
export interface ResourcesView {
    /** The day that `required[0]` and `available[0]` are of; one entry a day from it. */
    readonly from: string;
    readonly resources: ReadonlyArray<{
        readonly id: string;
        readonly title?: string;
        readonly units: number;
        /** The name of the calendar it works, if not the project's. */
        readonly calendar?: string;
        readonly required: readonly number[];
        readonly available: readonly number[];
        /** By day (an index into `required`), the work asking for it: item ids and units. */
        readonly work: Readonly<Record<number, ReadonlyArray<readonly [item: string, units: number]>>>;
    }>;
    /** The title of each piece of work named in `work` that has one, by id. */
    readonly titles: Readonly<Record<string, string>>;
    readonly overAllocations: readonly OverAllocation[];
    /** Whether the plan is levelled (its `level` statement). */
    readonly levelled: boolean;
    /** Why there is nothing to show, when there is not. */
    readonly message?: string;
}

export interface StakeholdersView extends StakeholderGrid {
    /** The power/interest grid; absent when no stakeholder has been assessed. */
    readonly mermaid?: string;
}

/** Request from the client: the plan's trend over its git history, for the History tab (HistoryParams → HistoryAnswer). */
export const HISTORY_REQUEST = 'proj/history';

export interface HistoryParams {
    readonly uri: string;
}

/**
 * A row per commit that changed the plan, oldest first (the fields of `proj trend --format json`'s
 * rows, undefined where it writes null), and what the charts draw.
 */
export interface HistoryView extends TrendDocument {
    readonly chart: TrendChart;
}

/** The plan's history, or why there is none: not in git, never committed, not a file. */
export type HistoryAnswer = HistoryView | { readonly message: string };
