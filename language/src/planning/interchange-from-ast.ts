// What an export to MS Project needs beyond the engine's plan, read from the project as written:
// its resources' rates and its currency.
import type { Project } from '../generated/ast.js';
import type { PlanInput } from '../engine/plan-model.js';
import type { BaselineDates, InterchangePlan, ResourceRate } from '../interchange/interchange-plan.js';
import { resourcesOf } from './plan-from-ast.js';

export function interchangePlanOf(project: Project, plan: PlanInput, baseline?: ReadonlyMap<string, BaselineDates>): InterchangePlan {
    const rates = new Map<string, ResourceRate>();
    for (const resource of resourcesOf(project)) {
        if (resource.rate !== undefined && resource.rate > 0) {
            rates.set(resource.name, { amount: resource.rate, per: resource.per === 'h' || resource.per === 'w' ? resource.per : 'd' });
        }
    }
    return { plan, rates, currency: project.currency, baseline };
}
