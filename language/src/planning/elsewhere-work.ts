import { AstUtils } from 'langium';
import { isPlanItem, type Dependency, type PlanItem, type Project } from '../generated/ast.js';
import { parseWorkingSpan, signedSpanText } from '../engine/durations.js';
import type { ElsewhereWork } from '../engine/gantt-rows.js';
import type { Programmes } from './programmes.js';
import type { ProjectSchedules } from './project-schedules.js';

/**
 * The work of other plans of the project's programme that its work waits for, and that waits for
 * its work, as that plan's schedule has it, with the links: the Gantt's rows from elsewhere.
 */
export function elsewhereWorkOf(project: Project, schedules: ProjectSchedules, programmes: Programmes): ElsewhereWork[] {
    const works = new Map<string, { work: Omit<ElsewhereWork, 'links'>; links: Array<ElsewhereWork['links'][number]> }>();
    const add = (side: ElsewhereWork['side'], other: Project, item: PlanItem, own: PlanItem, dependency: Dependency) => {
        const scheduled = schedules.scheduledItemOf(other, item.name);
        if (!scheduled) {
            return;
        }
        const key = `${side} ${other.name}.${item.name}`;
        let entry = works.get(key);
        if (!entry) {
            works.set(key, entry = { work: { side, project: other.name, projectTitle: other.title, item: scheduled }, links: [] });
        }
        const successor = side === 'before' ? own : item;
        const lag = dependency.lag ? parseWorkingSpan(dependency.lag) : undefined;
        entry.links.push({
            own: own.name, type: dependency.type ?? 'FS', ...(lag && lag.amount !== 0 ? { lag: signedSpanText(lag) } : {}),
            index: successor.dependencies.indexOf(dependency),
        });
    };
    for (const { dependency, predecessor, other } of programmes.linksOut(project)) {
        const successor = AstUtils.getContainerOfType(dependency, isPlanItem);
        if (successor) {
            add('before', other, predecessor, successor, dependency);
        }
    }
    for (const member of programmes.membersOf(project)) {
        if (member === project) {
            continue;
        }
        for (const { dependency, predecessor, other } of programmes.linksOut(member)) {
            const successor = AstUtils.getContainerOfType(dependency, isPlanItem);
            if (other === project && successor) {
                add('after', member, successor, predecessor, dependency);
            }
        }
    }
    return [...works.values()].map(({ work, links }) => ({ ...work, links }));
}
