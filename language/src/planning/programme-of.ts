import type { Project } from '../generated/ast.js';
import { programmeViewOf, type ProgrammeProjectInput, type ProgrammeView } from '../engine/programme-view.js';
import { ragSummaryOf } from '../engine/status-report.js';
import type { ProjectSchedules } from './project-schedules.js';
import { registersInputOf } from './registers-from-ast.js';

/**
 * The programme view of some projects (programme-view.ts), each with the overall RAG, SPI and CPI
 * of its status report's RAG summary (as `proj report` gives them, against its baseline where it
 * names one), without the rest of the report.
 * Projects that cannot be scheduled are left out, and returned, for the caller to say so.
 */
export function programmeViewOfProjects(projects: readonly Project[], schedules: ProjectSchedules): { view?: ProgrammeView; unscheduled: Project[] } {
    const inputs: ProgrammeProjectInput[] = [];
    const unscheduled: Project[] = [];
    for (const project of projects) {
        const plan = schedules.planOf(project);
        const schedule = schedules.scheduleOf(project);
        if (!plan || !schedule) {
            unscheduled.push(project);
            continue;
        }
        const baseline = schedules.baselineOf(project);
        const { rag, projectLine } = ragSummaryOf({
            baseline: baseline && { ...baseline.snapshot, source: baseline.source },
            project: { id: project.name, title: project.title, currency: project.currency },
            plan, schedule, registers: registersInputOf(project),
        });
        inputs.push({ plan, schedule, rag: rag.overall.rag, spi: projectLine?.spi, cpi: projectLine?.cpi });
    }
    return { view: inputs.length > 0 ? programmeViewOf(inputs) : undefined, unscheduled };
}
