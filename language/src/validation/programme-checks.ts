import type { ValidationAcceptor, ValidationCheck } from 'langium';
import { AstUtils } from 'langium';
import { isPlanItem, type Dependency, type PlanItem, type Project } from '../generated/ast.js';
import type { Programmes } from '../planning/programmes.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import { IssueCodes } from './issue-codes.js';

/**
 * A link to work of another project (`after alpha.done`) is scheduled with it, in the programme the
 * two belong to (programme.ts). What the programme cannot honour is said on the link: a cycle
 * through work of several files, on every link between plans on it, with the whole cycle (a cycle
 * within one file is checkDependencyCycles's); and work that is not scheduled, which the link
 * cannot wait for.
 */
export function createLinkBetweenProjectsCheck(schedules: ProjectSchedules, programmes: Programmes): ValidationCheck<Project> {
    // On the project, over its links written `project.item` (found once per syntax tree), rather
    // than on each of its dependencies: run again for every edit of a plan it waits for.
    return (here, accept) => {
        for (const { dependency, predecessor, other: there } of programmes.linksOut(here)) {
            const successor = AstUtils.getContainerOfType(dependency, isPlanItem);
            if (successor) {
                checkLinkBetweenProjects(schedules, { dependency, predecessor, successor, here, there }, accept);
            }
        }
    };
}

interface LinkBetweenProjects {
    readonly dependency: Dependency;
    readonly predecessor: PlanItem;
    readonly successor: PlanItem;
    readonly here: Project;
    readonly there: Project;
}

function checkLinkBetweenProjects(schedules: ProjectSchedules, { dependency, predecessor, successor, here, there }: LinkBetweenProjects, accept: ValidationAcceptor): void {
    const written = dependency.predecessor.$refText;
    const programme = schedules.programmeOf(here);
    const onCycle = programme?.linksOnCycles.find(link => link.project === here.name && link.item === successor.name
        && link.dependency.project === there.name && link.dependency.predecessor === predecessor.name && link.dependency.type === (dependency.type ?? 'FS'));
    if (onCycle) {
        const documents = new Set(onCycle.cycle.map(step => programme!.projects.get(step.slice(0, step.indexOf('.')))).map(project => project && AstUtils.getDocument(project)));
        if (documents.size > 1) {
            accept('error', `Dependency cycle across plans: ${onCycle.cycle.join(' -> ')}. `
                + `The plans are scheduled without their links on it: '${successor.name}' does not wait for '${written}'.`, {
                node: dependency, property: 'predecessor', code: IssueCodes.Cycle,
            });
        }
        return;
    }
    const why = notScheduledBecause(schedules, there, predecessor);
    if (why) {
        accept('warning', `'${successor.name}' cannot wait for '${written}': ${why}.`, {
            node: dependency, property: 'predecessor', code: IssueCodes.LinkBetweenProjects,
        });
    } else if (programme && !programme.settled) {
        accept('warning', `The plans linked here keep moving each other's dates, so '${successor.name}' may not wait for '${written}' as scheduled: `
            + 'look for work as late as possible that other plans wait for.', {
            node: dependency, property: 'predecessor', code: IssueCodes.LinkBetweenProjects,
        });
    }
}

/** Why the work of another project is not scheduled, if it is not. */
function notScheduledBecause(schedules: ProjectSchedules, project: Project, item: PlanItem): string | undefined {
    const name = `project '${project.name}'`;
    if (!schedules.planOf(project)) {
        return `${name} has no start date, so none of its work is scheduled`;
    }
    const problem = schedules.problemOf(project);
    if (problem) {
        return `${name} cannot be scheduled (${problem})`;
    }
    return schedules.scheduledItemOf(project, item.name) ? undefined : `'${item.name}' lies on a dependency cycle in ${name}, so it is not scheduled`;
}
