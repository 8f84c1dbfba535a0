import type { LangiumDocument } from 'langium';
import { isProject, type Model } from '../generated/ast.js';
import { ganttChart } from '../engine/mermaid/gantt-chart.js';
import { networkChart } from '../engine/mermaid/network-chart.js';
import { headerNodeOf, planItemsOf } from '../planning/plan-items.js';
import type { ProjectSchedules } from '../planning/project-schedules.js';
import type { PreviewModel, PreviewParams } from './preview-protocol.js';

/** The preview of the first project of a validated document: its charts as Mermaid text. */
export function previewModelOf(document: LangiumDocument<Model>, schedules: ProjectSchedules, params: Omit<PreviewParams, 'uri'>): PreviewModel {
    const uri = document.uri.toString();
    const errors = (document.diagnostics ?? []).filter(diagnostic => diagnostic.severity === 1).length;
    const project = document.parseResult.value.elements.find(isProject);
    if (!project) {
        return { uri, errors, message: 'This file has no project to preview.', locations: {} };
    }
    const plan = schedules.planOf(project);
    const schedule = schedules.scheduleOf(project);
    if (errors > 0 || !plan || !schedule) {
        return {
            uri, errors, locations: {},
            message: errors > 0 ? undefined : schedules.problemOf(project) ?? `Project '${project.name}' has no start date: add one, such as 'start 2027-01-04', to see its schedule.`,
        };
    }
    const locations: Record<string, { line: number; character: number }> = {};
    for (const item of planItemsOf(project)) {
        const name = headerNodeOf(item, 'name');
        if (name && !(item.name in locations)) {
            locations[item.name] = name.range.start;
        }
    }
    const gantt = ganttChart(plan, schedule, { collapseAbove: params.collapseGanttAbove, expandedPhase: params.expandedPhase });
    return {
        uri, errors, locations,
        project: { id: project.name, title: project.title, start: schedule.start, finish: schedule.finish, status: plan.status },
        gantt: { ...gantt, expandedPhase: params.expandedPhase },
        network: networkChart(plan, schedule, { criticalOnly: params.criticalOnly, maxNodes: params.maxNetworkNodes }),
    };
}
