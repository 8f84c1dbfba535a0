// The outputs of `proj schedule`: JSON and CSV for tools (a contract: keys and columns keep their
// names and order), an aligned table for people.
import { stringify } from 'csv-stringify/sync';
import type { BaselineComparison } from '../../language/src/engine/baseline-variance.js';
import type { MissedDate, PlanInput, Schedule, ScheduledItem } from '../../language/src/engine/plan-model.js';
import type { BaselineSource } from '../../language/src/history/baseline-plans.js';
import { resourcesOf } from '../../language/src/engine/plan-resources.js';
import { daysFigure, shiftText, signedText } from '../../language/src/engine/figure-text.js';
import { alignedTable, truncate, type TableColumn } from './aligned-table.js';

/** One task or milestone of the schedule, as `--format json` and `csv` give it. */
export interface ScheduleRow {
    readonly id: string;
    readonly name: string | null;
    readonly phase: string | null;
    readonly start: string;
    readonly finish: string;
    readonly durationDays: number;
    readonly totalFloat: number;
    readonly freeFloat: number;
    readonly critical: boolean;
    readonly milestone: boolean;
}

/** The columns of the CSV, in order; also the first keys of each task in the JSON. */
export const SCHEDULE_COLUMNS = [
    'id', 'name', 'phase', 'start', 'finish', 'durationDays', 'totalFloat', 'freeFloat', 'critical', 'milestone',
] as const satisfies ReadonlyArray<keyof ScheduleRow>;

/** What the schedule is of: the project's id and its title, if it has one. */
export interface ScheduledProject {
    readonly id: string;
    readonly title?: string;
}

/** Every task and milestone of the schedule (not the phases), in source order. */
export function scheduleRows(schedule: Schedule): ScheduleRow[] {
    return schedule.items.filter(item => item.kind !== 'phase').map(toRow);
}

function toRow(item: ScheduledItem): ScheduleRow {
    // Built key by key: the order of the keys is part of the JSON contract.
    return {
        id: item.id,
        name: item.name ?? null,
        phase: item.phase ?? null,
        start: item.start,
        finish: item.finish,
        durationDays: item.durationDays,
        totalFloat: item.totalFloat,
        freeFloat: item.freeFloat,
        critical: item.critical,
        milestone: item.kind === 'milestone',
    };
}

/**
 * In a plan that uses hours, each task's times of day and exact figures in working minutes, after
 * the other keys of the JSON (the start and finish keep being dates).
 */
export interface ScheduleJsonTimes {
    readonly startTime: string | null;
    readonly finishTime: string | null;
    readonly durationMinutes: number | null;
    readonly totalFloatMinutes: number | null;
    readonly freeFloatMinutes: number | null;
}

/** One task or milestone in the JSON: the CSV's columns, then who does the work and how levelling moved it. */
export interface ScheduleJsonTask extends ScheduleRow, Partial<ScheduleJsonTimes> {
    /** Each resource assigned, in the order assigned, and the units it takes a working day; none for a milestone. */
    readonly assignments: ReadonlyArray<{ readonly resource: string; readonly units: number }>;
    /** In a levelled plan, the working days levelling delayed the start by; else null. */
    readonly levellingDelay: number | null;
    /** The resource the delayed work waited for, and the work that held it; else null. */
    readonly delayedBy: { readonly resource: string; readonly items: readonly string[] } | null;
    /** The baseline's dates, and working days from them to today's (positive: later); null without a baseline or for work added since. */
    readonly baselineStart: string | null;
    readonly baselineFinish: string | null;
    readonly startVariance: number | null;
    readonly finishVariance: number | null;
}

/** A baseline measured against, with its compared plan. */
export type BaselineAgainst = BaselineComparison & { readonly source: BaselineSource };

/** A resource of the plan in the JSON; `calendar` is the name of its own, or null for the project's. */
export interface ScheduleJsonResource {
    readonly id: string;
    readonly name: string | null;
    readonly units: number;
    readonly calendar: string | null;
}

/** Every task and milestone with its assignments, levelling and baseline, in source order. */
function jsonTasks(schedule: Schedule, plan: PlanInput | undefined, baseline: BaselineAgainst | undefined): ScheduleJsonTask[] {
    const assignments = new Map(plan?.items.map(item => [item.id, item.assignments ?? []]));
    const variances = new Map(baseline?.items.map(variance => [variance.id, variance]));
    return schedule.items.filter(item => item.kind !== 'phase').map(item => {
        const variance = variances.get(item.id);
        return {
            // Appended after the CSV's keys, key by key: the order of the keys is part of the contract.
            ...toRow(item),
            assignments: (item.kind === 'task' ? assignments.get(item.id) ?? [] : []).map(({ resource, units }) => ({ resource, units })),
            levellingDelay: item.levellingDelay ?? null,
            delayedBy: item.delayedBy ? { resource: item.delayedBy.resource, items: [...item.delayedBy.items] } : null,
            baselineStart: variance?.baselineStart ?? null,
            baselineFinish: variance?.baselineFinish ?? null,
            startVariance: variance?.startVariance ?? null,
            finishVariance: variance?.finishVariance ?? null,
            ...(schedule.usesHours ? {
                startTime: item.startTime ?? null,
                finishTime: item.finishTime ?? null,
                durationMinutes: item.durationMinutes ?? null,
                totalFloatMinutes: item.totalFloatMinutes ?? null,
                freeFloatMinutes: item.freeFloatMinutes ?? null,
            } : {}),
        };
    });
}

/** The baseline in the JSON: where it was read, the project's finish then and since, and what was added or removed. */
function jsonBaseline(baseline: BaselineAgainst | undefined) {
    return baseline ? {
        revision: baseline.source.revision,
        commit: baseline.source.commit,
        path: baseline.source.path,
        finish: baseline.project.baselineFinish,
        finishVariance: baseline.project.finishVariance,
        cost: baseline.project.baselineCost,
        costVariance: baseline.project.costVariance,
        added: baseline.added,
        removed: baseline.removed.map(item => item.id),
    } : null;
}

/**
 * The whole schedule as one JSON document, pretty-printed (without the final newline). `plan`,
 * the schedule's input, gives the resources and assignments (none without it); `baseline` the
 * baseline dates and variances (null without one).
 */
export function formatScheduleJson(schedule: Schedule, plan?: PlanInput, baseline?: BaselineAgainst): string {
    const document = {
        project: schedule.project,
        start: schedule.start,
        finish: schedule.finish,
        criticalPath: schedule.criticalPaths[0] ?? [],
        tasks: jsonTasks(schedule, plan, baseline),
        criticalPaths: schedule.criticalPaths,
        missedDates: schedule.missedDates,
        resources: (plan ? resourcesOf(plan) : []).map((resource): ScheduleJsonResource => ({
            id: resource.id,
            name: resource.name ?? null,
            units: resource.units,
            calendar: resource.calendar?.name ?? null,
        })),
        baseline: jsonBaseline(baseline),
        // Only in a plan that uses hours, whose tasks then have times and minutes too.
        ...(schedule.usesHours ? { usesHours: true } : {}),
    };
    return JSON.stringify(document, undefined, 2);
}

/** A header, then one row per task or milestone (without the final newline). */
export function formatScheduleCsv(schedule: Schedule): string {
    const records = scheduleRows(schedule).map(row => SCHEDULE_COLUMNS.map(column => csvCell(row[column])));
    return stringify(records, { header: true, columns: [...SCHEDULE_COLUMNS] }).replace(/\n$/, '');
}

function csvCell(value: string | number | boolean | null): string {
    // csv-stringify would write true as 1 and false as nothing; tools expect the words.
    return value === null ? '' : String(value);
}

/** Names longer than this are cut short, with an ellipsis, so that the table stays readable. */
export const NAME_WIDTH = 32;

const MILESTONE_MARK = '◆';
const CRITICAL_MARK = '*';

/** A row of the table: in a plan that uses hours, its times of day too. */
type TableRow = ScheduleRow & { readonly startTime?: string; readonly finishTime?: string };

const withTime = (date: string, time: string | undefined) => time === undefined ? date : `${date} ${time}`;

const TABLE_COLUMNS: ReadonlyArray<TableColumn<TableRow>> = [
    { heading: 'Id', align: 'left', cell: row => row.id },
    { heading: 'Name', align: 'left', cell: row => truncate(row.name ?? '', NAME_WIDTH) },
    { heading: 'Phase', align: 'left', cell: row => row.phase ?? '' },
    { heading: 'Start', align: 'left', cell: row => withTime(row.start, row.startTime) },
    { heading: 'Finish', align: 'left', cell: row => withTime(row.finish, row.finishTime) },
    { heading: 'Days', align: 'right', cell: row => row.milestone ? MILESTONE_MARK : daysFigure(row.durationDays) },
    { heading: 'Float', align: 'right', cell: row => daysFigure(row.totalFloat) },
    { heading: 'Free', align: 'right', cell: row => daysFigure(row.freeFloat) },
];

/**
 * The schedule for people: a title line, the tasks and milestones in aligned columns (`*` marks the
 * critical ones, `◆` the milestones), the critical path and any date the plan misses. With a
 * baseline, a line on how far the finish moved and a column of each finish's variance.
 */
export function formatScheduleTable(schedule: Schedule, project: ScheduledProject, baseline?: BaselineAgainst): string[] {
    const title = [project.id, project.title, `${schedule.start} → ${schedule.finish}`].filter(Boolean).join(' · ');
    const times = new Map(schedule.usesHours ? schedule.items.map(item => [item.id, { startTime: item.startTime, finishTime: item.finishTime }]) : []);
    const rows: TableRow[] = scheduleRows(schedule).map(row => ({ ...row, ...times.get(row.id) }));
    // A plan without phases has no use for the Phase column.
    const plain = rows.some(row => row.phase !== null) ? TABLE_COLUMNS : TABLE_COLUMNS.filter(column => column.heading !== 'Phase');
    const variances = new Map(baseline?.items.map(variance => [variance.id, variance.finishVariance]));
    const columns = baseline ? [...plain, { heading: 'Finish var.', align: 'right' as const, cell: (row: TableRow) => varianceCell(variances.get(row.id)) }] : plain;
    const table = alignedTable(columns, rows, row => row.critical ? CRITICAL_MARK : ' ');
    const baselineLines = baseline ? [
        `Baseline ${baseline.source.revision} (${baseline.source.commit.slice(0, 7)}): finish ${baseline.project.baselineFinish}, now ${shiftText(baseline.project.finishVariance, 'the baseline')}`
            + `${baseline.added.length > 0 ? `; added since: ${baseline.added.join(', ')}` : ''}${baseline.removed.length > 0 ? `; removed since: ${baseline.removed.map(item => item.id).join(', ')}` : ''}`,
    ] : [];

    const [criticalPath, ...otherPaths] = schedule.criticalPaths;
    return [
        title,
        '',
        ...table,
        '',
        `Critical path: ${criticalPath && criticalPath.length > 0 ? criticalPath.join(' → ') : 'none'}`,
        ...otherPaths.map(path => `Also critical: ${path.join(' → ')}`),
        ...baselineLines,
        ...schedule.missedDates.map(missedDateLine),
    ];
}

/** `+3`, `−2`, `0`; `new` for work the baseline does not have. */
function varianceCell(days: number | undefined): string {
    return days === undefined ? 'new' : signedText(days);
}

/** `! finish no later than 2027-06-30 on moved missed by 3 working days`. */
export function missedDateLine(missed: MissedDate): string {
    const what = missed.kind === 'deadline' || missed.kind === 'task-deadline' ? 'deadline' : missed.kind.replace(/-/g, ' ');
    const on = missed.item === undefined ? '' : ` on ${missed.item}`;
    const days = missed.workingDays === 1 ? '1 working day' : `${missed.workingDays} working days`;
    return `! ${what} ${missed.date}${on} missed by ${days}`;
}
