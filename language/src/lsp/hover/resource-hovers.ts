import type { Calendar, Resource } from '../../generated/ast.js';
import { isPlanDate } from '../../engine/calendar-dates.js';
import { longDate } from '../../planning/schedule-text.js';
import { holidayCodeName, publicHolidaysOf } from '../../planning/public-holidays.js';

/** A resource's units, rate, calendar and leave: what levelling and earned value take from it. */
export function resourceHover(resource: Resource): string {
    const heading = `**${resource.name}** · resource${resource.title ? ` · ${resource.title}` : ''}`;
    const units = resource.units ?? 1;
    const lines = [
        `- ${units} ${units === 1 ? 'unit' : 'units'}${resource.units === undefined ? ' (1 unless given)' : ''}${resource.rate !== undefined ? `, rate ${resource.rate}/${resource.per ?? 'd'} a unit` : ''}`,
    ];
    if (resource.role) {
        lines.unshift(`- ${resource.role}`);
    }
    const calendar = resource.calendar?.ref;
    lines.push(calendar ? `- Works calendar \`${calendar.name}\` (${workdaysText(calendar)})` : '- Works the project\'s calendar');
    for (const leave of resource.leave) {
        if (isPlanDate(leave.date) && (leave.end === undefined || isPlanDate(leave.end))) {
            const when = leave.end === undefined || leave.end === leave.date ? longDate(leave.date) : `${longDate(leave.date)} → ${longDate(leave.end)}`;
            lines.push(`- Away ${when}${leave.title ? `: ${leave.title}` : ''}`);
        }
    }
    return `${heading}\n\n${lines.join('\n')}`;
}

/** A named calendar's week, holidays and worked days. */
export function calendarHover(calendar: Calendar): string {
    const holidays = calendar.holidays.length;
    const lines = [`- Works ${workdaysText(calendar)}`];
    if (holidays > 0) {
        lines.push(`- ${holidays} ${holidays === 1 ? 'holiday' : 'holidays'}`);
    }
    if (calendar.publicHolidays.length > 0) {
        lines.push(`- The public holidays of ${calendar.publicHolidays.map(({ code }) => code).join(', ')}`);
    }
    if (calendar.workedDays.length > 0) {
        lines.push(`- ${calendar.workedDays.length} worked ${calendar.workedDays.length === 1 ? 'day' : 'days'} by exception`);
    }
    return `**${calendar.name}** · calendar\n\n${lines.join('\n')}`;
}

function workdaysText(calendar: Calendar): string {
    return (calendar.workdays.length > 0 ? calendar.workdays : ['mon', 'tue', 'wed', 'thu', 'fri']).join(' ');
}

/** `holidays GB-ENG`: what the code names, and its public holidays from the plan's start to its finish. */
export function publicHolidaysHover(code: string, span: { readonly start: string; readonly finish: string } | undefined): string {
    const name = holidayCodeName(code);
    if (!name) {
        return `**${code}** · not a country or region whose public holidays are known`;
    }
    const heading = `**${code}** · public holidays of ${name}`;
    if (!span) {
        return `${heading}\n\nThe plan is not scheduled, so there are no dates to list.`;
    }
    const within = (publicHolidaysOf(code, Number(span.start.slice(0, 4)), Number(span.finish.slice(0, 4))) ?? [])
        .filter(holiday => (holiday.to ?? holiday.date) >= span.start && holiday.date <= span.finish);
    const lines = within.map(holiday => `- ${longDate(holiday.date)}${holiday.to ? ` → ${longDate(holiday.to)}` : ''} · ${holiday.name}`);
    const when = `from the start, ${longDate(span.start)}, to the finish, ${longDate(span.finish)}`;
    return lines.length > 0 ? `${heading}\n\nPublic holidays ${when}:\n\n${lines.join('\n')}` : `${heading}\n\nNone ${when}.`;
}
