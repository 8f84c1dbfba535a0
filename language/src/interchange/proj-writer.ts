// A plan as .proj text, laid out as the formatter lays it out (4 spaces a block, one statement a
// line): what `proj import` writes from MS Project XML.
import { signedSpanText, type WorkingSpan } from '../engine/durations.js';
import { linkedId, type AssignmentInput, type ConstraintInput, type DependencyInput, type PlanItemInput, type ResourceInput } from '../engine/plan-model.js';
import type { CalendarInput } from '../engine/working-calendar.js';
import { clockText, DEFAULT_WORKING_HOURS } from '../engine/working-hours.js';
import { stringLiteral } from '../templates/new-plan.js';
import { namedCalendarsOf, titleOfDays, type InterchangePlan } from './interchange-plan.js';

const INDENT = '    ';

export function projTextOf(interchange: InterchangePlan): string {
    const { plan } = interchange;
    const lines: string[] = [];
    const emit = (depth: number, line: string) => lines.push(`${INDENT.repeat(depth)}${line}`);

    emit(0, `project ${plan.id}${titleText(plan.id, plan.title)} {`);
    emit(1, `start ${plan.start}`);
    if (plan.status) {
        emit(1, `status ${plan.status}`);
    }
    if (plan.deadline) {
        emit(1, `deadline ${plan.deadline}`);
    }
    if (interchange.currency) {
        emit(1, `currency ${interchange.currency}`);
    }
    if (plan.budget !== undefined) {
        emit(1, `budget ${numberText(plan.budget)}`);
    }
    if (plan.schedule === 'alap') {
        emit(1, 'schedule alap');
    }
    if (plan.level) {
        emit(1, 'level');
    }

    const calendars: Array<[string | undefined, CalendarInput]> = [[undefined, plan.calendar], ...namedCalendarsOf(interchange).map(calendar => [calendar.name, calendar] as [string, CalendarInput])];
    for (const [name, calendar] of calendars) {
        const body = calendarLines(calendar);
        if (name === undefined && body.length === 0) {
            continue;
        }
        lines.push('');
        emit(1, `calendar ${name !== undefined ? `${name} ` : ''}{`);
        body.forEach(line => emit(2, line));
        emit(1, '}');
    }

    const resources = plan.resources ?? [];
    if (resources.length > 0) {
        lines.push('');
        for (const resource of resources) {
            const body = resourceLines(resource, interchange);
            emit(1, `resource ${resource.id}${titleText(resource.id, resource.name)}${body.length === 0 ? '' : ' {'}`);
            if (body.length > 0) {
                body.forEach(line => emit(2, line));
                emit(1, '}');
            }
        }
    }

    const units = new Map(resources.map(resource => [resource.id, resource.units]));
    const children = new Map<string | undefined, PlanItemInput[]>();
    for (const item of plan.items) {
        children.set(item.phase, [...children.get(item.phase) ?? [], item]);
    }
    const writeItem = (item: PlanItemInput, depth: number) => {
        const body = itemLines(item, units);
        const inner = item.kind === 'phase' ? children.get(item.id) ?? [] : [];
        const header = `${item.kind} ${item.id}${titleText(item.id, item.name)}`;
        if (body.length === 0 && inner.length === 0 && item.kind !== 'phase') {
            emit(depth, header);
            return;
        }
        emit(depth, `${header} {`);
        body.forEach(line => emit(depth + 1, line));
        inner.forEach(child => writeItem(child, depth + 1));
        emit(depth, '}');
    };
    const top = children.get(undefined) ?? [];
    if (top.length > 0) {
        lines.push('');
        top.forEach(item => writeItem(item, 1));
    }
    emit(0, '}');
    return `${lines.join('\n')}\n`;
}

function calendarLines(calendar: CalendarInput): string[] {
    const lines: string[] = [];
    if (calendar.workdays.length > 0) {
        lines.push(`workdays ${calendar.workdays.join(' ')}`);
    }
    const hours = calendar.hours;
    if (hours && hours.map(clockRange).join(' ') !== DEFAULT_WORKING_HOURS.map(clockRange).join(' ')) {
        lines.push(`hours ${hours.map(clockRange).join(' ')}`);
    }
    for (const holiday of calendar.holidays) {
        lines.push(`holiday ${daysText(holiday)}`);
    }
    for (const worked of calendar.workedDays ?? []) {
        lines.push(`workday ${daysText(worked)}`);
    }
    return lines;
}

function resourceLines(resource: ResourceInput, interchange: InterchangePlan): string[] {
    const lines: string[] = [];
    if (resource.units !== 1) {
        lines.push(`units ${numberText(resource.units)}`);
    }
    const rate = interchange.rates?.get(resource.id);
    if (rate) {
        lines.push(`rate ${numberText(rate.amount)}/${rate.per}`);
    }
    if (resource.calendar?.name !== undefined) {
        lines.push(`calendar ${resource.calendar.name}`);
    }
    for (const leave of resource.leave) {
        lines.push(`leave ${daysText(leave)}`);
    }
    return lines;
}

function itemLines(item: PlanItemInput, units: ReadonlyMap<string, number>): string[] {
    const lines: string[] = [];
    if (item.kind === 'task' && item.duration) {
        lines.push(`duration ${spanText(item.duration)}`);
    }
    if (item.kind === 'task' && item.estimate) {
        lines.push(`estimate ${spanText(item.estimate.optimistic)} ${spanText(item.estimate.mostLikely)} ${spanText(item.estimate.pessimistic)}`);
    }
    if (item.dependencies.length > 0) {
        lines.push(`after ${item.dependencies.map(dependencyText).join(', ')}`);
    }
    item.constraints.forEach(constraint => lines.push(constraintText(constraint)));
    if (item.kind === 'phase') {
        if (item.budget !== undefined) {
            lines.push(`budget ${numberText(item.budget)}`);
        }
        return lines;
    }
    if (item.schedule) {
        lines.push(`schedule ${item.schedule}`);
    }
    if (item.deadline) {
        lines.push(`deadline ${item.deadline}`);
    }
    if (item.calendar?.name !== undefined) {
        lines.push(`calendar ${item.calendar.name}`);
    }
    if (item.assignments && item.assignments.length > 0) {
        lines.push(`assign ${item.assignments.map(assignment => assignmentText(assignment, units.get(assignment.resource) ?? 1)).join(', ')}`);
    }
    if (item.actualStart) {
        lines.push(`actual start ${item.actualStart}`);
    }
    if (item.actualFinish) {
        lines.push(`actual finish ${item.actualFinish}`);
    }
    if (item.progress !== undefined) {
        lines.push(`progress ${numberText(item.progress)}%`);
    }
    if (item.cost !== undefined) {
        lines.push(`cost ${numberText(item.cost)}`);
    }
    if (item.spent !== undefined) {
        lines.push(`spent ${numberText(item.spent)}`);
    }
    if (item.priority !== undefined) {
        lines.push(`priority ${item.priority}`);
    }
    return lines;
}

/** `crew` for all its units, `alex 50%` for a share of one person, `crew 3` for some of a pool. */
function assignmentText(assignment: AssignmentInput, units: number): string {
    if (Math.abs(assignment.units - units) < 1e-9) {
        return assignment.resource;
    }
    const percent = assignment.units / units * 100;
    if (units === 1 && Math.abs(percent - Math.round(percent)) < 1e-6) {
        return `${assignment.resource} ${Math.round(percent)}%`;
    }
    return `${assignment.resource} ${numberText(assignment.units)}`;
}

function dependencyText(dependency: DependencyInput): string {
    const type = dependency.type === 'FS' ? '' : ` ${dependency.type}`;
    const lag = dependency.lag && dependency.lag.amount !== 0 ? ` ${signedSpanText({ ...dependency.lag, amount: roundAmount(dependency.lag.amount) })}` : '';
    return `${linkedId(dependency)}${type}${lag}`;
}

function constraintText(constraint: ConstraintInput): string {
    const [edge, ...bound] = constraint.kind.split('-');
    return `${edge} ${bound.join(' ')} ${constraint.date}`;
}

function spanText(span: WorkingSpan): string {
    return `${numberText(span.amount)}${span.unit}`;
}

function daysText(days: { readonly from: string; readonly to?: string }): string {
    const title = titleOfDays(days);
    return `${days.from}${days.to !== undefined && days.to !== days.from ? ` to ${days.to}` : ''}${title ? ` ${stringLiteral(title)}` : ''}`;
}

function titleText(id: string, title: string | undefined): string {
    return title !== undefined && title !== id ? ` ${stringLiteral(title)}` : '';
}

function clockRange(interval: { from: number; to: number }): string {
    return `${clockText(interval.from)}-${clockText(interval.to)}`;
}

/** Eight decimals: a span of hours that is no short number (100 minutes) still comes to its minute. */
function roundAmount(amount: number): number {
    return Math.round(amount * 1e8) / 1e8;
}

/** A number as the language writes one: no exponent, no sign, at most eight decimals. */
function numberText(value: number): string {
    return String(roundAmount(Math.abs(value)));
}
