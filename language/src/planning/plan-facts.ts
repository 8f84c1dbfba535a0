import { isMilestone, isPhase, isTask, type Project } from '../generated/ast.js';
import type { PlanFacts } from '../engine/duty-practice.js';
import { planItemsOf } from './plan-items.js';

const count = <T>(items: readonly T[], test: (item: T) => boolean): number => items.filter(test).length;

/**
 * What a project holds, counted, for the duties' rules of practice. Read from the tree alone, so
 * that coverage needs no schedule: a plan with a start and timed work is one Proj schedules, and
 * one whose work is linked has a critical path. Like the registers, it counts only what resolves.
 */
export function planFactsOf(project: Project): PlanFacts {
    const items = planItemsOf(project);
    const phases = items.filter(isPhase);
    const tasks = items.filter(isTask);
    const milestones = items.filter(isMilestone);
    const work = [...tasks, ...milestones];
    const ratedResources = new Set(project.resources.filter(resource => resource.rate !== undefined));
    const kpis = project.kpis;
    const risks = project.risks;
    return {
        lifecycle: project.lifecycle,
        structure: project.structure,
        tolerance: project.tolerance !== undefined,
        baselines: project.baselines.length,
        start: project.start !== undefined,
        statusDate: project.status !== undefined,
        deadline: project.deadline !== undefined,
        phases: phases.length,
        tasks: tasks.length,
        timedTasks: count(tasks, task => task.duration !== undefined || task.estimate !== undefined),
        estimatedTasks: count(tasks, task => task.estimate !== undefined),
        milestones: milestones.length,
        dependencies: work.reduce((links, item) => links + count(item.dependencies, dependency => dependency.predecessor.ref !== undefined), 0),
        progressed: count(work, item => item.progress !== undefined || item.actualStart !== undefined || item.actualFinish !== undefined),
        resources: project.resources.length,
        describedResources: count(project.resources, resource => resource.role !== undefined || resource.rate !== undefined),
        assignedItems: count(work, item => item.assignments.some(assignment => assignment.resource.ref !== undefined)),
        availability: count(project.calendars, calendar => calendar.name !== undefined)
            + count(project.resources, resource => resource.leave.length > 0 || resource.calendar !== undefined)
            + (project.level ? 1 : 0),
        budgets: (project.budget !== undefined ? 1 : 0) + count(phases, phase => phase.budget !== undefined),
        costedItems: count(work, item => item.cost !== undefined
            || item.assignments.some(assignment => assignment.resource.ref !== undefined && ratedResources.has(assignment.resource.ref))),
        spentItems: count(work, item => item.spent !== undefined),
        stakeholders: project.stakeholders.length,
        analysedStakeholders: count(project.stakeholders, stakeholder => stakeholder.power !== undefined && stakeholder.interest !== undefined),
        engagedStakeholders: count(project.stakeholders, stakeholder => stakeholder.engage !== undefined || stakeholder.frequency !== undefined),
        risks: count(risks, risk => risk.kind !== 'opportunity'),
        scoredRisks: count(risks, risk => risk.kind !== 'opportunity' && risk.likelihood !== undefined && risk.impact !== undefined),
        ownedResponses: count(risks, risk => risk.response !== undefined && risk.owner?.ref !== undefined),
        opportunities: count(risks, risk => risk.kind === 'opportunity'),
        issues: project.issues.length,
        handledIssues: count(project.issues, issue => issue.owner?.ref !== undefined || issue.escalate !== undefined),
        escalatedIssues: count(project.issues, issue => issue.escalate !== undefined),
        changes: project.changes.length,
        assessedChanges: count(project.changes, change => change.timeImpact !== undefined || change.costImpact !== undefined || change.scope !== undefined),
        decidedChanges: count(project.changes, change => change.status === 'approved' || change.status === 'rejected' || change.status === 'implemented'),
        scopeChanges: count(project.changes, change => change.scope !== undefined),
        lessons: project.lessons.length,
        categorisedLessons: count(project.lessons, lesson => lesson.category !== undefined),
        qualities: project.qualities.length,
        definedQualities: count(project.qualities, quality => quality.criterion !== undefined && quality.deliverables.some(item => item.ref !== undefined)),
        checkedQualities: count(project.qualities, quality => quality.status === 'passed' || quality.status === 'failed'),
        objectives: project.objectives.length,
        targetedKpis: count(kpis, kpi => kpi.target !== undefined),
        linkedKpis: count(kpis, kpi => kpi.objective?.ref !== undefined),
        measuredKpis: count(kpis, kpi => kpi.actual !== undefined),
        options: project.options.length,
        chosenOptions: count(project.options, option => option.chosen),
        ownedBenefits: count(project.benefits, benefit => benefit.owner?.ref !== undefined && benefit.measure !== undefined),
        acceptedDeliverables: count(project.deliverables, deliverable => deliverable.acceptance.length > 0),
        producedDeliverables: new Set(work.flatMap(item => item.produces.flatMap(reference => reference.ref ? [reference.ref] : []))).size,
        inScope: project.inScope.length,
        outOfScope: project.outOfScope.length,
    };
}
