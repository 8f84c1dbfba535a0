import { format, parseISO } from 'date-fns';
import type { Project } from '../../generated/ast.js';
import { EDITOR_ITERATIONS, type ScheduleRisks } from '../../planning/schedule-risk-of.js';

const dayMonthYear = (date: string) => format(parseISO(date), 'd MMM yyyy');
const dayMonth = (date: string) => format(parseISO(date), 'd MMM');

/**
 * How sure the finish of the project (no `id`) or of a milestone is, from the editor's cached
 * analysis: `P80 12 Jul 2027; 62% chance of meeting 30 Jun`, where it has a date to meet (the
 * deadline; a milestone's own deadline or `finish no later than`), else its P50 and P80. Nothing for
 * a plan without uncertainty, whose every iteration is the plan.
 */
export function scheduleRiskLines(project: Project, scheduleRisks: ScheduleRisks, id?: string): string[] {
    const found = scheduleRisks.analysisOf(project, { iterations: EDITOR_ITERATIONS });
    if (!found?.uncertain) {
        return [];
    }
    const { analysis } = found;
    const finish = id === undefined ? analysis.finish : analysis.milestones.find(milestone => milestone.id === id)?.finish;
    if (!finish) {
        return [];
    }
    const date = analysis.dates.find(candidate => id === undefined ? candidate.kind === 'deadline' : candidate.item === id);
    const sureness = date
        ? `P80 ${dayMonthYear(finish.p80)}; ${Math.round(date.probability * 100)}% chance of meeting ${dayMonth(date.date)}`
        : `P50 ${dayMonthYear(finish.p50)}, P80 ${dayMonthYear(finish.p80)}`;
    return [`- ${sureness} (schedule risk analysis, ${analysis.iterations} iterations)`];
}
