import type { Reference } from 'langium';
import type { Party, PlanItem, Project } from '../generated/ast.js';
import { spanInWorkingDays, parseWorkingSpan } from '../engine/durations.js';
import { DEFAULT_TOLERANCES, type OwnerInput, type RegistersInput, type Tolerances } from '../engine/register-model.js';
import { workdaysOf } from '../engine/working-calendar.js';
import { realDate } from './plan-from-ast.js';

/**
 * The plain data of a project's registers for the engine. Like the plan, it keeps only what
 * resolves: an unknown owner or affected task is validation's to report, not the register's.
 */
export function registersInputOf(project: Project): RegistersInput {
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
        })),
        issues: project.issues.map(issue => ({
            id: issue.name, title: issue.title, raised: realDate(issue.raised), owner: ownerOf(issue.owner),
            severity: issue.severity as RegistersInput['issues'][number]['severity'],
            status: issue.status === 'closed' ? 'closed' : 'open', escalate: issue.escalate, affects: idsOf(issue.affects),
        })),
        stakeholders: project.stakeholders.map(stakeholder => ({
            id: stakeholder.name, title: stakeholder.title,
            power: stakeholder.power as RegistersInput['stakeholders'][number]['power'],
            interest: stakeholder.interest as RegistersInput['stakeholders'][number]['interest'],
            engage: stakeholder.engage, frequency: stakeholder.frequency,
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
        lessons: project.lessons.map(lesson => ({ id: lesson.name, title: lesson.title, category: lesson.category })),
        objectives: project.objectives.map(objective => ({ id: objective.name, title: objective.title })),
        kpis: project.kpis.map(kpi => ({
            id: kpi.name, title: kpi.title, target: kpi.target, direction: kpi.direction === 'less' ? 'less' : 'more',
            actual: kpi.actual, unit: kpi.unit, objective: kpi.objective?.ref?.name,
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

function ownerOf(reference: Reference<Party> | undefined): OwnerInput | undefined {
    const party = reference?.ref;
    return party ? { id: party.name, name: party.title } : undefined;
}

function idsOf(references: ReadonlyArray<Reference<PlanItem>>): string[] {
    return references.flatMap(reference => reference.ref ? [reference.ref.name] : []);
}
