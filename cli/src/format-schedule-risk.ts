// `proj risk` as text for people and as JSON for tools: the finish's percentiles, the chance of
// meeting each date, the work that drives the finish, the risks and the cost.
import type { DateConfidence, ScheduleRiskAnalysis, TaskRisk } from '../../language/src/engine/schedule-risk/monte-carlo.js';
import { moneyText } from '../../language/src/engine/figure-text.js';
import { alignedTable, truncate, type TableColumn } from './aligned-table.js';

/** How many tasks the lists of the most critical and the most sensitive show. */
export const TOP_TASKS = 10;

export interface RiskProject {
    readonly id: string;
    readonly title?: string;
    readonly currency?: string;
}

export function percentText(share: number): string {
    return `${Math.round(share * 100)}%`;
}

export function iterationsText(analysis: ScheduleRiskAnalysis): string {
    return `${analysis.iterations.toLocaleString('en-GB')} iterations, seed ${analysis.seed}`;
}

/** `the deadline 2027-06-30`, `moved: finish no later than 2027-06-30`. */
export function dateText(date: DateConfidence): string {
    if (date.kind === 'deadline') {
        return `the deadline ${date.date}`;
    }
    const what = date.kind === 'task-deadline' ? 'deadline' : date.kind.replace(/-/g, ' ');
    return `${date.item}: ${what} ${date.date}`;
}

/** The tasks most often on the critical path, then by sensitivity; none that never were. */
export function mostCritical(analysis: ScheduleRiskAnalysis): TaskRisk[] {
    return analysis.tasks
        .filter(task => task.criticality > 0)
        .map((task, order) => ({ task, order }))
        .sort((a, b) => b.task.criticality - a.task.criticality || (b.task.sensitivity ?? 0) - (a.task.sensitivity ?? 0) || a.order - b.order)
        .slice(0, TOP_TASKS)
        .map(({ task }) => task);
}

/** The sampled tasks whose duration most follows the finish; none that do not at all. */
export function mostSensitive(analysis: ScheduleRiskAnalysis): TaskRisk[] {
    return analysis.tasks
        .filter(task => task.sensitivity !== undefined && task.sensitivity > 0)
        .map((task, order) => ({ task, order }))
        .sort((a, b) => b.task.sensitivity! - a.task.sensitivity! || b.task.criticality - a.task.criticality || a.order - b.order)
        .slice(0, TOP_TASKS)
        .map(({ task }) => task);
}

/** The finish of the project and of each milestone: planned, then P10, P50, P80 and P90. */
export interface FinishRow {
    readonly id: string;
    readonly name: string;
    readonly planned: string;
    readonly p10: string;
    readonly p50: string;
    readonly p80: string;
    readonly p90: string;
}

export function finishRows(analysis: ScheduleRiskAnalysis, project: RiskProject): FinishRow[] {
    return [
        { id: project.id, name: project.title ?? '', planned: analysis.plannedFinish, ...analysis.finish },
        ...analysis.milestones.map(milestone => ({ id: milestone.id, name: milestone.name ?? '', planned: milestone.planned, ...milestone.finish })),
    ];
}

const sensitivityText = (value: number | undefined) => value === undefined ? '–' : value.toFixed(2);

export function formatScheduleRiskTable(analysis: ScheduleRiskAnalysis, project: RiskProject): string[] {
    const lines = [`${project.id}${project.title ? ` · ${project.title}` : ''} · schedule risk · ${iterationsText(analysis)}`, ''];
    const finishColumns: TableColumn<FinishRow>[] = [
        { heading: 'Finish of', align: 'left', cell: row => row.id },
        { heading: 'Name', align: 'left', cell: row => truncate(row.name, 30) },
        { heading: 'Planned', align: 'left', cell: row => row.planned },
        { heading: 'P10', align: 'left', cell: row => row.p10 },
        { heading: 'P50', align: 'left', cell: row => row.p50 },
        { heading: 'P80', align: 'left', cell: row => row.p80 },
        { heading: 'P90', align: 'left', cell: row => row.p90 },
    ];
    lines.push(...alignedTable(finishColumns, finishRows(analysis, project)), '');
    lines.push(`Chance of finishing by the planned ${analysis.plannedFinish}: ${percentText(analysis.plannedFinishProbability)}`);
    for (const date of analysis.dates) {
        lines.push(`Chance of meeting ${dateText(date)}: ${percentText(date.probability)}`);
    }
    const taskColumns: TableColumn<TaskRisk>[] = [
        { heading: 'Id', align: 'left', cell: task => task.id },
        { heading: 'Name', align: 'left', cell: task => truncate(task.name ?? '', 30) },
        { heading: 'Criticality', align: 'right', cell: task => percentText(task.criticality) },
        { heading: 'Sensitivity', align: 'right', cell: task => sensitivityText(task.sensitivity) },
    ];
    const critical = mostCritical(analysis);
    if (critical.length > 0) {
        lines.push('', 'Most often critical', ...alignedTable(taskColumns, critical));
    }
    const sensitive = mostSensitive(analysis);
    if (sensitive.length > 0) {
        lines.push('', 'Most sensitive: the durations that most drive the finish', ...alignedTable(taskColumns, sensitive));
    }
    if (analysis.risks.length > 0) {
        lines.push('', 'Risks', ...alignedTable<ScheduleRiskAnalysis['risks'][number]>([
            { heading: 'Id', align: 'left', cell: risk => `${risk.id}${risk.opportunity ? ' (opportunity)' : ''}` },
            { heading: 'Name', align: 'left', cell: risk => truncate(risk.name ?? '', 30) },
            { heading: 'Occurred', align: 'right', cell: risk => percentText(risk.occurred) },
            { heading: 'Sensitivity', align: 'right', cell: risk => sensitivityText(risk.sensitivity) },
        ], analysis.risks));
    }
    if (analysis.cost) {
        const money = (amount: number) => moneyText(amount, project.currency);
        const { cost } = analysis;
        lines.push('', `Cost: planned ${money(cost.planned)}, mean ${money(cost.mean)}, P50 ${money(cost.p50)}, P80 ${money(cost.p80)}, P90 ${money(cost.p90)}`);
    }
    if (analysis.notes.length > 0) {
        lines.push('', ...analysis.notes.map(note => `Note: ${note}`));
    }
    return lines;
}

/** The JSON contract: the project, then the analysis as the engine gives it, keys in a fixed order. */
export function formatScheduleRiskJson(analysis: ScheduleRiskAnalysis, project: RiskProject): string {
    return JSON.stringify({ project: project.id, title: project.title ?? null, currency: project.currency ?? null, ...analysis, cost: analysis.cost ?? null }, null, 2);
}
