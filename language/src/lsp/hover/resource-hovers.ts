import type { Calendar, Resource } from '../../generated/ast.js';
import { isPlanDate } from '../../engine/calendar-dates.js';
import { longDate } from '../../planning/schedule-text.js';

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

/** A named calendar's week and holidays. */
export function calendarHover(calendar: Calendar): string {
    const holidays = calendar.holidays.length;
    const lines = [`- Works ${workdaysText(calendar)}`];
    if (holidays > 0) {
        lines.push(`- ${holidays} ${holidays === 1 ? 'holiday' : 'holidays'}`);
    }
    return `**${calendar.name}** · calendar\n\n${lines.join('\n')}`;
}

function workdaysText(calendar: Calendar): string {
    return (calendar.workdays.length > 0 ? calendar.workdays : ['mon', 'tue', 'wed', 'thu', 'fri']).join(' ');
}
