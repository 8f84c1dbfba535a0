import type { ValidationAcceptor } from 'langium';
import { isCompositeCstNode, isLeafCstNode, type CstNode } from 'langium';
import type { Calendar, Holiday, Leave, Milestone, Model, Project, Task, WorkedDay } from '../generated/ast.js';
import { daysInMonth, FIRST_PLAN_YEAR, isPlanDate, isRealDate, LAST_PLAN_YEAR, weekdayOf, weekdayTitle, WEEKDAYS, type WeekdayName } from '../engine/calendar-dates.js';
import { workItemsOf } from '../planning/plan-items.js';
import { IssueCodes } from './issue-codes.js';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * Every date written in a plan exists on the calendar, read as written (`0027` is the year 27), and
 * lies in the years plans are scheduled in. One pass over the file's tokens.
 */
export function checkDatesExist(model: Model, accept: ValidationAcceptor): void {
    if (!model.$cstNode) {
        return;
    }
    // A plain recursive walk: Langium's CST stream costs several times as much on every edit.
    const visit = (node: CstNode): void => {
        if (isCompositeCstNode(node)) {
            node.content.forEach(visit);
        } else if (isLeafCstNode(node) && node.tokenType.name === 'DATE' && !isPlanDate(node.text)) {
            accept('error', whyNotADate(node.text), { node: node.astNode, range: node.range, code: IssueCodes.InvalidDate });
        }
    };
    visit(model.$cstNode);
}

function whyNotADate(text: string): string {
    const [year, month] = text.split('-').map(Number);
    if (year === 0) {
        return `${text} is not a date: there is no year 0.`;
    }
    if (month < 1 || month > 12) {
        return `${text} is not a date: there is no month ${month}.`;
    }
    if (isRealDate(text)) {
        return `${text} is outside the years plans are scheduled in, ${FIRST_PLAN_YEAR} to ${LAST_PLAN_YEAR}: is the year ${text.slice(0, 4)} a typo?`;
    }
    return `${text} is not a date: ${MONTHS[month - 1]} ${year} has ${daysInMonth(year, month)} days.`;
}

function workdaysOf(calendar: Calendar): Set<WeekdayName> {
    return calendar.workdays.length > 0 ? new Set(calendar.workdays) : new Set(WEEKDAYS.slice(0, 5));
}

/** A one-day holiday on a day the calendar does not work anyway is almost always a typo. */
export function checkHolidaysFallOnWorkdays(calendar: Calendar, accept: ValidationAcceptor): void {
    const workdays = workdaysOf(calendar);
    for (const holiday of calendar.holidays) {
        if (holiday.end === undefined && isPlanDate(holiday.date)) {
            const day = weekdayOf(holiday.date);
            if (!workdays.has(day)) {
                accept('warning', `${holiday.date} is a ${weekdayTitle(day)}, which is not a workday of this calendar: the holiday changes nothing.`, {
                    node: holiday, property: 'date', code: IssueCodes.HolidayOnNonWorkday
                });
            }
        }
    }
}

export function checkHolidayRange(holiday: Holiday, accept: ValidationAcceptor): void {
    checkDateRange(holiday, 'holiday', accept);
}

export function checkWorkedDayRange(worked: WorkedDay, accept: ValidationAcceptor): void {
    if (worked.end !== undefined && isPlanDate(worked.date) && isPlanDate(worked.end) && worked.end < worked.date) {
        accept('error', `The worked days end (${worked.end}) before they start (${worked.date}).`, {
            node: worked, property: 'end', code: IssueCodes.DateOrder
        });
    }
}

/** `leave 2027-03-05 to 2027-03-01` is reversed, as a holiday range can be. */
export function checkLeaveRange(leave: Leave, accept: ValidationAcceptor): void {
    checkDateRange(leave, 'leave', accept);
}

function checkDateRange(range: Holiday | Leave, what: string, accept: ValidationAcceptor): void {
    if (range.end !== undefined && isPlanDate(range.date) && isPlanDate(range.end) && range.end < range.date) {
        accept('error', `The ${what} ends (${range.end}) before it starts (${range.date}).`, {
            node: range, property: 'end', code: IssueCodes.DateOrder
        });
    }
}

export function checkProjectDates(project: Project, accept: ValidationAcceptor): void {
    const start = project.start;
    if (start === undefined || !isPlanDate(start)) {
        return;
    }
    if (project.deadline !== undefined && isPlanDate(project.deadline) && project.deadline < start) {
        accept('error', `The deadline ${project.deadline} is before the project starts (${start}).`, {
            node: project, property: 'deadline', code: IssueCodes.DateOrder
        });
    }
    // A task's deadline before the start is missed whatever the plan does: a slip of the pen, most likely.
    for (const item of workItemsOf(project)) {
        if (item.deadline !== undefined && isPlanDate(item.deadline) && item.deadline < start) {
            accept('warning', `The deadline ${item.deadline} is before the project starts (${start}).`, {
                node: item, property: 'deadline', code: IssueCodes.DateOrder
            });
        }
    }
    if (project.status !== undefined && isPlanDate(project.status) && project.status < start) {
        accept('warning', `The status date ${project.status} is before the project starts (${start}).`, {
            node: project, property: 'status', code: IssueCodes.DateOrder
        });
    }
}

export function checkActualDates(item: Task | Milestone, accept: ValidationAcceptor): void {
    const { actualStart, actualFinish } = item;
    if (actualStart && actualFinish && isPlanDate(actualStart) && isPlanDate(actualFinish) && actualFinish < actualStart) {
        accept('error', `The actual finish ${actualFinish} is before the actual start ${actualStart}.`, {
            node: item, property: 'actualFinish', code: IssueCodes.DateOrder
        });
    }
}
