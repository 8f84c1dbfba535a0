import type { ValidationAcceptor } from 'langium';
import type { Calendar, Project, PublicHolidays, WorkedDay } from '../generated/ast.js';
import { dayNumberOf, isoDateOfDayNumber, isPlanDate, weekdayOf, weekdayTitle, WEEKDAYS } from '../engine/calendar-dates.js';
import { closeHolidayCodes, isKnownHolidayCode, publicHolidaysOf } from '../planning/public-holidays.js';
import type { ProjServices } from '../proj-module.js';
import { IssueCodes } from './issue-codes.js';

/** A project has one default calendar, its unnamed one: the scheduler uses the first, so a second would be ignored. */
export function checkOneDefaultCalendar(project: Project, accept: ValidationAcceptor): void {
    const unnamed = project.calendars.filter(calendar => !calendar.name);
    const line = (unnamed[0]?.$cstNode?.range.start.line ?? 0) + 1;
    for (const calendar of unnamed.slice(1)) {
        accept('error', `The project already has a default calendar (line ${line}), so this second unnamed one is ignored: merge the two, or name this one (\`calendar shifts { … }\`) for the resources and work that should use it.`, {
            node: calendar, keyword: 'calendar', code: IssueCodes.SecondDefaultCalendar
        });
    }
}

/**
 * A named calendar works only for the resources, tasks and milestones that name it: one nothing
 * names changes nothing, so say so rather than ignore it silently. References from every file of
 * the workspace count (a shared resource may name it).
 */
export function createUnusedCalendarCheck(services: ProjServices) {
    const references = services.references.References;
    return (calendar: Calendar, accept: ValidationAcceptor): void => {
        if (!calendar.name || !references.findReferences(calendar, { includeDeclaration: false }).isEmpty()) {
            return;
        }
        accept('warning', `Calendar '${calendar.name}' is not used: no resource, task or milestone names it (\`calendar ${calendar.name}\`), so it changes nothing.`, {
            node: calendar, property: 'name', code: IssueCodes.UnusedCalendar
        });
    };
}

/** `holidays GB-ENX`: a code the holiday library does not know adds no holidays, so it is an error. */
export function checkHolidayCode(holidays: PublicHolidays, accept: ValidationAcceptor): void {
    const code = holidays.code;
    if (!code || isKnownHolidayCode(code)) {
        return;
    }
    const close = closeHolidayCodes(code);
    const message = close.length > 0
        ? `'${code}' is not a country or region whose public holidays are known. Did you mean ${close.join(', ')}?`
        : `'${code}' is not a country or region whose public holidays are known: write an ISO 3166 country code (\`FR\`), or a country and its region (\`GB-ENG\`).`;
    accept('error', message, { node: holidays, property: 'code', code: IssueCodes.UnknownHolidayCode, data: { refText: code, suggestions: close } });
}

/** The same public holidays twice in one calendar: the second adds nothing. */
export function checkPublicHolidaysOnce(calendar: Calendar, accept: ValidationAcceptor): void {
    const first = new Map<string, PublicHolidays>();
    for (const holidays of calendar.publicHolidays) {
        const earlier = first.get(holidays.code);
        if (!earlier) {
            first.set(holidays.code, holidays);
            continue;
        }
        const line = (earlier.$cstNode?.range.start.line ?? 0) + 1;
        accept('warning', `The calendar already takes the public holidays of ${holidays.code} (line ${line}): this changes nothing.`, {
            node: holidays, property: 'code', code: IssueCodes.DuplicatePublicHolidays
        });
    }
}

/**
 * A worked day that the calendar works anyway (a workday that no holiday, typed or public, takes)
 * changes nothing: usually the wrong date.
 */
export function checkWorkedDaysAreOff(calendar: Calendar, accept: ValidationAcceptor): void {
    const workdays = new Set(calendar.workdays.length > 0 ? calendar.workdays : WEEKDAYS.slice(0, 5));
    const typed = calendar.holidays.filter(holiday => isPlanDate(holiday.date) && (holiday.end === undefined || isPlanDate(holiday.end)));
    const publicHolidays = new Map<number, Set<string>>();
    const isOff = (date: string): boolean => {
        if (!workdays.has(weekdayOf(date)) || typed.some(holiday => holiday.date <= date && date <= (holiday.end ?? holiday.date))) {
            return true;
        }
        const year = Number(date.slice(0, 4));
        let days = publicHolidays.get(year);
        if (!days) {
            days = new Set(calendar.publicHolidays.flatMap(({ code }) => publicHolidaysOf(code, year, year) ?? [])
                .flatMap(holiday => daysBetween(holiday.date, holiday.to ?? holiday.date)));
            publicHolidays.set(year, days);
        }
        return days.has(date);
    };
    for (const worked of calendar.workedDays) {
        if (!isPlanDate(worked.date) || (worked.end !== undefined && (!isPlanDate(worked.end) || worked.end < worked.date))) {
            continue;
        }
        const days = daysBetween(worked.date, worked.end ?? worked.date);
        // A long range is a season of weekend work: it surely takes some days off.
        if (days.length > 366 || days.some(isOff)) {
            continue;
        }
        accept('warning', alreadyWorked(worked), { node: worked, property: 'date', code: IssueCodes.WorkdayAlreadyWorked });
    }
}

function alreadyWorked(worked: WorkedDay): string {
    return worked.end === undefined || worked.end === worked.date
        ? `${worked.date} is a ${weekdayTitle(weekdayOf(worked.date))}, a workday of this calendar and no holiday: the worked day changes nothing.`
        : `Every day from ${worked.date} to ${worked.end} is a workday of this calendar and no holiday: the worked days change nothing.`;
}

function daysBetween(from: string, to: string): string[] {
    const days: string[] = [];
    for (let day = dayNumberOf(from); day <= dayNumberOf(to); day++) {
        days.push(isoDateOfDayNumber(day));
    }
    return days;
}
