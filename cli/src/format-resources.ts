// The outputs of `proj resources`: each resource's load week by week and the work assigned to it.
// JSON and CSV for tools (a contract: keys and columns keep their names and order), an aligned
// table for people, Markdown for reports.
import { stringify } from 'csv-stringify/sync';
import type { IsoDate } from '../../language/src/engine/calendar-dates.js';
import type { LeaveInput, PlanInput, Schedule } from '../../language/src/engine/plan-model.js';
import { resourcesOf } from '../../language/src/engine/plan-resources.js';
import { overAllocations, type OverAllocation, type ResourceLoad } from '../../language/src/engine/resource-loading.js';
import { weeklyLoading, type WeekLoad } from '../../language/src/engine/weekly-loading.js';
import { alignedTable, truncate, type TableColumn } from './aligned-table.js';
import { NAME_WIDTH } from './format-schedule.js';
import { inertCell } from './format-ksb.js';
import { markdownCode, markdownTable, markdownText } from './markdown-text.js';

/** One piece of work a resource is assigned to. */
export interface ResourceAssignment {
    readonly task: string;
    readonly name?: string;
    /** The units it takes on each working day of the task. */
    readonly units: number;
    readonly start: IsoDate;
    readonly finish: IsoDate;
}

export interface ResourceSummary {
    readonly id: string;
    readonly name?: string;
    readonly units: number;
    /** The name of the calendar it works; absent, the project's. */
    readonly calendar?: string;
    readonly leave: readonly LeaveInput[];
    readonly weeks: readonly WeekLoad[];
    readonly assignments: readonly ResourceAssignment[];
}

/** What `proj resources` shows of one project. */
export interface ResourceReport {
    readonly project: string;
    readonly title?: string;
    readonly start: IsoDate;
    readonly finish: IsoDate;
    readonly status?: IsoDate;
    /** The plan's resources, in its order: the project's own, then those declared elsewhere. */
    readonly resources: readonly ResourceSummary[];
    /** Stretches of days a resource is over, after the status date if there is one. */
    readonly overAllocations: readonly OverAllocation[];
}

/** The report of a scheduled plan, from its day-by-day loading. */
export function resourceReportOf(plan: PlanInput, schedule: Schedule, loading: readonly ResourceLoad[]): ResourceReport {
    const scheduled = new Map(schedule.items.map(item => [item.id, item]));
    const loads = new Map(loading.map(load => [load.resource, load]));
    const resources = resourcesOf(plan).map((resource): ResourceSummary => {
        const load = loads.get(resource.id);
        return {
            id: resource.id,
            name: resource.name,
            units: resource.units,
            calendar: resource.calendar?.name,
            leave: resource.leave,
            weeks: load ? weeklyLoading(load) : [],
            assignments: plan.items.flatMap(item => {
                const dates = scheduled.get(item.id);
                const assignment = item.kind === 'task' ? item.assignments?.find(each => each.resource === resource.id) : undefined;
                return dates && assignment
                    ? [{ task: item.id, name: item.name, units: assignment.units, start: dates.start, finish: dates.finish }]
                    : [];
            }),
        };
    });
    return {
        project: schedule.project,
        title: plan.title,
        start: schedule.start,
        finish: schedule.finish,
        status: plan.status,
        resources,
        overAllocations: overAllocations(loading, plan.status),
    };
}

/** Figures to two decimal places: `assign crew 50%` of a crew of 3 takes 1.5 units a day. */
function figure(value: number): number {
    return Math.round(value * 100) / 100;
}

/** The whole report as one JSON document, pretty-printed (without the final newline). */
export function formatResourcesJson(report: ResourceReport): string {
    // Built key by key: the order of the keys is part of the contract.
    const document = {
        project: report.project,
        start: report.start,
        finish: report.finish,
        status: report.status ?? null,
        resources: report.resources.map(resource => ({
            id: resource.id,
            name: resource.name ?? null,
            units: figure(resource.units),
            calendar: resource.calendar ?? null,
            leave: resource.leave.map(leave => ({ from: leave.from, to: leave.to ?? leave.from, title: leave.title ?? null })),
            weeks: resource.weeks.map(week => ({
                week: week.week,
                required: figure(week.required),
                available: figure(week.available),
                over: figure(week.over),
                daysOver: week.daysOver,
            })),
            assignments: resource.assignments.map(assignment => ({
                task: assignment.task,
                name: assignment.name ?? null,
                units: figure(assignment.units),
                start: assignment.start,
                finish: assignment.finish,
            })),
        })),
        overAllocations: report.overAllocations.map(over => ({
            resource: over.resource,
            from: over.from,
            to: over.to,
            required: figure(over.required),
            available: figure(over.available),
            items: over.items,
        })),
    };
    return JSON.stringify(document, undefined, 2);
}

/** The columns of `--format csv`, in order. */
export const RESOURCES_CSV_COLUMNS = ['resource', 'name', 'week', 'required', 'available', 'over', 'daysOver'] as const;

/**
 * A header, then a row per resource and week, resources in the plan's order and weeks in time
 * order (without the final newline). Names are made {@link inertCell inert} for spreadsheets.
 */
export function formatResourcesCsv(report: ResourceReport): string {
    const records = report.resources.flatMap(resource => resource.weeks.map(week => [
        resource.id, inertCell(resource.name ?? ''), week.week,
        String(figure(week.required)), String(figure(week.available)), String(figure(week.over)), String(week.daysOver),
    ]));
    return stringify(records, { header: true, columns: [...RESOURCES_CSV_COLUMNS] }).replace(/\n$/, '');
}

/** What marks a week in which some day is over, in the table. */
export const OVER_MARK = '!';
/** The same in Markdown, after the figure. */
const MARKDOWN_OVER_MARK = '⚠';

const NO_RESOURCES = 'The plan has no resources: declare one, such as \'resource crew "Facilities crew" { units 4 }\', and assign it to tasks with \'assign crew 2\'.';

/** `1 unit`, `4 units`, `1.5 units`. */
function unitsText(units: number): string {
    return units === 1 ? '1 unit' : `${figure(units)} units`;
}

/** `2027-03-10 → 2027-03-12 (Annual leave)`, `2027-03-19`. */
function leaveText(leave: LeaveInput): string {
    const days = leave.to === undefined || leave.to === leave.from ? leave.from : `${leave.from} → ${leave.to}`;
    return leave.title ? `${days} (${leave.title})` : days;
}

/** `2027-03-01 → 2027-03-03`, or the one day. */
function stretchText(over: OverAllocation): string {
    return over.from === over.to ? over.from : `${over.from} → ${over.to}`;
}

/** `up to 5 units asked for, 4 available`: the most asked for on a day of the stretch. */
function overText(over: OverAllocation): string {
    return `up to ${unitsText(over.required)} asked for, ${figure(over.available)} available`;
}

/** `Over-allocated` or `Over-allocated after the status date, 2027-03-01`. */
function overHeading(report: ResourceReport): string {
    return report.status === undefined ? 'Over-allocated' : `Over-allocated after the status date, ${report.status}`;
}

const WEEK_COLUMNS: ReadonlyArray<TableColumn<WeekLoad>> = [
    { heading: 'Week of', align: 'left', cell: week => week.week },
    { heading: 'Required', align: 'right', cell: week => String(figure(week.required)) },
    { heading: 'Available', align: 'right', cell: week => String(figure(week.available)) },
    { heading: 'Over', align: 'right', cell: week => String(figure(week.over)) },
];

const ASSIGNMENT_COLUMNS: ReadonlyArray<TableColumn<ResourceAssignment>> = [
    { heading: 'Task', align: 'left', cell: assignment => assignment.task },
    { heading: 'Name', align: 'left', cell: assignment => truncate(assignment.name ?? '', NAME_WIDTH) },
    { heading: 'Units', align: 'right', cell: assignment => String(figure(assignment.units)) },
    { heading: 'Start', align: 'left', cell: assignment => assignment.start },
    { heading: 'Finish', align: 'left', cell: assignment => assignment.finish },
];

/** `crew · Facilities crew · 4 units · calendar shifts`. */
function resourceTitle(resource: ResourceSummary): string {
    return [resource.id, resource.name, unitsText(resource.units), resource.calendar && `calendar ${resource.calendar}`].filter(Boolean).join(' · ');
}

/**
 * The report for people: a title line and what the figures are, then for each resource its
 * title, its leave, a table of its weeks (`!` marks a week with a day over) and a table of its
 * work; last, the stretches of days over, or `none`.
 */
export function formatResourcesTable(report: ResourceReport): string[] {
    const title = [report.project, report.title, 'resource loading', `${report.start} → ${report.finish}`].filter(Boolean).join(' · ');
    if (report.resources.length === 0) {
        return [title, '', NO_RESOURCES];
    }
    const lines = [title, '', `Weeks from Monday, in unit-days (units × working days); ${OVER_MARK} marks a week with a day over.`];
    for (const resource of report.resources) {
        lines.push('', resourceTitle(resource));
        if (resource.leave.length > 0) {
            lines.push(`On leave ${resource.leave.map(leaveText).join(', ')}`);
        }
        lines.push(...alignedTable(WEEK_COLUMNS, resource.weeks, week => week.daysOver > 0 ? OVER_MARK : ' '), '');
        lines.push(...resource.assignments.length > 0 ? alignedTable(ASSIGNMENT_COLUMNS, resource.assignments) : ['  No work assigned.']);
    }
    lines.push('');
    if (report.overAllocations.length === 0) {
        lines.push(`${overHeading(report)}: none`);
    } else {
        lines.push(`${overHeading(report)}:`, ...report.overAllocations.map(over =>
            `${OVER_MARK} ${over.resource} ${stretchText(over)}: ${overText(over)} (${over.items.join(', ')})`));
    }
    return lines;
}

/**
 * The report for a document: a heading and what the figures are, then a section per resource
 * with a table of its weeks (the figure over of a week with a day over in bold, marked `⚠`) and
 * a table of its work, then the over-allocations. Every text from the plan is escaped.
 */
export function formatResourcesMarkdown(report: ResourceReport): string {
    const title = `${markdownCode(report.project)}${report.title ? ` ${markdownText(report.title)}` : ''}`;
    const lines = [`# Resource loading: ${title}`, ''];
    if (report.resources.length === 0) {
        lines.push(markdownText(NO_RESOURCES), '');
        return lines.join('\n');
    }
    lines.push(
        `${report.start} → ${report.finish}${report.status ? `, status date ${report.status}` : ''}. Weeks start on Monday; figures are unit-days`
        + ` (units × working days). A week marked ${MARKDOWN_OVER_MARK} has a day on which the resource is asked for more units than it has;`
        + ' its *over* sums what each such day asks beyond what it has.',
    );
    for (const resource of report.resources) {
        const about = [
            unitsText(resource.units),
            resource.calendar && `calendar ${markdownCode(resource.calendar)}`,
            resource.leave.length > 0 && `on leave ${resource.leave.map(leave => markdownText(leaveText(leave))).join(', ')}`,
        ].filter(Boolean).join(' · ');
        lines.push('', `## ${markdownCode(resource.id)}${resource.name ? ` ${markdownText(resource.name)}` : ''}`, '', `${about}.`, '');
        lines.push(...markdownTable(['Week of', 'Required', 'Available', 'Over'], resource.weeks.map(week => [
            week.week,
            String(figure(week.required)),
            String(figure(week.available)),
            week.daysOver > 0 ? `**${figure(week.over)}** ${MARKDOWN_OVER_MARK}` : String(figure(week.over)),
        ]), ['left', 'right', 'right', 'right']), '');
        lines.push(...resource.assignments.length > 0
            ? markdownTable(['Task', 'Name', 'Units', 'Start', 'Finish'], resource.assignments.map(assignment => [
                markdownCode(assignment.task), markdownText(assignment.name ?? ''), String(figure(assignment.units)), assignment.start, assignment.finish,
            ]), ['left', 'left', 'right', 'left', 'left'])
            : ['No work assigned.']);
    }
    lines.push('', `## ${overHeading(report)}`, '');
    if (report.overAllocations.length === 0) {
        lines.push('None.');
    } else {
        lines.push(...report.overAllocations.map(over =>
            `- ${markdownCode(over.resource)} ${stretchText(over)}: ${overText(over)} (${over.items.map(markdownCode).join(', ')}).`));
    }
    lines.push('');
    return lines.join('\n');
}
