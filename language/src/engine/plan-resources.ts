import type { PlanInput, ResourceInput } from './plan-model.js';

/** The plan's resources, the first of each id: a repeated id is an error reported on its own. */
export function resourcesOf(plan: PlanInput): readonly ResourceInput[] {
    const seen = new Set<string>();
    return (plan.resources ?? []).filter(resource => {
        if (seen.has(resource.id)) {
            return false;
        }
        seen.add(resource.id);
        return true;
    });
}
