import type { Reference } from 'langium';
import { isPhase, type Deliverable, type Party, type PlanItem, type Project } from '../generated/ast.js';
import { planItemsOf } from './plan-items.js';
import { spanInWorkingDays, parseWorkingSpan } from '../engine/durations.js';
import { DEFAULT_APPRAISAL, DEFAULT_TOLERANCES, type OwnerInput, type RegistersInput, type Tolerances } from '../engine/register-model.js';
import { workdaysOf } from '../engine/working-calendar.js';
import { realDate, resourcesOf } from './plan-from-ast.js';
import { distributionInputOf, meanRiskCostOf } from './schedule-risk-from-ast.js';
import { workItemsOf } from './plan-items.js';

/**
 * The plain data of a project's registers for the engine. Like the plan, it keeps only what
 * resolves: an unknown owner or affected task is validation's to report, not the register's.
 */
export function registersInputOf(project: Project): RegistersInput {
    const producers = producersOf(project);
    const calendar = project.calendars.find(candidate => !candidate.name);
    const workdaysPerWeek = workdaysOf(calendar?.workdays ?? []).size;
    return {
        tolerances: tolerancesOf(project),
        risks: project.risks.map(risk => ({
            id: risk.name, kind: risk.kind === 'opportunity' ? 'opportunity' : 'risk', title: risk.title,
            likelihood: risk.likelihood, impact: risk.impact,
            residualLikelihood: risk.residualLikelihood, residualImpact: risk.residualImpact,
            owner: ownerOf(risk.owner), response: risk.response, responseText: risk.description,
            proximity: realDate(risk.proximity), affects: idsOf(risk.affects),
            // Three figures: the mean of what it would cost, as schedule risk analysis draws it.
            cost: meanRiskCostOf(risk, distributionInputOf(project.distribution)), probability: risk.probability,
        })),
        issues: project.issues.map(issue => ({
            id: issue.name, title: issue.title, raised: realDate(issue.raised), owner: ownerOf(issue.owner),
            severity: issue.severity as RegistersInput['issues'][number]['severity'],
            // A closed date closes the issue, whatever its status says.
            status: issue.status === 'closed' || issue.closed !== undefined ? 'closed' : 'open', escalate: issue.escalate, affects: idsOf(issue.affects),
            resolution: issue.resolution, closed: realDate(issue.closed),
        })),
        stakeholders: project.stakeholders.map(stakeholder => ({
            id: stakeholder.name, title: stakeholder.title,
            power: stakeholder.power as RegistersInput['stakeholders'][number]['power'],
            interest: stakeholder.interest as RegistersInput['stakeholders'][number]['interest'],
            engage: stakeholder.engage, frequency: stakeholder.frequency,
            method: stakeholder.method, next: realDate(stakeholder.next),
        })),
        changes: project.changes.map(change => {
            const span = change.timeImpact ? parseWorkingSpan(change.timeImpact) : undefined;
            return {
                id: change.name, title: change.title, raised: realDate(change.raised),
                status: (change.status ?? 'raised') as RegistersInput['changes'][number]['status'],
                timeImpactDays: span && spanInWorkingDays(span, workdaysPerWeek), costImpact: change.costImpact,
                scope: change.scope, owner: ownerOf(change.owner), affects: idsOf(change.affects),
            };
        }),
        qualities: project.qualities.map(quality => ({
            id: quality.name, title: quality.title, deliverables: idsOf(quality.deliverables), criterion: quality.criterion,
            status: (quality.status ?? 'pending') as RegistersInput['qualities'][number]['status'], owner: ownerOf(quality.owner),
        })),
        lessons: project.lessons.map(lesson => ({
            id: lesson.name, title: lesson.title, category: lesson.category, description: lesson.description, action: lesson.action,
            owner: ownerOf(lesson.owner), status: lesson.status as RegistersInput['lessons'][number]['status'],
        })),
        objectives: project.objectives.map(objective => ({ id: objective.name, title: objective.title })),
        kpis: project.kpis.map(kpi => ({
            id: kpi.name, title: kpi.title, target: kpi.target, direction: kpi.direction === 'less' ? 'less' : 'more',
            actual: kpi.actual, unit: kpi.unit, objective: kpi.objective?.ref?.name,
            baseline: kpi.baseline, history: kpi.history.flatMap(reading => {
                const date = realDate(reading.date);
                return date === undefined ? [] : [{ date, value: reading.value }];
            }),
        })),
        options: project.options.map(option => ({
            id: option.name, title: option.title, description: option.description, cost: option.cost, benefit: option.benefit, chosen: option.chosen,
        })),
        benefits: project.benefits.map(benefit => ({
            id: benefit.name, title: benefit.title, description: benefit.description, value: benefit.value, per: benefit.per === 'year' ? 'year' : 'once',
            owner: ownerOf(benefit.owner), measure: benefit.measure, realised: realDate(benefit.realised),
            objective: benefit.objective?.ref?.name, kpi: benefit.kpi?.ref?.name,
        })),
        appraisal: {
            discountRate: project.discount ?? DEFAULT_APPRAISAL.discountRate,
            years: project.appraisal ?? DEFAULT_APPRAISAL.years,
        },
        deliverables: project.deliverables.map(deliverable => ({
            id: deliverable.name, title: deliverable.title, acceptance: deliverable.acceptance, owner: ownerOf(deliverable.owner),
            producedBy: producers.get(deliverable) ?? [],
        })),
        scope: { includes: project.inScope, excludes: project.outOfScope },
        reserves: { contingency: project.contingency, reserve: project.reserve },
        resources: resourcesOf(project).map(resource => ({
            id: resource.name, name: resource.title, role: resource.role, units: resource.units ?? 1, rate: resource.rate, per: resource.per,
            calendar: resource.calendar?.ref?.name,
            assigned: workItemsOf(project).filter(item => item.assignments.some(assignment => assignment.resource?.ref === resource)).map(item => item.name),
        })),
    };
}

/** The plan's tolerances, each falling back to the default where the plan does not set it. */
export function tolerancesOf(project: Project): Tolerances {
    const tolerance = project.tolerance;
    return {
        cpi: tolerance?.cpi ?? DEFAULT_TOLERANCES.cpi,
        spi: tolerance?.spi ?? DEFAULT_TOLERANCES.spi,
        riskAmber: tolerance?.riskAmber ?? DEFAULT_TOLERANCES.riskAmber,
        riskRed: tolerance?.riskRed ?? DEFAULT_TOLERANCES.riskRed,
    };
}

/** The ids of the tasks and milestones that produce each deliverable, walked once. */
function producersOf(project: Project): Map<Deliverable, string[]> {
    const producers = new Map<Deliverable, string[]>();
    for (const item of planItemsOf(project)) {
        if (isPhase(item)) {
            continue;
        }
        for (const deliverable of item.produces) {
            const ref = deliverable.ref;
            if (ref) {
                const list = producers.get(ref);
                list ? list.push(item.name) : producers.set(ref, [item.name]);
            }
        }
    }
    return producers;
}

function ownerOf(reference: Reference<Party> | undefined): OwnerInput | undefined {
    const party = reference?.ref;
    return party ? { id: party.name, name: party.title } : undefined;
}

function idsOf(references: ReadonlyArray<Reference<PlanItem>>): string[] {
    return references.flatMap(reference => reference.ref ? [reference.ref.name] : []);
}
