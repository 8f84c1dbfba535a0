import type { Project } from '../generated/ast.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import type { ResourcesView } from './preview-protocol.js';

/** The Resources tab's data: each resource's load as day-by-day numbers, and where it is over. */
export function resourcesViewOf(project: Project, schedules: ProjectSchedules): ResourcesView {
    const plan = schedules.planOf(project);
    const schedule = schedules.scheduleOf(project);
    const loading = schedules.loadingOf(project);
    const base = { from: schedule?.start ?? '', resources: [], titles: {}, overAllocations: [], levelled: plan?.level ?? false };
    if (!plan || !schedule) {
        return { ...base, message: 'Resource loading needs a plan that can be scheduled.' };
    }
    if (loading.length === 0) {
        return { ...base, message: 'The plan has no resources: declare one, such as \'resource crew "Facilities crew" { units 4 }\', and assign it to tasks with \'assign crew 2\'.' };
    }
    const calendars = new Map(plan.resources?.map(resource => [resource.id, resource.calendar?.name]));
    const assigned = new Set(loading.flatMap(load => load.days.flatMap(day => day.work.map(({ item }) => item))));
    return {
        ...base,
        resources: loading.map(load => ({
            id: load.resource, title: load.name, units: load.units, calendar: calendars.get(load.resource),
            required: load.days.map(day => day.required),
            available: load.days.map(day => day.available),
            work: Object.fromEntries(load.days.flatMap((day, index) => day.work.length > 0
                ? [[index, day.work.map(({ item, units }) => [item, units] as const)]] : [])),
        })),
        titles: Object.fromEntries(plan.items.flatMap(item => assigned.has(item.id) && item.name !== undefined ? [[item.id, item.name]] : [])),
        overAllocations: schedules.overAllocationsOf(project),
    };
}
