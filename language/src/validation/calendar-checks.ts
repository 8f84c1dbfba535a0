import type { ValidationAcceptor } from 'langium';
import type { Calendar, Project } from '../generated/ast.js';
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
