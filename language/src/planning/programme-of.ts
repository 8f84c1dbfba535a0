import type { Project } from '../generated/ast.js';
import { programmeViewOf, type ProgrammeProjectInput, type ProgrammeView } from '../engine/programme-view.js';
import { statusReportOf } from '../engine/status-report.js';
import type { ProjectSchedules } from './project-schedules.js';
import { registersInputOf } from './registers-from-ast.js';

/**
 * The programme view of some projects (programme-view.ts), each with the overall RAG, SPI and CPI
 * of its status report (as `proj report` gives them, against its baseline where it names one).
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
        const report = statusReportOf({
            baseline: baseline && { ...baseline.snapshot, source: baseline.source },
            project: { id: project.name, title: project.title, currency: project.currency },
            plan, schedule, registers: registersInputOf(project),
        });
        const measured = report.earnedValue?.find(line => line.kind === 'project');
        inputs.push({ plan, schedule, rag: report.rag.overall.rag, spi: measured?.spi, cpi: measured?.cpi });
    }
    return { view: inputs.length > 0 ? programmeViewOf(inputs) : undefined, unscheduled };
}
